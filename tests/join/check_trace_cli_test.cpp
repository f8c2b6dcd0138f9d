// `v8lint check [PATH...] --trace LOG...` as a process: exit codes and options.
#include <gtest/gtest.h>

#include <string>

#include "../cli/run_cli.h"
#include "join_test_support.h"

namespace v8lint::join {
namespace {
using testing::run_cli;
using testing::shell_quote;
using testing_support::kCorpus;

const std::string kPathMap = "--path-map " + shell_quote("/work/wt/tracedata/corpus/trace=" + kCorpus);

TEST(CheckTraceCli, WithoutPathsLintsTheTracedScriptsAndExitsOneOnConfirmedErrors) {
  testing::CliRun run = run_cli(kCorpus, "check --trace megamorphic/logs/node22.v8.log.gz " + kPathMap);
  EXPECT_EQ(run.exit_code, 1) << run.err;  // inconsistent-property-order raised to error in makeShapes
  EXPECT_NE(run.out.find("megamorphic/main.js:24:5  error  this object literal creates {y, x}"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("(confirmed hot by trace: `makeShapes` ran in TurboFan)"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("megamorphic/main.js:18:12  warning  LoadIC for `x` went megamorphic"), std::string::npos)
      << run.out;
}

TEST(CheckTraceCli, RuleOverridesApplyToBothPasses) {
  testing::CliRun run = run_cli(kCorpus, "check --rule inconsistent-property-order=off --rule megamorphic-ic=off --trace "
                                         "megamorphic/logs/node22.v8.log.gz " + kPathMap);
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_EQ(run.out.find("inconsistent-property-order"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("megamorphic-ic"), std::string::npos) << run.out;
}

TEST(CheckTraceCli, GivenPathsAreLintedInsteadOfTheTracedScripts) {
  testing::CliRun run =
      run_cli(kCorpus, "check type-change/main.js --trace megamorphic/logs/node22.v8.log.gz " + kPathMap);
  EXPECT_EQ(run.out.find("inconsistent-property-order"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("megamorphic/main.js:18:12"), std::string::npos) << run.out;
}

TEST(CheckTraceCli, WithoutThePathMapTheScriptsAreNotFound) {
  testing::CliRun run = run_cli(kCorpus, "check --trace megamorphic/logs/node22.v8.log.gz --source-root /nonexistent");
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;  // the trace's own finding is a warning; nothing to lint
  EXPECT_NE(run.out.find("/work/wt/tracedata/corpus/trace/megamorphic/main.js:18:12  warning"), std::string::npos)
      << run.out;
}

TEST(CheckTraceCli, ALogThatIsNotALogExitsTwoNamingIt) {
  testing::CliRun run = run_cli(kCorpus, "check --trace README.md");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("v8lint: README.md: not a V8 log"), std::string::npos) << run.err;
}

TEST(CheckTraceCli, APathMapWithoutEqualsIsAUsageError) {
  testing::CliRun run = run_cli(kCorpus, "check --trace megamorphic/logs/node22.v8.log.gz --path-map /a");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("expected FROM=TO"), std::string::npos) << run.err;
}

TEST(CheckTraceCli, TraceOptionsWithoutTraceAreAUsageError) {
  testing::CliRun run = run_cli(kCorpus, "check megamorphic/main.js " + kPathMap);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("--path-map requires --trace"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace v8lint::join
