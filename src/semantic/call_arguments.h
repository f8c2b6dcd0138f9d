// The values passed to the parameters of a file's named functions and
// classes at their direct call sites: `add(1, 'a')`, `new Point(1.5, 2)`.
// Lets the type-change rules see a parameter given a number by one call and
// a string by another, the commonest cause of V8's type deopts. Only literal
// arguments have a kind here (anything else is Unknown, never a change), and
// only callees written as a plain name that resolves to a function or class
// declaration are followed.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include <tree_sitter/api.h>

#include "semantic/scope_model.h"
#include "semantic/value_kind.h"
#include "syntax/syntax_tree.h"

namespace v8lint {

struct ArgumentValue {
  ValueKind kind;
  TSNode node;  // the argument expression
};

class CallArguments {
 public:
  // `calls`: the file's call_expression and new_expression nodes, in document order.
  CallArguments(const SyntaxTree& tree, const ScopeModel& scopes, const std::vector<TSNode>& calls);

  // The arguments given to a parameter binding, in document order (empty for other bindings).
  const std::vector<ArgumentValue>& of(uint32_t parameter) const;
  // The binding a name in the code refers to (kNone when global or not a reference).
  int32_t binding_of(TSNode identifier) const;

 private:
  void add_call(TSNode call);
  std::vector<int32_t> parameter_bindings(TSNode declaration) const;

  const SyntaxTree& tree_;
  const ScopeModel& scopes_;
  std::unordered_map<uint32_t, int32_t> reference_binding_;    // by identifier start byte
  std::unordered_map<uint32_t, int32_t> declared_binding_;     // by declaring identifier start byte
  std::unordered_map<uint32_t, std::vector<ArgumentValue>> arguments_;  // by parameter binding
};

}  // namespace v8lint
