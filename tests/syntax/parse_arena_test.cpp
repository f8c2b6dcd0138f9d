#include "syntax/parse_arena.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include <tree_sitter/api.h>

#include "core/source_text.h"
#include "syntax/syntax_tree.h"

namespace v8lint {
namespace {

std::string sexp(TSNode node) {
  char* text = ts_node_string(node);  // made outside any arena scope: malloc's
  std::string copy(text);
  std::free(text);
  return copy;
}

// The tree tree-sitter builds with its own allocation and a parser of its own.
std::string parsed_with_malloc(const std::string& code) {
  TSParser* parser = ts_parser_new();
  ts_parser_set_language(parser, language_of(Dialect::JavaScript));
  TSTree* tree = ts_parser_parse_string(parser, nullptr, code.data(), static_cast<uint32_t>(code.size()));
  std::string text = sexp(ts_tree_root_node(tree));
  ts_tree_delete(tree);
  ts_parser_delete(parser);
  return text;
}

std::string sample(int statements) {
  std::string code;
  for (int i = 0; i < statements; ++i)
    code += "function f" + std::to_string(i) + "(a, b) { return [a, b, {k: `t${a}`}].map((x) => x * " +
            std::to_string(i) + "); }\n";
  return code;
}

TEST(ParseArena, BlocksAreAlignedAndReallocKeepsContents) {
  ParseArena arena;
  auto* first = static_cast<char*>(arena.allocate(3));
  auto* second = static_cast<char*>(arena.allocate(40));
  EXPECT_EQ(reinterpret_cast<uintptr_t>(first) % 16, 0u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(second) % 16, 0u);
  std::memcpy(second, "0123456789", 10);
  // The newest block grows in place; an older one moves, with its bytes.
  EXPECT_EQ(arena.reallocate(second, 400), second);
  std::memcpy(first, "abc", 3);
  auto* moved = static_cast<char*>(arena.reallocate(first, 5000));
  EXPECT_NE(moved, first);
  EXPECT_EQ(std::string(moved, 3), "abc");
  EXPECT_EQ(std::string(second, 10), "0123456789");
}

TEST(ParseArena, LargeBlocksGrowAndAreFreedOnRelease) {
  ParseArena arena;
  auto* large = static_cast<char*>(arena.allocate(size_t{3} << 20));  // larger than a chunk
  ASSERT_NE(large, nullptr);
  std::memcpy(large, "xyz", 3);
  EXPECT_EQ(arena.bytes_reserved(), size_t{3} << 20);
  auto* grown = static_cast<char*>(arena.reallocate(large, size_t{5} << 20));
  EXPECT_EQ(std::string(grown, 3), "xyz");
  EXPECT_EQ(arena.bytes_reserved(), size_t{5} << 20);
  // A small block outgrowing the large-block size moves to a large block, with its bytes.
  auto* small = static_cast<char*>(arena.allocate(100));
  std::memcpy(small, "abc", 3);
  auto* now_large = static_cast<char*>(arena.reallocate(small, size_t{1} << 20));
  EXPECT_EQ(std::string(now_large, 3), "abc");
  EXPECT_EQ(arena.allocate(SIZE_MAX - 8), nullptr);  // no wrapped-around size: refused
  EXPECT_EQ(arena.reallocate(grown, SIZE_MAX - 8), nullptr);
  arena.release(grown);
  arena.release(small);  // a small block: stays until the arena goes
  EXPECT_EQ(arena.bytes_reserved(), (size_t{2} << 20) + (size_t{1} << 20));  // one chunk and `now_large`
}

TEST(ParseArena, TreesMatchTreeSitterOwnAllocation) {
  for (int statements : {0, 1, 50, 3000}) {  // 3000: many chunks, and the parse stack's arrays grow
    std::string code = sample(statements);
    SourceText source("a.js", code);
    SyntaxTree tree(source, Dialect::JavaScript);
    EXPECT_EQ(sexp(tree.root()), parsed_with_malloc(code)) << statements;
  }
}

TEST(ParseArena, ScopesNestAndRestoreMalloc) {
  ParseArena outer, inner;
  std::string code = sample(1000);
  {
    ParseArena::Scope outer_scope(outer);
    TSParser* parser = ts_parser_new();  // from `outer`: never freed by tree-sitter
    size_t outer_before = outer.bytes_reserved();
    {
      ParseArena::Scope inner_scope(inner);
      ts_parser_new();
    }
    size_t inner_after = inner.bytes_reserved();
    EXPECT_GT(inner_after, 0u);
    EXPECT_EQ(outer.bytes_reserved(), outer_before);
    // Back in `outer`: a large parse grows it, not `inner`.
    ts_parser_set_language(parser, language_of(Dialect::JavaScript));
    ts_parser_parse_string(parser, nullptr, code.data(), static_cast<uint32_t>(code.size()));
    EXPECT_GT(outer.bytes_reserved(), outer_before);
    EXPECT_EQ(inner.bytes_reserved(), inner_after);
  }
  // Outside every scope tree-sitter uses malloc again: a parser made and deleted here is freed.
  EXPECT_NE(parsed_with_malloc("let x = 1;").find("lexical_declaration"), std::string::npos);
}

TEST(ParseArena, ThreadsParseIntoTheirOwnArenas) {
  std::string code = sample(400), expected = parsed_with_malloc(code);
  std::string results[2];
  std::thread workers[2];
  for (int t = 0; t < 2; ++t) {
    workers[t] = std::thread([&, t] {
      for (int round = 0; round < 5; ++round) {
        SourceText source("a.js", code);
        SyntaxTree tree(source, Dialect::JavaScript);
        results[t] = sexp(tree.root());
      }
    });
  }
  for (std::thread& worker : workers) worker.join();
  EXPECT_EQ(results[0], expected);
  EXPECT_EQ(results[1], expected);
}

size_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  size_t total_pages = 0, resident_pages = 0;
  statm >> total_pages >> resident_pages;
  return resident_pages * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

// The join keeps a tree per script alive at once: a small tree must cost the
// pages it touches, not its arena's whole 2 MiB chunk.
TEST(ParseArena, ManyLiveSmallTreesCostTheirPagesNotTheirChunks) {
  const std::string code = sample(2);
  std::vector<std::unique_ptr<SourceText>> sources;
  std::vector<std::unique_ptr<SyntaxTree>> trees;
  const size_t before = resident_bytes();
  for (int i = 0; i < 300; ++i) {
    sources.push_back(std::make_unique<SourceText>("a.js", code));
    trees.push_back(std::make_unique<SyntaxTree>(*sources.back(), Dialect::JavaScript));
  }
  EXPECT_LT(resident_bytes() - before, size_t{100} << 20);  // 300 whole chunks would be 600 MiB
  EXPECT_EQ(kind(ts_node_named_child(trees.back()->root(), 0)), "function_declaration");
}

}  // namespace
}  // namespace v8lint
