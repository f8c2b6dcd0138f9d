// The trace pass through a source map on a small synthetic log: an index map
// (two sections) inline in a script with a BOM and CRLF line ends, a source
// known only by its sourcesContent, and a bundled node_modules source.
#include <gtest/gtest.h>

#include "trace/trace_run.h"
#include "trace_test_support.h"

namespace v8lint::trace {
namespace {
using namespace testing_support;

// dist/app.js line 2 is getX (`x` of `p.x` at column 29), line 3 lib (`y` of `o.y` at column 28).
// Section 1 maps line 2 to src/app.ts (sourcesContent only); section 2, at line 3, to node_modules/lib/index.js.
std::string index_map(const std::string& app_ts_content) {
  return R"({"version":3,"file":"app.js","sections":[
  {"offset":{"line":0,"column":0},"map":{"version":3,"sources":["../src/app.ts"],
    "sourcesContent":[")" + app_ts_content + R"("],"names":[],"mappings":";AAAA,4BACW"}},
  {"offset":{"line":2,"column":0},"map":{"version":3,"sources":["../node_modules/lib/index.js"],"names":[],
    "mappings":"AAAA,2BACW"}}]})";
}

const std::string kLog =
    "v8-version,11,3,244,8,-node.38,0\n"
    "code-creation,JS,10,100,0x1000,64,getX /proj/dist/app.js:2:14,0xa0,~\n"
    "LoadIC,0x1004,110,2,29,0,1,0x501,x,,\n"
    "LoadIC,0x1004,111,2,29,1,P,0x502,x,,\n"
    "LoadIC,0x1004,112,2,29,P,N,0x503,x,,\n"
    "code-creation,JS,11,120,0x2000,64,lib /proj/dist/app.js:3:13,0xa1,~\n"
    "LoadIC,0x2004,113,3,28,0,N,0x504,y,,\n";

std::string base64(const std::string& bytes) {
  static constexpr std::string_view kDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (size_t i = 0; i < bytes.size(); i += 3) {
    size_t n = std::min<size_t>(3, bytes.size() - i);
    uint32_t chunk = 0;
    for (size_t k = 0; k < 3; ++k) chunk = (chunk << 8) | (k < n ? static_cast<uint8_t>(bytes[i + k]) : 0u);
    for (size_t k = 0; k < 4; ++k) out += k <= n ? kDigits[(chunk >> (18 - 6 * k)) & 63] : '=';
  }
  return out;
}

struct SourceMapTrace : testing::Test {
  ScratchDir dir;
  TraceRequest request;
  SourceMapTrace() {
    write_script(index_map("export function getX(p: { x: number }) {\\n  return p.x;\\n}\\n"));
    dir.write("proj/node_modules/lib/index.js", "module.exports = function lib(o) {\n  return o.y;\n};\n");
    request.inputs = {dir.write("v8.log", kLog)};
    request.paths.source_root = "/nonexistent";
    request.paths.path_maps = {{"/proj", dir.path("proj")}};
  }
  // dist/app.js with a BOM, CRLF line ends and `map` inline.
  void write_script(const std::string& map) {
    dir.write("proj/dist/app.js", "\xEF\xBB\xBF\"use strict\";\r\nfunction getX(p) { return p.x; }\r\n"
                                  "function lib(o) { return o.y; }\r\n//# sourceMappingURL=data:application/json;base64," +
                                      base64(map) + "\r\n");
  }
};

TEST_F(SourceMapTrace, SectionsMapTheSiteAndSourcesContentGivesTheCodeFrame) {
  TraceOutcome outcome = run_trace(request);
  ASSERT_TRUE(outcome.errors.empty());
  EXPECT_TRUE(outcome.warnings.empty()) << outcome.warnings.front();
  ASSERT_EQ(outcome.diagnostics.size(), 1u);  // lib's site maps into node_modules
  const Diagnostic& ic = outcome.diagnostics[0];
  EXPECT_EQ(ic.rule_id, "megamorphic-ic");
  EXPECT_EQ(ic.location.path, dir.path("proj/src/app.ts"));
  EXPECT_EQ(ic.location.start, (Position{2, 12}));
  EXPECT_EQ(ic.location.line_text, "  return p.x;");
  EXPECT_EQ(text_property(ic, "generated"), dir.path("proj/dist/app.js") + ":2:29");
  EXPECT_TRUE(outcome.source_files.empty());  // app.ts is not on disk, the dependency is not reported
}

TEST_F(SourceMapTrace, BundledDependenciesOnlyWhenAskedFor) {
  request.paths.include_dependencies = true;
  TraceOutcome outcome = run_trace(request);
  ASSERT_EQ(outcome.diagnostics.size(), 2u);
  std::string lib = dir.path("proj/node_modules/lib/index.js");
  auto dependency = std::find_if(outcome.diagnostics.begin(), outcome.diagnostics.end(),
                                 [&](const Diagnostic& d) { return absolute_path(d.location.path) == lib; });
  ASSERT_NE(dependency, outcome.diagnostics.end());
  EXPECT_EQ(dependency->location.start, (Position{2, 12}));
  EXPECT_EQ(dependency->location.line_text, "  return o.y;");
  EXPECT_EQ(text_property(*dependency, "generated"), dir.path("proj/dist/app.js") + ":3:28");
  EXPECT_EQ(outcome.source_files, std::vector<std::string>{dependency->location.path});
}

// Deopt positions, the calls they were inlined through and deopt-loop definitions are all mapped.
TEST_F(SourceMapTrace, DeoptsTheirInliningChainsAndDeoptLoopsAreMapped) {
  std::string log = kLog;
  for (int round = 0; round < 5; ++round) {
    std::string start = "0x" + std::to_string(3 + round) + "000";
    log += "code-creation,JS,12,130," + start + ",64,getX /proj/dist/app.js:2:14,0xa2,*\n";
    log += "code-deopt,131,64," + start + ",-1,20,deopt-eager,</proj/dist/app.js:2:29> inlined at </proj/dist/app.js:3:28>,"
           "wrong map\n";
  }
  request.inputs = {dir.write("v8.log", log)};
  TraceOutcome outcome = run_trace(request);
  std::string app_ts = dir.path("proj/src/app.ts"), app_js = dir.path("proj/dist/app.js");
  const Diagnostic* deopt = expect_finding(outcome.diagnostics, "deopt", 2, 12, "eager deopt: wrong map (5 times) in optimized getX");
  ASSERT_NE(deopt, nullptr);
  EXPECT_EQ(deopt->location.path, app_ts);
  EXPECT_EQ(text_property(*deopt, "generated"), app_js + ":2:29");
  ASSERT_EQ(deopt->related.size(), 1u);
  EXPECT_EQ(absolute_path(deopt->related[0].location.path), dir.path("proj/node_modules/lib/index.js"));
  EXPECT_EQ(deopt->related[0].location.start, (Position{2, 12}));
  EXPECT_EQ(deopt->related[0].location.line_text, "  return o.y;");
  const Diagnostic* loop = find_diagnostic(outcome.diagnostics, "deopt-loop", 1, 1);
  ASSERT_NE(loop, nullptr);
  EXPECT_EQ(loop->location.path, app_ts);
  EXPECT_EQ(loop->location.line_text, "export function getX(p: { x: number }) {");
  EXPECT_EQ(text_property(*loop, "generated"), app_js + ":2:14");
}

// A dependency met only in an inlining chain is not reported: its map is not even looked for.
TEST_F(SourceMapTrace, UnreportedScriptsInChainsRaiseNoMapWarnings) {
  dir.write("proj/node_modules/dep/dep.js", "exports.f = (o) => o.y;\n//# sourceMappingURL=missing.js.map\n");
  request.inputs = {dir.write("v8.log", kLog +
                                            "code-creation,JS,12,130,0x3000,64,getX /proj/dist/app.js:2:14,0xa2,*\n"
                                            "code-deopt,131,64,0x3000,-1,20,deopt-eager,</proj/dist/app.js:2:29> inlined at "
                                            "</proj/node_modules/dep/dep.js:1:22>,wrong map\n")};
  TraceOutcome outcome = run_trace(request);
  EXPECT_TRUE(outcome.warnings.empty()) << outcome.warnings.front();
  const Diagnostic* deopt = find_diagnostic(outcome.diagnostics, "deopt", 2, 12);
  ASSERT_NE(deopt, nullptr);
  ASSERT_EQ(deopt->related.size(), 1u);
  EXPECT_EQ(deopt->related[0].location.start, (Position{1, 22}));

  request.paths.include_dependencies = true;  // now it is reported, and its missing map is named
  outcome = run_trace(request);
  ASSERT_EQ(outcome.warnings.size(), 1u);
  EXPECT_EQ(outcome.warnings[0], dir.path("proj/node_modules/dep/dep.js") + ": source map " +
                                     dir.path("proj/node_modules/dep/missing.js.map") +
                                     ": cannot open: No such file or directory; findings use generated positions");
}

// A segment of a null "sources" entry names no file: the finding keeps its generated position.
TEST_F(SourceMapTrace, ANullSourceLeavesTheGeneratedPosition) {
  write_script(R"({"version":3,"sources":[null],"mappings":";AAAA,4BACW"})");
  TraceOutcome outcome = run_trace(request);
  EXPECT_TRUE(outcome.warnings.empty());
  const Diagnostic* ic = find_diagnostic(outcome.diagnostics, "megamorphic-ic", 2, 29);
  ASSERT_NE(ic, nullptr);
  EXPECT_EQ(ic->location.path, dir.path("proj/dist/app.js"));
  EXPECT_EQ(ic->location.line_text, "function getX(p) { return p.x; }");
  EXPECT_EQ(text_property(*ic, "generated"), "<missing>");
}

// Suppression comments are read from the original source the finding points at.
TEST_F(SourceMapTrace, SuppressionCommentsInTheOriginalSourceApply) {
  write_script(index_map("// v8lint-disable-next-line megamorphic-ic\\n  return p.x;\\n"));
  TraceOutcome outcome = run_trace(request);
  EXPECT_TRUE(outcome.errors.empty());
  EXPECT_TRUE(outcome.diagnostics.empty()) << outcome.diagnostics.front().location.path;
}

}  // namespace
}  // namespace v8lint::trace
