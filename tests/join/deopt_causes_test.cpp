// Type deopts joined to their static cause, on the recorded corpus logs of
// every Node version.
#include "join/deopt_causes.h"

#include <gtest/gtest.h>

#include "../trace/trace_test_support.h"
#include "join_test_support.h"

namespace v8lint::join {
namespace {
using namespace trace::testing_support;
using namespace testing_support;

const Diagnostic* find_deopt(const std::vector<Diagnostic>& found, uint32_t line, uint32_t column,
                             const std::string& reason) {
  for (const Diagnostic& d : found) {
    if (d.rule_id == "deopt" && d.location.start == Position{line, column} && text_property(d, "reason") == reason)
      return &d;
  }
  return nullptr;
}

// The deopt names its first cause, lists every cause as related location, and
// each cause points back at the deopt.
void expect_cause(const std::vector<Diagnostic>& found, const Diagnostic& deopt, const std::string& rule,
                  Position cause_at, size_t causes) {
  EXPECT_EQ(text_property(deopt, "cause_rule"), rule);
  EXPECT_EQ(int_property(deopt, "cause_line"), cause_at.line);
  EXPECT_EQ(int_property(deopt, "cause_column"), cause_at.column);
  EXPECT_EQ(int_property(deopt, "causes"), static_cast<int64_t>(causes));
  std::string suffix = "; likely cause: " + rule + " at " + std::to_string(cause_at.line) + ":" + std::to_string(cause_at.column);
  EXPECT_TRUE(deopt.message.ends_with(suffix)) << deopt.message;
  auto related = std::find_if(deopt.related.begin(), deopt.related.end(),
                              [&](const RelatedLocation& r) { return r.location.start == cause_at; });
  ASSERT_NE(related, deopt.related.end());
  EXPECT_TRUE(related->message.starts_with("likely cause (" + rule + "): ")) << related->message;
  const Diagnostic* cause = find_diagnostic(found, rule, cause_at.line, cause_at.column);
  ASSERT_NE(cause, nullptr);
  std::string back = "V8 deoptimized optimized code here because of this (" + text_property(deopt, "reason") + ")";
  EXPECT_NE(std::find_if(cause->related.begin(), cause->related.end(),
                         [&](const RelatedLocation& r) {
                           return r.location.start == deopt.location.start && r.message == back;
                         }),
            cause->related.end());
}

// add()'s `a + b` (18:12, V8 places it at the `+`) gets strings through
// sumPairs(first, second) and phase(first, second) from phase('a', 'b').
TEST(DeoptCauses, TypeChangeStringDeoptIsCausedByTheStringArgumentsOnEveryNodeVersion) {
  for_every_node_version("type-change", [](int, const JoinOutcome& outcome) {
    const Diagnostic* deopt = find_deopt(outcome.diagnostics, 18, 12, "not a Number or Oddball");
    ASSERT_NE(deopt, nullptr);
    expect_cause(outcome.diagnostics, *deopt, "variable-type-change", {39, 23}, 2);
    EXPECT_EQ(deopt->related.back().location.start, (Position{39, 28}));  // `second` gets 'b'

    // "not a Smi" comes earlier, from phase(0.5, 0.25): the doubles, which no
    // static rule reports, are shown instead of the later strings.
    const Diagnostic* smi = find_deopt(outcome.diagnostics, 18, 12, "not a Smi");
    ASSERT_NE(smi, nullptr);
    EXPECT_EQ(text_property(*smi, "cause_rule"), "<missing>");
    EXPECT_EQ(int_property(*smi, "double_arguments"), 2);
    ASSERT_GE(smi->related.size(), 2u);
    EXPECT_EQ(smi->related[smi->related.size() - 2].location.start, (Position{38, 23}));
    EXPECT_EQ(smi->related.back().location.start, (Position{38, 28}));
    EXPECT_EQ(smi->related.back().message, "a non-integer number reaches the operand from here: not a small integer (Smi)");
  });
}

// lengthSquared()'s `p.x` (28:12, V8 places it at `x`) and the dependency
// deopts of sumLengths() (31:20, its own position: code thrown away when
// Point.x generalizes) read the field that new Point('far', 2) makes a string.
TEST(DeoptCauses, FieldRepresentationDeoptsAreCausedByTheFieldChangeOnEveryNodeVersion) {
  for_every_node_version("field-representation", [](int version, const JoinOutcome& outcome) {
    const Diagnostic* wrong_map = find_deopt(outcome.diagnostics, 28, 12, "wrong map");
    ASSERT_NE(wrong_map, nullptr);
    expect_cause(outcome.diagnostics, *wrong_map, "property-type-change", {48, 32}, 1);
    std::string dependency = version <= 22 ? "code dependencies" : "dependent field representation changed";
    const Diagnostic* thrown_away = find_deopt(outcome.diagnostics, 31, 20, dependency);
    ASSERT_NE(thrown_away, nullptr);
    expect_cause(outcome.diagnostics, *thrown_away, "property-type-change", {48, 32}, 1);
  });
}

TEST(DeoptCauses, OnlyTypeReasonsAreExplained) {
  EXPECT_TRUE(is_type_reason("not a Smi"));
  EXPECT_TRUE(is_type_reason("not a Number or Oddball"));
  EXPECT_TRUE(is_type_reason("Insufficient type feedback for generic named access"));
  EXPECT_TRUE(is_type_reason("dependent field representation changed"));
  EXPECT_FALSE(is_type_reason("prepare for on stack replacement (OSR)"));
  EXPECT_FALSE(is_type_reason("out of bounds"));
}

TEST(ArgumentFeeds, FollowsParametersPassedOnToTheLiteralArguments) {
  const char* code =
      "function inner(a) { return a + 1; }\n"
      "function outer(x, y) { return inner(y); }\n"
      "outer(1, 'two');\n"
      "outer(3, four);\n"
      "inner(5);\n";
  ParsedScript script("feeds.js", code, Dialect::JavaScript);
  ScriptCache scripts;
  ArgumentFeeds feeds(scripts, {});
  std::vector<std::string> reaching;
  for (const FedArgument& argument : feeds.arguments_reaching(script, "a", script.function_at({1, 15})))
    reaching.push_back(std::string(script.tree().text(argument.node)));
  // `four` is a global: not a parameter, so no further; 5 comes straight in.
  EXPECT_EQ(reaching, (std::vector<std::string>{"'two'", "5"}));
  EXPECT_TRUE(feeds.arguments_reaching(script, "b", script.function_at({1, 15})).empty());
}

}  // namespace
}  // namespace v8lint::join
