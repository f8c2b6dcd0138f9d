// The rules off by default that the join runs for the causes of type deopts:
// their findings are kept only where they explain a deopt, whether they ride
// the static pass's walk or (unused disable directives reported) get their own.
#include "join/cause_only_rules.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../trace/trace_test_support.h"
#include "join_test_support.h"

namespace v8lint::join {
namespace {
using namespace trace::testing_support;
using namespace testing_support;

TEST(CauseOnlyRules, RideTheStaticPassAtNoteLevelUnlessUnusedDirectivesAreReported) {
  LintRequest lint;
  lint.rule_overrides["delete-property"] = Severity::Error;  // named on the command line: not cause-only
  const std::map<std::string, Severity> riders = {{"delete-property", Severity::Error},
                                                  {"variable-type-change", Severity::Note}};
  EXPECT_EQ(CauseOnlyRules(lint, true).static_pass().rule_overrides, riders);
  EXPECT_EQ(CauseOnlyRules(lint, false).static_pass().rule_overrides, lint.rule_overrides);  // no type deopt
  lint.report_unused_disable_directives = true;
  EXPECT_EQ(CauseOnlyRules(lint, true).static_pass().rule_overrides, lint.rule_overrides);
}

// type-change/main.js plus a function whose parameter is passed a number and
// a string (45:11) but feeds no deopt: that finding is dropped, the two that
// feed add()'s `a + b` (39:23, 39:28) are kept.
class CauseOnlyFindings : public testing::Test {
 protected:
  void SetUp() override {
    std::ifstream in(kCorpus + "/type-change/main.js");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    script_ = dir_.write("main.js", text + "function unrelated(v) {\n  return v;\n}\nunrelated(1);\nunrelated('s');\n");
  }
  JoinOutcome run(bool report_unused) {
    nlohmann::json about = nlohmann::json::parse(std::ifstream(kCorpus + "/expectations.json"));
    JoinRequest request = corpus_request(node_log("type-change", 22));
    request.trace.paths.path_maps = {{about["recorded_in"].get<std::string>() + "/type-change", dir_.root()}};
    request.lint.report_unused_disable_directives = report_unused;
    return run_join(request);
  }
  // "line:column severity cause_only deopts_caused" of each variable-type-change finding (-1: no such property).
  static std::vector<std::string> variable_type_changes(const JoinOutcome& outcome) {
    std::vector<std::string> found;
    for (const Diagnostic& d : outcome.diagnostics) {
      if (d.rule_id != "variable-type-change") continue;
      found.push_back(std::to_string(d.location.start.line) + ":" + std::to_string(d.location.start.column) + " " +
                      std::string(severity_name(d.severity)) + " " + std::to_string(int_property(d, "cause_only")) + " " +
                      std::to_string(int_property(d, "deopts_caused")));
    }
    return found;
  }
  ScratchDir dir_;
  std::string script_;
};

TEST_F(CauseOnlyFindings, OnlyThoseExplainingADeoptAreKeptOnEitherWalk) {
  JoinOutcome riding = run(false), alone = run(true);
  EXPECT_TRUE(riding.errors.empty());
  const std::vector<std::string> expected = {"39:23 note 1 1", "39:28 note 1 1"};
  EXPECT_EQ(variable_type_changes(riding), expected);
  EXPECT_EQ(variable_type_changes(alone), expected);
  const Diagnostic* deopt = find_diagnostic(riding.diagnostics, "deopt", 18, 12);
  ASSERT_NE(deopt, nullptr);
  const Diagnostic* same = find_diagnostic(alone.diagnostics, "deopt", 18, 12);
  ASSERT_NE(same, nullptr);
  EXPECT_EQ(deopt->message, same->message);
}

// A configuration that turns the rule on makes its findings the static pass's
// own, at the configured level, linked or not.
TEST_F(CauseOnlyFindings, AConfigurationTurningTheRuleOnKeepsEveryFindingAtItsLevel) {
  dir_.write(".v8lintrc.json", R"({"rules": {"variable-type-change": "error"}})");
  for (bool report_unused : {false, true}) {
    SCOPED_TRACE(report_unused ? "own walk" : "riding");
    EXPECT_EQ(variable_type_changes(run(report_unused)),
              (std::vector<std::string>{"39:23 error -1 1", "39:28 error -1 1", "45:11 error -1 -1"}));
  }
}

}  // namespace
}  // namespace v8lint::join
