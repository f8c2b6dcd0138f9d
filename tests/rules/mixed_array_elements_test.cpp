#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rule_test_util.h"

namespace v8lint {
namespace {

using Findings = std::vector<std::string>;

Findings findings(std::string_view code, nlohmann::json options = {}) {
  return finding_positions("mixed-array-elements", code, Dialect::JavaScript, std::move(options));
}

const nlohmann::json kLiterals = {{"literals", true}};

TEST(MixedArrayElements, IsRegisteredAndDocumented) { EXPECT_EQ(missing_rule_parts("mixed-array-elements"), Findings{}); }

TEST(MixedArrayElements, NumbersThenOtherValuesInALiteral) {
  EXPECT_EQ(findings("const a = [1, 2, 'total'];\n"), Findings{});
  auto diagnostics = lint_with_rule("mixed-array-elements", "const a = [1, 2, 'total'];\n", Dialect::JavaScript, kLiterals);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule_id, "mixed-array-elements");
  EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
  EXPECT_EQ(diagnostics[0].location.start, (Position{1, 18}));
  EXPECT_EQ(diagnostics[0].message,
            "a non-number here moves the array from SMI to generic elements, for good; keep one kind of value per "
            "array");
  ASSERT_EQ(diagnostics[0].related.size(), 1u);
  EXPECT_EQ(diagnostics[0].related[0].location.start, (Position{1, 12}));
  EXPECT_EQ(diagnostics[0].related[0].message, "the array starts with a small integer here");
  EXPECT_EQ(findings("const c = [0.5, null];\n", kLiterals), Findings{"mixed-array-elements 1:17"});
  EXPECT_EQ(findings("const d = [1, 2.5, 'a'];\n", kLiterals), Findings{"mixed-array-elements 1:20"});
}

TEST(MixedArrayElements, LiteralOfIntegersAndDoublesIsADoubleArray) {
  EXPECT_EQ(findings("[1, 2, 2.5];\n[1, 1e10];\n[1, -0, NaN];\n", kLiterals), Findings{});
}

TEST(MixedArrayElements, NumberLiteralTextAfterCreation) {
  EXPECT_EQ(findings("const a = [1];\na.push(1e10);\nconst b = [1];\nb.push(-0);\nconst c = [1];\nc.push(0x10, 1_000, -3, 1.0);\n"),
            (Findings{"mixed-array-elements 2:8", "mixed-array-elements 4:8"}));
  EXPECT_EQ(findings("const a = [1, 0.5];\na.push('x');\n"), Findings{"mixed-array-elements 2:8"});
}

TEST(MixedArrayElements, ArraysThatNeverChangeKind) {
  EXPECT_EQ(findings("['a', 1];\n[0.5, 1];\n[{}, 'x', null];\n[1, f(), g.h];\n[];\n", kLiterals), Findings{});
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
  EXPECT_EQ(findings("const NAME = 'n';\nconst xs = [1, NAME];\n", kLiterals), Findings{"mixed-array-elements 2:16"});
  EXPECT_EQ(findings("const HALF = 0.5;\nconst xs = [1];\nxs.push(HALF);\n"), Findings{"mixed-array-elements 3:9"});
}

}  // namespace
}  // namespace v8lint
