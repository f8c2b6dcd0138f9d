#include "report/output_policy.h"

#include <gtest/gtest.h>

#include "sample_diagnostics.h"

namespace v8lint {
namespace {

using testing::diagnostic;
using testing::location;

TEST(OutputPolicy, FormatDefaultsToTextAndToGithubUnderActions) {
  EXPECT_EQ(resolve_format("", nullptr), ReportFormat::Text);
  EXPECT_EQ(resolve_format("", "true"), ReportFormat::Github);
  EXPECT_EQ(resolve_format("", "false"), ReportFormat::Text);
  EXPECT_EQ(resolve_format("json", "true"), ReportFormat::Json);
  EXPECT_EQ(resolve_format("sarif", nullptr), ReportFormat::Sarif);
  EXPECT_EQ(resolve_format("github", nullptr), ReportFormat::Github);
  EXPECT_EQ(resolve_format("text", "true"), ReportFormat::Text);
  EXPECT_EQ(resolve_format("xml", nullptr), std::nullopt);
}

TEST(OutputPolicy, ColourOnlyOnATerminalWithoutOptOuts) {
  EXPECT_TRUE(use_color({.stdout_is_tty = true}));
  EXPECT_FALSE(use_color({.stdout_is_tty = false}));
  EXPECT_FALSE(use_color({.no_color_flag = true, .stdout_is_tty = true}));
  EXPECT_FALSE(use_color({.writing_to_file = true, .stdout_is_tty = true}));
  EXPECT_FALSE(use_color({.stdout_is_tty = true, .no_color_env = "1"}));
  EXPECT_TRUE(use_color({.stdout_is_tty = true, .no_color_env = ""}));  // no-color.org: only a non-empty value counts
}

std::vector<Diagnostic> findings(size_t errors, size_t warnings, size_t notes) {
  std::vector<Diagnostic> out;
  auto add = [&out](size_t n, Severity s) {
    for (size_t i = 0; i < n; ++i) out.push_back(diagnostic("r", s, "m", location("a.js", {1, 1}, {1, 2})));
  };
  add(errors, Severity::Error);
  add(warnings, Severity::Warning);
  add(notes, Severity::Note);
  return out;
}

TEST(OutputPolicy, CountsBySeverity) {
  SeverityCounts counts = count_by_severity(findings(1, 2, 3));
  EXPECT_EQ(counts.errors, 1u);
  EXPECT_EQ(counts.warnings, 2u);
  EXPECT_EQ(counts.notes, 3u);
  EXPECT_EQ(counts.total(), 6u);
}

TEST(OutputPolicy, ExitCodeFromErrorsAndMaxWarnings) {
  EXPECT_EQ(findings_exit_code(count_by_severity(findings(0, 0, 5)), std::nullopt), 0);
  EXPECT_EQ(findings_exit_code(count_by_severity(findings(0, 9, 0)), std::nullopt), 0);
  EXPECT_EQ(findings_exit_code(count_by_severity(findings(1, 0, 0)), std::nullopt), 1);
  EXPECT_EQ(findings_exit_code(count_by_severity(findings(0, 3, 0)), 3L), 0);
  EXPECT_EQ(findings_exit_code(count_by_severity(findings(0, 4, 0)), 3L), 1);
  EXPECT_EQ(findings_exit_code(count_by_severity(findings(0, 1, 0)), 0L), 1);
  EXPECT_EQ(findings_exit_code(count_by_severity(findings(0, 0, 7)), 0L), 0);  // notes never count
  EXPECT_TRUE(too_many_warnings(count_by_severity(findings(0, 4, 0)), 3L));
  EXPECT_FALSE(too_many_warnings(count_by_severity(findings(0, 4, 0)), std::nullopt));
}

TEST(OutputPolicy, QuietKeepsOnlyErrorsAndTheReportFacts) {
  Report report{"check", findings(1, 4, 2), 3, {"header"}};
  Report quiet = errors_only(report);
  ASSERT_EQ(quiet.diagnostics.size(), 1u);
  EXPECT_EQ(quiet.diagnostics[0].severity, Severity::Error);
  EXPECT_EQ(quiet.files_checked, 3u);
  EXPECT_EQ(quiet.summary_lines, report.summary_lines);
}

}  // namespace
}  // namespace v8lint
