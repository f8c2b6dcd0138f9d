#include "semantic/function_model.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "config/config.h"
#include "core/source_text.h"
#include "syntax/syntax_tree.h"

namespace v8lint {
namespace {

// Builds the model for a snippet the way the linter does: one walk, then finish().
class Modeled {
 public:
  explicit Modeled(std::string code, HotConfig hot = {}, std::string path = "test.js",
                   Dialect dialect = Dialect::JavaScript)
      : hot_(std::move(hot)), source_(std::move(path), std::move(code)), tree_(source_, dialect), model_(tree_, hot_) {
    walk(tree_.root(), [&](TSNode n) { model_.enter(visited(n)); return true; }, [&](TSNode n) { model_.leave(n); });
    model_.finish();
  }
  const FunctionModel& model() const { return model_; }
  const FunctionInfo& named(const std::string& name) const {
    for (const FunctionInfo& f : model_.functions())
      if (f.name == name) return f;
    ADD_FAILURE() << "no function named " << name;
    return model_.functions().front();
  }
  std::string why(const std::string& name) const {
    const FunctionInfo& f = named(name);
    return f.hot ? model_.describe(*f.hot) : "cold";
  }

 private:
  HotConfig hot_;
  SourceText source_;
  SyntaxTree tree_;
  FunctionModel model_;
};

std::string names(const FunctionModel& model) {
  std::string out;
  for (const FunctionInfo& f : model.functions()) out += (f.name.empty() ? "<anon>" : f.name) + ";";
  return out;
}

TEST(FunctionModel, RecordsEveryFunctionFormWithItsName) {
  Modeled m(
      "function decl() {}\n"
      "const arrow = () => 1;\n"
      "let expr = function () {};\n"
      "let own = function inner() {};\n"
      "obj.assigned = function () {};\n"
      "class C { constructor() {} method() {} get g() { return 1; } set g(v) {} static s() {} #p() {} }\n"
      "const o = { key: () => {}, 'quoted': function () {}, short() {}, [computed]() {} };\n"
      "function* gen() {}\n"
      "async function asy() {}\n"
      "[1].map(x => x);\n"
      "export default function () {}\n");
  EXPECT_EQ(names(m.model()),
            "decl;arrow;expr;inner;assigned;constructor;method;g;g;s;#p;key;quoted;short;<anon>;gen;asy;<anon>;default;");
}

TEST(FunctionModel, RecordsTheEnclosingFunction) {
  Modeled m("function outer() { const inner = () => { function innermost() {} }; }");
  const auto& fs = m.model().functions();
  ASSERT_EQ(fs.size(), 3u);
  EXPECT_EQ(fs[0].parent, kNoFunction);
  EXPECT_EQ(fs[1].parent, 0u);
  EXPECT_EQ(fs[2].parent, 1u);
}

TEST(FunctionModel, EstimatesGrowWithTheBodyAndExcludeNestedBodies) {
  Modeled m(
      "function small() { return 1; }\n"
      "function big(a) { let s = 0; for (let i = 0; i < a.length; i++) { s += a[i] * 2; } return s; }\n"
      "function wrapper() { return () => { let s = 0; for (let i = 0; i < 9; i++) { s += i; } return s; }; }\n");
  EXPECT_LT(m.named("small").bytecode_estimate, m.named("big").bytecode_estimate);
  EXPECT_LT(m.named("wrapper").bytecode_estimate, m.named("big").bytecode_estimate);
  EXPECT_GT(m.named("small").bytecode_estimate, 0u);
}

TEST(FunctionModel, TypeScriptAnnotationsCostNothing) {
  Modeled js("function f(a, b) { return a + b; }");
  Modeled ts("function f(a: Map<string, number[]>, b: { x: number }): number { return (a as any) + b!; }", {},
             "test.ts", Dialect::TypeScript);
  EXPECT_EQ(js.named("f").bytecode_estimate, ts.named("f").bytecode_estimate);
}

TEST(FunctionModel, ConstantLiteralsCostLessThanComputedOnes) {
  Modeled m(
      "function constant() { return { a: 1, b: [1, -2, 'x', `y`], c: { d: null } }; }\n"
      "function computed() { return { a: x, b: [1, y, 'x', `${z}`], c: { d: w } }; }\n");
  EXPECT_LT(m.named("constant").bytecode_estimate, m.named("computed").bytecode_estimate);
}

TEST(FunctionModel, IteratorProtocolAndAsyncMachineryArePriced) {
  Modeled m(
      "function keys(o) { for (const k in o) f(k); }\n"
      "function values(o) { for (const v of o) f(v); }\n"
      "function plain() { return f(); }\n"
      "async function waiting() { return f(); }\n"
      "function* generating() { return f(); }\n");
  EXPECT_LT(m.named("keys").bytecode_estimate, m.named("values").bytecode_estimate);
  EXPECT_LT(m.named("plain").bytecode_estimate, m.named("waiting").bytecode_estimate);
  EXPECT_LT(m.named("plain").bytecode_estimate, m.named("generating").bytecode_estimate);
}

TEST(FunctionModel, ColdByDefault) {
  Modeled m("function f() {}\nf();\nconst g = () => f();");
  EXPECT_EQ(m.why("f"), "cold");
  EXPECT_EQ(m.why("g"), "cold");
}

TEST(FunctionModel, MarkerCommentImmediatelyBefore) {
  Modeled m(
      "// v8lint-hot\nfunction a() {}\n"
      "// v8lint-hot: per packet\nconst b = () => {};\n"
      "/* v8lint-hot */ export function c() {}\n"
      "class K {\n  // v8lint-hot\n  m() {}\n  n() {}\n}\n"
      "// v8lint-hot\n// unrelated\nfunction d() {}\n"
      "// v8lint-hotter\nfunction e() {}\n");
  EXPECT_EQ(m.why("a"), "marked `// v8lint-hot` (line 1)");
  EXPECT_EQ(m.why("b"), "marked `// v8lint-hot` (line 3)");
  EXPECT_EQ(m.why("c"), "marked `// v8lint-hot` (line 5)");
  EXPECT_EQ(m.why("m"), "marked `// v8lint-hot` (line 7)");
  EXPECT_EQ(m.why("n"), "cold");
  EXPECT_EQ(m.why("d"), "cold");
  EXPECT_EQ(m.why("e"), "cold");
}

TEST(FunctionModel, ConfiguredFunctionAndFileGlobs) {
  Modeled by_name("function parseRow() {}\nfunction render() {}", HotConfig{{"parse*"}, {}});
  EXPECT_EQ(by_name.why("parseRow"), "matched by hot function glob `parse*`");
  EXPECT_EQ(by_name.why("render"), "cold");
  Modeled by_file("function render() {}", HotConfig{{}, {"src/hot/**"}}, "./project/src/hot/x.js");
  EXPECT_EQ(by_file.why("render"), "in a file matched by hot file glob `src/hot/**`");
  Modeled other_file("function render() {}", HotConfig{{}, {"src/hot/**"}}, "src/cold/x.js");
  EXPECT_EQ(other_file.why("render"), "cold");
}

TEST(FunctionModel, RequestAndStreamHandlers) {
  Modeled m(
      "http.createServer(function onRequest(req, res) {});\n"
      "app.get('/x', auth, function route(req, res) {});\n"
      "router.post('/y', (req, res) => {});\n"
      "server.on('request', function onReq() {});\n"
      "socket.on('data', function onData(chunk) {});\n"
      "rl.on('line', handleLine);\n"
      "function handleLine(line) {}\n"
      "emitter.on('close', function onClose() {});\n"
      "cache.get('k', function notRoute() {});\n");
  EXPECT_EQ(m.why("onRequest"), "a request handler registered at line 1");
  EXPECT_EQ(m.why("route"), "a request handler registered at line 2");
  EXPECT_EQ(m.model().describe(*m.model().functions()[2].hot), "a request handler registered at line 3");
  EXPECT_EQ(m.why("onReq"), "a request handler registered at line 4");
  EXPECT_EQ(m.why("onData"), "a `'data'` handler registered at line 5");
  EXPECT_EQ(m.why("handleLine"), "a `'line'` handler registered at line 6");
  EXPECT_EQ(m.why("onClose"), "cold");
  EXPECT_EQ(m.why("notRoute"), "cold");
}

// A listener a request handler registers runs once per request too, whatever
// its event; one registered by cold code, or in a loop, is not hot by that.
TEST(FunctionModel, ListenersRegisteredByHotFunctions) {
  Modeled m(
      "http.createServer((req, res) => {\n"
      "  req.on('end', function onEnd() { finish(); });\n"
      "  req.once('error', onError);\n"
      "  res.addListener('close', function onClose() {});\n"
      "});\n"
      "function onError(err) {}\n"
      "function finish() {}\n"
      "server.on('close', function onShutdown() {});\n"
      "function setup() { process.on('exit', function onExit() {}); }\n"
      "for (const s of sockets) s.on('end', function perSocket() {});\n"
      "emitter.on(eventName, function computedEvent() {});\n");
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"onEnd", "an `'end'` listener registered at line 2 by hot function the function at line 1"},
      {"onError", "an `'error'` listener registered at line 3 by hot function the function at line 1"},
      {"onClose", "a `'close'` listener registered at line 4 by hot function the function at line 1"},
      {"finish", "called at line 2 from hot function `onEnd`"},
      {"onShutdown", "cold"}, {"onExit", "cold"}, {"perSocket", "cold"}, {"computedEvent", "cold"}};
  for (const auto& [name, why] : expected) EXPECT_EQ(m.why(name), why) << name;
}

TEST(FunctionModel, CalledFromALoopAndTransitively) {
  Modeled m(
      "function leaf() {}\n"
      "function step() { leaf(); }\n"
      "function once() {}\n"
      "for (const x of xs) {\n"
      "  step(x);\n"
      "}\n"
      "once();\n"
      "while (more()) { items.forEach(function each() {}); }\n"
      "do { (function iife() {})(); } while (again);\n"
      "class Q { run() { for (;;) this.tick(); } tick() {} }\n");
  EXPECT_EQ(m.why("step"), "called at line 5 inside a `for...of` loop");
  EXPECT_EQ(m.why("leaf"), "called at line 2 from hot function `step`");
  EXPECT_EQ(m.why("once"), "cold");
  EXPECT_EQ(m.why("each"), "called at line 8 inside a `while` loop");
  EXPECT_EQ(m.why("iife"), "called at line 9 inside a `do...while` loop");
  EXPECT_EQ(m.why("tick"), "called at line 10 inside a `for` loop");
}

// typescript.js: `forEach(node.jsDoc, f)` in a loop is not the cache object's `forEach(cb) {}` method.
TEST(FunctionModel, PlainCallsReachDeclarationsAndThisCallsReachMethods) {
  Modeled m(
      "const cache = { forEach(cb) {} };\n"
      "obj.visit = function () {};\n"
      "function forEach(xs, f) {}\n"
      "class K { visit() {} run() { for (;;) { this.visit(); forEach(a, g); } } }\n"
      "for (;;) visit();\n");
  auto why = [&](size_t f) { return m.model().functions()[f].hot ? m.model().describe(*m.model().functions()[f].hot) : "cold"; };
  EXPECT_EQ(why(0), "cold");                                   // cache.forEach
  EXPECT_EQ(why(1), "called at line 4 inside a `for` loop");  // obj.visit, by `this.visit()`
  EXPECT_EQ(why(2), "called at line 4 inside a `for` loop");  // function forEach
  EXPECT_EQ(why(3), "called at line 4 inside a `for` loop");  // K#visit
}

TEST(FunctionModel, NamesSharedByManyFunctionsAreNotResolved) {
  Modeled few("function a() { function e() {} }\nfunction b() { function e() {} }\nfor (;;) e();\n");
  EXPECT_EQ(few.model().functions()[1].hot.has_value(), true);
  EXPECT_EQ(few.model().functions()[3].hot.has_value(), true);
  std::string many;
  for (int i = 0; i < 5; ++i) many += "function w" + std::to_string(i) + "() { function e() {} }\n";
  Modeled m(many + "for (;;) e();\n");
  for (const FunctionInfo& f : m.model().functions()) EXPECT_FALSE(f.hot.has_value()) << f.name;
}

TEST(FunctionModel, FunctionMerelyCreatedInALoopIsNotHot) {
  Modeled m("for (let i = 0; i < n; i++) { handlers.push(function created() {}); }\n"
            "for (const f of fs) { const local = () => {}; }");
  EXPECT_EQ(m.why("created"), "cold");
  EXPECT_EQ(m.why("local"), "cold");
}

TEST(FunctionModel, LoopInitializerAndIterableRunOnce) {
  Modeled m("function init() {}\nfunction list() {}\nfunction cond() {}\n"
            "for (let i = init(); cond(i); i++) {}\nfor (const x of list()) {}\n");
  EXPECT_EQ(m.why("init"), "cold");
  EXPECT_EQ(m.why("list"), "cold");
  EXPECT_EQ(m.why("cond"), "called at line 4 inside a `for` loop");
}

TEST(FunctionModel, SurvivesDeepNesting) {
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "(() => ";
  deep += "1";
  for (int i = 0; i < 10000; ++i) deep += ")";
  Modeled m(deep + ";");
  EXPECT_EQ(m.model().functions().size(), 10000u);
  std::string loops;
  for (int i = 0; i < 10000; ++i) loops += "while (a) { f(); ";
  loops += std::string(10000, '}');
  Modeled n("function f() {}\n" + loops);
  EXPECT_EQ(n.why("f"), "called at line 2 inside a `while` loop");
}

}  // namespace
}  // namespace v8lint
