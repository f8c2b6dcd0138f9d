// `v8lint trace`: expands the inputs, reads each log (one isolate each),
// merges what they say by source location and builds the findings.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/config_resolver.h"
#include "core/diagnostic.h"
#include "trace/script_paths.h"
#include "trace/trace_findings.h"
#include "trace/trace_heat.h"

namespace v8lint::trace {

struct TraceRequest {
  std::vector<std::string> inputs;  // files (plain or .gz) and directories (their *.log, *.log.gz)
  PathOptions paths;
  FindingOptions findings;  // its file_settings are set by run_trace
  ConfigSources config;      // known_rule defaults to known_rule_id
  std::optional<int64_t> deopt_loop_threshold;  // --deopt-loop-threshold: beats the configuration
  unsigned threads = 0;  // -j: threads parsing each V8 log (0: all cores); findings do not depend on it
};

struct TraceOutcome {
  std::vector<Diagnostic> diagnostics;
  std::vector<std::string> summary_lines;
  size_t files_read = 0;
  // The user scripts the logs ran (as reported, per --include-dependencies)
  // that are on disk, by the paths findings show: what the join lints.
  std::vector<std::string> source_files;
  TraceHeat heat;  // how hot each function of those scripts ran: for the join
  std::vector<std::string> errors;    // fatal for the run (exit 2): unreadable or unrecognised input, broken configuration
  std::vector<std::string> warnings;  // skipped lines, unresolved events: once per file
};

enum class LogKind { V8Log, TraceStdout, Unknown };
// Sniffs the first bytes: a V8 log starts with "v8-version,"; --trace-deopt /
// --trace-opt output holds "[bailout (kind:", "[deoptimizing", "[marking", "[compiling method".
LogKind detect_log_kind(const std::string& path, std::string& error);

// IC events in code the log never created, over all IC events, above which
// the log is suspect (recorded without --log-code, or started late). Below
// it they are Node's startup-snapshot code, which is never logged: normal.
constexpr double kSuspectUnresolvedIcShare = 0.5;

TraceOutcome run_trace(const TraceRequest& request);

}  // namespace v8lint::trace
