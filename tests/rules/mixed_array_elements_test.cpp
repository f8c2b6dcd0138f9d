#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rule_test_util.h"

namespace v8lint {
namespace {

using Findings = std::vector<std::string>;

Findings findings(std::string_view code) { return finding_positions("mixed-array-elements", code); }

TEST(MixedArrayElements, IsRegisteredAndDocumented) { EXPECT_EQ(missing_rule_parts("mixed-array-elements"), Findings{}); }

TEST(MixedArrayElements, SmallIntegersThenADouble) {
  auto diagnostics = lint_with_rule("mixed-array-elements", "const a = [1, 2, 2.5];\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule_id, "mixed-array-elements");
  EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
  EXPECT_EQ(diagnostics[0].location.start, (Position{1, 18}));
  EXPECT_EQ(diagnostics[0].message,
            "a double here moves the array from SMI to DOUBLE elements, for good; keep one kind of value per array");
  ASSERT_EQ(diagnostics[0].related.size(), 1u);
  EXPECT_EQ(diagnostics[0].related[0].location.start, (Position{1, 12}));
  EXPECT_EQ(diagnostics[0].related[0].message, "the array starts with a small integer here");
}

TEST(MixedArrayElements, NumbersThenOtherValues) {
  EXPECT_EQ(findings("const b = [1, 'a'];\n"), Findings{"mixed-array-elements 1:15"});
  EXPECT_EQ(findings("const c = [0.5, null];\n"), Findings{"mixed-array-elements 1:17"});
  EXPECT_EQ(findings("const d = [1, 2.5, 'a'];\n"), Findings{"mixed-array-elements 1:15"});
}

TEST(MixedArrayElements, NumberLiteralText) {
  EXPECT_EQ(findings("[1, 1e10];\n[1, -0];\n[1, NaN];\n[1, 0x10, 1_000, -3];\n[1.0, 2];\n"),
            (Findings{"mixed-array-elements 1:5", "mixed-array-elements 2:5", "mixed-array-elements 3:5"}));
}

TEST(MixedArrayElements, ArraysThatNeverChangeKind) {
  EXPECT_EQ(findings("['a', 1];\n[0.5, 1];\n[{}, 'x', null];\n[1, f(), g.h];\n[];\n"), Findings{});
}

TEST(MixedArrayElements, PushesAndIndexWritesToOneVariable) {
  auto diagnostics = lint_with_rule("mixed-array-elements", "const xs = [];\nxs.push(1);\nxs.push(0.5);\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].location.start, (Position{3, 9}));
  ASSERT_EQ(diagnostics[0].related.size(), 1u);
  EXPECT_EQ(diagnostics[0].related[0].location.start, (Position{2, 9}));
  EXPECT_EQ(findings("const xs = [1];\nxs[1] = 'a';\n"), Findings{"mixed-array-elements 2:9"});
  EXPECT_EQ(findings("let xs = [1];\nxs = other;\nxs.push('a');\n"), Findings{});
  EXPECT_EQ(findings("const o = [1];\no['key'] = 'a';\n"), Findings{});
}

TEST(MixedArrayElements, ConstantsCountAsTheirLiteral) {
  EXPECT_EQ(findings("const HALF = 0.5;\nconst xs = [1, HALF];\n"), Findings{"mixed-array-elements 2:16"});
}

}  // namespace
}  // namespace v8lint
