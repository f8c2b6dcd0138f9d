// The trace pass on every log in corpus/trace (Node 18, 20, 22, 24, 26),
// checked against corpus/trace/expectations.json: every polymorphic or
// megamorphic IC site and every deopt, with its count, and nothing else.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "trace/trace_run.h"
#include "trace_test_support.h"

namespace v8lint::trace {
namespace {
using namespace testing_support;

const std::string kCorpus = std::string(V8LINT_SOURCE_DIR) + "/corpus/trace";

// (rule, file relative to corpus/trace, line, column, reason or quoted key) -> count
using Findings = std::map<std::tuple<std::string, std::string, uint32_t, uint32_t, std::string>, int64_t>;

nlohmann::json expectations() { return nlohmann::json::parse(std::ifstream(kCorpus + "/expectations.json")); }

TraceOutcome run_corpus(const std::vector<std::string>& logs, const nlohmann::json& about) {
  TraceRequest request;
  for (const std::string& log : logs) request.inputs.push_back(kCorpus + "/" + log);
  request.paths.source_root = "/nonexistent";
  request.paths.path_maps = {{about["recorded_in"].get<std::string>(), kCorpus}};
  return run_trace(request);
}

// Expected deopts are listed per inlining chain; findings merge chains of one position and reason.
Findings expected_findings(const nlohmann::json& sites) {
  Findings findings;
  for (const auto& site : sites) {
    std::string kind = site["kind"];
    bool deopt = kind == "deopt";
    std::string detail = deopt ? site["reason"].get<std::string>() : "`" + site["key"].get<std::string>() + "`";
    findings[{kind, site["file"], site["line"], site["column"], detail}] += deopt ? site["count"].get<int64_t>() : 1;
  }
  return findings;
}

Findings actual_findings(const TraceOutcome& outcome) {
  Findings findings;
  for (const Diagnostic& d : outcome.diagnostics) {
    if (d.rule_id == "deopt-loop") continue;
    // Paths below the working directory are shown relative to it.
    std::string path = absolute_path(d.location.path);
    EXPECT_EQ(path.rfind(kCorpus + "/", 0), 0u) << path;
    std::string file = path.substr(kCorpus.size() + 1);
    bool deopt = d.rule_id == "deopt";
    findings[{d.rule_id, file, d.location.start.line, d.location.start.column,
              text_property(d, deopt ? "reason" : "keys")}] += deopt ? int_property(d, "count") : 1;
  }
  return findings;
}

TEST(CorpusLogs, EveryLogGivesExactlyTheExpectedSites) {
  nlohmann::json about = expectations();
  ASSERT_EQ(about["logs"].size(), 39u);
  for (const auto& log : about["logs"]) {
    TraceOutcome outcome = run_corpus({log["log"].get<std::string>()}, about);
    EXPECT_TRUE(outcome.errors.empty()) << log["log"];
    EXPECT_EQ(actual_findings(outcome), expected_findings(log["sites"])) << log["log"];
    for (const Diagnostic& d : outcome.diagnostics) EXPECT_FALSE(d.location.line_text.empty()) << log["log"];
  }
}

TEST(CorpusLogs, WorkerIsolatesMergeWithPerIsolateCounts) {
  nlohmann::json about = expectations();
  TraceOutcome outcome = run_corpus({"worker/logs/node26.isolate-0.v8.log.gz", "worker/logs/node26.isolate-1.v8.log.gz"}, about);
  ASSERT_TRUE(outcome.errors.empty());
  const Diagnostic* ic = find_diagnostic(outcome.diagnostics, "megamorphic-ic", 16, 15);
  ASSERT_NE(ic, nullptr);
  EXPECT_EQ(absolute_path(ic->location.path), kCorpus + "/worker/worker.js");
  EXPECT_EQ(text_property(*ic, "isolates").rfind("node26.isolate-1.v8.log: ", 0), 0u);
  EXPECT_EQ(outcome.summary_lines[0], "isolates: 2 (node26.isolate-0.v8.log, node26.isolate-1.v8.log)");
}

// Each stable deopt of a version is found in that version's --trace-deopt-verbose
// capture, except dependency-change deopts: stdout only says "[marking dependent
// code ... for deoptimization, reason: ...]", without a position.
TEST(CorpusLogs, VerboseDeoptCapturesHoldTheStableDeopts) {
  nlohmann::json about = expectations();
  for (const std::string program : {"megamorphic", "type-change", "field-representation"}) {
    for (int node : {18, 20, 22, 24, 26}) {
      std::string log = program + "/logs/node" + std::to_string(node) + ".trace-deopt-verbose.txt.gz";
      TraceOutcome outcome = run_corpus({log}, about);
      ASSERT_TRUE(outcome.errors.empty()) << log;
      Findings found = actual_findings(outcome);
      for (const auto& site : about["stable_sites"]) {
        bool applies = site["program"] == program && site["kind"] == "deopt" && site["deopt_kind"] != "dependency-change" &&
                       std::find(site["versions"].begin(), site["versions"].end(), node) != site["versions"].end();
        if (!applies) continue;
        EXPECT_TRUE(found.count({"deopt", site["file"], site["line"], site["column"], site["reason"]}))
            << log << " lacks " << site["file"] << ":" << site["line"] << ":" << site["column"] << " " << site["reason"];
      }
    }
  }
}

}  // namespace
}  // namespace v8lint::trace
