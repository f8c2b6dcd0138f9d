// The join on scripts a log points into but that do not match it: broken
// syntax, positions past the end, binary bytes, CRLF and a BOM. Each must give
// the passes' own findings, never a crash.
#include <gtest/gtest.h>

#include "../trace/trace_test_support.h"
#include "join/join_run.h"

namespace v8lint::join {
namespace {
using namespace trace::testing_support;

JoinOutcome join_script(const ScratchDir& dir, const std::string& script) {
  dir.write("proj/app.js", script);
  std::string log =
      "v8-version,11,3,244,8,-node.38,0\n"
      "code-creation,JS,13,120,0x3000,256,add /proj/app.js:2:10,0xa1,*\n"
      "code-creation,JS,13,120,0x4000,256,far /proj/app.js:900:3,0xa2,*\n"
      "code-deopt,130,300,0x3000,-1,60,deopt-eager,</proj/app.js:2:30>,not a Smi\n"
      "code-deopt,130,300,0x4000,-1,60,deopt-eager,</proj/app.js:900:9>,wrong map\n";
  JoinRequest request;
  request.trace.inputs = {dir.write("app.v8.log", log)};
  request.trace.paths.source_root = "/nonexistent";
  request.trace.paths.path_maps = {{"/proj", dir.path("proj")}};
  request.lint.threads = 1;
  return run_join(request);
}

TEST(JoinRobustness, ScriptsThatDoNotMatchTheLogGiveThePassesOwnFindings) {
  ScratchDir dir;
  for (const std::string& script :
       {std::string("function (\n  add(a, b) { return a +\n"),                      // syntax error
        std::string("\xEF\xBB\xBF" "let t = 0;\r\nfunction add(a, b) { t = 'x'; return a + b; }\r\n"),  // BOM, CRLF
        std::string("\x00\x01\xff\xfe binary", 12), std::string()}) {
    JoinOutcome outcome = join_script(dir, script);
    EXPECT_TRUE(outcome.errors.empty());
    EXPECT_EQ(outcome.files_linted, 1u);
    EXPECT_NE(find_diagnostic(outcome.diagnostics, "deopt", 2, 30), nullptr);
    EXPECT_NE(find_diagnostic(outcome.diagnostics, "deopt", 900, 9), nullptr);
  }
}

}  // namespace
}  // namespace v8lint::join
