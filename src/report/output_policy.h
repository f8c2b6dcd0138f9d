// The decisions every subcommand's output shares, kept apart from the command
// line so they can be tested: which format, colour or not, which findings are
// shown, and the exit code.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "report/report.h"

namespace v8lint {

// `requested` is the --format value; empty picks github when GITHUB_ACTIONS
// is "true" (its value is passed in; null when unset), else text. Unknown names
// yield nullopt.
std::optional<ReportFormat> resolve_format(std::string_view requested, const char* github_actions_env);

struct ColorInputs {
  bool no_color_flag = false;
  bool writing_to_file = false;
  bool stdout_is_tty = false;
  const char* no_color_env = nullptr;  // NO_COLOR; set and non-empty disables colour (no-color.org)
};
bool use_color(const ColorInputs& inputs);

struct SeverityCounts {
  size_t errors = 0;
  size_t warnings = 0;
  size_t notes = 0;
  size_t total() const { return errors + warnings + notes; }
};
SeverityCounts count_by_severity(const std::vector<Diagnostic>& diagnostics);

// --quiet: the same report with only its error-level findings.
Report errors_only(const Report& report);

// 1 when an error-level finding exists or warnings exceed `max_warnings`, else
// 0. Counts every finding, shown or not: --quiet changes the output, not the verdict.
int findings_exit_code(const SeverityCounts& counts, std::optional<long> max_warnings);
bool too_many_warnings(const SeverityCounts& counts, std::optional<long> max_warnings);

}  // namespace v8lint
