// A whole `v8lint check`: find the files, lint them in parallel, merge and
// sort the findings.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.h"

namespace v8lint {

struct LintRequest {
  std::vector<std::string> paths;  // files or directories
  bool include_minified = false;
  unsigned threads = 0;            // 0: all cores
};

struct LintOutcome {
  std::vector<Diagnostic> diagnostics;  // sorted by diagnostic_less
  std::vector<std::string> errors;      // I/O and config problems, each naming its file
  size_t files_linted = 0;
};

LintOutcome run_lint(const LintRequest& request);

}  // namespace v8lint
