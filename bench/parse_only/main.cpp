// v8lint_parse_only: the parse-only floor for bench/static/run.sh. Finds files
// with v8lint's own discovery (as `check --include-minified` does), reads and
// parses each one with tree-sitter and does nothing else, so `v8lint check -j1`
// time divided by this time is v8lint's own overhead (line index, semantic
// model, rules, reporting).
//
// Usage: v8lint_parse_only [--times FILE] [PATH...]
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

namespace {

struct Totals {
  size_t files = 0;
  size_t bytes = 0;
  size_t with_syntax_errors = 0;
  size_t unreadable = 0;
};

long long thread_cpu_microseconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000000LL + now.tv_nsec / 1000;
}

// Returns the file's size in bytes (0 when it cannot be read).
size_t parse_file(TSParser* parser, const std::string& path, Totals& totals) {
  std::string bytes, error;
  if (!v8lint::read_file(path, bytes, error)) {
    std::fprintf(stderr, "v8lint_parse_only: %s\n", error.c_str());
    ++totals.unreadable;
    return 0;
  }
  v8lint::Dialect dialect = v8lint::dialect_for_path(path).value_or(v8lint::Dialect::JavaScript);
  ts_parser_set_language(parser, v8lint::language_of(dialect));
  TSTree* tree = ts_parser_parse_string(parser, nullptr, bytes.data(), static_cast<uint32_t>(bytes.size()));
  ++totals.files;
  totals.bytes += bytes.size();
  if (ts_node_has_error(ts_tree_root_node(tree))) ++totals.with_syntax_errors;
  ts_tree_delete(tree);
  return bytes.size();
}

}  // namespace

int main(int argc, char** argv) {
  int first_path = 1;
  FILE* times = nullptr;
  if (argc >= 3 && std::string(argv[1]) == "--times") {
    times = std::fopen(argv[2], "w");
    if (!times) {
      std::fprintf(stderr, "v8lint_parse_only: %s: cannot write\n", argv[2]);
      return 2;
    }
    first_path = 3;
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

  TSParser* parser = ts_parser_new();
  for (const std::string& path : discovery.files) {
    long long start = thread_cpu_microseconds();
    size_t bytes = parse_file(parser, path, totals);
    if (times) std::fprintf(times, "%lld\t%zu\t%s\n", thread_cpu_microseconds() - start, bytes, path.c_str());
  }
  ts_parser_delete(parser);
  if (times && std::fclose(times) != 0) ++totals.unreadable;

  std::printf("%zu files, %zu bytes, %zu with syntax errors\n", totals.files, totals.bytes, totals.with_syntax_errors);
  return totals.unreadable == 0 ? 0 : 2;
}
