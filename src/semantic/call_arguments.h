// The values passed to the parameters of a file's named functions and
// classes at their direct call sites: `add(1, 'a')`, `new Point(1.5, 2)`.
// Lets the type-change rules see a parameter given a number by one call and
// a string by another, the commonest cause of V8's type deopts. Only literal
// arguments have a kind here (anything else is Unknown, never a change), and
// only callees written as a plain name that resolves to a function or class
// declaration are followed.
#pragma once

#include <cstdint>
#include <span>
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

// The file's calls and `new`s of plain names (`add(1, 'a')`, `new Point(1.5, 2)`)
// with their arguments up to the first spread, gathered on the walk: `add` is
// called from on_node, while the call's parts are at hand (call_parts has them,
// the nodes are in cache). Read after the walk, every call and argument would
// be a cold read of the tree again.
class NamedCalls {
 public:
  // `call`: a call_expression or new_expression; calls of anything but a plain name are skipped.
  void add(const SyntaxTree& tree, TSNode call);

  struct Call {
    TSNode callee;  // the identifier
    uint32_t first_argument;  // into arguments()
    uint32_t argument_count;  // up to the first spread, comments left out
  };
  const std::vector<Call>& calls() const { return calls_; }
  const std::vector<ArgumentValue>& arguments() const { return arguments_; }

 private:
  std::vector<Call> calls_;
  std::vector<ArgumentValue> arguments_;
};

class CallArguments {
 public:
  // `model` must be finished.
  CallArguments(const SyntaxTree& tree, const SemanticModel& model, const NamedCalls& calls);

  // The arguments given to a parameter binding, in document order (empty for other bindings).
  std::span<const ArgumentValue> of(uint32_t parameter) const;

 private:
  void add_call(const NamedCalls::Call& call, const std::vector<ArgumentValue>& arguments,
                std::vector<std::pair<uint32_t, ArgumentValue>>& passed);
  TSNode declaration_of(const Binding& callee) const;
  std::vector<int32_t> parameter_bindings(TSNode declaration) const;
  const std::vector<int32_t>& parameters_of(TSNode declaration);

  const SyntaxTree& tree_;
  const ScopeModel& scopes_;
  const BindingIndex& bindings_;
  // (name start byte, declaration) of the file's function and class declarations, sorted:
  // finds a callee's declaration without tree-sitter's costly ts_node_parent.
  std::vector<std::pair<uint32_t, TSNode>> declaration_by_name_;
  // The arguments passed to parameters, sorted by parameter binding (document order within
  // one), and that binding for each.
  std::vector<ArgumentValue> arguments_;
  std::vector<uint32_t> parameter_of_argument_;
  // Parameter bindings by declaration node id: a function called from many places (or a class
  // with many members, whose constructor is searched for) is read once.
  std::unordered_map<const void*, std::vector<int32_t>> parameters_by_declaration_;
};

}  // namespace v8lint
