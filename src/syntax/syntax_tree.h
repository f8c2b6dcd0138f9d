// One parsed file: owns the tree-sitter tree and answers text/kind questions
// about its nodes. Never recurses: deep input must not blow the stack.
#pragma once

#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "core/source_text.h"
#include "syntax/language.h"
#include "syntax/parse_arena.h"

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

  std::string_view text(TSNode node) const;  // empty for a null node
  // The symbol id of a node kind name in this tree's grammar (0 when unknown).
  TSSymbol symbol(std::string_view kind) const;
  // Whether nodes of `symbol` (as ts_node_symbol reports it, so an alias's) are named:
  // ts_node_is_named's answer without reading the node again.
  // ERROR's symbol (65535) is outside the table, and named.
  bool named(TSSymbol symbol) const { return symbol >= named_->size() || (*named_)[symbol]; }

 private:
  const SourceText& source_;
  Dialect dialect_;
  const std::vector<bool>* named_;  // by symbol: the grammar's, shared by all its trees
  ParseArena arena_;  // holds the tree (and the parser that built it)
  TSTree* tree_ = nullptr;
};

// A node as the walk hands it to the models, with the two facts every one of
// them reads first: each tree-sitter query is a call and a read of the node,
// so they are made once per node, not once per model.
struct VisitedNode {
  TSNode node;
  TSSymbol symbol;
  bool named;
};
VisitedNode visited(TSNode node);

// Changes whenever a tree is freed: a freed tree's node ids (addresses) may
// come back in the next tree, so answers memoized about nodes are kept with it.
uint32_t tree_generation();

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

// Calls `visit(child)` for each child of `node` in order (only the named ones
// with Children::Named) until `visit` returns false. ts_node_child(node, i) and
// ts_node_named_child(node, i) step from the first child again on every call,
// which is quadratic over a long list (array literals of thousands of
// elements); a cursor steps once per child but costs more to start and per
// step, so short lists keep the index.
enum class Children { All, Named };
template <class Visit>
void for_each_child(TSNode node, Children which, Visit&& visit) {
  constexpr uint32_t kShortList = 16;
  const bool named_only = which == Children::Named;
  const uint32_t count = named_only ? ts_node_named_child_count(node) : ts_node_child_count(node);
  if (count <= kShortList) {
    for (uint32_t i = 0; i < count; ++i)
      if (!visit(named_only ? ts_node_named_child(node, i) : ts_node_child(node, i))) return;
    return;
  }
  TSTreeCursor cursor = ts_tree_cursor_new(node);
  for (bool more = ts_tree_cursor_goto_first_child(&cursor); more; more = ts_tree_cursor_goto_next_sibling(&cursor)) {
    TSNode child = ts_tree_cursor_current_node(&cursor);
    if (named_only && !ts_node_is_named(child)) continue;
    if (!visit(child)) break;
  }
  ts_tree_cursor_delete(&cursor);
}

// Depth-first walk with an explicit cursor: `enter` before a node's children,
// `leave` after them. Returning false from `enter` skips the node's children
// (and its `leave`). A template so the per-node callbacks inline on the hot path.
// Each open node is kept with the number of its children still to visit: the
// cursor then never tries a next sibling that is not there (a failed try
// climbs through the hidden nodes above before it gives up), and the node is
// at hand for its `leave` (asking the cursor again costs as much as the first time).
template <class Enter, class Leave>
void walk(TSNode root, Enter&& enter, Leave&& leave) {
  struct Open {
    TSNode node;
    uint32_t children_left;
  };
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  std::vector<Open> open;
  TSNode current = root;
  bool descend = enter(current);
  while (true) {
    if (descend) {
      uint32_t children = ts_node_child_count(current);
      if (children > 0 && ts_tree_cursor_goto_first_child(&cursor)) {
        open.push_back(Open{current, children - 1});
        current = ts_tree_cursor_current_node(&cursor);
        descend = enter(current);
        continue;
      }
      leave(current);
    }
    // The current node is finished: move to its next sibling, or leave its
    // parent and repeat from there.
    while (true) {
      if (open.empty()) {
        ts_tree_cursor_delete(&cursor);
        return;
      }
      if (open.back().children_left > 0 && ts_tree_cursor_goto_next_sibling(&cursor)) {
        --open.back().children_left;
        current = ts_tree_cursor_current_node(&cursor);
        descend = enter(current);
        break;
      }
      ts_tree_cursor_goto_parent(&cursor);
      leave(open.back().node);
      open.pop_back();
    }
  }
}

// The first error or missing node in document order, if any (null node otherwise).
TSNode first_error(TSNode root);

}  // namespace v8lint
