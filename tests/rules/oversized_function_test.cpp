#include <gtest/gtest.h>

#include <string>

#include "rule_test_util.h"
#include "rules/rule_docs.h"

namespace v8lint {
namespace {

// A function body of `statements` lines like `s += a[3] * 3;` (about ten bytes of bytecode each).
std::string body(int statements) {
  std::string out;
  for (int i = 0; i < statements; ++i) out += "  s += a[" + std::to_string(i) + "] * " + std::to_string(i) + ";\n";
  return out;
}

std::string function_named(const std::string& name, int statements) {
  return "function " + name + "(a) {\n  let s = 0;\n" + body(statements) + "  return s;\n}\n";
}

TEST(OversizedFunction, SmallFunctionIsFine) {
  EXPECT_TRUE(lint_with_rule("oversized-function", function_named("small", 5)).empty());
}

TEST(OversizedFunction, OverTheInliningBudgetIsANote) {
  auto found = lint_with_rule("oversized-function", "\n" + function_named("big", 100));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rule_id, "oversized-function");
  EXPECT_EQ(found[0].severity, Severity::Note);
  EXPECT_EQ(found[0].location.start, (Position{2, 10}));
  EXPECT_EQ(found[0].location.end, (Position{2, 13}));
  EXPECT_TRUE(found[0].message.starts_with("`big` has about ")) << found[0].message;
  EXPECT_TRUE(found[0].message.ends_with(
      " bytes of bytecode (estimated), over V8's 460-byte inlining budget: TurboFan will not inline it into its callers"))
      << found[0].message;
}

TEST(OversizedFunction, FarOverIsAWarningWithTheTierUpDelay) {
  auto found = lint_with_rule("oversized-function", "const huge = (a) => {\n  let s = 0;\n" + body(2000) + "};\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::Warning);
  EXPECT_EQ(found[0].location.start, (Position{1, 7}));
  EXPECT_NE(found[0].message.find(", over 6000: V8 waits "), std::string::npos) << found[0].message;
  EXPECT_NE(found[0].message.find(" profiler ticks instead of 3 before optimizing it"), std::string::npos);
  ASSERT_EQ(found[0].properties.size(), 1u);
  EXPECT_EQ(found[0].properties[0].first, "bytecodeEstimate");
  EXPECT_GT(std::get<int64_t>(found[0].properties[0].second), 6000);
}

TEST(OversizedFunction, NestedFunctionsAreMeasuredSeparately) {
  // The outer function only creates the big closure; only the inner one is big.
  auto found = lint_with_rule("oversized-function", "function outer() {\n  return function (a) {\n  let s = 0;\n" +
                                                        body(100) + "  return s;\n  };\n}\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].location.start, (Position{2, 10}));
  EXPECT_TRUE(found[0].message.starts_with("The function at line 2 has about ")) << found[0].message;
}

int64_t estimate(const Diagnostic& finding) { return std::get<int64_t>(finding.properties.at(0).second); }

TEST(OversizedFunction, OptionsMoveBothLimits) {
  std::string code = function_named("medium", 10) + function_named("big", 100);
  auto everything = lint_with_rule("oversized-function", code, Dialect::JavaScript, {{"inlineBudget", 1}});
  ASSERT_EQ(everything.size(), 2u);
  int64_t medium = estimate(everything[0]);
  int64_t big = estimate(everything[1]);
  ASSERT_LT(medium, big);
  nlohmann::json between = {{"inlineBudget", medium - 1}, {"warnAbove", big - 1}};
  auto strict = lint_with_rule("oversized-function", code, Dialect::JavaScript, between);
  ASSERT_EQ(strict.size(), 2u);
  EXPECT_EQ(strict[0].location.start, (Position{1, 10}));
  EXPECT_EQ(strict[0].severity, Severity::Note);
  EXPECT_NE(strict[0].message.find("over V8's " + std::to_string(medium - 1) + "-byte inlining budget"),
            std::string::npos)
      << strict[0].message;
  EXPECT_EQ(strict[1].severity, Severity::Warning);
  EXPECT_NE(strict[1].message.find(", over " + std::to_string(big - 1) + ": "), std::string::npos) << strict[1].message;
  auto lenient = lint_with_rule("oversized-function", code, Dialect::JavaScript, {{"inlineBudget", big}});
  EXPECT_TRUE(lenient.empty());
}

TEST(OversizedFunction, MethodsAndTypeScript) {
  auto found = lint_with_rule("oversized-function",
                              "class P {\n  parse(a: number[]): number {\n  let s = 0;\n" + body(100) + "  return s;\n  }\n}\n",
                              Dialect::TypeScript);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].location.start, (Position{2, 3}));
  EXPECT_TRUE(found[0].message.starts_with("`parse` has about ")) << found[0].message;
}

TEST(OversizedFunction, DeeplyNestedLiteralsAreMeasured) {
  std::string arrays = "function f() { return " + std::string(10000, '[') + "x" + std::string(10000, ']') + "; }\n";
  std::string objects = "function g() { return ";
  for (int i = 0; i < 10000; ++i) objects += "{a:";
  objects += "x" + std::string(10000, '}') + "; }\n";
  for (const std::string& code : {arrays, objects}) {
    auto found = lint_with_rule("oversized-function", code);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location.start, (Position{1, 10}));
    EXPECT_EQ(found[0].severity, Severity::Warning);
  }
}

TEST(OversizedFunction, DeepNestingDoesNotCrash) {
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "(() => ";
  deep += "1";
  for (int i = 0; i < 10000; ++i) deep += ")";
  EXPECT_TRUE(lint_with_rule("oversized-function", deep + ";\n").empty());
}

}  // namespace
}  // namespace v8lint

namespace v8lint {
namespace {

TEST(FunctionRuleDocs, AreEmbeddedWithEverySection) {
  for (std::string_view id : {"oversized-function", "hot-path-array-callback"}) {
    std::string_view doc = rule_doc(id);
    EXPECT_TRUE(doc.starts_with("# " + std::string(id) + "\n")) << id;
    for (std::string_view section : {"\n## What V8 does\n", "\n## Bad\n", "\n## Good\n", "\n## Options\n"})
      EXPECT_NE(doc.find(section), std::string_view::npos) << id << section;
  }
}

}  // namespace
}  // namespace v8lint
