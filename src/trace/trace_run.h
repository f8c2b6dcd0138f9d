// `v8lint trace`: expands the inputs, reads each log (one isolate each),
// merges what they say by source location and builds the findings.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "trace/script_paths.h"
#include "trace/trace_findings.h"

namespace v8lint::trace {

struct TraceRequest {
  std::vector<std::string> inputs;  // files (plain or .gz) and directories (their *.log, *.log.gz)
  PathOptions paths;
  FindingOptions findings;
};

struct TraceOutcome {
  std::vector<Diagnostic> diagnostics;
  std::vector<std::string> summary_lines;
  size_t files_read = 0;
  std::vector<std::string> errors;    // fatal for the run (exit 2): unreadable or unrecognised input
  std::vector<std::string> warnings;  // skipped lines, unresolved events: once per file
};

enum class LogKind { V8Log, TraceStdout, Unknown };
// Sniffs the first bytes: a V8 log starts with "v8-version,"; --trace-deopt /
// --trace-opt output holds "[bailout (kind:", "[deoptimizing", "[marking", "[compiling method".
LogKind detect_log_kind(const std::string& path, std::string& error);

TraceOutcome run_trace(const TraceRequest& request);

}  // namespace v8lint::trace
