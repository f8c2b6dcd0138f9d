// Which argument expressions reach a parameter: the arguments of the direct
// calls, by name, of the function that declares it, following a parameter
// passed on as an argument to the callers' callers
// (`phase('a')` -> `sumPairs(first)` -> `add(first)` -> `a + b`).
// By name within one script, as V8's positions are: a shadowing name can
// mislead it, which the join accepts for a cause shown as related location.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "join/parsed_script.h"

namespace v8lint::join {

class ArgumentFeeds {
 public:
  explicit ArgumentFeeds(const ParsedScript& script);

  // The argument expressions that end up in parameter `name` of `function`
  // (empty when `name` is not one of its parameters).
  std::vector<TSNode> arguments_reaching(std::string_view name, TSNode function) const;

  static constexpr int kMaxDepth = 8;  // callers' callers followed

 private:
  void collect(std::string_view name, TSNode function, int depth, std::set<std::pair<std::string, uint32_t>>& seen,
               std::vector<TSNode>& out) const;

  const ParsedScript& script_;
  std::map<std::string, std::vector<TSNode>, std::less<>> calls_by_callee_;  // `f(...)`, `new C(...)`
};

// The name V8 calls a function by at its call sites: a declaration's name, a
// class constructor's class name; empty for anything else.
std::string_view callable_name(const ParsedScript& script, TSNode function);
// Position of `name` among the function's simple parameters, or -1.
int parameter_index(const ParsedScript& script, TSNode function, std::string_view name);

}  // namespace v8lint::join
