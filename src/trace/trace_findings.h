// Turns merged TraceData into findings (megamorphic-ic, polymorphic-ic,
// deopt, deopt-loop), their impact ranking, and the summary lines.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/source_text.h"
#include "trace/script_maps.h"
#include "trace/script_paths.h"
#include "trace/trace_data.h"

namespace v8lint::trace {

constexpr int64_t kDefaultDeoptLoopThreshold = 5;

// Per source file (by the path findings show): its deopt-loop threshold, and
// what configuration and suppression comments leave of its findings.
class FileSettings {
 public:
  virtual ~FileSettings() = default;
  virtual int64_t deopt_loop_threshold(const std::string& path) = 0;
  virtual void settle(const std::string& path, const SourceText* text, std::vector<Diagnostic>& findings) = 0;
};

struct FindingOptions {
  FileSettings* file_settings = nullptr;  // null: every finding kept at its own level, threshold kDefaultDeoptLoopThreshold
  size_t ranked_lines = 10;          // "top by impact" lines in the summary
};

struct TraceFindings {
  std::vector<Diagnostic> diagnostics;   // sorted by diagnostic_less; each has an "impact" property
  std::vector<std::string> summary_lines;
};

// Positions in scripts with a source map are shown in their original sources.
TraceFindings build_findings(const TraceData& data, ScriptResolver& resolver, ScriptMaps& maps, const FindingOptions& options);

}  // namespace v8lint::trace
