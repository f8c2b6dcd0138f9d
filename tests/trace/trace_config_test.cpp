// The trace pass honours configuration, --rule, suppression comments and exit
// codes like `check`, on a copy of corpus/trace/megamorphic and its recorded log.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "trace/trace_run.h"
#include "trace_test_support.h"

namespace v8lint::trace {
namespace {
using namespace testing_support;

const std::string kRecordedDir = "/work/wt/tracedata/corpus/trace/megamorphic";
const std::string kProgram = std::string(V8LINT_SOURCE_DIR) + "/corpus/trace/megamorphic/main.js";
const std::string kLog = std::string(V8LINT_SOURCE_DIR) + "/corpus/trace/megamorphic/logs/node20.v8.log.gz";

std::vector<std::string> program_lines() {
  std::ifstream in(kProgram);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Copies main.js into `dir` with line `line_number` (1-based) replaced, so the
// log's positions still match; 0 copies it unchanged.
void copy_program(const ScratchDir& dir, size_t line_number = 0, const std::string& replacement = "") {
  std::vector<std::string> lines = program_lines();
  ASSERT_GT(lines.size(), 20u);
  if (line_number > 0) lines[line_number - 1] = replacement;
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  dir.write("main.js", text);
}

TraceRequest request_for(const ScratchDir& dir) {
  TraceRequest request;
  request.inputs = {kLog};
  request.paths.path_maps = {{kRecordedDir, dir.root()}};
  return request;
}

TraceOutcome trace_unchanged_copy(const ScratchDir& dir) {
  copy_program(dir);
  return run_trace(request_for(dir));
}

std::string program_path(const ScratchDir& dir) { return dir.path("main.js"); }

std::string gunzip(const std::string& path) {
  gzFile file = gzopen(path.c_str(), "rb");
  std::string text;
  char buffer[65536];
  for (int got; (got = gzread(file, buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<size_t>(got));
  gzclose(file);
  return text;
}

// The log as if recorded without --log-code.
std::string without_code_creation(const std::string& log) {
  std::istringstream in(log);
  std::string kept;
  for (std::string line; std::getline(in, line);) {
    if (!line.starts_with("code-creation,")) kept += line + "\n";
  }
  return kept;
}

std::string cli_arguments(const ScratchDir& dir, const std::string& log = kLog) {
  return "--no-color --path-map '" + kRecordedDir + "=" + dir.root() + "' '" + log + "'";
}

TEST(TraceConfig, WithoutConfigurationTheProgramsSitesAreReported) {
  ScratchDir dir;
  TraceOutcome outcome = trace_unchanged_copy(dir);
  ASSERT_TRUE(outcome.errors.empty()) << outcome.errors[0];
  ASSERT_EQ(outcome.diagnostics.size(), 2u);
  expect_finding(outcome.diagnostics, "megamorphic-ic", 18, 12, "LoadIC for `x` went megamorphic (6 maps seen) in readX");
  const Diagnostic* deopt = find_diagnostic(outcome.diagnostics, "deopt", 37, 24);
  ASSERT_NE(deopt, nullptr);
  EXPECT_EQ(deopt->severity, Severity::Warning);
  EXPECT_EQ(deopt->location.path, absolute_path(program_path(dir)));
}

TEST(TraceConfig, ConfigurationTurningARuleOffDropsExactlyItsFinding) {
  ScratchDir dir;
  copy_program(dir);
  dir.write(".v8lintrc.json", "{\n  \"rules\": { \"megamorphic-ic\": \"off\" }\n}\n");
  TraceOutcome outcome = run_trace(request_for(dir));
  ASSERT_TRUE(outcome.errors.empty()) << outcome.errors[0];
  ASSERT_EQ(outcome.diagnostics.size(), 1u);
  EXPECT_EQ(outcome.diagnostics[0].rule_id, "deopt");
  EXPECT_EQ(outcome.diagnostics[0].location.start.line, 37u);
  EXPECT_EQ(outcome.diagnostics[0].location.start.column, 24u);
}

TEST(TraceConfig, ConfigurationSetsTheLevel) {
  ScratchDir dir;
  copy_program(dir);
  dir.write(".v8lintrc.json", "{ \"rules\": { \"deopt\": \"note\" } }\n");
  TraceOutcome outcome = run_trace(request_for(dir));
  const Diagnostic* deopt = find_diagnostic(outcome.diagnostics, "deopt", 37, 24);
  ASSERT_NE(deopt, nullptr);
  EXPECT_EQ(deopt->severity, Severity::Note);
}

TEST(TraceConfig, DisableNextLineCommentAboveTheSiteSilencesIt) {
  ScratchDir dir;
  copy_program(dir, 17, "  // v8lint-disable-next-line megamorphic-ic -- shapes vary on purpose");  // was a comment
  TraceOutcome outcome = run_trace(request_for(dir));
  ASSERT_EQ(outcome.diagnostics.size(), 1u);
  EXPECT_EQ(outcome.diagnostics[0].rule_id, "deopt");
  EXPECT_EQ(outcome.diagnostics[0].location.start.line, 37u);
}

TEST(TraceConfig, DisableCommentNamingAnotherRuleKeepsTheFinding) {
  ScratchDir dir;
  copy_program(dir, 17, "  // v8lint-disable-next-line polymorphic-ic");
  TraceOutcome outcome = run_trace(request_for(dir));
  EXPECT_NE(find_diagnostic(outcome.diagnostics, "megamorphic-ic", 18, 12), nullptr);
  EXPECT_EQ(outcome.diagnostics.size(), 2u);  // and no unused-directive report
}

TEST(TraceConfig, DisableCommentAtTheTopSilencesTheWholeFile) {
  ScratchDir dir;
  copy_program(dir, 1, "/* v8lint-disable */");  // was 'use strict';
  TraceOutcome outcome = run_trace(request_for(dir));
  EXPECT_TRUE(outcome.diagnostics.empty());
}

TEST(TraceConfig, ConfigurationThresholdMakesADeoptLoopAndTheFlagBeatsIt) {
  ScratchDir dir;
  copy_program(dir);
  dir.write(".v8lintrc.json", "{ \"rules\": { \"deopt-loop\": [\"error\", { \"threshold\": 1 }] } }\n");
  TraceOutcome outcome = run_trace(request_for(dir));
  EXPECT_EQ(count_rule(outcome.diagnostics, "deopt-loop"), 1u);
  expect_finding(outcome.diagnostics, "deopt-loop", 1, 1, "<anonymous> was optimized 1 times and deoptimized 1 times");
  TraceRequest flagged = request_for(dir);
  flagged.deopt_loop_threshold = 2;
  EXPECT_EQ(count_rule(run_trace(flagged).diagnostics, "deopt-loop"), 0u);
}

TEST(TraceConfig, BadThresholdOptionIsAnError) {
  ScratchDir dir;
  copy_program(dir);
  dir.write(".v8lintrc.json", "{ \"rules\": { \"deopt-loop\": [\"error\", { \"threshold\": \"many\" }] } }\n");
  TraceOutcome outcome = run_trace(request_for(dir));
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_EQ(outcome.errors[0], dir.path(".v8lintrc.json") + ": deopt-loop option \"threshold\" must be a positive integer");
}

TEST(TraceConfig, SnapshotIcEventsAreCountedInTheSummaryNotWarned) {
  ScratchDir dir;
  TraceOutcome outcome = trace_unchanged_copy(dir);
  EXPECT_TRUE(outcome.warnings.empty()) << outcome.warnings[0];
  ASSERT_GE(outcome.summary_lines.size(), 5u);
  EXPECT_EQ(outcome.summary_lines[4], "IC events in code the log never created (Node's startup snapshot): 25 of 345 left out");
}

TEST(TraceConfigCli, RuleFlagRaisingDeoptToErrorExitsOne) {
  ScratchDir dir;
  copy_program(dir);
  ProcessResult plain = run_cli(cli_arguments(dir));
  EXPECT_EQ(plain.exit_code, 0) << plain.output;
  EXPECT_EQ(plain.output.find("warning: " + kLog), std::string::npos) << plain.output;  // no noise warning
  ProcessResult raised = run_cli("--rule deopt=error " + cli_arguments(dir));
  EXPECT_EQ(raised.exit_code, 1) << raised.output;
  EXPECT_NE(raised.output.find("main.js:37:24"), std::string::npos) << raised.output;
}

TEST(TraceConfigCli, BadRuleFlagExitsTwo) {
  ScratchDir dir;
  copy_program(dir);
  ProcessResult result = run_cli("--rule no-such-rule=error " + cli_arguments(dir));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.output.find("v8lint: --rule no-such-rule=error: unknown rule \"no-such-rule\""), std::string::npos)
      << result.output;
}

TEST(TraceConfigCli, BrokenConfigurationExitsTwoNamingFileAndLine) {
  ScratchDir dir;
  copy_program(dir);
  std::string config = dir.write("bad.json", "{\n  \"rules\": {\n    \"deopt\": \"loud\"\n  }\n}\n");
  ProcessResult result = run_cli("--config '" + config + "' " + cli_arguments(dir));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.output.find("v8lint: " + config + ":3: "), std::string::npos) << result.output;
}

TEST(TraceConfigCli, LogWithoutCodeCreationWarns) {
  ScratchDir dir;
  copy_program(dir);
  std::string stripped = dir.write("stripped.v8.log", without_code_creation(gunzip(kLog)));
  ProcessResult result = run_cli(cli_arguments(dir, stripped));
  EXPECT_NE(result.output.find("v8lint: warning: " + stripped + ": "), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("IC events in code the log never created"), std::string::npos) << result.output;
}

}  // namespace
}  // namespace v8lint::trace
