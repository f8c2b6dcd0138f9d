// v8lint_parse_only: the parse-only floor for bench/static/run.sh. Finds files
// with v8lint's own discovery (as `check --include-minified` does), reads and
// parses each one with tree-sitter and does nothing else, so `v8lint check -j1`
// time divided by this time is v8lint's own overhead (line index, semantic
// model, rules, reporting).
//
// Usage: v8lint_parse_only [--walk] [--arena] [--times FILE] [PATH...]
// --walk also visits every node of each tree once, the way `v8lint check`
// does before any rule or model runs (tree-sitter's cursor, anonymous leaves
// skipped): the floor of any analysis that reads the whole tree through
// tree-sitter's public API.
// --arena parses as v8lint does, each file with a new parser into a ParseArena
// dropped after it (src/syntax/parse_arena.h), instead of one reused parser and
// tree-sitter's malloc and ts_tree_delete: the floor for a parse-only program
// that also takes v8lint's allocation strategy.
// --times writes "cpu_microseconds<TAB>bytes<TAB>path" per file: the thread
// CPU time of reading and parsing it, which stays meaningful on a busy
// machine and lets run.sh estimate how well -jN can spread the files.
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include <tree_sitter/api.h>

#include "core/source_text.h"
#include "files/file_discovery.h"
#include "syntax/language.h"
#include "syntax/parse_arena.h"
#include "syntax/syntax_tree.h"

namespace {

struct Totals {
  size_t files = 0;
  size_t bytes = 0;
  size_t with_syntax_errors = 0;
  size_t unreadable = 0;
  size_t nodes = 0;  // named or inner nodes visited by --walk
};

// The walk of lint_source with nothing subscribed: each named or inner node
// is entered and its symbol read (the dispatch key), nothing else.
void visit_nodes(TSTree* tree, Totals& totals) {
  v8lint::walk(
      ts_tree_root_node(tree),
      [&](TSNode node) {
        if (!ts_node_is_named(node) && ts_node_child_count(node) == 0) return false;
        totals.nodes += ts_node_symbol(node) != 0;
        return true;
      },
      [](TSNode) {});
}

long long thread_cpu_microseconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000000LL + now.tv_nsec / 1000;
}

TSTree* parse(TSParser* parser, const std::string& bytes, v8lint::Dialect dialect) {
  ts_parser_set_language(parser, v8lint::language_of(dialect));
  return ts_parser_parse_string(parser, nullptr, bytes.data(), static_cast<uint32_t>(bytes.size()));
}

void count(TSTree* tree, size_t bytes, bool walk, Totals& totals) {
  ++totals.files;
  totals.bytes += bytes;
  if (ts_node_has_error(ts_tree_root_node(tree))) ++totals.with_syntax_errors;
  if (walk) visit_nodes(tree, totals);
}

// With `parser`: tree-sitter's own allocation, one parser reused for every file.
// Without: v8lint's (SyntaxTree), a parser and tree per file in a ParseArena,
// freed with it. Returns the file's size in bytes (0 when it cannot be read).
size_t parse_file(TSParser* parser, const std::string& path, bool walk, Totals& totals) {
  std::string bytes, error;
  if (!v8lint::read_file(path, bytes, error)) {
    std::fprintf(stderr, "v8lint_parse_only: %s\n", error.c_str());
    ++totals.unreadable;
    return 0;
  }
  v8lint::Dialect dialect = v8lint::dialect_for_path(path).value_or(v8lint::Dialect::JavaScript);
  if (parser) {
    TSTree* tree = parse(parser, bytes, dialect);
    count(tree, bytes.size(), walk, totals);
    ts_tree_delete(tree);
  } else {
    v8lint::ParseArena arena;
    v8lint::ParseArena::Scope scope(arena);
    count(parse(ts_parser_new(), bytes, dialect), bytes.size(), walk, totals);
  }
  return bytes.size();
}

}  // namespace

int main(int argc, char** argv) {
  int first_path = 1;
  bool walk = false, arena = false;
  FILE* times = nullptr;
  for (; first_path < argc && std::string(argv[first_path]).starts_with("--"); ++first_path) {
    std::string option = argv[first_path];
    if (option == "--walk") {
      walk = true;
    } else if (option == "--arena") {
      arena = true;
    } else if (option == "--times" && first_path + 1 < argc) {
      times = std::fopen(argv[++first_path], "w");
      if (!times) {
        std::fprintf(stderr, "v8lint_parse_only: %s: cannot write\n", argv[first_path]);
        return 2;
      }
    } else {
      std::fprintf(stderr, "usage: v8lint_parse_only [--walk] [--arena] [--times FILE] [PATH...]\n");
      return 2;
    }
  }
  std::vector<std::string> paths(argv + first_path, argv + argc);
  if (paths.empty()) paths.push_back(".");
  // The files `v8lint check --include-minified` lints, in the same order.
  v8lint::DiscoveryOptions options;
  options.include_minified = true;
  v8lint::Discovery discovery = v8lint::discover_files(paths, options);
  Totals totals;
  for (const std::string& error : discovery.errors) std::fprintf(stderr, "v8lint_parse_only: %s\n", error.c_str());
  totals.unreadable = discovery.errors.size();

  TSParser* parser = arena ? nullptr : ts_parser_new();
  for (const std::string& path : discovery.files) {
    long long start = thread_cpu_microseconds();
    size_t bytes = parse_file(parser, path, walk, totals);
    if (times) std::fprintf(times, "%lld\t%zu\t%s\n", thread_cpu_microseconds() - start, bytes, path.c_str());
  }
  if (parser) ts_parser_delete(parser);
  if (times && std::fclose(times) != 0) ++totals.unreadable;

  std::printf("%zu files, %zu bytes, %zu with syntax errors", totals.files, totals.bytes, totals.with_syntax_errors);
  if (walk) std::printf(", %zu nodes visited", totals.nodes);
  std::printf("\n");
  return totals.unreadable == 0 ? 0 : 2;
}
