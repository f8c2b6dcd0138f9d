// The values passed to the parameters of a file's named functions and
// classes at their direct call sites: `add(1, 'a')`, `new Point(1.5, 2)`.
// Lets the type-change rules see a parameter given a number by one call and
// a string by another, the commonest cause of V8's type deopts. Only literal
// arguments have a kind here (anything else is Unknown, never a change), and
// only callees written as a plain name that resolves to a function or class
// declaration are followed.
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include <tree_sitter/api.h>

#include "semantic/semantic_model.h"
#include "semantic/value_kind.h"
#include "syntax/syntax_tree.h"

namespace v8lint {

struct ArgumentValue {
  ValueKind kind;
  TSNode node;  // the argument expression
};

// A call or `new` whose callee is a plain name: `add(1, 'a')`, `new Point(1.5, 2)`.
struct NamedCall {
  TSNode callee;     // the identifier
  TSNode arguments;  // the argument list (null when absent)
};
// `call` (a call_expression or new_expression) as a NamedCall; nullopt for any other callee.
// Asked while the walk is at the call: its parts are at hand then (call_parts has them, the
// nodes are in cache), while after the walk each would be a cold read of the tree again.
std::optional<NamedCall> named_call(TSNode call);

class CallArguments {
 public:
  // `calls`: the file's calls of plain names, in document order. `model` must be finished.
  CallArguments(const SyntaxTree& tree, const SemanticModel& model, const std::vector<NamedCall>& calls);

  // The arguments given to a parameter binding, in document order (empty for other bindings).
  const std::vector<ArgumentValue>& of(uint32_t parameter) const;

 private:
  void add_call(const NamedCall& call);
  TSNode declaration_of(const Binding& callee) const;
  std::vector<int32_t> parameter_bindings(TSNode declaration) const;
  const std::vector<int32_t>& parameters_of(TSNode declaration);

  const SyntaxTree& tree_;
  const ScopeModel& scopes_;
  const BindingIndex& bindings_;
  // (name start byte, declaration) of the file's function and class declarations, sorted:
  // finds a callee's declaration without tree-sitter's costly ts_node_parent.
  std::vector<std::pair<uint32_t, TSNode>> declaration_by_name_;
  std::unordered_map<uint32_t, std::vector<ArgumentValue>> arguments_;  // by parameter binding
  // Parameter bindings by declaration node id: a function called from many places (or a class
  // with many members, whose constructor is searched for) is read once.
  std::unordered_map<const void*, std::vector<int32_t>> parameters_by_declaration_;
};

}  // namespace v8lint
