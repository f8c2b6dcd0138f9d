#include "lint/suppressions.h"

#include <set>

#include <gtest/gtest.h>

#include "lint/file_linter.h"

namespace v8lint {
namespace {

Diagnostic finding(std::string rule, uint32_t line, uint32_t column) {
  Diagnostic d;
  d.rule_id = std::move(rule);
  d.location.path = "a.js";
  d.location.start = {line, column};
  d.location.end = {line, column + 1};
  return d;
}

SuppressionOptions options(bool report_unused = false) {
  return {report_unused, [](std::string_view id) { return id == "rule-a" || id == "rule-b" || id == "rule-c"; }};
}

// "rule@line:col" of what survives the filter, plus "!message@line:col" for directive reports.
std::vector<std::string> filter(const std::string& code, std::vector<Diagnostic> diagnostics,
                                SuppressionOptions opts = options(), Dialect dialect = Dialect::JavaScript) {
  SourceText source("a.js", code);
  drop_suppressed(source, dialect, diagnostics, opts);
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) {
    std::string where = "@" + std::to_string(d.location.start.line) + ":" + std::to_string(d.location.start.column);
    out.push_back(d.rule_id == "unused-disable-directive" ? "!" + d.message + where : d.rule_id + where);
  }
  return out;
}

using Out = std::vector<std::string>;

TEST(Suppressions, DisableNextLineNamesRulesAndIgnoresTheReason) {
  std::string code = "// v8lint-disable-next-line rule-a, rule-b -- measured, not hot\nf();\ng();\n";
  EXPECT_EQ(filter(code, {finding("rule-a", 2, 1), finding("rule-b", 2, 1), finding("rule-c", 2, 1),
                          finding("rule-a", 3, 1)}),
            (Out{"rule-c@2:1", "rule-a@3:1"}));
}

TEST(Suppressions, DisableNextLineAfterAMultiLineBlockComment) {
  std::string code = "/* v8lint-disable-next-line\n   rule-a */\nf();\n";
  EXPECT_EQ(filter(code, {finding("rule-a", 2, 1), finding("rule-a", 3, 1)}), (Out{"rule-a@2:1"}));
}

TEST(Suppressions, DisableLineCoversItsOwnLineOnly) {
  std::string code = "f();\ng(); // v8lint-disable-line\nh();\n";
  EXPECT_EQ(filter(code, {finding("rule-a", 1, 1), finding("rule-a", 2, 1), finding("rule-b", 2, 3),
                          finding("rule-a", 3, 1)}),
            (Out{"rule-a@1:1", "rule-a@3:1"}));
}

TEST(Suppressions, DisableEnableRangeForOneRule) {
  std::string code = "a();\n/* v8lint-disable rule-a */\nb();\n/* v8lint-enable rule-a */\nc();\n";
  EXPECT_EQ(filter(code, {finding("rule-a", 1, 1), finding("rule-a", 3, 1), finding("rule-b", 3, 1),
                          finding("rule-a", 5, 1)}),
            (Out{"rule-a@1:1", "rule-b@3:1", "rule-a@5:1"}));
}

TEST(Suppressions, DisableEverythingWithOneRuleReenabled) {
  std::string code = "a();\nx(); /* v8lint-disable */ y();\n/* v8lint-enable rule-b */\nb();\n/* v8lint-enable */\nc();\n";
  EXPECT_EQ(filter(code, {finding("rule-a", 2, 1), finding("rule-a", 2, 28), finding("rule-a", 4, 1),
                          finding("rule-b", 4, 1), finding("rule-a", 6, 1)}),
            (Out{"rule-a@2:1", "rule-b@4:1", "rule-a@6:1"}));
}

TEST(Suppressions, DisableBeforeAnyCodeCoversTheWholeFile) {
  std::string code = "#!/usr/bin/env node\n// header\n/* v8lint-disable */\nf();\n";
  EXPECT_EQ(filter(code, {finding("rule-a", 1, 1), finding("rule-c", 4, 1)}), Out{});
  std::string later = "f();\n/* v8lint-disable */\ng();\n";
  EXPECT_EQ(filter(later, {finding("rule-a", 1, 1), finding("rule-a", 3, 1)}), (Out{"rule-a@1:1"}));
}

TEST(Suppressions, DirectiveTextInsideStringsIsNotADirective) {
  std::string code = "s = '// v8lint-disable-line'; t = `/* v8lint-disable */`;\n";
  EXPECT_EQ(filter(code, {finding("rule-a", 1, 1)}), (Out{"rule-a@1:1"}));
}

TEST(Suppressions, UnusedDirectivesAreReportedWhenAsked) {
  std::string code = "// v8lint-disable-next-line rule-a, rule-b\nf();\n/* v8lint-disable */\n";
  std::vector<Diagnostic> found = {finding("rule-a", 2, 1)};
  EXPECT_EQ(filter(code, found), Out{});
  EXPECT_EQ(filter(code, found, options(true)),
            (Out{"!unused v8lint-disable-next-line directive: no \"rule-b\" finding to suppress@1:1",
                 "!unused v8lint-disable directive: nothing to suppress@3:1"}));
}

TEST(Suppressions, UnusedIsOnlyJudgedForRulesThisPassProduces) {
  std::string code = "// v8lint-disable-next-line rule-a, rule-b\nf();\n";
  SuppressionOptions opts = options(true);
  opts.produced_here = [](std::string_view id) { return id == "rule-a"; };  // rule-b comes from another pass
  EXPECT_EQ(filter(code, {}, opts), (Out{"!unused v8lint-disable-next-line directive: no \"rule-a\" finding to suppress@1:1"}));
}

TEST(Suppressions, UnknownRuleInDirectiveIsAlwaysReported) {
  std::string code = "f(); // v8lint-disable-line rule-a, rule-zz\n";
  EXPECT_EQ(filter(code, {finding("rule-a", 1, 1)}),
            (Out{"!unknown rule \"rule-zz\" in v8lint-disable-line comment@1:6"}));
}

TEST(Suppressions, TypeScriptComments) {
  std::string code = "let x: number = 1; // v8lint-disable-line rule-a\n";
  EXPECT_EQ(filter(code, {finding("rule-a", 1, 1)}, options(), Dialect::TypeScript), Out{});
}

TEST(Suppressions, LinterAppliesDirectivesToItsFindings) {
  Config config;
  SourceText suppressed("a.js", "// v8lint-disable-next-line parse-error\nlet = ;\n");
  EXPECT_TRUE(lint_source(suppressed, Dialect::JavaScript, config).empty());

  config.report_unused_disable_directives = true;
  SourceText unused("a.js", "// v8lint-disable-next-line parse-error\nlet x = 1;\n");
  std::vector<Diagnostic> found = lint_source(unused, Dialect::JavaScript, config);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rule_id, "unused-disable-directive");
  EXPECT_EQ(found[0].severity, Severity::Warning);
  EXPECT_EQ(found[0].location.start, (Position{1, 1}));
  EXPECT_EQ(found[0].location.end, (Position{1, 40}));
}

}  // namespace
}  // namespace v8lint
