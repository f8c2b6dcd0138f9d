#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rule_test_util.h"

namespace v8lint {
namespace {

using Findings = std::vector<std::string>;

Findings findings(std::string_view code) { return finding_positions("inconsistent-property-order", code); }

TEST(InconsistentPropertyOrder, IsRegisteredAndDocumented) {
  EXPECT_EQ(missing_rule_parts("inconsistent-property-order"), Findings{});
}

TEST(InconsistentPropertyOrder, SameKeysInAnotherOrder) {
  auto diagnostics = lint_with_rule("inconsistent-property-order", "const a = { x: 1, y: 2 };\nconst b = { y: 2, x: 1 };\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule_id, "inconsistent-property-order");
  EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
  EXPECT_EQ(diagnostics[0].location.start, (Position{2, 11}));
  EXPECT_EQ(diagnostics[0].message,
            "this object literal creates {y, x}, the same keys as {x, y} in another order, so the two get different "
            "hidden classes; write the keys in one order");
  ASSERT_EQ(diagnostics[0].related.size(), 1u);
  EXPECT_EQ(diagnostics[0].related[0].location.start, (Position{1, 11}));
}

TEST(InconsistentPropertyOrder, ShorthandQuotedAndMethodKeys) {
  EXPECT_EQ(findings("const a = { x, y };\nconst b = { 'y': 2, x };\nconst c = { y() {}, x: 1 };\n"),
            (Findings{"inconsistent-property-order 2:11", "inconsistent-property-order 3:11"}));
}

TEST(InconsistentPropertyOrder, IntegerKeysAreElements) {
  EXPECT_EQ(findings("f({ 1: a, x, y });\nf({ y, x });\n"), Findings{"inconsistent-property-order 2:3"});
  EXPECT_EQ(findings("f({ '1': a, x, y });\nf({ y, '01': b, x });\n"), Findings{});  // '01' is a name, not an index
  EXPECT_EQ(findings("f({ '1': a, x, y });\nf({ y, '2': b, x });\n"), Findings{"inconsistent-property-order 2:3"});
}

TEST(InconsistentPropertyOrder, LiteralsThatAreNotCompared) {
  EXPECT_EQ(findings("f({ x, y });\nf({ x, y });\nf({ y, x, z });\nf({ y });\n"), Findings{});
  EXPECT_EQ(findings("f({ x, y });\nf({ y, ...x });\nf({ y, [k]: x });\nf({ y: 1, x, y: 2 });\n"), Findings{});
  EXPECT_EQ(findings("f({ x, y });\nf({ __proto__: p, y, x });\n"), Findings{});
  EXPECT_EQ(findings("const { y, x } = { x: 1, y: 2 };\n"), Findings{});
}

}  // namespace
}  // namespace v8lint
