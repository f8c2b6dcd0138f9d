// The join of the two passes: the trace pass over V8 logs and the static pass
// over the scripts those logs ran, in one report. Used by `v8lint run` (logs
// it just recorded) and `v8lint check --trace` (logs recorded elsewhere).
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "lint/lint_run.h"
#include "trace/trace_run.h"

namespace v8lint::join {

struct JoinRequest {
  LintRequest lint;          // its paths empty: the user scripts the logs ran that are on disk
  trace::TraceRequest trace;  // inputs: the logs
};

struct JoinOutcome {
  std::vector<Diagnostic> diagnostics;     // both passes, sorted by diagnostic_less
  std::vector<std::string> summary_lines;  // the trace summary
  std::vector<std::string> errors;         // fatal for the run (exit 2), each naming its file
  std::vector<std::string> warnings;       // the trace pass's skipped lines and unresolved events
  size_t files_linted = 0;
  size_t logs_read = 0;
  bool aborted = false;  // --config could not be loaded: there is no report
};

JoinOutcome run_join(const JoinRequest& request);

}  // namespace v8lint::join
