// Captured stdout of --trace-deopt[-verbose] / --trace-opt, old and new forms,
// interleaved with program output.
#include <gtest/gtest.h>

#include <algorithm>

#include "trace/trace_run.h"
#include "trace_test_support.h"

namespace v8lint::trace {
namespace {
using namespace testing_support;

struct TraceStdoutTest : testing::Test {
  ScratchDir dir;
  TraceOutcome run(const std::string& path, const std::string& root) {
    TraceRequest request;
    request.inputs = {path};
    request.paths.source_root = root;
    return run_trace(request);
  }
};

// V8 8.x form: the kind in "(DEOPT soft)", the reason after the position.
TEST_F(TraceStdoutTest, OldFormInterleavedWithProgramOutput) {
  const std::string text =
      "server listening on :8080\n"
      "[completed optimizing 0x1 <JSFunction addAny (sfi = 0xa1)>]\n"
      "[deoptimizing (DEOPT soft): begin 0x1 <JSFunction addAny (sfi = 0xa1)> (opt #2) @4, FP to SP delta: 64]\n"
      "            ;;; deoptimize at </srv/adders.js:93:27>, Insufficient type feedback for generic named access\n"
      "  reading input frame addAny => bytecode_offset=15, args=3, height=7; inputs:\n"
      "request 1 done[deoptimizing (DEOPT eager): begin 0x2 <JSFunction addObjects (sfi = 0xa2)> (opt #5) @3]\n"
      "            ;;; deoptimize at </srv/adders.js:93:27> inlined at </srv/adders.js:137:21>, wrong map\n"
      "[deoptimizing (eager): end 0x2 <JSFunction addObjects (sfi = 0xa2)> @3 => node=15, took 0.1 ms]\n";
  TraceOutcome outcome = run(dir.write("out.txt", text), dir.root());
  ASSERT_TRUE(outcome.errors.empty());
  EXPECT_TRUE(outcome.warnings.empty());
  ASSERT_EQ(outcome.diagnostics.size(), 2u);
  const Diagnostic& eager = outcome.diagnostics[0];  // same position: ordered by message
  const Diagnostic& soft = outcome.diagnostics[1];
  EXPECT_EQ(soft.location.path, "/srv/adders.js");
  EXPECT_EQ(soft.location.start, (Position{93, 27}));
  EXPECT_EQ(soft.message, "soft deopt: Insufficient type feedback for generic named access (1 time) in optimized addAny");
  EXPECT_EQ(eager.message, "eager deopt: wrong map (1 time) in optimized addObjects");
  ASSERT_EQ(eager.related.size(), 1u);
  EXPECT_EQ(eager.related[0].location.start, (Position{137, 21}));
}

TEST_F(TraceStdoutTest, DeoptsWithoutVerbosePositionsAreCounted) {
  const std::string text =
      "[bailout (kind: deopt-eager, reason: not a Smi): begin. deoptimizing 0x1 <JSFunction add (sfi = 0xa)>, "
      "0x2 <Code TURBOFAN>, opt id 4, bytecode offset 2, deopt exit 0, FP to SP delta 32]\n"
      "true\n";
  std::string path = dir.write("plain.txt", text);
  TraceOutcome outcome = run(path, dir.root());
  EXPECT_TRUE(outcome.diagnostics.empty());
  ASSERT_EQ(outcome.warnings.size(), 1u);
  EXPECT_EQ(outcome.warnings[0], path + ": 1 deopts without a position (record with --trace-deopt-verbose)");
}

// "[marking dependent code ...]" names no position: the deopt goes where a
// located deopt of the same function (by sfi) placed it, else it is counted.
TEST_F(TraceStdoutTest, DependencyChangeDeoptsGoToTheirFunction) {
  const std::string text =
      "[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x1 <JSFunction sumLengths (sfi = 0xa1)>, "
      "0x2 <Code TURBOFAN>, opt id 0, bytecode offset 0, deopt exit 0, FP to SP delta 32]\n"
      "            ;;; deoptimize at </srv/main.js:28:12> inlined at </srv/main.js:33:45>\n"
      "[marking dependent code 0x3 <Code TURBOFAN> (0xa1 <SharedFunctionInfo sumLengths>) (opt id 5) for "
      "deoptimization, reason: code dependencies]\n"
      "[marking dependent code 0x4 (0xa1 <SharedFunctionInfo sumLengths>) (opt id 6) for deoptimization, reason: code "
      "dependencies]\n"
      "[marking dependent code 0x5 <Code MAGLEV> (0xb7 <SharedFunctionInfo neverPlaced>) (opt id 7) for "
      "deoptimization, reason: dependent prototype chain changed]\n";
  std::string path = dir.write("out.txt", text);
  TraceOutcome outcome = run(path, dir.root());
  ASSERT_EQ(count_rule(outcome.diagnostics, "deopt"), 2u);
  ASSERT_NE(expect_finding(outcome.diagnostics, "deopt", 33, 45,
                           "dependency-change deopt: code dependencies (2 times) in optimized sumLengths"),
            nullptr);
  ASSERT_EQ(outcome.warnings.size(), 1u);
  EXPECT_EQ(outcome.warnings[0], path + ": 1 deopts without a position (record with --trace-deopt-verbose)");
}

TEST_F(TraceStdoutTest, CorpusCaptureDependencyChangeDeopts) {
  const std::string corpus = std::string(V8LINT_SOURCE_DIR) + "/corpus/trace/field-representation";
  TraceOutcome outcome = run(corpus + "/logs/node20.trace-deopt-verbose.txt.gz", dir.root());
  ASSERT_TRUE(outcome.errors.empty());
  EXPECT_TRUE(outcome.warnings.empty());
  EXPECT_NE(expect_finding(outcome.diagnostics, "deopt", 33, 45,
                           "dependency-change deopt: code dependencies (2 times) in optimized sumLengths"),
            nullptr);
  // 28:12 also holds the eager "wrong map" deopts.
  EXPECT_TRUE(std::any_of(outcome.diagnostics.begin(), outcome.diagnostics.end(), [](const Diagnostic& d) {
    return d.location.start == Position{28, 12} &&
           d.message == "dependency-change deopt: code dependencies (1 time) in optimized lengthSquared";
  }));
  EXPECT_NE(expect_finding(outcome.diagnostics, "deopt", 42, 37,
                           "dependency-change deopt: code dependencies (1 time) in optimized phase"),
            nullptr);
}

// Real capture: node 20 --trace-opt --trace-deopt-verbose tests/trace/data/shapes.js
// (run from /tmp/v8lint-trace-fixture), gzip-compressed.
TEST_F(TraceStdoutTest, Node20VerboseCapture) {
  const std::string data = std::string(V8LINT_SOURCE_DIR) + "/tests/trace/data";
  TraceOutcome outcome = run(data + "/node20-trace-deopt-verbose.txt.gz", data);
  ASSERT_TRUE(outcome.errors.empty());
  EXPECT_TRUE(outcome.warnings.empty());
  EXPECT_EQ(count_rule(outcome.diagnostics, "deopt"), 5u);
  const Diagnostic* inlined = expect_finding(outcome.diagnostics, "deopt", 6, 31,
                                             "eager deopt: not a Number or Oddball (2 times) in optimized <anonymous>, add");
  ASSERT_NE(inlined, nullptr);
  EXPECT_EQ(absolute_path(inlined->location.path), data + "/shapes.js");
  EXPECT_EQ(inlined->location.line_text, "function add(a, b) { return a + b; }");
  ASSERT_EQ(inlined->related.size(), 1u);
  EXPECT_EQ(inlined->related[0].location.start, (Position{14, 35}));
  // The top-level code was optimized 5 times (OSR) and deoptimized 5 times; no
  // definition is printed, so the finding sits at its first deopt's outermost frame.
  ASSERT_NE(expect_finding(outcome.diagnostics, "deopt-loop", 11, 19,
                           "<anonymous> was optimized 5 times and deoptimized 5 times"),
            nullptr);
}

}  // namespace
}  // namespace v8lint::trace
