#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rule_test_util.h"

namespace v8lint {
namespace {

using Findings = std::vector<std::string>;

Findings findings(std::string_view code, Dialect dialect = Dialect::JavaScript) {
  return finding_positions("late-property-add", code, dialect);
}

TEST(LatePropertyAdd, IsRegisteredAndDocumented) { EXPECT_EQ(missing_rule_parts("late-property-add"), Findings{}); }

constexpr std::string_view kConnection = R"(class Conn {
  constructor() {
    this.a = 1;
  }
  open() {
    this.b = 2;
  }
  close() {
    this.b = 3;
    this.a = 0;
  }
}
)";

TEST(LatePropertyAdd, AddedByAMethod) {
  auto diagnostics = lint_with_rule("late-property-add", kConnection);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule_id, "late-property-add");
  EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
  EXPECT_EQ(diagnostics[0].location.start, (Position{6, 5}));
  EXPECT_EQ(diagnostics[0].message,
            "property `b` of `Conn` is added outside the constructor, so its instances get different hidden classes; "
            "initialize it in the constructor or as a class field");
  ASSERT_EQ(diagnostics[0].related.size(), 1u);
  EXPECT_EQ(diagnostics[0].related[0].location.start, (Position{2, 3}));
}

TEST(LatePropertyAdd, ClassFieldsAndSettersCreateNothingLate) {
  EXPECT_EQ(findings("class A {\n  b = 0;\n  open() { this.b = 2; }\n}\n"), Findings{});
  EXPECT_EQ(findings("class A {\n  b: number;\n  open() { this.b = 2; }\n}\n", Dialect::TypeScript), Findings{});
  EXPECT_EQ(findings("class A {\n  set v(x) {}\n  m() { this.v = 1; }\n}\n"), Findings{});
}

TEST(LatePropertyAdd, ParameterPropertiesAndInheritedAccessorsCreateNothingLate) {
  EXPECT_EQ(findings("class A {\n  constructor(private x: number) {}\n  reset() { this.x = 0; }\n}\n", Dialect::TypeScript),
            Findings{});
  EXPECT_EQ(findings("class A {\n  constructor(x: number) {}\n  reset() { this.x = 0; }\n}\n", Dialect::TypeScript),
            Findings{"late-property-add 3:13"});
  EXPECT_EQ(findings("class B {\n  set v(x) {}\n}\nclass C extends B {\n  m() { this.v = 1; }\n}\n"), Findings{});
}

TEST(LatePropertyAdd, WithoutAConstructorTheClassIsTheRelatedLocation) {
  auto diagnostics = lint_with_rule("late-property-add", "class A {\n  m() { this.x = 1; }\n}\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].location.start, (Position{2, 9}));
  ASSERT_EQ(diagnostics[0].related.size(), 1u);
  EXPECT_EQ(diagnostics[0].related[0].location.start, (Position{1, 1}));
}

TEST(LatePropertyAdd, OnlySomePathsOfTheConstructor) {
  EXPECT_EQ(findings("class A {\n  constructor(x) {\n    if (x) this.c = 1;\n  }\n}\n"), Findings{"late-property-add 3:12"});
  EXPECT_EQ(findings("class A {\n  constructor(s) {\n    s.on('x', () => { this.d = 1; });\n  }\n}\n"),
            Findings{"late-property-add 3:23"});
  EXPECT_EQ(findings("class A {\n  constructor(x) {\n    if (x) this.c = 1;\n    else this.c = 2;\n  }\n}\n"), Findings{});
  EXPECT_EQ(findings("class A {\n  constructor(x) {\n    this.c = 0;\n    if (x) this.c = 1;\n  }\n}\n"), Findings{});
}

TEST(LatePropertyAdd, MethodsTheConstructorAlwaysCallsCreateProperties) {
  EXPECT_EQ(findings("class A {\n  constructor() {\n    this.reset();\n  }\n  reset() { this.n = 0; }\n}\n"), Findings{});
  EXPECT_EQ(findings("class A {\n  constructor(x) {\n    if (x) this.reset();\n  }\n  reset() { this.n = 0; }\n}\n"),
            Findings{"late-property-add 5:13"});
}

TEST(LatePropertyAdd, PropertiesOfAParentClassInTheSameFile) {
  EXPECT_EQ(findings("class B {\n  constructor() { this.x = 0; }\n}\nclass C extends B {\n  m() { this.x = 1; }\n}\n"),
            Findings{});
  EXPECT_EQ(findings("class B {}\nclass C extends B {\n  m() { this.x = 1; }\n}\n"), Findings{"late-property-add 3:9"});
  EXPECT_EQ(findings("class C extends Base {\n  m() { this.x = 1; }\n}\n"), Findings{});
  EXPECT_EQ(findings("class C extends mixin(Base) {\n  m() { this.x = 1; }\n}\n"), Findings{});
}

TEST(LatePropertyAdd, AddedToAnObjectLiteralVariable) {
  auto diagnostics =
      lint_with_rule("late-property-add", "function f() {\n  const o = { a: 1 };\n  o.b = 2;\n  o.b = 3;\n  o.a = 4;\n}\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].location.start, (Position{3, 3}));
  EXPECT_EQ(diagnostics[0].message,
            "property `b` is added to `o` after its creation, which moves it to another hidden class; create it in "
            "the literal");
  ASSERT_EQ(diagnostics[0].related.size(), 1u);
  EXPECT_EQ(diagnostics[0].related[0].location.start, (Position{2, 13}));
}

TEST(LatePropertyAdd, EmptyLiteralsGrowInPlaceUnlessOnlySometimes) {
  EXPECT_EQ(findings("function f(x) {\n  const o = {};\n  o.a = 1;\n  if (x) o.b = 2;\n  list.forEach(() => { o.c = 3; });\n}\n"),
            (Findings{"late-property-add 4:10", "late-property-add 5:24"}));
}

TEST(LatePropertyAdd, LiteralsWithAPrototypeOrElementKeysStillGetLateAdds) {
  EXPECT_EQ(findings("function f() {\n  const o = { __proto__: null, 0: 1 };\n  o.b = 2;\n}\n"),
            Findings{"late-property-add 3:3"});
}

TEST(LatePropertyAdd, ModuleLevelObjectsAreSingletons) {
  EXPECT_EQ(findings("const api = { a: 1 };\napi.b = 2;\nfunction f() { api.c = 3; }\n"), Findings{});
}

// rx.all.js, js-yaml's UMD bundle: the module's scope is a wrapper function's.
TEST(LatePropertyAdd, ObjectsAtTheTopOfAModuleWrapperAreSingletons) {
  EXPECT_EQ(findings(";(function (undefined) {\n  var Rx = { internals: {} };\n  Rx.Scheduler = 1;\n}.call(this));\n"),
            Findings{});
  EXPECT_EQ(findings("(function () {\n  const api = { a: 1 };\n  api.b = 2;\n})();\n"), Findings{});
  EXPECT_EQ(findings("(function (global, factory) { factory(global.x = {}); })(this, function (exports) {\n"
                     "  var ns = { a: 1 };\n  function load() { ns.b = 2; }\n});\n"),
            Findings{});
  EXPECT_EQ(findings("(function (global, factory) { factory(global.x = {}); })(this, (function (exports) {\n"
                     "  var ns = { a: 1 };\n  ns.b = 2;\n}));\n"),
            Findings{});
  EXPECT_EQ(findings("function make() {\n  const o = { a: 1 };\n  o.b = 2;\n}\nmake(); make();\n"),
            Findings{"late-property-add 3:3"});
  EXPECT_EQ(findings("function outer() {\n  (function () {\n    const o = { a: 1 };\n    o.b = 2;\n  })();\n}\n"),
            Findings{"late-property-add 4:5"});
}

TEST(LatePropertyAdd, ObjectsWhoseShapeIsNotKnown) {
  EXPECT_EQ(findings("function f() {\n  const o = { ...base };\n  o.b = 2;\n}\n"), Findings{});
  EXPECT_EQ(findings("function f() {\n  const o = { [k]: 1 };\n  o.b = 2;\n}\n"), Findings{});
  EXPECT_EQ(findings("function f() {\n  let o = { a: 1 };\n  o = other;\n  o.b = 2;\n}\n"), Findings{});
  EXPECT_EQ(findings("function f() {\n  const o = make();\n  o.b = 2;\n}\n"), Findings{});
}

TEST(LatePropertyAdd, SurvivesDeepNesting) {
  std::string code = "class A { m() { ";
  for (int i = 0; i < 3000; ++i) code += "(() => {";
  code += "this.q = 1;";
  for (int i = 0; i < 3000; ++i) code += "})()";
  code += " } }\n";
  EXPECT_EQ(findings(code), Findings{"late-property-add 1:24017"});
}

}  // namespace
}  // namespace v8lint
