// Inputs that must never crash, hang or lose what was read: garbage, binary,
// CRLF, very long lines, truncated gzip, empty files.
#include <gtest/gtest.h>

#include <random>

#include "trace/trace_run.h"
#include "trace_test_support.h"

namespace v8lint::trace {
namespace {
using namespace testing_support;

const std::string kHeader = "v8-version,11,3,244,8,-node.38,0\n";
const std::string kBody =
    "code-creation,JS,10,100,0x1000,64,getX /proj/app.js:1:10,0xa0,~\n"
    "LoadIC,0x1004,110,1,29,0,1,0x501,x,,\n"
    "LoadIC,0x1004,111,1,29,1,N,0x502,x,,\n";

struct RobustnessTest : testing::Test {
  ScratchDir dir;
  TraceOutcome run(const std::string& path) {
    TraceRequest request;
    request.inputs = {path};
    request.paths.source_root = dir.root();
    return run_trace(request);
  }
};

TEST_F(RobustnessTest, RandomBytesBetweenValidLinesAreSkipped) {
  std::mt19937 random(42);
  std::string log = kHeader;
  for (int line = 0; line < 2000; ++line) {
    int length = static_cast<int>(random() % 120);
    for (int i = 0; i < length; ++i) log += static_cast<char>(random() % 256 == '\n' ? ' ' : random() % 256);
    log += '\n';
  }
  log += kBody;
  TraceOutcome outcome = run(dir.write("v8.log", log));
  EXPECT_TRUE(outcome.errors.empty());
  ASSERT_EQ(outcome.warnings.size(), 1u);
  EXPECT_NE(outcome.warnings[0].find(" lines skipped; first at line 2: "), std::string::npos) << outcome.warnings[0];
  EXPECT_NE(find_diagnostic(outcome.diagnostics, "megamorphic-ic", 1, 29), nullptr);
}

TEST_F(RobustnessTest, CrlfLogsAndBom) {
  std::string log = "\xEF\xBB\xBF" + kHeader + kBody;
  for (size_t at = 0; (at = log.find('\n', at)) != std::string::npos; at += 2) log.insert(at, "\r");
  TraceOutcome outcome = run(dir.write("v8.log", log));
  EXPECT_TRUE(outcome.warnings.empty()) << outcome.warnings[0];
  const Diagnostic* ic = find_diagnostic(outcome.diagnostics, "megamorphic-ic", 1, 29);
  ASSERT_NE(ic, nullptr);
  EXPECT_EQ(text_property(*ic, "keys"), "`x`");  // no stray '\r'
}

TEST_F(RobustnessTest, HugeScriptSourceLine) {
  std::string source(5 << 20, 'a');
  TraceOutcome outcome = run(dir.write("v8.log", kHeader + "script-source,1,/proj/app.js,function getX(p) { return p.x; }\\n" +
                                                      source + "\n" + kBody));
  const Diagnostic* ic = find_diagnostic(outcome.diagnostics, "megamorphic-ic", 1, 29);
  ASSERT_NE(ic, nullptr);
  EXPECT_EQ(ic->location.line_text, "function getX(p) { return p.x; }");
}

TEST_F(RobustnessTest, TruncatedGzipKeepsWhatWasRead) {
  std::string full = dir.write_gz("full.log.gz", kHeader + kBody + std::string(200000, '#') + "\n");
  std::string bytes, error;
  ASSERT_TRUE(read_file(full, bytes, error));
  std::string cut = dir.write("cut.log.gz", bytes.substr(0, bytes.size() - 20));
  TraceOutcome outcome = run(cut);
  EXPECT_TRUE(outcome.errors.empty());
  EXPECT_NE(find_diagnostic(outcome.diagnostics, "megamorphic-ic", 1, 29), nullptr);
  ASSERT_EQ(outcome.warnings.size(), 1u);
  EXPECT_NE(outcome.warnings[0].find(cut + ": read error after line"), std::string::npos) << outcome.warnings[0];
}

TEST_F(RobustnessTest, LogCutMidLineKeepsWhatWasRead) {
  // A node process killed while writing: the last line stops inside a field.
  std::string path = dir.write("v8.log", kHeader + kBody + "code-creation,JS,10,120,0x2000,64,getY /proj/ap");
  TraceOutcome outcome = run(path);
  EXPECT_TRUE(outcome.errors.empty());
  EXPECT_NE(find_diagnostic(outcome.diagnostics, "megamorphic-ic", 1, 29), nullptr);
  EXPECT_EQ(outcome.warnings, std::vector<std::string>{}) << outcome.warnings[0];
}

TEST_F(RobustnessTest, EmptyFileAndDirectoryWithoutLogs) {
  std::string empty = dir.write("empty.log", "");
  TraceOutcome outcome = run(empty);
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_EQ(outcome.errors[0].rfind(empty + ": not a V8 log", 0), 0u);
  dir.write("logs/readme.md", "nothing here");
  outcome = run(dir.path("logs"));
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_EQ(outcome.errors[0], dir.path("logs") + ": no *.log or *.log.gz files in this directory");
}

}  // namespace
}  // namespace v8lint::trace
