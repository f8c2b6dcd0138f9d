#include "semantic/scope_model.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/source_text.h"
#include "syntax/syntax_tree.h"

namespace v8lint {
namespace {

// Parses `code`, feeds the model on one walk exactly like the linter does.
class Modeled {
 public:
  explicit Modeled(std::string code, Dialect dialect = Dialect::JavaScript)
      : source_("test.js", std::move(code)), tree_(source_, dialect), model_(tree_) {
    walk(tree_.root(), [&](TSNode n) { model_.enter(visited(n)); return true; }, [&](TSNode n) { model_.leave(n); });
    model_.finish();
  }

  const ScopeModel& model() const { return model_; }

  // The index of the nth binding called `name`, in declaration order.
  int32_t binding(std::string_view name, int nth = 0) const {
    const auto& bindings = model_.bindings();
    for (size_t i = 0; i < bindings.size(); ++i) {
      if (bindings[i].name == name && nth-- == 0) return static_cast<int32_t>(i);
    }
    return kNone;
  }

  // The kinds of the values given to the nth binding called `name`, in order.
  std::vector<std::string> kinds(std::string_view name, int nth = 0) const {
    std::vector<std::string> out;
    int32_t b = binding(name, nth);
    if (b == kNone) return {"<no binding>"};
    for (const ValueAssignment& value : model_.values_of(static_cast<uint32_t>(b)))
      out.emplace_back(value_kind_name(value.kind));
    return out;
  }

  // The binding the nth reference to `name` resolves to.
  int32_t resolved(std::string_view name, int nth = 0) const {
    for (const Reference& reference : model_.references()) {
      if (reference.name == name && nth-- == 0) return reference.binding;
    }
    return -2;
  }

  std::string text(TSNode node) const { return std::string(tree_.text(node)); }

 private:
  SourceText source_;
  SyntaxTree tree_;
  ScopeModel model_;
};

using Kinds = std::vector<std::string>;

// Each named variable is given exactly one value, of the expected kind.
void expect_single_kinds(const Modeled& m, const std::vector<std::pair<std::string, std::string>>& expected) {
  for (const auto& [name, kind] : expected) EXPECT_EQ(m.kinds(name), Kinds{kind}) << name;
}

TEST(ScopeModel, InfersLiteralKinds) {
  Modeled m(
      "let a = 1, b = 'x', c = `t${a}`, d = true, e = 10n, f = {}, g = [], h = () => 1, i = null, j = undefined,"
      " k = function () {}, l = class {}, m = /re/;");
  expect_single_kinds(m, {
    {"a", "number"}, {"b", "string"}, {"c", "string"}, {"d", "boolean"}, {"e", "bigint"}, {"f", "object"},
    {"g", "array"}, {"h", "function"}, {"i", "null"}, {"j", "undefined"}, {"k", "function"}, {"l", "function"},
    {"m", "object"}});
}

TEST(ScopeModel, InfersOperatorKinds) {
  Modeled m(
      "let a = 1 - x, b = x * y, c = 1n * 2n, d = 'a' + x, e = 1 + 2, f = x + y, g = a < b, h = !x, i = x instanceof Y,"
      " j = 'k' in o, k = typeof x, l = void 0, m = -x, n = -1, o2 = +x, p = (1, 'two'), q = c ? 1 : 2,"
      " r = c ? 1 : 's',"
      " s = x >>> 0, t = x ?? 1;");
  expect_single_kinds(m, {
    {"a", "number"}, {"b", "unknown"}, {"c", "bigint"}, {"d", "string"}, {"e", "number"}, {"f", "unknown"},
    {"g", "boolean"}, {"h", "boolean"}, {"i", "boolean"}, {"j", "boolean"}, {"k", "string"},
    {"l", "undefined"}, {"m", "unknown"}, {"n", "number"}, {"o2", "number"}, {"p", "string"}, {"q", "number"},
    {"r", "unknown"}, {"s", "number"}, {"t", "unknown"}});
}

TEST(ScopeModel, InfersBuiltinCallsAndNew) {
  Modeled m(
      "let a = String(x), b = Number(x), c = parseInt(x), d = Boolean(x), e = JSON.stringify(x), f = Math.floor(x),"
      " g = BigInt(1), h = Array.from(x), i = Array.isArray(x), j = Date.now(), k = new Map(), l = new Array(3),"
      " m = foo(), n = JSON.parse(x), o = parseFloat(x);");
  expect_single_kinds(m, {
    {"a", "string"}, {"b", "number"}, {"c", "number"}, {"d", "boolean"}, {"e", "string"}, {"f", "number"},
    {"g", "bigint"}, {"h", "array"}, {"i", "boolean"}, {"j", "number"}, {"k", "object"}, {"l", "array"},
    {"m", "unknown"}, {"n", "unknown"}, {"o", "number"}});
}

TEST(ScopeModel, ShadowedBuiltinsAreNotBuiltins) {
  Modeled m(
      "function String(v) { return v; }\nconst Math = { floor: (v) => v };\n"
      "let a = String(1), b = Math.floor(2);");
  EXPECT_EQ(m.kinds("a"), Kinds{"unknown"});
  EXPECT_EQ(m.kinds("b"), Kinds{"unknown"});
}

TEST(ScopeModel, ConstReferencesCarryTheirKind) {
  Modeled m("const A = 'a', N = 2; let s = A, t = (N), u = N + 1, v = A + N; let w = 0; let z = w;");
  // `z = w`: a `let` may hold another kind by then.
  expect_single_kinds(m, {{"s", "string"}, {"t", "number"}, {"u", "number"}, {"v", "string"}, {"z", "unknown"}});
}

TEST(ScopeModel, TypeScriptWrappersPassTheKindThrough) {
  Modeled m("let a = 1 as number, b = 'x' satisfies string, c = y!, d = <number>2, e = (3 as any) as number;",
            Dialect::TypeScript);
  expect_single_kinds(m, {{"a", "number"}, {"b", "string"}, {"c", "unknown"}, {"d", "number"}, {"e", "number"}});
}

TEST(ScopeModel, AssignmentsCompoundAndUpdates) {
  Modeled m("let n = 0; n = n + 1; n += 2; n++; --n; n = n + ''; let s = 'a'; s += 1; let t = 'x'; t++;");
  EXPECT_EQ(m.kinds("n"), (Kinds{"number", "number", "number", "number", "number", "string"}));
  EXPECT_EQ(m.kinds("s"), (Kinds{"string", "string"}));
  EXPECT_EQ(m.kinds("t"), (Kinds{"string", "number"}));
}

TEST(ScopeModel, LetWithoutInitializerIsUndefinedVarIsNot) {
  Modeled m("let a; var b; a = 1; b = 2;");
  EXPECT_EQ(m.kinds("a"), (Kinds{"undefined", "number"}));
  EXPECT_EQ(m.kinds("b"), (Kinds{"number"}));
}

TEST(ScopeModel, BlockScopesAndShadowing) {
  Modeled m("let x = 1;\n{ let x = 'a'; x = 'b'; }\nx = 2;");
  EXPECT_EQ(m.kinds("x", 0), (Kinds{"number", "number"}));
  EXPECT_EQ(m.kinds("x", 1), (Kinds{"string", "string"}));
  EXPECT_EQ(m.resolved("x", 0), m.binding("x", 1));
  EXPECT_EQ(m.resolved("x", 1), m.binding("x", 0));
}

TEST(ScopeModel, VarHoistsToTheFunctionAndIsResolvedBeforeItsDeclaration) {
  Modeled m("var x = 0;\nfunction f() {\n  x = 'early';\n  if (c) { var x = 'late'; }\n}\n");
  int32_t inner = m.binding("x", 1);
  ASSERT_NE(inner, kNone);
  EXPECT_EQ(m.model().scopes()[m.model().bindings()[inner].scope].kind, ScopeKind::Function);
  EXPECT_EQ(m.resolved("x", 0), inner);
  EXPECT_EQ(m.kinds("x", 0), (Kinds{"number"}));
  EXPECT_EQ(m.kinds("x", 1), (Kinds{"string", "string"}));
}

TEST(ScopeModel, FunctionDeclarationsAreHoisted) {
  Modeled m("g();\nfunction g() {}\n");
  EXPECT_EQ(m.resolved("g"), m.binding("g"));
  EXPECT_EQ(m.model().bindings()[m.binding("g")].kind, BindingKind::Function);
}

TEST(ScopeModel, ClosuresResolveToTheOuterBindingAndLaterConsts) {
  Modeled m("let count = 0;\nfunction inc() { count = count + 1; return helper(); }\nconst helper = () => 1;\n");
  EXPECT_EQ(m.resolved("count", 0), m.binding("count"));
  EXPECT_EQ(m.resolved("helper"), m.binding("helper"));
  EXPECT_EQ(m.kinds("count"), (Kinds{"number", "number"}));
}

TEST(ScopeModel, ParametersDefaultsRestAndDestructuring) {
  Modeled m("function f(a, b = 1, ...c) { const {d, e: [g = 2]} = a; }\nconst h = (i = 's') => i;\n");
  for (const char* name : {"a", "b", "c", "d", "g"}) EXPECT_NE(m.binding(name), kNone) << name;
  EXPECT_EQ(m.model().bindings()[m.binding("a")].kind, BindingKind::Parameter);
  EXPECT_EQ(m.kinds("a"), Kinds{});
  EXPECT_EQ(m.kinds("b"), Kinds{"number"});
  EXPECT_EQ(m.kinds("c"), Kinds{"unknown"});
  EXPECT_EQ(m.kinds("d"), Kinds{"unknown"});
  EXPECT_EQ(m.kinds("g"), Kinds{"unknown"});
  EXPECT_EQ(m.binding("e"), kNone);  // a property key, not a binding
  EXPECT_EQ(m.kinds("i"), Kinds{"string"});
}

TEST(ScopeModel, TypeScriptParametersAndDeclarations) {
  Modeled m(
      "function f(a: number = 1, b?: string, { c }: T = {}) { a = 2; }\n"
      "declare const d: number;\nenum E { A, B }\nnamespace N { export const z = 1; }\n"
      "class K { constructor(private p: number) {} }\n",
      Dialect::TypeScript);
  EXPECT_EQ(m.kinds("a"), (Kinds{"number", "number"}));
  EXPECT_EQ(m.model().bindings()[m.binding("b")].kind, BindingKind::Parameter);
  EXPECT_EQ(m.kinds("c"), Kinds{"unknown"});
  EXPECT_EQ(m.model().bindings()[m.binding("d")].kind, BindingKind::Const);
  EXPECT_NE(m.binding("K"), kNone);
}

TEST(ScopeModel, CatchParametersAndLoopHeads) {
  Modeled m(
      "try {} catch (err) { err = 1; }\nfor (const v of list) {}\nfor (let k in o) {}\n"
      "for (let i = 0; i < 3; i++) {}\n");
  EXPECT_EQ(m.model().bindings()[m.binding("err")].kind, BindingKind::CatchParameter);
  EXPECT_EQ(m.model().scopes()[m.model().bindings()[m.binding("err")].scope].kind, ScopeKind::Catch);
  EXPECT_EQ(m.kinds("err"), Kinds{"number"});
  EXPECT_EQ(m.kinds("v"), Kinds{"unknown"});
  EXPECT_EQ(m.kinds("k"), Kinds{"string"});
  EXPECT_EQ(m.model().scopes()[m.model().bindings()[m.binding("i")].scope].kind, ScopeKind::For);
  EXPECT_EQ(m.kinds("i"), (Kinds{"number", "number"}));
}

TEST(ScopeModel, DestructuringAssignmentGivesUnknownValues) {
  Modeled m("let a = 1, b = 2;\n[a, b] = [b, a];\n({ a } = o);\n");
  EXPECT_EQ(m.kinds("a"), (Kinds{"number", "unknown", "unknown"}));
  EXPECT_EQ(m.kinds("b"), (Kinds{"number", "unknown"}));
}

TEST(ScopeModel, ImportsAreBindings) {
  Modeled m("import d, { a as b, c } from 'm';\nimport * as ns from 'n';\n");
  for (const char* name : {"d", "b", "c", "ns"}) {
    ASSERT_NE(m.binding(name), kNone) << name;
    EXPECT_EQ(m.model().bindings()[m.binding(name)].kind, BindingKind::Import);
  }
  EXPECT_EQ(m.binding("a"), kNone);
}

TEST(ScopeModel, RecordsPropertyWritesThroughThisAndBindings) {
  Modeled m(
      "class C {\n  total = 0;\n  label;\n  static s = 1;\n  constructor() { this.count = 0; }\n"
      "  inc() { this.count = 'many'; const self = this; [1].forEach(() => { this.total = 1; });"
      " function inner() { this.count = true; } }\n}\n"
      "const o = { n: 1, s, ['k']: 2 };\no.n = 'x';\n");
  const auto& props = m.model().properties();
  std::vector<std::string> seen;
  for (const PropertyWrite& p : props) {
    std::string owner = p.class_index != kNone ? "C" : p.binding != kNone ? "o" : "?";
    seen.push_back(owner + "." + std::string(p.name) + ":" + std::string(value_kind_name(p.kind)));
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"C.total:number", "C.label:undefined", "C.count:number", "C.count:string",
                                            "C.total:number", "o.n:number", "o.s:unknown", "o.n:string"}));
  EXPECT_EQ(props[2].source, PropertySource::ConstructorAssignment);
  EXPECT_EQ(props[3].source, PropertySource::MethodAssignment);
  EXPECT_EQ(props[5].source, PropertySource::ObjectLiteral);
  EXPECT_EQ(props[7].source, PropertySource::BindingAssignment);
  EXPECT_EQ(props[7].binding, props[5].binding);
}

TEST(ScopeModel, OpensAScopeForEachConstruct) {
  Modeled m(
      "function f(a) { { } }\nclass C { m() {} }\ntry {} catch (e) {}\nfor (let i = 0; ;) {}\n"
      "switch (x) { case 1: }\nconst g = () => 1;\n");
  std::vector<ScopeKind> kinds;
  for (const Scope& scope : m.model().scopes()) kinds.push_back(scope.kind);
  // The function body shares the parameters' scope; the catch and loop bodies are blocks of their own.
  EXPECT_EQ(kinds, (std::vector<ScopeKind>{ScopeKind::Program, ScopeKind::Function, ScopeKind::Block, ScopeKind::Class,
                                           ScopeKind::Function, ScopeKind::Block, ScopeKind::Catch, ScopeKind::Block,
                                           ScopeKind::For, ScopeKind::Block, ScopeKind::Block, ScopeKind::Function}));
  EXPECT_EQ(m.model().scopes()[1].parent, 0);
  EXPECT_EQ(m.model().scopes()[2].parent, 1);
}

TEST(ScopeModel, RecordsHowAndWhereEachValueIsGiven) {
  Modeled m(
      "let x = 1;\nlet y;\nfunction f(p = 2) {}\nx = 3;\nx += 4;\nx++;\nconst { d } = o;\n"
      "for (const k in o) {}\n");
  static constexpr const char* kSources[] = {"initializer", "implicit", "default",       "assignment",
                                             "compound",    "update",   "destructuring", "loop"};
  std::vector<std::string> seen;
  for (const ValueAssignment& value : m.model().values()) {
    std::string name(m.model().bindings()[value.binding].name);
    seen.push_back(name + " " + kSources[static_cast<int>(value.source)] + " `" + m.text(value.node) + "`");
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"x initializer `1`", "y implicit `y`", "p default `2`", "x assignment `3`",
                                            "x compound `x += 4`", "x update `x++`", "d destructuring `d`",
                                            "k loop `k`"}));
}

TEST(ScopeModel, NamedFunctionAndClassExpressionsBindTheirNameInside) {
  Modeled m("const f = function g() { return g; };\nconst K = class L { m() { return L; } };\ng; L;\n");
  EXPECT_EQ(m.resolved("g", 0), m.binding("g"));
  EXPECT_EQ(m.resolved("L", 0), m.binding("L"));
  EXPECT_EQ(m.resolved("g", 1), kNone);
  EXPECT_EQ(m.resolved("L", 1), kNone);
}

TEST(ScopeModel, SurvivesDeepNesting) {
  std::string code = "let x = 0;\n";
  for (int i = 0; i < 10000; ++i) code += "{ ";
  code += "x = 'deep'; let y = ((((((((((1))))))))));";
  for (int i = 0; i < 10000; ++i) code += "} ";
  code += "\nlet z = " + std::string(10000, '(') + "'p'" + std::string(10000, ')') + ";\n";
  Modeled m(code);
  EXPECT_EQ(m.kinds("x"), (Kinds{"number", "string"}));
  EXPECT_EQ(m.kinds("y"), Kinds{"number"});
  EXPECT_EQ(m.kinds("z"), Kinds{"string"});
  EXPECT_GE(m.model().scopes().size(), 10001u);
}

TEST(ScopeModel, CatchParameterStaysNearerThanAVarHoistedPastIt) {
  Modeled m("function b() {\n  try {} catch (e) { var e; e; }\n  e;\n}\n");
  EXPECT_EQ(m.model().bindings()[m.binding("e", 0)].kind, BindingKind::CatchParameter);
  EXPECT_EQ(m.resolved("e", 0), m.binding("e", 0));
  EXPECT_EQ(m.resolved("e", 1), m.binding("e", 1));
}

TEST(ScopeModel, ResolvesAcrossDeeplyNestedFunctions) {
  std::string code = "let g = 0;\n";
  for (int i = 0; i < 10000; ++i) code += "function f" + std::to_string(i) + "(e) { g = e; ";
  code += "var late = g;";
  for (int i = 0; i < 10000; ++i) code += "}";
  Modeled m(code);
  for (int nth : {0, 5000, 9999, 10000}) EXPECT_EQ(m.resolved("g", nth), m.binding("g")) << nth;
  EXPECT_EQ(m.resolved("e", 9999), m.binding("e", 9999));
  EXPECT_EQ(m.kinds("g").size(), 10001u);
}

TEST(ScopeModel, SurvivesLongOperatorChains) {
  std::string code = "let a = 1;\nlet s = '';\ns = s";
  for (int i = 0; i < 50000; ++i) code += " + a";
  code += ";\n";
  Modeled m(code);
  EXPECT_EQ(m.kinds("s"), (Kinds{"string", "string"}));
  EXPECT_EQ(m.resolved("a", 49999), m.binding("a"));
}

}  // namespace
}  // namespace v8lint
