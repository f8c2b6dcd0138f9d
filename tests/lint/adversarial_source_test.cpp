// Hostile source bytes through the whole linter with every static rule on:
// invalid UTF-8, lone UTF-16 surrogates, NUL bytes, 100,000-deep nesting.
// Each must give the same findings a clean file would, never a crash or hang.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "every_rule_config.h"
#include "lint/file_linter.h"

namespace v8lint {
namespace {

using namespace std::string_literals;
using Findings = std::vector<std::string>;

// "rule line:column" per finding, in report order.
Findings lint_all(const std::string& code, Dialect dialect = Dialect::JavaScript) {
  Findings out;
  for (const Diagnostic& d : lint_source(SourceText("adversarial.js", code), dialect, every_rule_config()))
    out.push_back(d.rule_id + " " + std::to_string(d.location.start.line) + ":" +
                  std::to_string(d.location.start.column));
  return out;
}

const std::string kDelete = "const o = { a: 1 };\ndelete o.a;\n";  // delete-property at the second line, column 1

TEST(AdversarialSource, InvalidUtf8InStringsAndComments) {
  // A lone continuation byte and a truncated 3-byte sequence count one UTF-16
  // unit per byte; the overlong NUL (C0 80) is one well-formed-looking pair: one unit.
  std::string code = "const s = \"\x80\xE2\x82\";  /* \xC0\x80 */ const t = 1; delete o.a;\n" + kDelete;
  EXPECT_EQ(lint_all(code), (Findings{"delete-property 1:40", "delete-property 3:1"}));
}

TEST(AdversarialSource, InvalidUtf8InAnIdentifier) {
  EXPECT_EQ(lint_all("const \xFF\xFE = 1;\n" + kDelete), (Findings{"delete-property 3:1", "parse-error 1:1"}));
}

TEST(AdversarialSource, LoneSurrogatesInStringsAndIdentifiers) {
  // Escaped (\uD800) and raw (CESU-8 bytes ED A0 80) lone surrogates.
  std::string code = "const s = '\\uD800', t = '\xED\xA0\x80';\nvar \\uD800x = 1;\n" + kDelete;
  EXPECT_EQ(lint_all(code), (Findings{"delete-property 4:1"}));
  EXPECT_EQ(lint_all(code, Dialect::TypeScript), (Findings{"delete-property 4:1"}));
}

TEST(AdversarialSource, NulBytes) {
  std::string code = "const a = 'x\0y';\0\0\n"s + kDelete + "\0"s;
  EXPECT_EQ(lint_all(code), (Findings{"delete-property 3:1", "parse-error 1:13"}));
}

TEST(AdversarialSource, HundredThousandDeepArraysAndParentheses) {
  const size_t depth = 100000;
  std::string arrays = "const deep = " + std::string(depth, '[') + "1" + std::string(depth, ']') + ";\n";
  std::string parens = "const p = " + std::string(depth, '(') + "1" + std::string(depth, ')') + ";\n";
  EXPECT_EQ(lint_all(arrays + kDelete), (Findings{"delete-property 3:1"}));
  EXPECT_EQ(lint_all(parens + kDelete, Dialect::TypeScript), (Findings{"delete-property 3:1"}));
}

// Found by fuzz_lint: a TS class name read its parent frame after the frame
// stack had grown (heap-use-after-free under make test-sanitize). Class names
// at every depth up to 64 cross each reallocation of that stack.
TEST(AdversarialSource, ClassNamesAtEveryNestingDepth) {
  std::string code;
  for (int depth = 0; depth < 64; ++depth)
    code += std::string(depth, '{') + "class C" + std::to_string(depth) + " {}" + std::string(depth, '}') + "\n";
  EXPECT_EQ(lint_all(code + kDelete, Dialect::TypeScript), (Findings{"delete-property 66:1"}));
}

}  // namespace
}  // namespace v8lint
