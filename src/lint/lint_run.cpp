#include "lint/lint_run.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <thread>

#include "config/config_resolver.h"
#include "config/rule_ids.h"
#include "core/source_text.h"
#include "files/file_discovery.h"
#include "lint/file_linter.h"
#include "syntax/language.h"

namespace v8lint {
namespace {

ConfigSources config_sources(const LintRequest& request) {
  return {request.config_path, request.rule_overrides, request.report_unused_disable_directives, known_rule_id};
}

std::vector<std::string> discover(const LintRequest& request, ConfigResolver& configs, LintOutcome& outcome) {
  DiscoveryOptions options;
  options.include_minified = request.include_minified;
  options.extra_ignores = [&configs](const std::string& directory) -> const IgnoreList* {
    std::shared_ptr<const LoadedConfig> loaded = configs.for_directory(directory);
    return loaded ? &loaded->ignores : nullptr;  // the resolver keeps it alive
  };
  Discovery discovery = discover_files(request.paths, options);
  outcome.errors = std::move(discovery.errors);
  return std::move(discovery.files);
}

// Indices of `files`, largest file first: handed out in this order, the big
// bundles start early and the threads finish together on small files.
std::vector<size_t> largest_first(const std::vector<std::string>& files) {
  std::vector<uintmax_t> sizes(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    std::error_code error;  // an unreadable file sorts last; reading it reports the error
    uintmax_t size = std::filesystem::file_size(files[i], error);
    sizes[i] = error ? 0 : size;
  }
  std::vector<size_t> order(files.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return sizes[a] > sizes[b]; });
  return order;
}

// Lints every file on `threads` threads, largest first.
void lint_files(const std::vector<std::string>& files, unsigned threads, ConfigResolver& configs,
                LintOutcome& outcome) {
  std::vector<std::string> read_errors(files.size());  // by file, so their order does not depend on timing
  const std::vector<size_t> order = largest_first(files);
  std::mutex mutex;
  std::atomic<size_t> next{0};
  std::error_code no_working_directory;
  const std::filesystem::path working_directory = std::filesystem::current_path(no_working_directory);
  auto worker = [&] {
    for (size_t n; (n = next++) < order.size();) {
      const size_t i = order[n];
      std::shared_ptr<const LoadedConfig> loaded =
          configs.for_directory(normal_absolute_path(std::filesystem::path(files[i]).parent_path(), working_directory));
      if (!loaded) continue;  // its configuration is broken: reported once by the resolver
      std::string bytes;
      if (!read_file(files[i], bytes, read_errors[i])) continue;
      SourceText source(files[i], std::move(bytes));
      std::vector<Diagnostic> found =
          lint_source(source, dialect_for_path(files[i]).value_or(Dialect::JavaScript), loaded->config);
      apply_engine_rule_settings(loaded->config, found);
      std::lock_guard lock(mutex);
      ++outcome.files_linted;
      std::move(found.begin(), found.end(), std::back_inserter(outcome.diagnostics));
    }
  };
  threads = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<unsigned>(threads, std::max<size_t>(1, files.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  for (std::string& error : read_errors)
    if (!error.empty()) outcome.errors.push_back(std::move(error));
}

}  // namespace

LintOutcome run_lint(const LintRequest& request) {
  LintOutcome outcome;
  ConfigResolver configs(config_sources(request));
  if (!request.config_path.empty() && !configs.errors().empty()) {
    outcome.errors.push_back(configs.errors().front().to_string());
    outcome.aborted = true;
    return outcome;
  }
  std::vector<std::string> files = discover(request, configs, outcome);
  lint_files(files, request.threads, configs, outcome);
  for (const ConfigError& error : configs.errors()) outcome.errors.push_back(error.to_string());
  std::sort(outcome.diagnostics.begin(), outcome.diagnostics.end(), diagnostic_less);
  return outcome;
}

}  // namespace v8lint
