// The golden test: v8lint on corpus/service must report exactly the findings
// listed in corpus/service/expected-findings.txt, no more and no fewer.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "lint/lint_run.h"

namespace v8lint {
namespace {

const std::string kServiceDir = std::string(V8LINT_SOURCE_DIR) + "/corpus/service";

std::set<std::string> expected_findings() {
  std::ifstream in(kServiceDir + "/expected-findings.txt");
  std::set<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') lines.insert(line);
  }
  return lines;
}

std::set<std::string> actual_findings() {
  LintRequest request;
  request.paths = {kServiceDir};
  LintOutcome outcome = run_lint(request);
  EXPECT_TRUE(outcome.errors.empty());
  std::set<std::string> lines;
  for (const Diagnostic& d : outcome.diagnostics) {
    std::string path = d.location.path.substr(kServiceDir.size() + 1);
    std::ostringstream line;
    line << path << ":" << d.location.start.line << ":" << d.location.start.column << " " << d.rule_id;
    lines.insert(line.str());
  }
  return lines;
}

std::string difference(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::string out;
  for (const std::string& line : a) {
    if (!b.count(line)) out += "  " + line + "\n";
  }
  return out;
}

}  // namespace

TEST(Golden, ServiceCorpusFindingsMatchExpectationsExactly) {
  std::set<std::string> expected = expected_findings();
  std::set<std::string> actual = actual_findings();
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(difference(expected, actual), "") << "expected but not reported";
  EXPECT_EQ(difference(actual, expected), "") << "reported but not expected";
}

}  // namespace v8lint
