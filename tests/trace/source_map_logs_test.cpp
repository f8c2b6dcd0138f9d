// The trace pass on the TypeScript corpus program (corpus/trace/typescript),
// recorded under Node 18-26 as a tsc build (a .js.map beside each file) and
// as an esbuild bundle (inline data: URL map): findings point at the .ts
// sources, and a missing or broken map falls back to generated positions.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <tuple>

#include "core/source_text.h"
#include "join/join_run.h"
#include "trace/trace_run.h"
#include "trace_test_support.h"

namespace v8lint::trace {
namespace {
using namespace testing_support;
namespace fs = std::filesystem;

const std::string kCorpus = std::string(V8LINT_SOURCE_DIR) + "/corpus/trace";
const std::string kProgram = kCorpus + "/typescript";

nlohmann::json expectations() { return nlohmann::json::parse(std::ifstream(kProgram + "/expectations.json")); }
std::string recorded_in() { return expectations()["recorded_in"]; }

TraceOutcome run_logs(const std::vector<std::string>& logs, std::vector<std::pair<std::string, std::string>> path_maps) {
  TraceRequest request;
  request.inputs = logs;
  request.paths.source_root = "/nonexistent";
  request.paths.path_maps = std::move(path_maps);
  return run_trace(request);
}

TraceOutcome run_corpus_log(const std::string& log) {
  return run_logs({kCorpus + "/" + log}, {{recorded_in(), kCorpus}});
}

// "<path relative to corpus/trace>" of a shown path (relative to the working directory, or absolute).
std::string in_corpus(const std::string& shown) {
  std::string path = absolute_path(shown);
  return path.rfind(kCorpus + "/", 0) == 0 ? path.substr(kCorpus.size() + 1) : path;
}

using Finding = std::tuple<std::string, std::string, uint32_t, uint32_t, std::string, std::string, std::vector<std::string>>;

std::vector<Finding> expected_findings(const nlohmann::json& log) {
  std::vector<Finding> findings;
  for (const auto& f : log["findings"]) {
    std::vector<std::string> inlined;
    for (const auto& at : f.value("inlined_at", nlohmann::json::array())) {
      inlined.push_back(at["file"].get<std::string>() + ":" + std::to_string(at["line"].get<int>()) + ":" +
                        std::to_string(at["column"].get<int>()));
    }
    findings.emplace_back(f["rule"], f["file"], f["line"], f["column"], f["detail"], f["generated"], inlined);
  }
  return findings;
}

std::vector<Finding> actual_findings(const TraceOutcome& outcome) {
  std::vector<Finding> findings;
  for (const Diagnostic& d : outcome.diagnostics) {
    std::vector<std::string> inlined;
    for (const RelatedLocation& r : d.related) {
      inlined.push_back(in_corpus(r.location.path) + ":" + std::to_string(r.location.start.line) + ":" +
                        std::to_string(r.location.start.column));
    }
    std::string generated = text_property(d, "generated");
    size_t colon = generated.find(':');
    findings.emplace_back(d.rule_id, in_corpus(d.location.path), d.location.start.line, d.location.start.column,
                          text_property(d, d.rule_id == "deopt" ? "reason" : "keys"),
                          in_corpus(generated.substr(0, colon)) + generated.substr(colon), inlined);
  }
  return findings;
}

TEST(SourceMapLogs, EveryLogGivesExactlyTheExpectedFindingsInTheTypeScriptSources) {
  nlohmann::json about = expectations();
  ASSERT_EQ(about["logs"].size(), 10u);  // Node 18, 20, 22, 24, 26 x tsc, bundle
  for (const auto& log : about["logs"]) {
    TraceOutcome outcome = run_corpus_log(log["log"]);
    EXPECT_TRUE(outcome.errors.empty()) << log["log"];
    for (const std::string& warning : outcome.warnings) EXPECT_EQ(warning.find("source map"), std::string::npos) << warning;
    EXPECT_EQ(actual_findings(outcome), expected_findings(log)) << log["log"];
  }
}

// The two known sites, checked against the source text itself: the code frame
// is the .ts line, and the generated position V8 logged is the same token in the .js.
TEST(SourceMapLogs, TheKnownSitesAreOnTheirTypeScriptLinesUnderEveryNode) {
  for (int node : {18, 20, 22, 24, 26}) {
    for (std::string build : {"tsc", "bundle"}) {
      std::string log = "typescript/logs/node" + std::to_string(node) + "." + build + ".v8.log.gz";
      TraceOutcome outcome = run_corpus_log(log);
      const Diagnostic* ic = find_diagnostic(outcome.diagnostics, "megamorphic-ic", 11, 16);
      ASSERT_NE(ic, nullptr) << log;
      EXPECT_EQ(in_corpus(ic->location.path), "typescript/src/shapes.ts");
      EXPECT_EQ(ic->location.line_text, "  return point.x;");
      std::string generated = text_property(*ic, "generated");  // path:line:column
      size_t column_at = generated.rfind(':'), line_at = generated.rfind(':', column_at - 1);
      std::string js, error;
      ASSERT_TRUE(read_file(absolute_path(generated.substr(0, line_at)), js, error)) << error;
      SourceText text("generated", js);
      Position at{static_cast<uint32_t>(std::stoul(generated.substr(line_at + 1))),
                  static_cast<uint32_t>(std::stoul(generated.substr(column_at + 1)))};
      EXPECT_EQ(text.bytes().substr(text.offset_of(at) - 6, 7), "point.x") << log;
      size_t deopts = 0;
      for (const Diagnostic& d : outcome.diagnostics) {
        if (d.rule_id != "deopt" || text_property(d, "reason") != "not a Smi") continue;
        ++deopts;
        EXPECT_EQ(in_corpus(d.location.path), "typescript/src/shapes.ts");
        EXPECT_EQ(d.location.line_text, "  return (a as number) + (b as number);");
      }
      EXPECT_EQ(deopts, 1u) << log;
    }
  }
}

TEST(SourceMapLogs, TheJoinLintsTheTypeScriptSourcesInsteadOfTheGeneratedJavaScript) {
  for (std::string log : {"typescript/logs/node22.tsc.v8.log.gz", "typescript/logs/node22.bundle.v8.log.gz"}) {
    TraceOutcome outcome = run_corpus_log(log);
    std::vector<std::string> files;
    for (const std::string& file : outcome.source_files) files.push_back(in_corpus(file));
    EXPECT_EQ(files, (std::vector<std::string>{"typescript/src/main.ts", "typescript/src/shapes.ts"})) << log;
  }
}

// The join lints the .ts files, so both passes' findings land in the TypeScript sources.
TEST(SourceMapLogs, TheJoinsStaticPassRunsOnTheTypeScriptSources) {
  join::JoinRequest request;
  request.trace.inputs = {kProgram + "/logs/node24.bundle.v8.log.gz"};
  request.trace.paths.source_root = "/nonexistent";
  request.trace.paths.path_maps = {{recorded_in(), kCorpus}};
  request.lint.threads = 1;
  join::JoinOutcome outcome = join::run_join(request);
  EXPECT_TRUE(outcome.errors.empty());
  EXPECT_EQ(outcome.files_linted, 2u);  // src/main.ts and src/shapes.ts, not bundle/app.js
  const Diagnostic* ic = find_diagnostic(outcome.diagnostics, "megamorphic-ic", 11, 16);
  ASSERT_NE(ic, nullptr);
  EXPECT_EQ(in_corpus(ic->location.path), "typescript/src/shapes.ts");
  const Diagnostic* order = find_diagnostic(outcome.diagnostics, "inconsistent-property-order", 17, 5);
  ASSERT_NE(order, nullptr);
  EXPECT_EQ(in_corpus(order->location.path), "typescript/src/main.ts");
}

// Paths below the working directory are shown relative to it, the original sources' like the scripts'.
TEST(SourceMapLogs, OriginalSourcesAreShownRelativeToTheWorkingDirectory) {
  fs::path before = fs::current_path();
  fs::current_path(kCorpus);
  TraceOutcome outcome = run_corpus_log("typescript/logs/node20.tsc.v8.log.gz");
  fs::current_path(before);
  const Diagnostic* ic = find_diagnostic(outcome.diagnostics, "megamorphic-ic", 11, 16);
  ASSERT_NE(ic, nullptr);
  EXPECT_EQ(ic->location.path, "typescript/src/shapes.ts");
  EXPECT_EQ(text_property(*ic, "generated"), "typescript/dist/shapes.js:10:18");
  EXPECT_EQ(outcome.source_files, (std::vector<std::string>{"typescript/src/main.ts", "typescript/src/shapes.ts"}));
}

// The tsc build copied without its maps (or with a broken one) to a scratch directory the log is mapped onto.
class MaplessBuild : public testing::Test {
 protected:
  void SetUp() override {
    for (std::string file : {"main.js", "shapes.js"}) fs::copy_file(kProgram + "/dist/" + file, dir_.path(file));
  }
  TraceOutcome run() {
    return run_logs({kProgram + "/logs/node22.tsc.v8.log.gz"}, {{recorded_in() + "/typescript/dist", dir_.root()}});
  }
  ScratchDir dir_;
};

TEST_F(MaplessBuild, AMissingMapFallsBackToGeneratedPositionsWithOneWarningPerScript) {
  TraceOutcome outcome = run();
  EXPECT_TRUE(outcome.errors.empty());
  const Diagnostic* ic = expect_finding(outcome.diagnostics, "megamorphic-ic", 10, 18,
                                        "LoadIC for `x` went megamorphic (6 maps seen) in readX");
  ASSERT_NE(ic, nullptr);
  EXPECT_EQ(absolute_path(ic->location.path), dir_.path("shapes.js"));
  EXPECT_EQ(ic->location.line_text, "    return point.x;");
  EXPECT_EQ(text_property(*ic, "generated"), "<missing>");
  std::vector<std::string> map_warnings;
  for (const std::string& warning : outcome.warnings) {
    if (warning.find("source map") != std::string::npos) map_warnings.push_back(warning);
  }
  ASSERT_EQ(map_warnings.size(), 2u);  // main.js and shapes.js, each once
  for (std::string script : {"main.js", "shapes.js"}) {
    std::string prefix = dir_.path(script) + ": source map " + dir_.path(script) + ".map: ";
    bool found = std::any_of(map_warnings.begin(), map_warnings.end(), [&](const std::string& warning) {
      return warning.rfind(prefix, 0) == 0 && warning.ends_with("; findings use generated positions");
    });
    EXPECT_TRUE(found) << prefix;
  }
  EXPECT_EQ(outcome.source_files, (std::vector<std::string>{dir_.path("main.js"), dir_.path("shapes.js")}));
}

TEST_F(MaplessBuild, TheCommandLineWarnsOncePerScriptAndShowsTheGeneratedCodeFrame) {
  ProcessResult result = run_cli("'" + kProgram + "/logs/node22.tsc.v8.log.gz' --path-map '" + recorded_in() +
                                 "/typescript/dist=" + dir_.root() + "'");
  EXPECT_EQ(result.exit_code, 0) << result.output;
  for (std::string script : {"main.js", "shapes.js"}) {
    std::string warning = "v8lint: warning: " + dir_.path(script) + ": source map " + dir_.path(script) + ".map: ";
    size_t at = result.output.find(warning);
    EXPECT_NE(at, std::string::npos) << result.output;
    EXPECT_EQ(result.output.find(warning, at + 1), std::string::npos) << "twice: " << warning;
  }
  EXPECT_NE(result.output.find(dir_.path("shapes.js") + ":10:18  warning  LoadIC for `x` went megamorphic"), std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find(" 10 |     return point.x;\n"), std::string::npos) << result.output;
}

TEST_F(MaplessBuild, ABrokenMapSaysWhereItIsBroken) {
  dir_.write("shapes.js.map", "{\"version\":3,\n\"sources\":[\"../src/shapes.ts\"],\n\"mappings\":\"AAAA\",\n}");
  TraceOutcome outcome = run();
  ASSERT_NE(find_diagnostic(outcome.diagnostics, "megamorphic-ic", 10, 18), nullptr);
  std::string expected = dir_.path("shapes.js") + ": source map " + dir_.path("shapes.js.map") +
                         ": not JSON: parse error at line 4, column 1: syntax error while parsing object key - unexpected "
                         "'}'; expected string literal; findings use generated positions";
  EXPECT_EQ(std::count(outcome.warnings.begin(), outcome.warnings.end(), expected), 1) << testing::PrintToString(outcome.warnings);
}

// The map named only by the log's script-details event (the script has no comment, no .map beside it).
TEST_F(MaplessBuild, TheLoggedSourceMapUrlIsTheLastResort) {
  std::string map;
  std::string error;
  ASSERT_TRUE(read_file(kProgram + "/dist/shapes.js.map", map, error));
  dir_.write("maps/shapes.map", map);
  dir_.write("src/shapes.ts", "");  // only to exist: the map's "../src/shapes.ts" from maps/
  std::string js;
  ASSERT_TRUE(read_file(dir_.path("shapes.js"), js, error));
  dir_.write("shapes.js", js.substr(0, js.find("//# sourceMappingURL=")));
  std::string log;
  gzFile in = gzopen((kProgram + "/logs/node22.tsc.v8.log.gz").c_str(), "rb");
  char buffer[65536];
  for (int got; (got = gzread(in, buffer, sizeof buffer)) > 0;) log.append(buffer, static_cast<size_t>(got));
  gzclose(in);
  log += "script-details,999," + recorded_in() + "/typescript/dist/shapes.js,0,0,maps/shapes.map\n";
  std::string path = dir_.write("with-details.log", log);
  TraceOutcome outcome = run_logs({path}, {{recorded_in() + "/typescript/dist", dir_.root()}});
  const Diagnostic* ic = find_diagnostic(outcome.diagnostics, "megamorphic-ic", 11, 16);
  ASSERT_NE(ic, nullptr);
  EXPECT_EQ(absolute_path(ic->location.path), dir_.path("src/shapes.ts"));
  EXPECT_EQ(text_property(*ic, "generated"), dir_.path("shapes.js") + ":10:18");
}

}  // namespace
}  // namespace v8lint::trace
