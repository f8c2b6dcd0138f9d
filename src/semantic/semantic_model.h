// What the rules know about a file beyond its syntax, built once per file on
// the same single walk that feeds the rules, and complete by on_file_end.
//
//  - ScopeModel: scopes, bindings, and every value given to a binding or an
//    object property, with its inferred kind (semantic/scope_model.h).
//  - FunctionModel: every function, its name, size, and why it is hot, if it
//    is (semantic/function_model.h).
//  - BindingIndex: which binding an identifier names, built once by finish()
//    for all the rules that ask (semantic/binding_queries.h).
#pragma once

#include <optional>

#include <tree_sitter/api.h>

#include "semantic/binding_queries.h"
#include "semantic/function_model.h"
#include "semantic/scope_model.h"
#include "syntax/syntax_tree.h"

namespace v8lint {

struct HotConfig;  // config/config.h

class SemanticModel {
 public:
  SemanticModel(const SyntaxTree& tree, const HotConfig& hot);

  void enter(const VisitedNode& visited);
  void leave(TSNode node);
  void finish();

  const ScopeModel& scopes() const { return scopes_; }
  const FunctionModel& functions() const { return functions_; }
  // Only after finish().
  const BindingIndex& bindings() const { return *bindings_; }

 private:
  ScopeModel scopes_;
  FunctionModel functions_;
  std::optional<BindingIndex> bindings_;
};

}  // namespace v8lint
