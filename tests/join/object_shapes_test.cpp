// object_shapes on tricky code: every place that creates objects, its keys
// in creation order, and which keys are conditional or late.
#include "join/object_shapes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/source_text.h"

namespace v8lint::join {
namespace {

// "Literal@2:11 {a, b?, c+}…": origin, name, position, keys (? conditional, + late), … when open.
std::string summary(const ObjectShape& shape) {
  static const char* kOrigins[] = {"Literal", "Class", "Constructor"};
  std::string text = kOrigins[static_cast<int>(shape.origin)];
  if (!shape.name.empty()) text += " " + shape.name;
  text += "@" + std::to_string(shape.location.start.line) + ":" + std::to_string(shape.location.start.column) + " {";
  for (size_t i = 0; i < shape.keys.size(); ++i) {
    text += (i ? ", " : "") + shape.keys[i].name;
    if (shape.keys[i].timing == PropertyTiming::Conditional) text += "?";
    if (shape.keys[i].timing == PropertyTiming::Late) text += "+";
  }
  return text + "}" + (shape.open ? "…" : "");
}

std::vector<std::string> shapes_of(const std::string& code, Dialect dialect = Dialect::JavaScript,
                                   const KeyFilter* wanted = nullptr) {
  SourceText source(dialect == Dialect::JavaScript ? "test.js" : "test.ts", code);
  SyntaxTree tree(source, dialect);
  std::vector<std::string> found;
  for (const ObjectShape& shape : object_shapes(tree, wanted)) found.push_back(summary(shape));
  return found;
}

TEST(ObjectShapes, LiteralKeysInOrderWithShorthandMethodsAndGetters) {
  EXPECT_EQ(shapes_of("const a = 1;\nconst o = {a, 'b': 1, c() {}, get d() { return 1; }, set e(v) {}, 0: 'x', '1': 'y', '01': 2};\n"),
            std::vector<std::string>{"Literal@2:11 {a, b, c, d, e, 01}"});
}

TEST(ObjectShapes, SpreadsComputedKeysAndProtoMakeTheShapeOpen) {
  EXPECT_EQ(shapes_of("f({...base, x: 1});\nf({[k]: 1, y: 2});\nf({__proto__: p, z: 3});\n"),
            (std::vector<std::string>{"Literal@1:3 {x}…", "Literal@2:3 {y}…", "Literal@3:3 {z}…"}));
}

TEST(ObjectShapes, NestedLiteralsAreShapesOfTheirOwn) {
  EXPECT_EQ(shapes_of("const o = {outer: {inner: 1, more: [{deep: 2}]}, after: 3};\n"),
            (std::vector<std::string>{"Literal@1:11 {outer, after}", "Literal@1:19 {inner, more}",
                                      "Literal@1:37 {deep}"}));
}

TEST(ObjectShapes, EmptyLiteralsAndRepeatedKeys) {
  EXPECT_EQ(shapes_of("const e = {};\nconst r = {a: 1, b: 2, a: 3};\n"), std::vector<std::string>{"Literal@2:11 {a, b}"});
}

TEST(ObjectShapes, PropertiesAddedThroughTheLiteralsVariableAreLate) {
  EXPECT_EQ(shapes_of("function make() {\n  const o = {a: 1};\n  o.b = 2;\n  o.b = 3;\n  o.a = 4;\n  return o;\n}\n"),
            std::vector<std::string>{"Literal@2:13 {a, b+}"});
}

TEST(ObjectShapes, ClassFieldsThenConstructorThenSetupMethodsThenLate) {
  const std::string code =
      "class Box {\n"
      "  constructor(x, flag) {\n"
      "    this.x = x;\n"
      "    if (flag) this.y = 1;\n"
      "    this.reset();\n"
      "  }\n"
      "  z = 0;\n"
      "  reset() { this.r = 0; }\n"
      "  later() { this.w = 1; this.x = 2; }\n"
      "  get size() { return 1; }\n"
      "  grow() { this.size = 2; }\n"
      "}\n";
  EXPECT_EQ(shapes_of(code), std::vector<std::string>{"Class Box@1:7 {z, x, y?, r, w+}"});
}

TEST(ObjectShapes, ConditionalInitOnBothBranchesIsAlwaysCreated) {
  const std::string code =
      "class P {\n"
      "  constructor(a) {\n"
      "    if (a) this.kind = 'a'; else this.kind = 'b';\n"
      "    this.n = a ? 1 : 2;\n"
      "    a && (this.m = 1);\n"
      "    for (const x of a) this.each = x;\n"
      "    if (a) this.set = 1;\n"
      "    this.set = 2;\n"
      "  }\n"
      "}\n";
  EXPECT_EQ(shapes_of(code), std::vector<std::string>{"Class P@1:7 {kind, n, m?, each?, set}"});
}

TEST(ObjectShapes, TypeScriptParameterPropertiesComeFirst) {
  const std::string code =
      "class Point {\n"
      "  label: string = '';\n"
      "  constructor(private x: number, readonly y: number, public z?: number, plain = 0) {\n"
      "    this.sum = x + y;\n"
      "  }\n"
      "}\n";
  EXPECT_EQ(shapes_of(code, Dialect::TypeScript), std::vector<std::string>{"Class Point@1:7 {x, y, z, label, sum}"});
}

TEST(ObjectShapes, DerivedClassesStartWithTheirParentsKeys) {
  const std::string code =
      "class Base { constructor() { this.id = 1; } }\n"
      "class Derived extends Base { constructor() { super(); this.extra = 2; this.id = 3; } }\n"
      "class Foreign extends Imported { constructor() { super(); this.own = 1; } }\n"
      "const Anonymous = class { constructor() { this.a = 1; } };\n";
  EXPECT_EQ(shapes_of(code), (std::vector<std::string>{"Class Base@1:7 {id}", "Class Derived@2:7 {id, extra}",
                                                       "Class Foreign@3:7 {own}…", "Class@4:19 {a}"}));
}

TEST(ObjectShapes, ConstructorFunctionsUsedWithNew) {
  const std::string code =
      "function Vec(x, y) {\n"
      "  this.x = x;\n"
      "  if (y) this.y = y;\n"
      "  const inner = function () { this.ignored = 1; };\n"
      "  [1].forEach(() => { this.viaArrow = 1; });\n"
      "}\n"
      "Vec.prototype.grow = function () { this.z = 1; this.x = 2; };\n"
      "const Pair = function (a) { this.a = a; };\n"
      "function helper() { this.notAShape = 1; }\n"
      "new Vec(1, 2);\n"
      "new Pair(1);\n"
      "helper();\n";
  EXPECT_EQ(shapes_of(code), (std::vector<std::string>{"Constructor Vec@1:10 {x, y?, viaArrow?, z+}",
                                                       "Constructor Pair@8:7 {a}"}));
}

TEST(ObjectShapes, OnlyShapesWithAWantedKeyAreBuilt) {
  KeyFilter wanted = {"b", "late"};
  EXPECT_EQ(shapes_of("f({a: 1});\nf({a: 1, b: 2});\nclass C { m() { this.late = 1; } }\n", Dialect::JavaScript, &wanted),
            (std::vector<std::string>{"Literal@2:3 {a, b}", "Class C@3:7 {late+}"}));
}

TEST(ObjectShapes, SyntaxErrorsAndBinaryBytesLeaveTheRestReadable) {
  EXPECT_EQ(shapes_of("const a = {x: 1;\nconst b = {y: 2};\n"), (std::vector<std::string>{"Literal@1:11 {x}", "Literal@2:11 {y}"}));
  std::string binary = "\x7f" "ELF\x02\x01\x01";
  binary += std::string(64, '\0') + "{\xff\xfe: 1}";
  EXPECT_NO_THROW(shapes_of(binary));
}

TEST(ObjectShapes, DeepNestingNeitherCrashesNorRecurses) {
  std::string code = "const o = ";
  for (int i = 0; i < 10000; ++i) code += "{a: ";
  code += "1";
  for (int i = 0; i < 10000; ++i) code += "}";
  code += ";\n";
  std::vector<std::string> shapes = shapes_of(code);
  ASSERT_EQ(shapes.size(), 10000u);
  EXPECT_EQ(shapes.front(), "Literal@1:11 {a}");
}

}  // namespace
}  // namespace v8lint::join
