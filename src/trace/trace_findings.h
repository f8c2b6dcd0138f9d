// Turns merged TraceData into findings (megamorphic-ic, polymorphic-ic,
// deopt, deopt-loop), their impact ranking, and the summary lines.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "trace/script_paths.h"
#include "trace/trace_data.h"

namespace v8lint::trace {

struct FindingOptions {
  int64_t deopt_loop_threshold = 5;  // deopts of one function that make a deopt-loop
  size_t ranked_lines = 10;          // "top by impact" lines in the summary
};

struct TraceFindings {
  std::vector<Diagnostic> diagnostics;   // sorted by diagnostic_less; each has an "impact" property
  std::vector<std::string> summary_lines;
};

TraceFindings build_findings(const TraceData& data, ScriptResolver& resolver, const FindingOptions& options);

}  // namespace v8lint::trace
