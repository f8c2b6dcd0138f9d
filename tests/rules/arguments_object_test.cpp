#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rule_test_util.h"

namespace v8lint {
namespace {

using Findings = std::vector<std::string>;

Findings findings(std::string_view code, Dialect dialect = Dialect::JavaScript, nlohmann::json options = {}) {
  return finding_positions("arguments-object", code, dialect, std::move(options));
}

TEST(ArgumentsObject, IsRegisteredAndDocumented) { EXPECT_EQ(missing_rule_parts("arguments-object"), Findings{}); }

TEST(ArgumentsObject, PassedToACall) {
  auto diagnostics = lint_with_rule("arguments-object", "function f() {\n  return g(arguments);\n}\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule_id, "arguments-object");
  EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
  EXPECT_EQ(diagnostics[0].location.start, (Position{2, 12}));
  EXPECT_EQ(diagnostics[0].message,
            "this passes `arguments` to a call, so V8 must allocate a real arguments object; use rest parameters "
            "(`...args`) instead");
}

TEST(ArgumentsObject, UsesV8HandlesWithoutAnObject) {
  EXPECT_EQ(findings("function f() {\n  return g.apply(this, arguments);\n}\n"), Findings{});
  EXPECT_EQ(findings("function f() {\n  return arguments.length + arguments[0] + h(...arguments);\n}\n"), Findings{});
  EXPECT_EQ(findings("function f() {\n  if (typeof arguments[1] === 'function') return 1;\n}\n"), Findings{});
}

TEST(ArgumentsObject, StoredReturnedAndDynamicallyIndexed) {
  EXPECT_EQ(findings("function f() {\n  this.args = arguments;\n}\n"), Findings{"arguments-object 2:15"});
  EXPECT_EQ(findings("function f() {\n  q.push({ args: arguments }, [arguments]);\n}\n"),
            (Findings{"arguments-object 2:18", "arguments-object 2:32"}));
  EXPECT_EQ(findings("function f(x) {\n  var args = arguments, more = x ? [] : arguments;\n}\n"), Findings{});
  EXPECT_EQ(findings("function f() {\n  return (arguments);\n}\n"), Findings{"arguments-object 2:11"});
}

TEST(ArgumentsObject, ComputedIndexOnlyWhenAskedFor) {
  constexpr std::string_view kLoop =
      "'use strict';\nfunction f() {\n  for (let i = 0; i < arguments.length; i++) use(arguments[i]);\n}\n";
  EXPECT_EQ(findings(kLoop), Findings{});
  EXPECT_EQ(findings(kLoop, Dialect::JavaScript, {{"reportComputedIndex", true}}), Findings{"arguments-object 3:50"});
}

TEST(ArgumentsObject, AssignedToOrItsElementWritten) {
  EXPECT_EQ(findings("'use strict';\nfunction f() {\n  arguments[0] = 1;\n}\n"), Findings{"arguments-object 3:3"});
}

TEST(ArgumentsObject, ArrowsUseTheEnclosingFunctionsArguments) {
  EXPECT_EQ(findings("function f() {\n  return () => g(arguments);\n}\n"), Findings{"arguments-object 2:18"});
  EXPECT_EQ(findings("const f = () => g(arguments);\n"), Findings{});
}

TEST(ArgumentsObject, AVariableNamedArgumentsIsNotTheObject) {
  EXPECT_EQ(findings("function f(arguments) {\n  return g(arguments);\n}\n"), Findings{});
}

constexpr std::string_view kPad = "function pad(text, width) {\n  if (arguments.length < 2) width = 8;\n  return text;\n}\n";

TEST(ArgumentsObject, SloppyParameterWriteIsAliased) {
  EXPECT_EQ(findings(kPad), Findings{"arguments-object 2:29"});
}

TEST(ArgumentsObject, StrictCodeHasNoAliasing) {
  EXPECT_EQ(findings("'use strict';\n" + std::string(kPad)), Findings{});
  EXPECT_EQ(findings("import x from 'x';\n" + std::string(kPad)), Findings{});
  EXPECT_EQ(findings("export " + std::string(kPad), Dialect::TypeScript), Findings{});
  EXPECT_EQ(findings("class A {\n  pad(text, width) {\n    if (arguments.length < 2) width = 8;\n  }\n}\n"), Findings{});
  EXPECT_EQ(findings("function pad(text, width = 8) {\n  if (arguments.length < 2) width = 8;\n}\n"), Findings{});
}

TEST(ArgumentsObject, SurvivesDeepNesting) {
  std::string code(10000, '{');
  code += "function f(a) { a = 1; return g(arguments); }" + std::string(10000, '}') + "\n";
  EXPECT_EQ(findings(code), Findings{"arguments-object 1:10033"});
}

}  // namespace
}  // namespace v8lint
