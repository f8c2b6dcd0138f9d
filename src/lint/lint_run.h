// A whole `v8lint check`: find the files, resolve each one's configuration,
// lint them in parallel, merge and sort the findings.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace v8lint {

struct LintRequest {
  std::vector<std::string> paths;  // files or directories
  bool include_minified = false;
  unsigned threads = 0;            // 0: all cores
  std::string config_path;         // --config; empty: nearest .v8lintrc.json per file
  std::map<std::string, Severity> rule_overrides;  // --rule ID=LEVEL
  bool report_unused_disable_directives = false;
};

struct LintOutcome {
  std::vector<Diagnostic> diagnostics;  // sorted by diagnostic_less
  std::vector<std::string> errors;      // I/O and config problems, each naming its file (and line)
  size_t files_linted = 0;
  bool aborted = false;  // --config could not be loaded: nothing was linted, there is no report
};

LintOutcome run_lint(const LintRequest& request);

}  // namespace v8lint
