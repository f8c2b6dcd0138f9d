#include "lint/lint_run.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <thread>

#include "config/config.h"
#include "core/source_text.h"
#include "lint/file_linter.h"
#include "syntax/language.h"

namespace v8lint {
namespace fs = std::filesystem;
namespace {

void collect_files(const std::string& path, std::vector<std::string>& files, std::vector<std::string>& errors) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) {
    if (!fs::exists(path, ec)) {
      errors.push_back(path + ": no such file or directory");
      return;
    }
    files.push_back(path);  // an explicit path is always linted
    return;
  }
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
  for (; it != end; it.increment(ec)) {
    if (ec) {
      errors.push_back(path + ": " + ec.message());
      break;
    }
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (it->is_directory(ec) && (name == "node_modules" || name == ".git")) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && dialect_for_path(name)) files.push_back(p.lexically_normal().string());
  }
}

}  // namespace

LintOutcome run_lint(const LintRequest& request) {
  LintOutcome outcome;
  std::vector<std::string> files;
  for (const std::string& path : request.paths) collect_files(path, files, outcome.errors);
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());

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
