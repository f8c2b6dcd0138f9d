#include "lint/lint_run.h"

#include <gtest/gtest.h>

#include "../files/temp_tree.h"

namespace v8lint {
namespace {

using testing::TempTree;

constexpr const char* kBroken = "let = ;\n";  // yields the engine's parse-error note at 1:5

LintOutcome lint(const TempTree& tree, LintRequest request = {}) {
  if (request.paths.empty()) request.paths = {tree.root().string()};
  request.threads = 2;
  return run_lint(request);
}

TEST(LintRun, ConfigErrorNamesFileAndLineAndSkipsItsFiles) {
  TempTree tree;
  tree.write("bad/.v8lintrc.json", "{\n  \"rules\": {\n    \"no-such-rule\": \"off\"\n  }\n}\n");
  tree.write("bad/a.js", kBroken);
  tree.write("good/b.js", kBroken);
  LintOutcome outcome = lint(tree);
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_EQ(outcome.errors[0], tree.path("bad/.v8lintrc.json").string() + ":3: unknown rule \"no-such-rule\"");
  EXPECT_EQ(outcome.files_linted, 1u);
  ASSERT_EQ(outcome.diagnostics.size(), 1u);
  EXPECT_EQ(outcome.diagnostics[0].location.path, tree.path("good/b.js").string());
}

TEST(LintRun, IgnorePatternsOfTheNearestConfigApply) {
  TempTree tree;
  tree.write("pkg/.v8lintrc.json", R"({"ignorePatterns": ["gen/", "*.skip.js"]})");
  tree.write("pkg/gen/a.js", kBroken);
  tree.write("pkg/src/b.skip.js", kBroken);
  tree.write("pkg/src/c.js", kBroken);
  tree.write("gen/d.js", kBroken);  // outside pkg: its patterns do not reach here
  LintOutcome outcome = lint(tree);
  EXPECT_TRUE(outcome.errors.empty());
  ASSERT_EQ(outcome.diagnostics.size(), 2u);
  EXPECT_EQ(outcome.diagnostics[0].location.path, tree.path("gen/d.js").string());
  EXPECT_EQ(outcome.diagnostics[1].location.path, tree.path("pkg/src/c.js").string());
}

TEST(LintRun, ConfiguredSeverityOfEngineFindingsAndCommandLineOnTop) {
  TempTree tree;
  tree.write(".v8lintrc.json", R"({"rules": {"parse-error": "error"}})");
  tree.write("a.js", kBroken);
  LintOutcome configured = lint(tree);
  ASSERT_EQ(configured.diagnostics.size(), 1u);
  EXPECT_EQ(configured.diagnostics[0].rule_id, "parse-error");
  EXPECT_EQ(configured.diagnostics[0].severity, Severity::Error);
  EXPECT_EQ(configured.diagnostics[0].location.start, (Position{1, 5}));

  LintRequest request;
  request.rule_overrides = {{"parse-error", Severity::Off}};
  EXPECT_TRUE(lint(tree, request).diagnostics.empty());
}

TEST(LintRun, ForcedConfigIgnoresNearerFiles) {
  TempTree tree;
  tree.write("src/.v8lintrc.json", R"({"rules": {"parse-error": "off"}})");
  tree.write("src/a.js", kBroken);
  tree.write("ci.json", R"({"rules": {"parse-error": "warn"}})");
  LintRequest request;
  request.config_path = tree.path("ci.json").string();
  LintOutcome outcome = lint(tree, request);
  ASSERT_EQ(outcome.diagnostics.size(), 1u);
  EXPECT_EQ(outcome.diagnostics[0].severity, Severity::Warning);
}

TEST(LintRun, BrokenForcedConfigAbortsBeforeLinting) {
  TempTree tree;
  tree.write("a.js", kBroken);
  tree.write("ci.json", "{\"rules\": {\"parse-error\": 1}}");
  LintRequest request;
  request.config_path = tree.path("ci.json").string();
  LintOutcome outcome = lint(tree, request);
  EXPECT_TRUE(outcome.aborted);
  EXPECT_EQ(outcome.files_linted, 0u);
  EXPECT_EQ(outcome.errors, std::vector<std::string>{tree.path("ci.json").string() +
                                                     ":1: rule level must be \"off\", \"note\", \"warn\" or \"error\""});
}

TEST(LintRun, MissingPathIsReportedAndTheRunGoesOn) {
  TempTree tree;
  tree.write("a.js", kBroken);
  LintRequest request;
  request.paths = {tree.path("missing.js").string(), tree.path("a.js").string()};
  LintOutcome outcome = lint(tree, request);
  EXPECT_EQ(outcome.errors, std::vector<std::string>{tree.path("missing.js").string() + ": no such file or directory"});
  EXPECT_EQ(outcome.files_linted, 1u);
  EXPECT_EQ(outcome.diagnostics.size(), 1u);
}

}  // namespace
}  // namespace v8lint
