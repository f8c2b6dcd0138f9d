#include "syntax/syntax_tree.h"

#include <memory>

namespace v8lint {

SyntaxTree::SyntaxTree(const SourceText& source, Dialect dialect) : source_(source), dialect_(dialect) {
  // One parser per thread, reused for every file it lints: creating one costs more than parsing a small file.
  thread_local std::unique_ptr<TSParser, decltype(&ts_parser_delete)> parser(ts_parser_new(), ts_parser_delete);
  ts_parser_set_language(parser.get(), language_of(dialect));
  std::string_view bytes = source.bytes();
  tree_ = ts_parser_parse_string(parser.get(), nullptr, bytes.data(), static_cast<uint32_t>(bytes.size()));
}

SyntaxTree::~SyntaxTree() { ts_tree_delete(tree_); }

std::string_view SyntaxTree::text(TSNode node) const {
  uint32_t start = ts_node_start_byte(node);
  uint32_t end = ts_node_end_byte(node);
  return source_.bytes().substr(start, end - start);
}

TSSymbol SyntaxTree::symbol(std::string_view kind_name) const {
  return ts_language_symbol_for_name(language(), kind_name.data(), static_cast<uint32_t>(kind_name.size()), true);
}

std::string_view kind(TSNode node) { return ts_node_is_null(node) ? std::string_view() : ts_node_type(node); }

TSNode field(TSNode node, std::string_view name) {
  return ts_node_child_by_field_name(node, name.data(), static_cast<uint32_t>(name.size()));
}

bool is(TSNode node, std::string_view kind_name) { return !ts_node_is_null(node) && kind(node) == kind_name; }

TSNode unparenthesized(TSNode expression) {
  while (is(expression, "parenthesized_expression")) expression = ts_node_named_child(expression, 0);
  return expression;
}

TSNode first_error(TSNode root) {
  if (!ts_node_has_error(root)) return TSNode{};
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  TSNode found{};
  while (true) {
    TSNode node = ts_tree_cursor_current_node(&cursor);
    if (ts_node_symbol(node) == static_cast<TSSymbol>(-1) || ts_node_is_missing(node)) {  // -1: ERROR
      found = node;
      break;
    }
    // Descend only into subtrees that contain an error.
    if (ts_node_has_error(node) && ts_tree_cursor_goto_first_child(&cursor)) continue;
    bool moved = false;
    while (!(moved = ts_tree_cursor_goto_next_sibling(&cursor))) {
      if (!ts_tree_cursor_goto_parent(&cursor)) break;
    }
    if (!moved) break;
  }
  ts_tree_cursor_delete(&cursor);
  return found;
}

}  // namespace v8lint
