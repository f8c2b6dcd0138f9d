#include "syntax/syntax_tree.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace v8lint {
namespace {

std::atomic<uint32_t> freed_trees{0};  // tree_generation()

// The last answers of `field(node, id)` on this thread, direct-mapped by node
// id and field id. A hit costs a few compares; a miss, tree-sitter's scan.
class FieldCache {
 public:
  TSNode child(TSNode node, TSFieldId id) {
    uint32_t generation = tree_generation();
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

uint32_t tree_generation() { return freed_trees.load(std::memory_order_relaxed); }

std::string_view SyntaxTree::text(TSNode node) const {
  if (ts_node_is_null(node)) return {};  // tree-sitter reads through a null node's subtree for its end
  uint32_t start = ts_node_start_byte(node);
  uint32_t end = ts_node_end_byte(node);
  return source_.bytes().substr(start, end - start);
}

namespace {

// One grammar's node kind names by symbol and field ids by name, so that
// `kind`, `is` and `field` on the walk cost an array read and a short string
// compare. tree-sitter's own ts_node_child_by_field_name compares the name
// with every field name of the grammar on every call, and ts_node_type's
// C string needs a strlen before it can be compared.
class GrammarNames {
 public:
  explicit GrammarNames(const TSLanguage* language)
      : kinds_(ts_language_symbol_count(language)), named_(ts_language_symbol_count(language)) {
    for (uint32_t s = 0; s < kinds_.size(); ++s) {
      kinds_[s] = ts_language_symbol_name(language, static_cast<TSSymbol>(s));
      named_[s] = ts_language_symbol_type(language, static_cast<TSSymbol>(s)) == TSSymbolTypeRegular;
    }
    uint32_t field_count = ts_language_field_count(language);
    size_t slots = 16;
    while (slots < 4 * field_count) slots *= 2;  // at most a quarter full: probes stay short
    fields_.resize(slots);
    for (TSFieldId id = 1; id <= field_count; ++id) {
      std::string_view name = ts_language_field_name_for_id(language, id);
      size_t i = slot(name);
      while (fields_[i].id != 0) i = (i + 1) & (fields_.size() - 1);
      fields_[i] = FieldSlot{name, id};
    }
  }

  std::string_view kind(TSSymbol symbol) const { return symbol < kinds_.size() ? kinds_[symbol] : std::string_view(); }
  const std::vector<bool>& named_symbols() const { return named_; }

  // 0 (no field) for a name the grammar does not have.
  TSFieldId field_id(std::string_view name) const {
    for (size_t i = slot(name);; i = (i + 1) & (fields_.size() - 1)) {
      if (fields_[i].id == 0 || fields_[i].name == name) return fields_[i].id;
    }
  }

 private:
  struct FieldSlot {
    std::string_view name;
    TSFieldId id = 0;
  };
  // Field names are short identifiers: their length and three letters spread them well enough.
  size_t slot(std::string_view name) const {
    size_t hash = name.size() * 131;
    if (!name.empty()) hash += name.front() * 31 + name[name.size() / 2] * 7 + name.back();
    return hash & (fields_.size() - 1);
  }

  std::vector<std::string_view> kinds_;
  std::vector<bool> named_;
  std::vector<FieldSlot> fields_;
};

const GrammarNames& names_for(const TSLanguage* language) {
  for (Dialect dialect : {Dialect::TypeScript, Dialect::Tsx}) {
    if (language == language_of(dialect)) return per_grammar<GrammarNames>(dialect);
  }
  return per_grammar<GrammarNames>(Dialect::JavaScript);
}

const GrammarNames& names_of(const TSNode& node) {
  // A thread lints one file at a time, so the grammar seldom changes between calls.
  thread_local const TSLanguage* last_language = nullptr;
  thread_local const GrammarNames* last_names = nullptr;
  const TSLanguage* language = ts_tree_language(node.tree);
  if (language != last_language) {
    last_names = &names_for(language);
    last_language = language;
  }
  return *last_names;
}

}  // namespace

// The parser and the tree are made in the tree's arena and are never handed to
// ts_parser_delete or ts_tree_delete: both would only visit every block to free
// it, and the arena frees them all at once.
SyntaxTree::SyntaxTree(const SourceText& source, Dialect dialect)
    : source_(source), dialect_(dialect), named_(&per_grammar<GrammarNames>(dialect).named_symbols()) {
  ParseArena::Scope scope(arena_);
  TSParser* parser = ts_parser_new();
  ts_parser_set_language(parser, language_of(dialect));
  std::string_view bytes = source.bytes();
  tree_ = ts_parser_parse_string(parser, nullptr, bytes.data(), static_cast<uint32_t>(bytes.size()));
}

SyntaxTree::~SyntaxTree() { freed_trees.fetch_add(1, std::memory_order_relaxed); }

// ts_language_symbol_for_name compares the name with every symbol's name; each
// file asks for the same few, so the answers are kept (per thread: no locks).
TSSymbol SyntaxTree::symbol(std::string_view kind_name) const {
  thread_local std::map<std::pair<const TSLanguage*, std::string>, TSSymbol> answers;
  auto [entry, added] = answers.try_emplace({language(), std::string(kind_name)}, 0);
  if (added)
    entry->second = ts_language_symbol_for_name(language(), kind_name.data(), static_cast<uint32_t>(kind_name.size()), true);
  return entry->second;
}

VisitedNode visited(TSNode node) { return VisitedNode{node, ts_node_symbol(node), ts_node_is_named(node)}; }

std::string_view kind(TSNode node) {
  if (ts_node_is_null(node)) return {};
  std::string_view name = names_of(node).kind(ts_node_symbol(node));
  return name.data() ? name : ts_node_type(node);  // ERROR's symbol is outside the grammar's table
}

TSNode field(TSNode node, std::string_view name) {
  if (ts_node_is_null(node)) return node;
  return field(node, names_of(node).field_id(name));
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
