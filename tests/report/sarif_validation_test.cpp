// Runs the SARIF validators CI uses (the OASIS schema and Microsoft's SARIF
// Multitool with its SARIF and GitHub ingestion rules) on SARIF v8lint writes.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

#include "report/sarif_reporter.h"
#include "sarif_samples.h"
#include "temp_dir.h"

namespace v8lint {
namespace {

using testing::TempDir;

std::string sarif_of(const Report& report) {
  std::ostringstream out;
  write_sarif(report, out, testing::sample_sarif_context());
  return out.str();
}

TEST(SarifValidation, EveryShapeOfOutputPassesSchemaAndMultitool) {
  TempDir dir;
  // Few files: the Multitool takes seconds per file.
  Report findings = testing::related_locations_report();
  for (const Report& more : {testing::space_in_path_report(), testing::unicode_report(),
                             testing::outside_working_directory_report()})
    findings.diagnostics.insert(findings.diagnostics.end(), more.diagnostics.begin(), more.diagnostics.end());
  const std::vector<std::pair<std::string, Report>> samples = {{"empty", Report{"check", {}, 3, {}}},
                                                               {"findings", findings}};
  std::string files;
  for (const auto& [name, report] : samples) files += " '" + dir.write(name + ".sarif", sarif_of(report)).string() + "'";
  std::string log = (dir.path() / "validator.log").string();
  int status = std::system((std::string("'" V8LINT_SHARED_DIR "/sarif/validate-sarif'") + files + " > '" + log + "' 2>&1").c_str());
  std::string output = testing::read_whole_file(log);
  ASSERT_TRUE(WIFEXITED(status)) << output;
  EXPECT_EQ(WEXITSTATUS(status), 0) << output;
  for (const auto& [name, report] : samples) {
    std::string file = (dir.path() / (name + ".sarif")).string();
    EXPECT_NE(output.find(file + ": schema ok"), std::string::npos) << output;
    EXPECT_NE(output.find(file + ": multitool ok (SARIF and GitHub rules)"), std::string::npos) << output;
  }
}

}  // namespace
}  // namespace v8lint
