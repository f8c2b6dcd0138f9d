// Every function in a file, its name and extent, and why it counts as hot.
#pragma once

#include <tree_sitter/api.h>

#include "syntax/syntax_tree.h"

namespace v8lint {

struct HotConfig;

class FunctionModel {
 public:
  FunctionModel(const SyntaxTree& tree, const HotConfig& hot) : tree_(tree), hot_(hot) {}
  void enter(TSNode node) { (void)node; }
  void leave(TSNode node) { (void)node; }
  void finish() {}

 private:
  [[maybe_unused]] const SyntaxTree& tree_;
  [[maybe_unused]] const HotConfig& hot_;
};

}  // namespace v8lint
