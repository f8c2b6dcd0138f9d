#include "lint/lint_run.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

#include "config/config.h"
#include "core/source_text.h"
#include "files/file_discovery.h"
#include "lint/file_linter.h"
#include "syntax/language.h"

namespace v8lint {

LintOutcome run_lint(const LintRequest& request) {
  LintOutcome outcome;
  DiscoveryOptions discovery_options;
  discovery_options.include_minified = request.include_minified;
  Discovery discovery = discover_files(request.paths, discovery_options);
  outcome.errors = std::move(discovery.errors);
  const std::vector<std::string>& files = discovery.files;

  Config config;
  std::mutex mutex;
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next++) < files.size();) {
      std::string bytes, error;
      std::vector<Diagnostic> found;
      if (read_file(files[i], bytes, error)) {
        SourceText source(files[i], std::move(bytes));
        found = lint_source(source, dialect_for_path(files[i]).value_or(Dialect::JavaScript), config);
      }
      std::lock_guard lock(mutex);
      if (!error.empty()) outcome.errors.push_back(error);
      else ++outcome.files_linted;
      std::move(found.begin(), found.end(), std::back_inserter(outcome.diagnostics));
    }
  };
  unsigned threads = request.threads ? request.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<unsigned>(threads, std::max<size_t>(1, files.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();

  std::sort(outcome.diagnostics.begin(), outcome.diagnostics.end(), diagnostic_less);
  return outcome;
}

}  // namespace v8lint
