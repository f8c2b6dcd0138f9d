// Scopes, bindings and the values assigned to them, with inferred value kinds.
#pragma once

#include <tree_sitter/api.h>

#include "syntax/syntax_tree.h"

namespace v8lint {

class ScopeModel {
 public:
  explicit ScopeModel(const SyntaxTree& tree) : tree_(tree) {}
  void enter(TSNode node) { (void)node; }
  void leave(TSNode node) { (void)node; }
  void finish() {}

 private:
  [[maybe_unused]] const SyntaxTree& tree_;
};

}  // namespace v8lint
