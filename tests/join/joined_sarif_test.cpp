// `v8lint check --trace --format sarif`: the joined findings' related
// locations and properties, validated with the validators CI uses.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "../cli/run_cli.h"
#include "../report/temp_dir.h"
#include "join_test_support.h"

namespace v8lint::join {
namespace {
using testing::run_cli;
using testing::shell_quote;
using testing_support::kCorpus;

const nlohmann::json* find_result(const nlohmann::json& sarif, const std::string& rule, int line, int column) {
  for (const nlohmann::json& result : sarif["runs"][0]["results"]) {
    const nlohmann::json& region = result["locations"][0]["physicalLocation"]["region"];
    if (result["ruleId"] == rule && region["startLine"] == line && region["startColumn"] == column) return &result;
  }
  return nullptr;
}

TEST(JoinedSarif, CausesAndConfirmationsAreRelatedLocationsAndPropertiesAndValidate) {
  testing::TempDir dir;
  std::string sarif_path = (dir.path() / "joined.sarif").string();
  testing::CliRun run = run_cli(kCorpus, "check --format sarif -o " + shell_quote(sarif_path) +
                                             " --path-map " + shell_quote("/work/wt/tracedata/corpus/trace=" + kCorpus) +
                                             " --trace type-change/logs/node22.v8.log.gz megamorphic/logs/node22.v8.log.gz");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  nlohmann::json sarif = nlohmann::json::parse(std::ifstream(sarif_path));

  const nlohmann::json* deopt = find_result(sarif, "deopt", 18, 12);
  ASSERT_NE(deopt, nullptr);
  EXPECT_EQ((*deopt)["properties"]["cause_rule"], "variable-type-change");
  EXPECT_EQ((*deopt)["properties"]["cause_line"], 39);
  EXPECT_FALSE((*deopt)["properties"]["isolates"].get<std::string>().empty());
  const nlohmann::json& related = (*deopt)["relatedLocations"].back()["physicalLocation"]["region"];
  EXPECT_EQ(related["startLine"], 39);
  EXPECT_EQ(related["startColumn"], 28);

  const nlohmann::json* hot = find_result(sarif, "inconsistent-property-order", 24, 5);
  ASSERT_NE(hot, nullptr);
  EXPECT_EQ((*hot)["level"], "error");
  EXPECT_EQ((*hot)["properties"]["confirmed_hot"], "TurboFan");
  EXPECT_EQ((*hot)["properties"]["tiers"], "Sparkplug 1, Maglev 0, TurboFan 1");
  EXPECT_EQ((*hot)["relatedLocations"].back()["physicalLocation"]["region"]["startLine"], 21);

  std::string log = (dir.path() / "validator.log").string();
  int status = std::system(("'" V8LINT_SHARED_DIR "/sarif/validate-sarif' " + shell_quote(sarif_path) + " > " +
                            shell_quote(log) + " 2>&1").c_str());
  std::string output = testing::read_whole_file(log);
  ASSERT_TRUE(WIFEXITED(status)) << output;
  EXPECT_EQ(WEXITSTATUS(status), 0) << output;
  EXPECT_NE(output.find(sarif_path + ": schema ok"), std::string::npos) << output;
  EXPECT_NE(output.find(sarif_path + ": multitool ok (SARIF and GitHub rules)"), std::string::npos) << output;
}

}  // namespace
}  // namespace v8lint::join
