// End-to-end over small synthetic logs: parsing, code-map resolution,
// aggregation across isolates, filtering, robustness and the findings.
#include "trace/trace_run.h"

#include <gtest/gtest.h>

#include "trace/v8_log_reader.h"
#include "trace_test_support.h"

namespace v8lint::trace {
namespace {
using namespace testing_support;

// A V8 >= 8.6 log (IC lines carry a time): getX's load of `x` goes
// megamorphic while its bytecode moves; `add` is deoptimized.
const std::string kModernLog =
    "v8-version,11,3,244,8,-node.38,0\n"
    "script-source,81,/proj/app.js,function getX(p) { return p.x; }\\nfunction add(a\\x2C b) { return a + b; }\\n\n"
    "code-creation,JS,10,100,0x1000,64,getX /proj/app.js:1:10,0xa0,~\n"
    "LoadIC,0x1004,110,1,29,0,1,0x501,x,,\n"
    "LoadIC,0x1004,111,1,29,1,P,0x502,x,,\n"
    "code-move,0x1000,0x2000\n"
    "LoadIC,0x2004,112,1,29,P,P,0x503,x,,\n"
    "LoadIC,0x2004,113,1,29,P,N,0x504,x,,\n"
    "code-delete,0x2000\n"
    "LoadIC,0x2004,114,1,29,N,N,0x505,x,,\n"
    "code-creation,JS,13,120,0x3000,256,add /proj/app.js:2:10,0xa1,*\n"
    "code-deopt,130,300,0x3000,-1,60,deopt-eager,</proj/app.js:2:30>,not a Smi\n";

// `hot` (/w/h.js:1:13) optimized and deoptimized `rounds` times.
std::string log_with_optimize_deopt_rounds(int rounds) {
  std::string log = "v8-version,9,4,146,24,-node.20,0\n";
  for (int i = 0; i < rounds; ++i) {
    std::string start = "0x" + std::to_string(5 + i) + "000";
    log += "code-creation,LazyCompile,0,1," + start + ",100,hot /w/h.js:1:13,0xa0,*\n";
    log += "code-deopt,2,100," + start + ",-1,40,eager,</w/h.js:2:5>,wrong map\n";
  }
  return log;
}

struct TraceRunTest : testing::Test {
  ScratchDir dir;
  TraceRequest request;
  TraceRunTest() { request.paths.source_root = dir.root(); }
  TraceOutcome run(std::vector<std::string> inputs) {
    request.inputs = std::move(inputs);
    return run_trace(request);
  }
  TraceOutcome run_log(const std::string& text) { return run({dir.write("v8.log", text)}); }
};

TEST_F(TraceRunTest, ResolvesIcsThroughMovesAndDeletes) {
  TraceOutcome outcome = run_log(kModernLog);
  EXPECT_TRUE(outcome.errors.empty());
  const Diagnostic* ic = expect_finding(outcome.diagnostics, "megamorphic-ic", 1, 29, "LoadIC for `x` went megamorphic (4 maps seen) in getX");
  ASSERT_NE(ic, nullptr);
  EXPECT_EQ(ic->location.path, "/proj/app.js");
  EXPECT_EQ(ic->severity, Severity::Warning);
  EXPECT_EQ(int_property(*ic, "events"), 4);  // the fifth ran in deleted code
  EXPECT_EQ(text_property(*ic, "tiers"), "ignition");
  EXPECT_EQ(ic->location.line_text, "function getX(p) { return p.x; }");  // from script-source
  EXPECT_TRUE(outcome.warnings.empty()) << outcome.warnings[0];  // a minority of IC events: a summary line only
  EXPECT_EQ(outcome.summary_lines[4], "IC events in code the log never created (Node's startup snapshot): 1 of 5 left out");
}

TEST_F(TraceRunTest, DeoptAtItsPositionWithReasonKindAndFunction) {
  TraceOutcome outcome = run_log(kModernLog);
  const Diagnostic* deopt = expect_finding(outcome.diagnostics, "deopt", 2, 30, "eager deopt: not a Smi (1 time) in optimized add");
  ASSERT_NE(deopt, nullptr);
  EXPECT_EQ(deopt->severity, Severity::Warning);
  EXPECT_EQ(text_property(*deopt, "reason"), "not a Smi");
  EXPECT_EQ(deopt->location.line_text, "function add(a, b) { return a + b; }");
}

TEST_F(TraceRunTest, OldFormatWithoutIcTimeAndLazyCompileTags) {
  TraceOutcome outcome = run_log(
      "v8-version,7,7,299,13,-node.12,0\n"
      "code-creation,LazyCompile,11,19430,0x100,68,area /srv/shapes.js:3:14,0x3b22eefeb3b8,~\n"
      "StoreIC,0x104,4,12,.,1,0x11,w,,\n"
      "StoreIC,0x104,4,12,1,P,0x12,w,,\n"
      "StoreIC,0x104,4,12,P,P,0x13,w,,\n"
      "code-creation,LazyCompile,0,84000,0x900,400,area /srv/shapes.js:3:14,0x3b22eefeb3b8,*\n"
      "code-deopt,84325,4704,0x900,8,1549,lazy,</srv/shapes.js:5:3> inlined at </srv/main.js:9:1>,(unknown)\n");
  const Diagnostic* ic = expect_finding(outcome.diagnostics, "polymorphic-ic", 4, 12, "StoreIC for `w` stayed polymorphic (3 maps seen) in area");
  ASSERT_NE(ic, nullptr);
  EXPECT_EQ(ic->severity, Severity::Note);
  const Diagnostic* deopt = find_diagnostic(outcome.diagnostics, "deopt", 5, 3);
  ASSERT_NE(deopt, nullptr);
  EXPECT_EQ(deopt->severity, Severity::Note);  // lazy
  ASSERT_EQ(deopt->related.size(), 1u);
  EXPECT_EQ(deopt->related[0].location.path, "/srv/main.js");
  EXPECT_EQ(deopt->related[0].location.start, (Position{9, 1}));
  EXPECT_EQ(deopt->related[0].message, "inlined into optimized code through this call");
}

TEST_F(TraceRunTest, IsolatesMergeBySourceLocationWithPerIsolateCounts) {
  TraceOutcome outcome = run({dir.write("isolate-0x1-1-v8.log", kModernLog), dir.write_gz("isolate-0x2-1-v8.log.gz", kModernLog)});
  EXPECT_EQ(outcome.files_read, 2u);
  const Diagnostic* deopt = find_diagnostic(outcome.diagnostics, "deopt", 2, 30);
  ASSERT_NE(deopt, nullptr);
  EXPECT_EQ(int_property(*deopt, "count"), 2);
  EXPECT_EQ(text_property(*deopt, "isolates"), "isolate-0x1-1-v8.log: 1, isolate-0x2-1-v8.log: 1");
  EXPECT_EQ(count_rule(outcome.diagnostics, "megamorphic-ic"), 1u);
  // Map addresses are per isolate: the same 4 addresses in two isolates are not 8 maps.
  ASSERT_NE(expect_finding(outcome.diagnostics, "megamorphic-ic", 1, 29, "LoadIC for `x` went megamorphic (4 maps seen) in getX"),
            nullptr);
  EXPECT_EQ(outcome.summary_lines[0], "isolates: 2 (isolate-0x1-1-v8.log, isolate-0x2-1-v8.log)");
}

TEST_F(TraceRunTest, DirectoryInputReadsEveryLog) {
  dir.write("logs/a.log", kModernLog);
  dir.write_gz("logs/b.log.gz", kModernLog);
  dir.write("logs/notes.txt", "not a log");
  TraceOutcome outcome = run({dir.path("logs")});
  EXPECT_TRUE(outcome.errors.empty());
  EXPECT_EQ(outcome.files_read, 2u);
}

TEST_F(TraceRunTest, DeoptLoopAtThresholdAndWhenOptimizationIsDisabled) {
  std::string log = log_with_optimize_deopt_rounds(5);
  log += "code-creation,LazyCompile,0,1,0xf000,100,cold /w/h.js:7:14,0xb0,*\n";
  log += "code-disable-optimization,cold,Optimized too many times\n";
  TraceOutcome outcome = run_log(log);
  const Diagnostic* loop = expect_finding(outcome.diagnostics, "deopt-loop", 1, 13, "hot was optimized 5 times and deoptimized 5 times");
  ASSERT_NE(loop, nullptr);
  EXPECT_EQ(loop->severity, Severity::Error);
  const Diagnostic* disabled = expect_finding(outcome.diagnostics, "deopt-loop", 7, 14, "V8 gave up optimizing cold: Optimized too many times");
  ASSERT_NE(disabled, nullptr);

  request.deopt_loop_threshold = 6;
  outcome = run({dir.path("v8.log")});
  EXPECT_EQ(find_diagnostic(outcome.diagnostics, "deopt-loop", 1, 13), nullptr);
}

TEST_F(TraceRunTest, DeoptLoopIsCountedPerIsolate) {
  std::string log = log_with_optimize_deopt_rounds(3);
  TraceOutcome outcome = run({dir.write("a.log", log), dir.write("b.log", log)});
  EXPECT_EQ(find_diagnostic(outcome.diagnostics, "deopt-loop", 1, 13), nullptr);  // 3 + 3, never 5 in one
  request.deopt_loop_threshold = 3;
  outcome = run({dir.path("a.log"), dir.path("b.log")});
  ASSERT_NE(expect_finding(outcome.diagnostics, "deopt-loop", 1, 13,
                           "hot was optimized 6 times and deoptimized 6 times (up to 3 in one of 2 isolates)"),
            nullptr);
}

TEST_F(TraceRunTest, OsrTierUpDeoptsAreNotesAndNoLoop) {
  std::string log = log_with_optimize_deopt_rounds(5);
  for (size_t at; (at = log.find("wrong map")) != std::string::npos;) log.replace(at, 9, "prepare for on stack replacement (OSR)");
  TraceOutcome outcome = run_log(log);
  EXPECT_EQ(find_diagnostic(outcome.diagnostics, "deopt-loop", 1, 13), nullptr);
  const Diagnostic* deopt = find_diagnostic(outcome.diagnostics, "deopt", 2, 5);
  ASSERT_NE(deopt, nullptr);
  EXPECT_EQ(deopt->severity, Severity::Note);
  EXPECT_EQ(int_property(*deopt, "count"), 5);
}

TEST_F(TraceRunTest, DependencyChangeIsANote) {
  TraceOutcome outcome = run_log(
      "v8-version,12,4,254,21,-node.33,0\n"
      "code-creation,JS,13,1,0x7000,100,f /w/d.js:1:11,0xa0,*\n"
      "code-deopt,2,100,0x7000,-1,10,dependency-change,</w/d.js:1:11>,field-type\n");
  const Diagnostic* deopt = find_diagnostic(outcome.diagnostics, "deopt", 1, 11);
  ASSERT_NE(deopt, nullptr);
  EXPECT_EQ(deopt->severity, Severity::Note);
  EXPECT_EQ(text_property(*deopt, "kind"), "dependency-change");
}

TEST_F(TraceRunTest, BrokenLinesAreCountedAndReportedOnce) {
  std::string log = kModernLog;
  log.insert(log.find("LoadIC,0x1004,111"), "code-creation,JS,10,1LoadIC,0x1004,110,1,29,0,1,0x501,x,,\n");
  log.insert(log.find("code-move"), "brand-new-event,1,2\n");
  log += "LoadIC,0x2004,115,1,";  // the process died mid-line
  TraceOutcome outcome = run_log(log);
  ASSERT_NE(find_diagnostic(outcome.diagnostics, "megamorphic-ic", 1, 29), nullptr);
  ASSERT_NE(find_diagnostic(outcome.diagnostics, "deopt", 2, 30), nullptr);
  ASSERT_EQ(outcome.warnings.size(), 1u);
  EXPECT_EQ(outcome.warnings[0], dir.path("v8.log") +
                                     ": 3 lines skipped; first at line 5: code-creation with a bad kind/time/address/size");
}

TEST_F(TraceRunTest, TruncatedLastLineIsNamed) {
  LogProblems problems;
  TraceData data;
  std::string error;
  ASSERT_TRUE(read_v8_log(dir.write("v8.log", kModernLog + "code-deopt,130,300,0x3000,-1"), 0, data, problems, error));
  EXPECT_EQ(problems.skipped_lines, 1);
  EXPECT_EQ(problems.first_skipped_line, 13u);
  EXPECT_EQ(problems.first_skipped_reason, "truncated last line (code-deopt with too few fields)");
}

TEST_F(TraceRunTest, InternalsAndDependenciesOnlyWhenAskedFor) {
  TraceOutcome outcome = run_log(
      "v8-version,11,3,244,8,-node.38,0\n"
      "code-creation,JS,10,1,0x1000,64,get node:internal/util:10:1,0xa0,~\n"
      "code-creation,JS,10,1,0x2000,64,lib /w/node_modules/lib/index.js:1:1,0xa1,~\n"
      "LoadIC,0x1004,2,11,5,N,N,0x1,k,,\n"
      "LoadIC,0x2004,2,21,5,N,N,0x1,k,,\n");
  EXPECT_TRUE(outcome.diagnostics.empty());
  request.paths.include_internals = true;
  request.paths.include_dependencies = true;
  outcome = run({dir.path("v8.log")});
  ASSERT_EQ(outcome.diagnostics.size(), 2u);
  EXPECT_EQ(outcome.diagnostics[0].location.path, "/w/node_modules/lib/index.js");
  EXPECT_EQ(outcome.diagnostics[1].location.path, "node:internal/util");
}

TEST_F(TraceRunTest, RecordedPathsMatchFilesUnderTheSourceRoot) {
  dir.write("src/app.js", "function getX(p) { return p.x; }   // on disk\n");
  std::string log = kModernLog;
  for (size_t at; (at = log.find("/proj/")) != std::string::npos;) log.replace(at, 6, "/ci/build/src/");
  TraceOutcome outcome = run_log(log);
  const Diagnostic* ic = find_diagnostic(outcome.diagnostics, "megamorphic-ic", 1, 29);
  ASSERT_NE(ic, nullptr);
  EXPECT_EQ(absolute_path(ic->location.path), dir.path("src/app.js"));
  EXPECT_EQ(ic->location.line_text, "function getX(p) { return p.x; }   // on disk");

  request.paths.source_root = "/nonexistent";
  request.paths.path_maps = {{"/ci/build", dir.root()}};
  outcome = run({dir.path("v8.log")});
  ic = find_diagnostic(outcome.diagnostics, "megamorphic-ic", 1, 29);
  ASSERT_NE(ic, nullptr);
  EXPECT_EQ(absolute_path(ic->location.path), dir.path("src/app.js"));
}

TEST_F(TraceRunTest, FileUrlsAndWindowsPaths) {
  TraceOutcome outcome = run_log(
      "v8-version,8,1,307,0,0\n"
      "code-creation,LazyCompile,12,1,0x100,64,f file:///C:/my%20app/a.js:1:1,0xa0,~\n"
      "LoadIC,0x104,3,7,1,N,0x1,k,,\n");
  ASSERT_EQ(outcome.diagnostics.size(), 1u);
  EXPECT_EQ(outcome.diagnostics[0].location.path, "C:/my app/a.js");
}

TEST_F(TraceRunTest, UnrecognisedInputIsAnErrorNamingTheFile) {
  TraceOutcome outcome = run({dir.write("x.log", "hello\nworld\n")});
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_EQ(outcome.errors[0], dir.path("x.log") +
                                   ": not a V8 log (its first line should start with `v8-version,`; record with node "
                                   "--log-ic --log-deopt --log-code) nor --trace-deopt/--trace-opt output");
  outcome = run({dir.path("missing.log")});
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_EQ(outcome.errors[0], dir.path("missing.log") + ": cannot open: No such file or directory");
}

TEST_F(TraceRunTest, DetectsTheKindFromContent) {
  std::string error;
  EXPECT_EQ(detect_log_kind(dir.write("bom.log", "\xEF\xBB\xBFv8-version,9,4,1,1,0\n"), error), LogKind::V8Log);
  EXPECT_EQ(detect_log_kind(dir.write("out.txt", "hello\n[bailout (kind: deopt-eager, reason: wrong map): begin.\n"), error),
            LogKind::TraceStdout);
  EXPECT_EQ(detect_log_kind(dir.write("bin", std::string("\x00\x01\x02\xff", 4)), error), LogKind::Unknown);
  EXPECT_EQ(error, dir.path("bin") +
                       ": not a V8 log (its first line should start with `v8-version,`; record with node "
                       "--log-ic --log-deopt --log-code) nor --trace-deopt/--trace-opt output");
}

TEST_F(TraceRunTest, SummaryCountsTiersSitesReasonsAndRanksByImpact) {
  TraceOutcome outcome = run_log(kModernLog);
  ASSERT_EQ(outcome.summary_lines.size(), 7u);
  EXPECT_EQ(outcome.summary_lines[1], "functions compiled per tier: ignition 1, sparkplug 0, maglev 0, turbofan 1");
  EXPECT_EQ(outcome.summary_lines[2], "IC sites: monomorphic 0, polymorphic 0, megamorphic 1, generic 0, no feedback 0");
  EXPECT_EQ(outcome.summary_lines[3], "deopts by reason: not a Smi 1");
  EXPECT_EQ(outcome.summary_lines[4], "IC events in code the log never created (Node's startup snapshot): 1 of 5 left out");
  EXPECT_EQ(outcome.summary_lines[5], "#1 /proj/app.js:1:29 megamorphic-ic: LoadIC for `x` went megamorphic (4 maps seen) in getX");
  EXPECT_EQ(outcome.summary_lines[6], "#2 /proj/app.js:2:30 deopt: eager deopt: not a Smi (1 time) in optimized add");
  EXPECT_EQ(int_property(*find_diagnostic(outcome.diagnostics, "deopt", 2, 30), "rank"), 2);
}

}  // namespace
}  // namespace v8lint::trace
