// "confirmed hot by trace": static findings in functions V8 optimized.
#include "join/confirmed_hot.h"

#include <gtest/gtest.h>

#include "../trace/trace_test_support.h"
#include "join/severity_raise.h"
#include "join_test_support.h"

namespace v8lint::join {
namespace {
using namespace trace::testing_support;
using namespace testing_support;

TEST(SeverityRaise, OneLevelUpErrorAndOffStay) {
  EXPECT_EQ(raised(Severity::Note), Severity::Warning);
  EXPECT_EQ(raised(Severity::Warning), Severity::Error);
  EXPECT_EQ(raised(Severity::Error), Severity::Error);
  EXPECT_EQ(raised(Severity::Off), Severity::Off);
}

TEST(HotEvidence, OptimizedOrEnoughIcStateChanges) {
  trace::TracedFunction add{.name = "add", .definition = {16, 13}, .sparkplug = 1, .maglev = 2, .turbofan = 0};
  EXPECT_EQ(hot_evidence(add, 10), "`add` ran in Maglev");
  trace::TracedFunction baseline{.name = "", .definition = {3, 4}, .sparkplug = 1, .ic_events = 9};
  EXPECT_EQ(hot_evidence(baseline, 10), std::nullopt);
  baseline.ic_events = 10;
  EXPECT_EQ(hot_evidence(baseline, 10), "an anonymous function changed IC state 10 times");
}

// Every inconsistent-property-order finding of megamorphic/main.js sits in
// makeShapes, which V8 compiled to the top tier of each version or, where it
// was only on-stack replaced (Node 18), whose stores changed IC state 61 times.
TEST(ConfirmedHot, CorpusFindingsInMakeShapesOnEveryNodeVersion) {
  const std::map<int, std::string> tier = {
      {18, "Sparkplug"}, {20, "TurboFan"}, {22, "TurboFan"}, {24, "Maglev"}, {26, "Maglev"}};
  for_every_node_version("megamorphic", [&](int version, const JoinOutcome& outcome) {
    for (uint32_t line : {24u, 26u}) {
      const Diagnostic* d = find_diagnostic(outcome.diagnostics, "inconsistent-property-order", line, 5);
      ASSERT_NE(d, nullptr);
      EXPECT_EQ(d->severity, Severity::Error);
      EXPECT_EQ(text_property(*d, "confirmed_hot"), tier.at(version));
      EXPECT_EQ(text_property(*d, "hot_function"), "makeShapes");
      EXPECT_EQ(text_property(*d, "raised_from"), "warning");
      EXPECT_EQ(int_property(*d, "ic_events"), 61);
      ASSERT_EQ(d->related.size(), 2u);
      EXPECT_EQ(d->related[1].location.start, (Position{21, 10}));
      EXPECT_EQ(d->related[1].location.end, (Position{21, 20}));
      std::string evidence = version == 18 ? "`makeShapes` changed IC state 61 times" : "`makeShapes` ran in " + tier.at(version);
      EXPECT_TRUE(d->message.ends_with(" (confirmed hot by trace: " + evidence + ")")) << d->message;
    }
  });
}

// The key-order finding at `line`:5 of `file` (under corpus/trace), raised to
// error and confirmed by `evidence`; null (and a failure) when absent.
const Diagnostic* expect_confirmed_order(const JoinOutcome& outcome, const std::string& file, uint32_t line,
                                         const std::string& evidence) {
  const Diagnostic* d = find_diagnostic(outcome.diagnostics, "inconsistent-property-order", line, 5);
  if (d == nullptr) {
    ADD_FAILURE() << "no inconsistent-property-order at " << file << ":" << line << ":5";
    return nullptr;
  }
  EXPECT_EQ(absolute_path(d->location.path), kCorpus + "/" + file);
  EXPECT_EQ(d->severity, Severity::Error);
  EXPECT_TRUE(d->message.ends_with(" (confirmed hot by trace: " + evidence + ")")) << d->message;
  return d;
}

// Only the worker isolate ran worker.js: its log confirms the static findings there.
TEST(ConfirmedHot, WorkerIsolateLogsConfirmTheWorkerScript) {
  const std::map<int, std::string> evidence = {{20, "`makeShapes` changed IC state 61 times"},
                                               {26, "`makeShapes` ran in TurboFan"}};
  for (int version : {20, 26}) {
    SCOPED_TRACE("node " + std::to_string(version));
    std::string logs = "worker/logs/node" + std::to_string(version);
    JoinRequest request = corpus_request(logs + ".isolate-0.v8.log.gz");
    request.trace.inputs.push_back(kCorpus + "/" + logs + ".isolate-1.v8.log.gz");
    JoinOutcome outcome = run_join(request);
    EXPECT_TRUE(outcome.errors.empty());
    for (uint32_t line : {22u, 24u}) expect_confirmed_order(outcome, "worker/worker.js", line, evidence.at(version));
  }
}

// V8 logs makeShapes at its `(` in the generated JavaScript (tsc's dist/main.js,
// esbuild's bundle/app.js); mapped through the source map it lands in
// makeShapes of src/main.ts, so the key-order findings on its .ts lines are
// confirmed. The top tier differs by Node version and by build.
TEST(ConfirmedHot, TypeScriptFindingsAreConfirmedThroughTheSourceMaps) {
  const std::map<std::pair<int, std::string>, std::string> tier = {
      {{18, "tsc"}, "Sparkplug"}, {{18, "bundle"}, "Sparkplug"}, {{20, "tsc"}, "TurboFan"}, {{20, "bundle"}, "Sparkplug"},
      {{22, "tsc"}, "TurboFan"},  {{22, "bundle"}, "TurboFan"},  {{24, "tsc"}, "TurboFan"}, {{24, "bundle"}, "Maglev"},
      {{26, "tsc"}, "TurboFan"},  {{26, "bundle"}, "Maglev"}};
  for (const auto& [run, top_tier] : tier) {
    SCOPED_TRACE("node " + std::to_string(run.first) + " " + run.second);
    JoinOutcome outcome = run_join(typescript_request(run.first, run.second));
    EXPECT_TRUE(outcome.errors.empty());
    std::string evidence = top_tier == "Sparkplug" ? "`makeShapes` changed IC state 61 times" : "`makeShapes` ran in " + top_tier;
    for (uint32_t line : {17u, 19u}) {
      const Diagnostic* d = expect_confirmed_order(outcome, "typescript/src/main.ts", line, evidence);
      ASSERT_NE(d, nullptr);
      EXPECT_EQ(text_property(*d, "confirmed_hot"), top_tier);
      EXPECT_EQ(text_property(*d, "hot_function"), "makeShapes");
      EXPECT_EQ(int_property(*d, "ic_events"), 61);
      ASSERT_EQ(d->related.size(), 2u);
      EXPECT_EQ(absolute_path(d->related[1].location.path), kCorpus + "/typescript/src/main.ts");
      EXPECT_EQ(d->related[1].location.start, (Position{14, 10}));  // `makeShapes` in `function makeShapes(i: number)`
    }
  }
}

TEST(ConfirmedHot, RaiseAndThresholdFollowTheConfiguration) {
  ScratchDir dir;
  JoinRequest request = corpus_request(node_log("megamorphic", 18));
  request.lint.config_path = dir.write("v8lint.json", R"({"hot": {"trace": {"raise": false, "icEvents": 62}}})");
  JoinOutcome outcome = run_join(request);
  const Diagnostic* d = find_diagnostic(outcome.diagnostics, "inconsistent-property-order", 24, 5);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::Warning);
  EXPECT_EQ(text_property(*d, "confirmed_hot"), "<missing>");  // 61 IC state changes, Sparkplug only: not hot

  request = corpus_request(node_log("megamorphic", 22));
  request.lint.config_path = dir.write("v8lint.json", R"({"hot": {"trace": {"raise": false}}})");
  d = find_diagnostic((outcome = run_join(request)).diagnostics, "inconsistent-property-order", 24, 5);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::Warning);
  EXPECT_EQ(text_property(*d, "confirmed_hot"), "TurboFan");
  EXPECT_EQ(text_property(*d, "raised_from"), "<missing>");
}

}  // namespace
}  // namespace v8lint::join
