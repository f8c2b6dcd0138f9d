#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "rule_test_util.h"

namespace v8lint {
namespace {

std::vector<std::string> findings(std::string_view code, Dialect dialect = Dialect::JavaScript,
                                  nlohmann::json options = {}) {
  return finding_positions("property-type-change", code, dialect, std::move(options));
}

using Findings = std::vector<std::string>;

constexpr std::string_view kCounter = R"(class Counter {
  constructor() {
    this.count = 0;
  }
  saturate() {
    this.count = 'many';
  }
}
)";

TEST(PropertyTypeChange, IsRegisteredAndDocumented) {
  EXPECT_EQ(missing_rule_parts("property-type-change"), std::vector<std::string>{});
}

TEST(PropertyTypeChange, ConstructorFieldChangedInAMethod) {
  auto diagnostics = lint_with_rule("property-type-change", kCounter);
  ASSERT_EQ(diagnostics.size(), 1u);
  const Diagnostic& d = diagnostics[0];
  EXPECT_EQ(d.rule_id, "property-type-change");
  EXPECT_EQ(d.severity, Severity::Warning);
  EXPECT_EQ(d.location.start, (Position{6, 18}));
  EXPECT_EQ(d.message,
            "property `count` of class `Counter` changes from number to string; V8 must generalize the field and "
            "deprecate the object's map");
  ASSERT_EQ(d.related.size(), 1u);
  EXPECT_EQ(d.related[0].location.start, (Position{3, 18}));
  EXPECT_EQ(d.related[0].message, "`count` first holds a number here");
  using Property = std::pair<std::string, std::variant<int64_t, std::string>>;
  EXPECT_EQ(d.properties, (std::vector<Property>{{"property", std::string("count")},
                                                 {"fromKind", std::string("number")},
                                                 {"toKind", std::string("string")}}));
}

TEST(PropertyTypeChange, NamesAnonymousClassesAndVariables) {
  auto diagnostics = lint_with_rule("property-type-change",
                                    "const C = class {\n  constructor() { this.o = {}; }\n  m() { this.o = 1; }\n};\n"
                                    "const cfg = { retries: 3 };\ncfg.retries = [];\n");
  ASSERT_EQ(diagnostics.size(), 2u);
  std::sort(diagnostics.begin(), diagnostics.end(), diagnostic_less);
  EXPECT_EQ(diagnostics[0].message,
            "property `o` of an anonymous class changes from object to number; V8 must generalize the field and "
            "deprecate the object's map");
  EXPECT_EQ(diagnostics[0].related.at(0).message, "`o` first holds an object here");
  EXPECT_EQ(diagnostics[1].message,
            "property `retries` of `cfg` changes from number to array; V8 must generalize the field and deprecate "
            "the object's map");
}

TEST(PropertyTypeChange, ClassFieldInitializers) {
  EXPECT_EQ(findings("class A {\n  size = 0;\n  grow() { this.size = [] }\n}\n"),
            Findings{"property-type-change 3:24"});
  EXPECT_EQ(findings("class A {\n  #size = 0;\n  grow() { this.#size = '1' }\n}\n"),
            Findings{"property-type-change 3:25"});
  EXPECT_EQ(findings("class A {\n  size: number = 0;\n  grow() { this.size = 1 + 1 }\n}\n", Dialect::TypeScript),
            Findings{});
}

TEST(PropertyTypeChange, FieldInitializerComesBeforeTheConstructor) {
  EXPECT_EQ(findings("class A {\n  constructor() { this.mode = 'on'; }\n  mode = 0;\n}\n"),
            Findings{"property-type-change 2:31"});
}

TEST(PropertyTypeChange, SameFieldNameInDifferentClassesIsNotAChange) {
  EXPECT_EQ(findings("class A {\n  constructor() { this.id = 1; }\n}\n"
                     "class B {\n  constructor() { this.id = 'b'; }\n  reset() { this.id = 'c'; }\n}\n"),
            Findings{});
}

TEST(PropertyTypeChange, ThisInsideAPlainFunctionIsNotTheInstance) {
  EXPECT_EQ(findings("class A {\n  constructor() { this.n = 1; }\n"
                     "  m() {\n    function f() { this.n = 'x'; }\n  }\n}\n"),
            Findings{});
  EXPECT_EQ(findings("class A {\n  constructor() { this.n = 1; }\n"
                     "  m() {\n    const f = () => { this.n = 'x'; };\n  }\n}\n"),
            Findings{"property-type-change 4:32"});
}

TEST(PropertyTypeChange, StaticMembersAreNotInstanceFields) {
  EXPECT_EQ(findings("class A {\n  static n = 1;\n  static m() { this.n = 'x'; }\n"
                     "  constructor() { this.n = 'y'; }\n}\n"),
            Findings{});
}

TEST(PropertyTypeChange, PropertiesOnlyAddedLaterAreNotCreations) {
  EXPECT_EQ(findings("class A {\n  a() { this.cache = 1; }\n  b() { this.cache = 'x'; }\n}\n"), Findings{});
}

TEST(PropertyTypeChange, NullPlaceholderIsNotAChangeByDefault) {
  EXPECT_EQ(findings("class A {\n  constructor() { this.timer = null; }\n  start() { this.timer = setTimeout(f); }\n"
                     "  stop() { this.timer = null; }\n  other() { this.timer = 5; }\n}\n"),
            Findings{});
  EXPECT_EQ(findings("class A {\n  constructor() { this.conn = null; }\n  open() { this.conn = {}; }\n}\n",
                     Dialect::JavaScript, {{"nullIsAKind", true}}),
            Findings{"property-type-change 3:24"});
  EXPECT_EQ(findings("class A {\n  conn;\n  open() { this.conn = {}; }\n}\n", Dialect::JavaScript,
                     {{"undefinedIsAKind", true}}),
            Findings{"property-type-change 3:24"});
}

TEST(PropertyTypeChange, ObjectLiteralThroughTheSameBinding) {
  EXPECT_EQ(findings("const o = { count: 0, name: 'x' };\no.count = 'x';\no.name = 'y';\n"),
            Findings{"property-type-change 2:11"});
  EXPECT_EQ(findings("let total = 0;\nconst stats = { total };\nstats.total = 'n/a';\n"), Findings{});
  EXPECT_EQ(findings("const N = 0;\nconst stats = { N };\nstats.N = 'n/a';\n"), Findings{"property-type-change 3:11"});
}

TEST(PropertyTypeChange, ThisInAnObjectLiteralMethodIsThatObject) {
  EXPECT_EQ(findings("const counter = {\n  count: 0,\n  saturate() { this.count = 'many'; },\n};\n"),
            Findings{"property-type-change 3:29"});
  EXPECT_EQ(findings("const a = { n: 0 };\nconst b = {\n  n: 'x',\n  m() { this.n = 'y'; },\n};\n"), Findings{});
  EXPECT_EQ(findings("const a = {\n  n: 0,\n  m() { return { k() { this.n = 'y'; } }; },\n};\n"), Findings{});
}

TEST(PropertyTypeChange, AReassignedVariableMayHoldAnotherObject) {
  EXPECT_EQ(findings("let o = { n: 1 };\no = load();\no.n = 'x';\n"), Findings{});
  EXPECT_EQ(findings("let o = { n: 1 };\no.n = 'x';\n"), Findings{"property-type-change 2:7"});
}

TEST(PropertyTypeChange, DifferentBindingsWithTheSamePropertyName) {
  EXPECT_EQ(findings("const a = { v: 1 };\nconst b = { v: 'x' };\nb.v = 'y';\na.v = 2;\n"), Findings{});
  EXPECT_EQ(findings("const a = { v: 1 };\nfunction f(a) {\n  a.v = 'shadowed';\n}\n"), Findings{});
}

TEST(PropertyTypeChange, UnknownValuesNeverTrigger) {
  EXPECT_EQ(findings("class A {\n  constructor(v) { this.v = v; }\n  set(x) { this.v = x; this.v = 1; }\n}\n"),
            Findings{});
}

TEST(PropertyTypeChange, SurvivesDeepNesting) {
  std::string code = "const o = { n: 0 };\n";
  for (int i = 0; i < 10000; ++i) code += "{";
  code += "o.n = " + std::string(10000, '(') + "'s'" + std::string(10000, ')') + ";";
  for (int i = 0; i < 10000; ++i) code += "}";
  EXPECT_EQ(findings(code), Findings{"property-type-change 2:10007"});
}

}  // namespace
}  // namespace v8lint

namespace v8lint {
namespace {

// `this.x = x` takes the kinds the constructor's call sites pass for `x`.
TEST(PropertyTypeChange, ConstructorParameterStoredInAFieldTakesTheArgumentsKinds) {
  const char* code =
      "class Point {\n"
      "  constructor(x, y) { this.x = x; this.y = y; }\n"
      "}\n"
      "new Point(1, 2);\n"
      "new Point(1.5, 2);\n"
      "new Point('far', 2);\n";
  EXPECT_EQ(findings(code), std::vector<std::string>{"property-type-change 6:11"});
}

}  // namespace
}  // namespace v8lint
