// `v8lint trace` as a process: exit codes and messages on stderr.
#include <gtest/gtest.h>

#include <string>

#include "trace_test_support.h"

namespace v8lint::trace {
namespace {
using namespace testing_support;

TEST(TraceCli, NotALogExitsTwoNamingTheFile) {
  ScratchDir dir;
  std::string path = dir.write("notes.txt", "just text\n");
  ProcessResult result = run_cli("'" + path + "'");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.output.find("v8lint: " + path + ": not a V8 log"), std::string::npos) << result.output;
}

TEST(TraceCli, FindingsAtErrorLevelExitOne) {
  ProcessResult result = run_cli("--source-root /nonexistent '" + std::string(V8LINT_SHARED_DIR) +
                                 "/fixtures/v8-logs/adders.v8.log'");
  EXPECT_EQ(result.exit_code, 1);  // the deopt-loop on addAny is an error
  EXPECT_NE(result.output.find("/tmp/v8-deopt-viewer/examples/simple/adders.js:90:16"), std::string::npos) << result.output;
}

TEST(TraceCli, RejectsAPathMapWithoutEquals) {
  ProcessResult result = run_cli("--path-map /a x.log");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.output.find("expected FROM=TO"), std::string::npos) << result.output;
}

TEST(TraceCli, APathMapTakesOneValueAndTheLogsFollow) {
  std::string logs = std::string(V8LINT_SOURCE_DIR) + "/corpus/trace/megamorphic/logs/";
  ProcessResult result = run_cli("--path-map /work/wt/tracedata=" + std::string(V8LINT_SOURCE_DIR) + " --path-map /x=/y '" +
                                 logs + "node20.v8.log.gz' '" + logs + "node22.v8.log.gz'");
  EXPECT_NE(result.output.find("corpus/trace/megamorphic/main.js:18:12  warning  LoadIC for `x` went megamorphic"),
            std::string::npos)
      << result.output;
}

TEST(TraceCli, ThreadsOptionGivesTheSameReport) {
  std::string log = "'" + std::string(V8LINT_SHARED_DIR) + "/fixtures/v8-logs/adders.v8.log'";
  ProcessResult one = run_cli("-j 1 --source-root /nonexistent " + log);
  ProcessResult three = run_cli("--threads 3 --source-root /nonexistent " + log);
  EXPECT_EQ(one.exit_code, 1);
  EXPECT_NE(one.output.find("adders.js:90:16"), std::string::npos) << one.output;
  EXPECT_EQ(three.exit_code, one.exit_code);
  EXPECT_EQ(three.output, one.output);
  EXPECT_EQ(run_cli("-j x " + log).exit_code, 2);
}

}  // namespace
}  // namespace v8lint::trace
