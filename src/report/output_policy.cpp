#include "report/output_policy.h"

#include <algorithm>
#include <iterator>

namespace v8lint {

std::optional<ReportFormat> resolve_format(std::string_view requested, const char* github_actions_env) {
  if (requested.empty())
    return github_actions_env && std::string_view(github_actions_env) == "true" ? ReportFormat::Github
                                                                                 : ReportFormat::Text;
  if (requested == "text") return ReportFormat::Text;
  if (requested == "json") return ReportFormat::Json;
  if (requested == "sarif") return ReportFormat::Sarif;
  if (requested == "github") return ReportFormat::Github;
  return std::nullopt;
}

bool use_color(const ColorInputs& inputs) {
  bool no_color_env = inputs.no_color_env && *inputs.no_color_env;
  return !inputs.no_color_flag && !no_color_env && !inputs.writing_to_file && inputs.stdout_is_tty;
}

SeverityCounts count_by_severity(const std::vector<Diagnostic>& diagnostics) {
  SeverityCounts counts;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::Error) ++counts.errors;
    else if (d.severity == Severity::Warning) ++counts.warnings;
    else if (d.severity == Severity::Note) ++counts.notes;
  }
  return counts;
}

Report errors_only(const Report& report) {
  Report filtered{report.command, {}, report.files_checked, report.summary_lines};
  std::copy_if(report.diagnostics.begin(), report.diagnostics.end(), std::back_inserter(filtered.diagnostics),
               [](const Diagnostic& d) { return d.severity == Severity::Error; });
  return filtered;
}

bool too_many_warnings(const SeverityCounts& counts, std::optional<long> max_warnings) {
  return max_warnings && static_cast<long long>(counts.warnings) > *max_warnings;
}

int findings_exit_code(const SeverityCounts& counts, std::optional<long> max_warnings) {
  return counts.errors > 0 || too_many_warnings(counts, max_warnings) ? 1 : 0;
}

}  // namespace v8lint
