// What every subcommand hands to the reporters: the findings plus the facts
// a summary needs. Reporters (text, json, sarif, github) only read this.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace v8lint {

enum class ReportFormat { Text, Json, Sarif, Github };

struct Report {
  std::string command;                    // "check", "trace", "run"
  std::vector<Diagnostic> diagnostics;    // sorted by diagnostic_less
  size_t files_checked = 0;
  std::vector<std::string> summary_lines; // extra header lines (e.g. the trace summary), text format only
};

}  // namespace v8lint
