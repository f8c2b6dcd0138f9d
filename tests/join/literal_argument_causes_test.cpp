// A type deopt explained by the literal arguments its check rejects, when no
// static finding explains it: a literal passed straight to a function of
// another module is reported by no static rule.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../trace/trace_test_support.h"
#include "join/deopt_causes.h"

namespace v8lint::join {
namespace {
using namespace trace::testing_support;

const char* const kGeometry = "export function area(w, h) {\n  return w * h;\n}\n";

// The deopt V8 reports at `w * h` (2:10, at the operator) with `reason`.
Diagnostic deopt_at_multiply(const std::string& path, const std::string& reason) {
  Diagnostic deopt;
  deopt.rule_id = "deopt";
  deopt.location.path = path;
  deopt.location.start = {2, 12};
  deopt.location.end = {2, 13};
  deopt.properties.emplace_back("reason", reason);
  return deopt;
}

struct Linked {
  Diagnostic deopt;
  std::string main_path;
};

Linked link_deopt(const std::string& main_text, const std::string& reason,
                  std::vector<Diagnostic> static_findings = {}) {
  ScratchDir dir;
  std::string geometry = dir.write("geometry.js", kGeometry);
  std::string main = dir.write("main.js", main_text);
  ScriptCache scripts;
  std::vector<Diagnostic> trace_findings = {deopt_at_multiply(geometry, reason)};
  DeoptCauses(scripts, {geometry, main}).link(trace_findings, static_findings);
  return {trace_findings.front(), main};
}

TEST(LiteralArgumentCauses, StringLiteralFromAnotherModuleFailsTheSmiCheck) {
  Linked linked = link_deopt("import { area } from './geometry.js';\narea(2, 3);\narea('4', 3);\n", "not a Smi");
  const Diagnostic& deopt = linked.deopt;
  EXPECT_EQ(int_property(deopt, "string_arguments"), 1);
  EXPECT_EQ(int_property(deopt, "double_arguments"), -1);
  ASSERT_EQ(deopt.related.size(), 1u);
  EXPECT_EQ(deopt.related[0].location.path, linked.main_path);
  EXPECT_EQ(deopt.related[0].location.start, (Position{3, 6}));
  EXPECT_EQ(deopt.related[0].message, "a string reaches the operand from here: not a small integer (Smi)");
}

TEST(LiteralArgumentCauses, DoublesExplainTheSmiCheckBeforeAnyOtherKind) {
  Linked linked = link_deopt("import { area } from './geometry.js';\narea(2, 3);\narea(0.5, 3);\narea('4', 3);\n",
                             "not a Smi");
  EXPECT_EQ(int_property(linked.deopt, "double_arguments"), 1);
  EXPECT_EQ(int_property(linked.deopt, "string_arguments"), -1);
  ASSERT_EQ(linked.deopt.related.size(), 1u);
  EXPECT_EQ(linked.deopt.related[0].location.start, (Position{3, 6}));
}

TEST(LiteralArgumentCauses, OddballsPassANumberOrOddballCheckAndObjectsDoNot) {
  Linked linked = link_deopt(
      "import { area } from './geometry.js';\narea(true, 3);\narea(null, 3);\narea({}, 3);\n",
      "not a Number or Oddball");
  EXPECT_EQ(int_property(linked.deopt, "object_arguments"), 1);
  EXPECT_EQ(int_property(linked.deopt, "boolean_arguments"), -1);
  EXPECT_EQ(int_property(linked.deopt, "null_arguments"), -1);
  ASSERT_EQ(linked.deopt.related.size(), 1u);
  EXPECT_EQ(linked.deopt.related[0].location.start, (Position{4, 6}));
  EXPECT_EQ(linked.deopt.related[0].message, "an object reaches the operand from here: not a Number or Oddball");
}

TEST(LiteralArgumentCauses, IntegersFailAStringCheck) {
  Linked linked = link_deopt("import { area } from './geometry.js';\narea('a', 'b');\narea(7, 'b');\n", "not a String");
  EXPECT_EQ(int_property(linked.deopt, "number_arguments"), 1);
  ASSERT_EQ(linked.deopt.related.size(), 1u);
  EXPECT_EQ(linked.deopt.related[0].location.start, (Position{3, 6}));
}

TEST(LiteralArgumentCauses, NoLiteralIsShownForAReasonThatIsNotAValueCheck) {
  Linked linked = link_deopt("import { area } from './geometry.js';\narea('4', 3);\n", "wrong map");
  EXPECT_TRUE(linked.deopt.related.empty());
}

// variable-type-change reports run()'s parameter at the call that passes
// 'x' (3:5): that finding, not the literal again, is the cause.
TEST(LiteralArgumentCauses, AStaticCauseIsShownInsteadOfTheLiterals) {
  std::string main_text = "import { area } from './geometry.js';\nfunction run(v) { return area(v, 3); }\nrun(2); run('x');\n";
  Linked probe = link_deopt(main_text, "not a Smi");
  ASSERT_EQ(probe.deopt.related.size(), 1u);  // without the static finding: the string literal
  EXPECT_EQ(probe.deopt.related[0].location.start, (Position{3, 13}));
  Diagnostic change;
  change.rule_id = "variable-type-change";
  change.location.path = probe.main_path;
  change.location.start = {3, 13};
  change.properties.emplace_back("variable", std::string("v"));
  Linked linked = link_deopt(main_text, "not a Smi", {change});
  EXPECT_EQ(text_property(linked.deopt, "cause_rule"), "variable-type-change");
  EXPECT_EQ(int_property(linked.deopt, "string_arguments"), -1);
  EXPECT_EQ(linked.deopt.related.size(), 1u);
}

}  // namespace
}  // namespace v8lint::join
