#include "syntax/syntax_tree.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <unordered_map>

namespace v8lint {
namespace {

// Bumped whenever a tree is freed: the node ids (addresses) of a freed tree
// may come back in the next one, so memoized answers from before are void.
std::atomic<uint32_t> tree_generation{0};

// The last answers of `field(node, id)` on this thread, direct-mapped by node
// id and field id. A hit costs a few compares; a miss, tree-sitter's scan.
class FieldCache {
 public:
  TSNode child(TSNode node, TSFieldId id) {
    uint32_t generation = tree_generation.load(std::memory_order_relaxed);
    Entry& entry = entries_[slot(node.id, id)];
    if (entry.id == node.id && entry.tree == node.tree && entry.field == id && entry.generation == generation)
      return entry.child;
    entry = Entry{node.id, node.tree, id, generation, ts_node_child_by_field_id(node, id)};
    return entry.child;
  }

 private:
  static constexpr size_t kEntries = 1024;  // a power of two
  struct Entry {
    const void* id = nullptr;
    const TSTree* tree = nullptr;
    TSFieldId field = 0;
    uint32_t generation = 0;
    TSNode child{};
  };
  static size_t slot(const void* id, TSFieldId field) {
    auto bits = reinterpret_cast<uintptr_t>(id) >> 3;  // ids are addresses of 8-byte subtree slots
    return (bits ^ (bits >> 10) ^ (field * 0x9E3779B1u)) & (kEntries - 1);
  }
  std::array<Entry, kEntries> entries_{};
};

}  // namespace

SyntaxTree::SyntaxTree(const SourceText& source, Dialect dialect) : source_(source), dialect_(dialect) {
  // One parser per thread, reused for every file it lints: creating one costs more than parsing a small file.
  thread_local std::unique_ptr<TSParser, decltype(&ts_parser_delete)> parser(ts_parser_new(), ts_parser_delete);
  ts_parser_set_language(parser.get(), language_of(dialect));
  std::string_view bytes = source.bytes();
  tree_ = ts_parser_parse_string(parser.get(), nullptr, bytes.data(), static_cast<uint32_t>(bytes.size()));
}

SyntaxTree::~SyntaxTree() {
  ts_tree_delete(tree_);
  tree_generation.fetch_add(1, std::memory_order_relaxed);
}

std::string_view SyntaxTree::text(TSNode node) const {
  uint32_t start = ts_node_start_byte(node);
  uint32_t end = ts_node_end_byte(node);
  return source_.bytes().substr(start, end - start);
}

TSSymbol SyntaxTree::symbol(std::string_view kind_name) const {
  return ts_language_symbol_for_name(language(), kind_name.data(), static_cast<uint32_t>(kind_name.size()), true);
}

std::string_view kind(TSNode node) { return ts_node_is_null(node) ? std::string_view() : ts_node_type(node); }

namespace {

// A grammar's field ids by name. tree-sitter's own lookup
// (ts_node_child_by_field_name) compares the name with every field name of the
// grammar on every call: hundreds of instructions per `field()` on the walk.
class FieldIds {
 public:
  explicit FieldIds(const TSLanguage* language) {
    uint32_t count = ts_language_field_count(language);
    for (TSFieldId id = 1; id <= count; ++id) by_name_.emplace(ts_language_field_name_for_id(language, id), id);
  }
  // 0 (no field) for a name the grammar does not have.
  TSFieldId of(std::string_view name) const {
    auto it = by_name_.find(name);
    return it == by_name_.end() ? 0 : it->second;
  }

 private:
  std::unordered_map<std::string_view, TSFieldId> by_name_;
};

const FieldIds& field_ids(const TSLanguage* language) {
  for (Dialect dialect : {Dialect::TypeScript, Dialect::Tsx}) {
    if (language == language_of(dialect)) return per_grammar<FieldIds>(dialect);
  }
  return per_grammar<FieldIds>(Dialect::JavaScript);
}

}  // namespace

TSNode field(TSNode node, std::string_view name) {
  if (ts_node_is_null(node)) return node;
  return field(node, field_ids(ts_tree_language(node.tree)).of(name));
}

TSNode field(TSNode node, TSFieldId id) {
  if (ts_node_is_null(node) || id == 0) return TSNode{};
  thread_local FieldCache cache;
  return cache.child(node, id);
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
