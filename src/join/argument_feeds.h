// Which argument expressions reach a parameter: the arguments of the direct
// calls, by name, of the function that declares it, following a parameter
// passed on as an argument to the callers' callers
// (`phase('a')` -> `sumPairs(first)` -> `add(first)` -> `a + b`).
// By name within one script, as V8's positions are: a shadowing name can
// mislead it, which the join accepts for a cause shown as related location.
// Across scripts through module edges (module_links.h): an exported function
// is also called by the scripts that import it, by the name they import it
// under (`area(...)`, `geo.area(...)`).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <tree_sitter/api.h>

#include "join/module_links.h"
#include "join/parsed_script.h"

namespace v8lint::join {

// An argument expression and the script it is written in.
struct FedArgument {
  const ParsedScript* script = nullptr;
  TSNode node{};
};

class ArgumentFeeds {
 public:
  // `modules`: the scripts searched for imports of an exported function (the
  // traced scripts: a module whose call fed a value at run time ran).
  ArgumentFeeds(ScriptCache& scripts, std::vector<std::string> modules);

  // The argument expressions that end up in parameter `name` of `function`
  // of `script` (empty when `name` is not one of its parameters).
  std::vector<FedArgument> arguments_reaching(const ParsedScript& script, std::string_view name, TSNode function);

  static constexpr int kMaxDepth = 8;  // callers' callers followed, across files too

 private:
  // A script's calls by callee (`f` of `f(...)`, `new f(...)`; `ns.f` of
  // `ns.f(...)`) and its module edges, built on first use.
  struct Indexed {
    explicit Indexed(const ParsedScript& script);
    std::map<std::string, std::vector<TSNode>, std::less<>> calls_by_callee;
    ModuleLinks links;
  };
  struct Call {
    const ParsedScript* script;
    TSNode node;
  };
  using Visited = std::set<std::tuple<const ParsedScript*, std::string, uint32_t>>;

  const Indexed& indexed(const ParsedScript& script);
  std::vector<Call> calls_of(const ParsedScript& script, TSNode function);
  void add_importing_calls(const ParsedScript& script, TSNode function, std::vector<Call>& calls);
  void collect(const ParsedScript& script, std::string_view name, TSNode function, int depth, Visited& seen,
               std::vector<FedArgument>& out);

  ScriptCache& scripts_;
  std::vector<std::string> modules_;
  std::map<const ParsedScript*, std::unique_ptr<Indexed>> indexed_;
};

// The name V8 calls a function by at its call sites: a declaration's name, a
// class constructor's class name; empty for anything else.
std::string_view callable_name(const ParsedScript& script, TSNode function);
// Position of `name` among the function's simple parameters, or -1.
int parameter_index(const ParsedScript& script, TSNode function, std::string_view name);

}  // namespace v8lint::join
