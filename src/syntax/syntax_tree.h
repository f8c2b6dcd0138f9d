// One parsed file: owns the tree-sitter tree and answers text/kind questions
// about its nodes. Never recurses: deep input must not blow the stack.
#pragma once

#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "core/source_text.h"
#include "syntax/language.h"

namespace v8lint {

class SyntaxTree {
 public:
  SyntaxTree(const SourceText& source, Dialect dialect);
  ~SyntaxTree();
  SyntaxTree(const SyntaxTree&) = delete;
  SyntaxTree& operator=(const SyntaxTree&) = delete;

  TSNode root() const { return ts_tree_root_node(tree_); }
  Dialect dialect() const { return dialect_; }
  const TSLanguage* language() const { return language_of(dialect_); }
  const SourceText& source() const { return source_; }

  std::string_view text(TSNode node) const;
  // The symbol id of a node kind name in this tree's grammar (0 when unknown).
  TSSymbol symbol(std::string_view kind) const;

 private:
  const SourceText& source_;
  Dialect dialect_;
  TSTree* tree_ = nullptr;
};

// Convenience accessors that read like the grammar.
std::string_view kind(TSNode node);
TSNode field(TSNode node, std::string_view name);
// The child in the field with id `id` (0: no field, a null node). tree-sitter
// finds it by scanning the node's children; the models and several rules ask
// the same node for the same field, so answers are memoized per thread.
TSNode field(TSNode node, TSFieldId id);
bool is(TSNode node, std::string_view kind_name);
// The expression inside any number of parentheses: `((a))` -> `a`.
TSNode unparenthesized(TSNode expression);

// Depth-first walk with an explicit cursor: `enter` before a node's children,
// `leave` after them. Returning false from `enter` skips the node's children
// (and its `leave`). A template so the per-node callbacks inline on the hot path.
// The entered nodes are kept on a stack for their `leave`: asking the cursor
// for its node again costs as much as the first time.
template <class Enter, class Leave>
void walk(TSNode root, Enter&& enter, Leave&& leave) {
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  std::vector<TSNode> open;  // nodes entered with descend=true and not left yet
  TSNode current = root;
  bool descend = enter(current);
  while (true) {
    if (descend) open.push_back(current);
    if (descend && ts_tree_cursor_goto_first_child(&cursor)) {
      current = ts_tree_cursor_current_node(&cursor);
      descend = enter(current);
      continue;
    }
    // The current node is finished: leave it, then move to its next sibling,
    // or climb to its parent (which was entered with descend=true) and repeat.
    while (true) {
      if (descend) {
        leave(open.back());
        open.pop_back();
      }
      if (ts_tree_cursor_goto_next_sibling(&cursor)) {
        current = ts_tree_cursor_current_node(&cursor);
        descend = enter(current);
        break;
      }
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        ts_tree_cursor_delete(&cursor);
        return;
      }
      descend = true;
    }
  }
}

// The first error or missing node in document order, if any (null node otherwise).
TSNode first_error(TSNode root);

}  // namespace v8lint
