#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rule_test_util.h"

namespace v8lint {
namespace {

using Findings = std::vector<std::string>;

Findings findings(std::string_view code) { return finding_positions("holey-array", code); }

TEST(HoleyArray, IsRegisteredAndDocumented) { EXPECT_EQ(missing_rule_parts("holey-array"), Findings{}); }

TEST(HoleyArray, SizedArrayConstructor) {
  auto diagnostics = lint_with_rule("holey-array", "const squares = new Array(n);\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule_id, "holey-array");
  EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
  EXPECT_EQ(diagnostics[0].location.start, (Position{1, 17}));
  EXPECT_EQ(diagnostics[0].message,
            "`Array(n)` creates an array of n holes, so it is HOLEY for good; build it packed with `[]` and `push`, "
            "or `Array.from({ length: n }, fn)`");
  EXPECT_EQ(findings("const b = Array(5);\nconst c = new Array(list.length * 2);\n"),
            (Findings{"holey-array 1:11", "holey-array 2:11"}));
}

TEST(HoleyArray, FillDoesNotMakeItPacked) {
  auto diagnostics = lint_with_rule("holey-array", "const zeros = new Array(n).fill(0);\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].location.start, (Position{1, 15}));
  EXPECT_NE(diagnostics[0].message.find("(`.fill()` does not make it packed again)"), std::string::npos);
}

TEST(HoleyArray, ConstructorsWithoutALength) {
  EXPECT_EQ(findings("new Array();\nnew Array(0);\nnew Array('a');\nnew Array(1, 2);\nArray.from({ length: n });\n"),
            Findings{});
}

TEST(HoleyArray, LiteralsWithHoles) {
  EXPECT_EQ(findings("const row = [1, , 3];\nconst lead = [, 1];\n"), (Findings{"holey-array 1:13", "holey-array 2:14"}));
  EXPECT_EQ(findings("const a = [1, 2,];\nconst b = [];\nconst c = [\n  1, // one\n  2,\n];\n"), Findings{});
}

TEST(HoleyArray, WritesPastLength) {
  EXPECT_EQ(findings("a[a.length + 1] = 1;\n"), Findings{"holey-array 1:1"});
  EXPECT_EQ(findings("a[a.length] = 1;\na[b.length + 1] = 1;\n"), Findings{});
}

TEST(HoleyArray, ConstantIndexBeyondTheEndOfAnEmptyLiteral) {
  auto diagnostics = lint_with_rule("holey-array", "const list = [];\nlist[0] = 'a';\nlist[2] = 'c';\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].location.start, (Position{3, 1}));
  EXPECT_EQ(diagnostics[0].message,
            "`list` holds 1 element(s) here, so writing index 2 leaves holes and makes it HOLEY for good");
  ASSERT_EQ(diagnostics[0].related.size(), 1u);
  EXPECT_EQ(diagnostics[0].related[0].location.start, (Position{1, 14}));
  EXPECT_EQ(findings("const list = [];\nlist.push(1, 2);\nlist[2] = 3;\nlist[0] = 4;\n"), Findings{});
  EXPECT_EQ(findings("let list = [];\nlist = other;\nlist[5] = 3;\n"), Findings{});
  EXPECT_EQ(findings("const list = [1];\nlist[5] = 3;\n"), Findings{});
}

TEST(HoleyArray, DeletedElement) {
  EXPECT_EQ(findings("const list = [1, 2];\ndelete list[0];\ndelete o.a;\n"), Findings{"holey-array 2:1"});
}

}  // namespace
}  // namespace v8lint
