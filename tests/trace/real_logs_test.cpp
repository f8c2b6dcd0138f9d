// The trace pass on real V8 logs (Node 12, 14, 16 and Chrome 81, in
// ../shared/fixtures/v8-logs), checked against exact findings and against the
// deopts and IC transitions v8-deopt-viewer's parser extracted from the same
// logs (peer-snapshots/*.json).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "trace/trace_run.h"
#include "trace_test_support.h"

namespace v8lint::trace {
namespace {
using namespace testing_support;

const std::string kLogs = std::string(V8LINT_SHARED_DIR) + "/fixtures/v8-logs/";

struct RealLogTest : testing::Test {
  ScratchDir dir;  // an empty source root: recorded paths stay as recorded
  TraceOutcome run(const std::string& log) {
    TraceRequest request;
    request.inputs = {kLogs + log};
    request.paths.source_root = dir.root();
    return run_trace(request);
  }
};

using SiteKey = std::tuple<std::string, uint32_t, uint32_t>;  // file name, line, column

std::string file_name(const std::string& path) { return path.substr(path.find_last_of("/\\") + 1); }

// Deopt count per (site, reason) in the peer's snapshot.
std::map<std::pair<SiteKey, std::string>, int64_t> peer_deopts(const nlohmann::json& peer) {
  std::map<std::pair<SiteKey, std::string>, int64_t> counts;
  for (const auto& site : peer["deopts"]) {
    SiteKey key{file_name(site["file"]), site["line"], site["column"]};
    for (const auto& update : site["updates"]) ++counts[{key, update["deoptReason"].get<std::string>()}];
  }
  return counts;
}

// IC sites the peer rates polymorphic (severity 2) or megamorphic (3), with their key.
std::map<SiteKey, std::pair<std::string, std::string>> peer_ics(const nlohmann::json& peer) {
  std::map<SiteKey, std::pair<std::string, std::string>> sites;
  for (const auto& site : peer["ics"]) {
    int severity = site["severity"];
    if (severity < 2) continue;
    SiteKey key{file_name(site["file"]), site["line"], site["column"]};
    sites[key] = {severity == 3 ? "megamorphic-ic" : "polymorphic-ic", "`" + site["updates"][0]["key"].get<std::string>() + "`"};
  }
  return sites;
}

void expect_same_as_peer(const TraceOutcome& outcome, const std::string& snapshot) {
  nlohmann::json peer = nlohmann::json::parse(std::ifstream(kLogs + "peer-snapshots/" + snapshot));
  std::map<std::pair<SiteKey, std::string>, int64_t> ours;
  std::map<SiteKey, std::pair<std::string, std::string>> our_ics;
  for (const Diagnostic& d : outcome.diagnostics) {
    SiteKey key{file_name(d.location.path), d.location.start.line, d.location.start.column};
    if (d.rule_id == "deopt") ours[{key, text_property(d, "reason")}] = int_property(d, "count");
    if (d.rule_id.ends_with("-ic")) our_ics[key] = {d.rule_id, text_property(d, "keys")};
  }
  EXPECT_EQ(ours, peer_deopts(peer)) << snapshot;
  EXPECT_EQ(our_ics, peer_ics(peer)) << snapshot;
}

TEST_F(RealLogTest, Node12AddersExactFindings) {
  TraceOutcome outcome = run("adders.v8.log");
  ASSERT_TRUE(outcome.errors.empty());
  EXPECT_TRUE(outcome.warnings.empty());
  const std::string path = "/tmp/v8-deopt-viewer/examples/simple/adders.js";
  const Diagnostic* mega = expect_finding(outcome.diagnostics, "megamorphic-ic", 93, 27, "LoadIC for `x` went megamorphic (8 maps seen) in addAny");
  ASSERT_NE(mega, nullptr);
  EXPECT_EQ(mega->location.path, path);
  const Diagnostic* wrong_map = nullptr;
  for (const Diagnostic& d : outcome.diagnostics) {
    if (d.rule_id == "deopt" && d.location.start == Position{93, 27} && text_property(d, "reason") == "wrong map") wrong_map = &d;
  }
  ASSERT_NE(wrong_map, nullptr);
  EXPECT_EQ(wrong_map->message, "eager deopt: wrong map (7 times) in optimized addAny, addObjects");
  ASSERT_EQ(wrong_map->related.size(), 1u);
  EXPECT_EQ(wrong_map->related[0].location.start, (Position{137, 21}));
  const Diagnostic* loop = expect_finding(outcome.diagnostics, "deopt-loop", 90, 16, "addAny was optimized 7 times and deoptimized 7 times");
  ASSERT_NE(loop, nullptr);
  EXPECT_EQ(count_rule(outcome.diagnostics, "megamorphic-ic"), 2u);
  EXPECT_EQ(count_rule(outcome.diagnostics, "polymorphic-ic"), 2u);
  EXPECT_EQ(count_rule(outcome.diagnostics, "deopt"), 9u);
  EXPECT_EQ(count_rule(outcome.diagnostics, "deopt-loop"), 1u);
}

TEST_F(RealLogTest, AgreesWithPeerOnNode12Logs) {
  expect_same_as_peer(run("adders.v8.log"), "adders.json");
  expect_same_as_peer(run("two-modules.v8.log"), "two-modules.json");
}

TEST_F(RealLogTest, AgreesWithPeerOnNode14LogWithMaps) {
  expect_same_as_peer(run("adders.traceMaps.v8.log.gz"), "adders.traceMaps.json");
}

TEST_F(RealLogTest, AgreesWithPeerOnChrome81Logs) {
  expect_same_as_peer(run("html-external.v8.log"), "html-external.json");
  expect_same_as_peer(run("html-inline.v8.log"), "html-inline.json");
}

TEST_F(RealLogTest, ChromeFileUrlsAndTheLazyDeopt) {
  TraceOutcome outcome = run("html-external.v8.log");
  const Diagnostic* lazy = expect_finding(outcome.diagnostics, "deopt", 51, 37, "lazy deopt: (unknown) (1 time) in optimized <anonymous>");
  ASSERT_NE(lazy, nullptr);
  EXPECT_EQ(lazy->location.path, "/tmp/v8-deopt-viewer/examples/html-external/adders.js");
  EXPECT_EQ(lazy->severity, Severity::Note);
  ASSERT_EQ(lazy->related.size(), 1u);
  EXPECT_EQ(lazy->related[0].location.start, (Position{56, 5}));
  const Diagnostic* loop = expect_finding(outcome.diagnostics, "deopt-loop", 79, 20, "addObjects was optimized 9 times and deoptimized 7 times");
  ASSERT_NE(loop, nullptr);
}

// Node 16 (V8 9.3, Windows paths, IC lines with a time field, no deopts logged).
TEST_F(RealLogTest, Node16IcsOnWindowsPaths) {
  TraceOutcome outcome = run("adders.node16.v8.log.gz");
  ASSERT_TRUE(outcome.errors.empty());
  ASSERT_EQ(outcome.diagnostics.size(), 4u);
  const Diagnostic& first = outcome.diagnostics[0];
  EXPECT_EQ(first.rule_id, "megamorphic-ic");
  EXPECT_EQ(first.location.path, R"(D:\github\andrewiggins\v8-deopt-viewer\examples\simple\adders.js)");
  EXPECT_EQ(first.location.start, (Position{93, 27}));
  EXPECT_EQ(text_property(first, "keys"), "`x`");
  EXPECT_EQ(int_property(first, "maps"), 8);
  EXPECT_NE(find_diagnostic(outcome.diagnostics, "polymorphic-ic", 106, 15), nullptr);
  // The source came from script-source: the file is not on this machine.
  EXPECT_EQ(first.location.line_text, "  if (b == null) return a.x + a.y");  // CRLF source: no \r kept
}

TEST_F(RealLogTest, Node16MacLogWithMaps) {
  TraceOutcome outcome = run("adders.node16_14.v8.log.gz");
  ASSERT_TRUE(outcome.errors.empty());
  const Diagnostic* mega = find_diagnostic(outcome.diagnostics, "megamorphic-ic", 38, 33);
  ASSERT_NE(mega, nullptr);
  EXPECT_EQ(mega->location.path, "/Users/m.hagemeister/dev/github/v8-deopt-viewer/examples/two-modules/adders.js");
  EXPECT_EQ(text_property(*mega, "keys"), "`y`");
}

TEST_F(RealLogTest, DeoptParserLogOnWindowsFileUrls) {
  TraceOutcome outcome = run("v8-deopt-parser.v8.log.gz");
  ASSERT_TRUE(outcome.errors.empty());
  const Diagnostic* deopt = find_diagnostic(outcome.diagnostics, "deopt", 193, 37);
  ASSERT_NE(deopt, nullptr);
  EXPECT_EQ(deopt->location.path,
            "C:/code/github/andrewiggins/v8-deopt-viewer/packages/v8-deopt-parser/src/v8-tools-core/logreader.js");
  EXPECT_EQ(text_property(*deopt, "reason"), "wrong name");
  EXPECT_EQ(count_rule(outcome.diagnostics, "deopt"), 5u);
}

}  // namespace
}  // namespace v8lint::trace

namespace v8lint::trace {
namespace {
using namespace testing_support;

// Node 20 (V8 11.3, "JS" tags, sparkplug "^" code, "deopt-eager" kinds),
// recorded with --no-log-source-code from /tmp/v8lint-trace-fixture/shapes.js;
// the script is matched to tests/trace/data/shapes.js through the source root.
TEST(ModernLog, Node20FindingsMatchedToTheSourceOnDisk) {
  const std::string data = std::string(V8LINT_SOURCE_DIR) + "/tests/trace/data";
  TraceRequest request;
  request.inputs = {data + "/node20-v8.log.gz"};
  request.paths.source_root = data;
  TraceOutcome outcome = run_trace(request);
  ASSERT_TRUE(outcome.errors.empty());
  const std::string path = data + "/shapes.js";
  const Diagnostic* mega = find_diagnostic(outcome.diagnostics, "megamorphic-ic", 4, 29);
  ASSERT_NE(mega, nullptr);
  EXPECT_EQ(mega->location.path, path);
  EXPECT_EQ(mega->location.line_text, "function getX(p) { return p.x; }");
  EXPECT_EQ(text_property(*mega, "tiers"), "ignition");  // every transition happened before tier-up
  const Diagnostic* poly = find_diagnostic(outcome.diagnostics, "polymorphic-ic", 5, 29);
  ASSERT_NE(poly, nullptr);
  EXPECT_EQ(int_property(*poly, "maps"), 2);
  const Diagnostic* inlined = expect_finding(outcome.diagnostics, "deopt", 6, 31, "eager deopt: not a Number or Oddball (2 times) in optimized <anonymous>, add");
  ASSERT_NE(inlined, nullptr);
  ASSERT_EQ(inlined->related.size(), 1u);
  EXPECT_EQ(inlined->related[0].location.start, (Position{14, 35}));
  const Diagnostic* loop = expect_finding(outcome.diagnostics, "deopt-loop", 1, 1, "<anonymous> was optimized 5 times and deoptimized 5 times");
  ASSERT_NE(loop, nullptr);
  EXPECT_EQ(outcome.diagnostics.size(), 8u);
  EXPECT_EQ(outcome.summary_lines[1], "functions compiled per tier: ignition 4, sparkplug 2, maglev 0, turbofan 3");
}

}  // namespace
}  // namespace v8lint::trace
