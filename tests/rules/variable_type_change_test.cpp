#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "rule_test_util.h"

namespace v8lint {
namespace {

std::vector<std::string> findings(std::string_view code, Dialect dialect = Dialect::JavaScript,
                                  nlohmann::json options = {}) {
  return finding_positions("variable-type-change", code, dialect, std::move(options));
}

using Findings = std::vector<std::string>;

TEST(VariableTypeChange, IsRegisteredAndDocumented) {
  EXPECT_EQ(missing_rule_parts("variable-type-change"), std::vector<std::string>{});
}

TEST(VariableTypeChange, ReportsTheAssignmentThatChangesTheKind) {
  auto diagnostics = lint_with_rule("variable-type-change", "let total = 0;\ntotal = 'none';\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  const Diagnostic& d = diagnostics[0];
  EXPECT_EQ(d.rule_id, "variable-type-change");
  EXPECT_EQ(d.severity, Severity::Warning);
  EXPECT_EQ(d.location.start, (Position{2, 9}));
  EXPECT_EQ(d.location.end, (Position{2, 15}));
  EXPECT_EQ(d.message, "`total` changes from number to string; V8 must generalize its representation");
  ASSERT_EQ(d.related.size(), 1u);
  EXPECT_EQ(d.related[0].location.start, (Position{1, 13}));
  EXPECT_EQ(d.related[0].message, "`total` first holds a number here");
  using Property = std::pair<std::string, std::variant<int64_t, std::string>>;
  EXPECT_EQ(d.properties, (std::vector<Property>{{"variable", std::string("total")},
                                                 {"fromKind", std::string("number")},
                                                 {"toKind", std::string("string")}}));
}

TEST(VariableTypeChange, RelatedMessageReadsNaturallyForEveryKind) {
  auto diagnostics = lint_with_rule("variable-type-change", "let list = [];\nlist = {};\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].message, "`list` changes from array to object; V8 must generalize its representation");
  EXPECT_EQ(diagnostics[0].related.at(0).message, "`list` first holds an array here");
}

TEST(VariableTypeChange, VarAndParametersToo) {
  EXPECT_EQ(findings("var v = true;\nv = 1;\n"), Findings{"variable-type-change 2:5"});
  EXPECT_EQ(findings("function f(limit = 10) {\n  limit = 'ten';\n}\n"), Findings{"variable-type-change 2:11"});
  EXPECT_EQ(findings("function f(a) {\n  a = 1;\n  a = [];\n}\n"), Findings{"variable-type-change 3:7"});
}

TEST(VariableTypeChange, OneFindingPerDistinctLaterKind) {
  EXPECT_EQ(findings("let x = 0;\nx = 'a';\nx = 'b';\nx = {};\nx = 1;\nx = {};\n"),
            (Findings{"variable-type-change 2:5", "variable-type-change 4:5"}));
}

TEST(VariableTypeChange, ConstIsNotReported) {
  EXPECT_EQ(findings("const c = 1;\nc = 'x';\n"), Findings{});
}

TEST(VariableTypeChange, InnerShadowingLetIsADifferentVariable) {
  EXPECT_EQ(findings("let x = 1;\n{\n  let x = 'a';\n  x = 'b';\n}\nx = 2;\n"), Findings{});
  EXPECT_EQ(findings("let x = 1;\nfunction f(x) {\n  x = 'a';\n}\n"), Findings{});
}

TEST(VariableTypeChange, ClosureAssigningAnOuterVariable) {
  EXPECT_EQ(findings("let state = 0;\nconst reset = () => {\n  state = null;\n  state = 'idle';\n};\n"),
            Findings{"variable-type-change 4:11"});
}

TEST(VariableTypeChange, VarAssignedBeforeItsDeclarationIsHoisted) {
  EXPECT_EQ(findings("function f() {\n  x = 1;\n  var x = 'one';\n}\nvar x = 'global';\n"),
            Findings{"variable-type-change 3:11"});
}

TEST(VariableTypeChange, DestructuredValuesAreUnknown) {
  EXPECT_EQ(findings("let { a } = obj;\na = 1;\nlet [b] = arr;\nb = 's';\nlet c = 1, d = 2;\n[c, d] = [d, 'x'];\n"),
            Findings{});
}

TEST(VariableTypeChange, CatchParametersAndLoopHeads) {
  EXPECT_EQ(findings("try { f(); } catch (err) {\n  err = 'x';\n}\n"), Findings{});
  EXPECT_EQ(findings("for (let item of items) {\n  item = 1;\n}\n"), Findings{});
  EXPECT_EQ(findings("for (let key in obj) {\n  key = 1;\n}\n"), Findings{"variable-type-change 2:9"});
  EXPECT_EQ(findings("for (let i = 0; i < 3; i++) {\n  i = 'done';\n}\n"), Findings{"variable-type-change 2:7"});
  EXPECT_EQ(findings("let k = 0;\nfor (k in obj) {}\nfor (k of list) {}\n"), Findings{"variable-type-change 2:6"});
}

TEST(VariableTypeChange, TypeScriptAnnotatedParameters) {
  EXPECT_EQ(findings("function f(a: number = 0, b?: string): void {\n  a = a + 1;\n  b = 'x';\n}\n",
                     Dialect::TypeScript),
            Findings{});
  EXPECT_EQ(findings("function f(a: any = 0) {\n  a = 'zero' as any;\n}\n", Dialect::TypeScript),
            Findings{"variable-type-change 2:7"});
  EXPECT_EQ(findings("let n: number | string = 0;\nn = <string>'s';\n", Dialect::TypeScript),
            Findings{"variable-type-change 2:5"});
}

TEST(VariableTypeChange, AmbientDeclarationsHaveNoImplicitUndefined) {
  EXPECT_EQ(findings("declare let port: number;\nport = 80;\n", Dialect::TypeScript, {{"undefinedIsAKind", true}}),
            Findings{});
  EXPECT_EQ(findings("let port: number;\nport = 80;\n", Dialect::TypeScript, {{"undefinedIsAKind", true}}),
            Findings{"variable-type-change 2:8"});
}

TEST(VariableTypeChange, SyntaxErrorsElsewhereDoNotHideFindings) {
  EXPECT_EQ(findings("let n = 0;\nn = 'x';\nfunction (\n"), (Findings{"variable-type-change 2:5", "parse-error 3:1"}));
}

TEST(VariableTypeChange, ByteOrderMarkAndCrlfKeepPositions) {
  EXPECT_EQ(findings("\xEF\xBB\xBFlet x = 0;\r\nx = 'a';\r\n"), Findings{"variable-type-change 2:5"});
  EXPECT_EQ(findings("let s = '\xC3\xA9\xF0\x9F\x98\x80'; s = 1;\n"), Findings{"variable-type-change 1:20"});
}

TEST(VariableTypeChange, JsxAndTsxFiles) {
  EXPECT_EQ(findings("let title = 'a';\nif (x) title = 0;\nconst el = <h1 id={title}>{title}</h1>;\n"),
            Findings{"variable-type-change 2:16"});
  EXPECT_EQ(findings("let title: any = 'a';\ntitle = 0;\nconst el = <h1>{title}</h1>;\n", Dialect::Tsx),
            Findings{"variable-type-change 2:9"});
}

TEST(VariableTypeChange, NullOrUndefinedFirstIsNotAChangeByDefault) {
  EXPECT_EQ(findings("let conn = null;\nconn = {};\n"), Findings{});
  EXPECT_EQ(findings("let later;\nlater = 5;\n"), Findings{});
  EXPECT_EQ(findings("let v = 1;\nv = undefined;\nv = null;\n"), Findings{});
}

TEST(VariableTypeChange, OptionsMakeNullAndUndefinedKinds) {
  EXPECT_EQ(findings("let conn = null;\nconn = {};\n", Dialect::JavaScript, {{"nullIsAKind", true}}),
            Findings{"variable-type-change 2:8"});
  EXPECT_EQ(findings("let conn = null;\nconn = {};\n", Dialect::JavaScript, {{"undefinedIsAKind", true}}), Findings{});
  EXPECT_EQ(findings("let later;\nlater = 5;\n", Dialect::JavaScript, {{"undefinedIsAKind", true}}),
            Findings{"variable-type-change 2:9"});
}

TEST(VariableTypeChange, ArithmeticKeepsTheKind) {
  EXPECT_EQ(findings("let x = 0;\nx = x + 1;\nx *= 2;\nx++;\n"), Findings{});
  EXPECT_EQ(findings("let s = 'a';\ns += 1;\ns = s + 2;\n"), Findings{});
  EXPECT_EQ(findings("let big = 1n;\nbig = big * 2n;\nbig++;\n"), Findings{});
}

TEST(VariableTypeChange, ConcatenatingAStringChangesANumber) {
  EXPECT_EQ(findings("let n = 0;\nn = n + '';\n"), Findings{"variable-type-change 2:5"});
  EXPECT_EQ(findings("let n = 0;\nn += 'px';\n"), Findings{"variable-type-change 2:1"});
  EXPECT_EQ(findings("let s = '1';\ns++;\n"), Findings{"variable-type-change 2:1"});
}

TEST(VariableTypeChange, UnknownValuesNeverTrigger) {
  EXPECT_EQ(findings("let a = compute();\na = 1;\na = load();\n"), Findings{});
  EXPECT_EQ(findings("let b = 1;\nb = JSON.parse(text);\nb = await fetchIt();\nb = cond ? 1 : 'x';\n"), Findings{});
  EXPECT_EQ(findings("let c = 1;\nc = other;\nc = obj.prop;\nc = arr[0];\n"), Findings{});
}

TEST(VariableTypeChange, KnownBuiltinsAndConstReferences) {
  EXPECT_EQ(findings("let id = 0;\nid = String(id);\n"), Findings{"variable-type-change 2:6"});
  EXPECT_EQ(findings("const LABEL = 'n/a';\nlet v = 0;\nv = LABEL;\n"), Findings{"variable-type-change 3:5"});
  EXPECT_EQ(findings("let when = Date.now();\nwhen = new Date();\n"), Findings{"variable-type-change 2:8"});
  EXPECT_EQ(findings("function String(x) { return 1; }\nlet id = 0;\nid = String(id);\n"), Findings{});
}

TEST(VariableTypeChange, SurvivesDeepNesting) {
  std::string code = "let x = 0;\n";
  for (int i = 0; i < 10000; ++i) code += "{";
  code += "x = " + std::string(10000, '(') + "'s'" + std::string(10000, ')') + ";";
  for (int i = 0; i < 10000; ++i) code += "}";
  EXPECT_EQ(findings(code), Findings{"variable-type-change 2:10005"});
}

}  // namespace
}  // namespace v8lint

namespace v8lint {
namespace {

TEST(VariableTypeChange, ParameterPassedDifferentKindsByItsCallSites) {
  const char* code =
      "function add(a, b) { return a + b; }\n"
      "add(1, 2);\n"
      "add(0.5, x);\n"          // a number again; x unknown: no change
      "add('a', 'b');\n"
      "const make = (v) => v;\n"  // not a function declaration: not followed
      "make(1); make('1');\n"
      "class P { constructor(v) {} } new P(2); new P([2]);\n"
      "add(...rest, 'c');\n";    // positions after a spread are unknown
  EXPECT_EQ(findings(code), (std::vector<std::string>{"variable-type-change 4:5", "variable-type-change 4:10",
                                                      "variable-type-change 7:47"}));
  auto diagnostics = lint_with_rule("variable-type-change", code);
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_EQ(diagnostics[0].message,
            "parameter `a` is passed a string here and a number elsewhere; V8 must generalize its representation");
  ASSERT_EQ(diagnostics[0].related.size(), 1u);
  EXPECT_EQ(diagnostics[0].related[0].location.start, (Position{2, 5}));
  EXPECT_EQ(diagnostics[0].related[0].message, "`a` is passed a number here");
}

}  // namespace
}  // namespace v8lint
