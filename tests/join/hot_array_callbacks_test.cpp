// hot-path-array-callback from the trace: corpus/trace/array-callback on
// every Node version.
#include "join/hot_array_callbacks.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "../trace/trace_test_support.h"
#include "join_test_support.h"

namespace v8lint::join {
namespace {
using namespace trace::testing_support;
using namespace testing_support;

std::string optimizing_tier(int version) { return version >= 24 ? "Maglev" : "TurboFan"; }

TEST(HotArrayCallbacks, TraceOnlyCallsAreReportedAndTheStaticOneConfirmedOnEveryNodeVersion) {
  for_every_node_version("array-callback", [](int version, const JoinOutcome& outcome) {
    EXPECT_EQ(count_rule(outcome.diagnostics, "hot-path-array-callback"), 3u);

    // total() and its reduce callback were both optimized.
    const Diagnostic* reduce = find_diagnostic(outcome.diagnostics, "hot-path-array-callback", 20, 13);
    ASSERT_NE(reduce, nullptr);
    EXPECT_EQ(reduce->severity, Severity::Warning);
    EXPECT_EQ(text_property(*reduce, "hot_by_trace"), "both");
    EXPECT_EQ(text_property(*reduce, "enclosing_tier"), optimizing_tier(version));
    EXPECT_EQ(text_property(*reduce, "callback_tier"), "TurboFan");
    EXPECT_EQ(reduce->message, "`xs.reduce(...)` runs on a path V8 optimized (the enclosing `total` ran in " +
                                   optimizing_tier(version) +
                                   " and its callback ran in TurboFan): the callback costs a call per element, plus a "
                                   "closure per call when written inline; a plain loop on this hot path avoids both");
    ASSERT_EQ(reduce->related.size(), 2u);
    EXPECT_EQ(reduce->related[0].location.start, (Position{18, 10}));
    EXPECT_EQ(reduce->related[1].location.start, (Position{20, 20}));

    // scaleOnce() ran once, in the interpreter; only its map callback is hot.
    const Diagnostic* map = find_diagnostic(outcome.diagnostics, "hot-path-array-callback", 25, 13);
    ASSERT_NE(map, nullptr);
    EXPECT_EQ(text_property(*map, "hot_by_trace"), "callback");
    EXPECT_EQ(text_property(*map, "enclosing_tier"), "<missing>");
    EXPECT_EQ(text_property(*map, "callback_tier"), "TurboFan");
    ASSERT_EQ(map->related.size(), 1u);
    EXPECT_EQ(map->related[0].location.start, (Position{25, 17}));

    // The static rule's own finding (a filter in a for...of), confirmed once:
    // by countEven itself, or on Node 18 (countEven only reached Sparkplug) by its callback.
    const Diagnostic* filter = find_diagnostic(outcome.diagnostics, "hot-path-array-callback", 30, 43);
    ASSERT_NE(filter, nullptr);
    EXPECT_EQ(filter->severity, Severity::Error);
    EXPECT_EQ(text_property(*filter, "confirmed_hot"), version == 18 ? "TurboFan" : optimizing_tier(version));
    std::string evidence = version == 18 ? "its callback ran in TurboFan" : "`countEven` ran in " + optimizing_tier(version);
    EXPECT_TRUE(filter->message.ends_with("(confirmed hot by trace: " + evidence + ")")) << filter->message;
  });
}

TEST(HotArrayCallbacks, TheRuleSwitchedOffAddsNothing) {
  JoinRequest request = corpus_request(node_log("array-callback", 22));
  request.lint.rule_overrides["hot-path-array-callback"] = Severity::Off;
  JoinOutcome outcome = run_join(request);
  EXPECT_EQ(count_rule(outcome.diagnostics, "hot-path-array-callback"), 0u);
}

// The trace-only finding lands in the TypeScript source: V8 logs scale() at
// dist/app.js:3:15 and its arrow at 4:19, which the map beside the script
// sends to src/app.ts 1:22 and 2:17 (the `(`s there).
TEST(HotArrayCallbacks, TraceOnlyFindingsLandInTheSourcesOfAMappedScript) {
  ScratchDir dir;
  dir.write("proj/src/app.ts", "export function scale(xs: number[]): number[] {\n  return xs.map((x: number) => x * 2);\n}\n");
  dir.write("proj/dist/app.js", "\"use strict\";\nObject.defineProperty(exports, \"__esModule\", { value: true });\n"
                                "function scale(xs) {\n    return xs.map((x) => x * 2);\n}\n//# sourceMappingURL=app.js.map\n");
  // Generated 3:14 -> original 0:21 and generated 4:18 -> original 1:16 (0-based).
  dir.write("proj/dist/app.js.map", R"({"version":3,"sources":["../src/app.ts"],"names":[],"mappings":";;cAAqB;kBACL"})");
  JoinRequest request;
  request.trace.inputs = {dir.write("v8.log",
                                    "v8-version,11,3,244,8,-node.38,0\n"
                                    "code-creation,JS,12,100,0x1000,64,scale /proj/dist/app.js:3:15,0xa0,*\n"
                                    "code-creation,JS,12,120,0x2000,64, /proj/dist/app.js:4:19,0xa1,*\n")};
  request.trace.paths.source_root = "/nonexistent";
  request.trace.paths.path_maps = {{"/proj", dir.path("proj")}};
  request.lint.threads = 1;
  JoinOutcome outcome = run_join(request);
  EXPECT_TRUE(outcome.errors.empty());
  const Diagnostic* map = find_diagnostic(outcome.diagnostics, "hot-path-array-callback", 2, 13);
  ASSERT_NE(map, nullptr);
  EXPECT_EQ(map->location.path, dir.path("proj/src/app.ts"));
  EXPECT_EQ(text_property(*map, "hot_by_trace"), "both");
  EXPECT_EQ(text_property(*map, "enclosing_tier"), "TurboFan");
  EXPECT_EQ(text_property(*map, "callback_tier"), "TurboFan");
  ASSERT_EQ(map->related.size(), 2u);
  EXPECT_EQ(map->related[0].location.start, (Position{1, 17}));  // `scale`
  EXPECT_EQ(map->related[1].location.start, (Position{2, 17}));  // the arrow
}

// A trace-only finding obeys the file's v8lint-disable comments: the program
// is copied with one, and the log's recorded path mapped onto the copy.
TEST(HotArrayCallbacks, TraceOnlyFindingsObeyDisableComments) {
  ScratchDir dir;
  std::ifstream original(kCorpus + "/array-callback/main.js");
  std::string text((std::istreambuf_iterator<char>(original)), std::istreambuf_iterator<char>());
  std::string marker = "  return xs.map((x) => x * 2 + 1);";
  size_t at = text.find(marker);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, marker.size(), "  return xs.map((x) => x * 2 + 1); // v8lint-disable-line hot-path-array-callback");
  dir.write("array-callback/main.js", text);
  JoinRequest request = corpus_request(node_log("array-callback", 22));
  request.trace.paths.path_maps = {{"/work/wt/tracedata/corpus/trace", dir.root()}};
  JoinOutcome outcome = run_join(request);
  EXPECT_EQ(find_diagnostic(outcome.diagnostics, "hot-path-array-callback", 25, 13), nullptr);
  EXPECT_NE(find_diagnostic(outcome.diagnostics, "hot-path-array-callback", 20, 13), nullptr);
}

}  // namespace
}  // namespace v8lint::join
