#include <gtest/gtest.h>

#include <string>

#include "config/config.h"
#include "core/source_text.h"
#include "lint/file_linter.h"
#include "rule_test_util.h"

namespace v8lint {
namespace {

constexpr std::string_view kRule = "hot-path-array-callback";
constexpr std::string_view kAdvice =
    ": the callback costs a call per element, plus a closure per call when written inline; a plain loop on this hot "
    "path avoids both";

std::vector<Diagnostic> lint(std::string_view code) { return lint_with_rule(kRule, code); }

void expect_finding(const std::vector<Diagnostic>& found, Position at, const std::string& message) {
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rule_id, kRule);
  EXPECT_EQ(found[0].severity, Severity::Warning);
  EXPECT_EQ(found[0].location.start, at);
  // The finding spans the method name, as quoted in the message: "`items.map(...)` ...".
  size_t open = message.find("(...)`");
  std::string method = message.substr(message.rfind('.', open) + 1, open - message.rfind('.', open) - 1);
  EXPECT_EQ(found[0].location.end, (Position{at.line, at.column + static_cast<uint32_t>(method.size())}));
  EXPECT_EQ(found[0].message, message + std::string(kAdvice));
}

TEST(HotPathArrayCallback, InsideLoopBodies) {
  expect_finding(lint("for (let i = 0; i < n; i++) {\n  out.push(items.map(x => x * 2));\n}\n"), {2, 18},
                 "`items.map(...)` inside a `for` loop (line 1)");
  expect_finding(lint("while (queue.length) {\n  queue.shift().forEach(run);\n}\n"), {2, 17},
                 "`queue.shift().forEach(...)` inside a `while` loop (line 1)");
  expect_finding(lint("for (const row of rows) total += row.cells.reduce((a, b) => a + b, 0);\n"), {1, 44},
                 "`row.cells.reduce(...)` inside a `for...of` loop (line 1)");
  expect_finding(lint("do {\n  found = list.some(isReady);\n} while (!found);\n"), {2, 16},
                 "`list.some(...)` inside a `do...while` loop (line 1)");
}

TEST(HotPathArrayCallback, PointsAtWhatMakesTheSiteHot) {
  auto in_loop = lint("const a = 1;\nwhile (more()) {\n  xs.some(ok);\n}\n");
  ASSERT_EQ(in_loop.size(), 1u);
  ASSERT_EQ(in_loop[0].related.size(), 1u);
  EXPECT_EQ(in_loop[0].related[0].location.start, (Position{2, 1}));
  EXPECT_EQ(in_loop[0].related[0].message, "the `while` loop");
  auto handler = lint("function h(req, res) {\n  res.end(xs.map(String));\n}\n\nserver.on('request', h);\n");
  ASSERT_EQ(handler.size(), 1u);
  ASSERT_EQ(handler[0].related.size(), 1u);
  EXPECT_EQ(handler[0].related[0].location.start, (Position{5, 1}));
  EXPECT_EQ(handler[0].related[0].message, "a request handler registered at line 5");
}

TEST(HotPathArrayCallback, LongReceiverIsElided) {
  expect_finding(lint("for (;;) {\n  this.someRatherLongPropertyName.children.filter(Boolean);\n}\n"), {2, 44},
                 "`.filter(...)` inside a `for` loop (line 1)");
}

TEST(HotPathArrayCallback, FunctionCreatedInALoopIsNotItselfHot) {
  EXPECT_TRUE(lint("for (const h of hs) {\n  handlers.push(() => h.items.map(f));\n}\n").empty());
}

TEST(HotPathArrayCallback, FunctionCalledFromALoop) {
  expect_finding(lint("function render(rows) {\n  return rows.map(r => r.name);\n}\nfor (const page of pages) "
                      "render(page);\n"),
                 {2, 15}, "`rows.map(...)` in `render`, called at line 4 inside a `for...of` loop");
}

TEST(HotPathArrayCallback, CallbackRunPerElementInALoopIsHotToo) {
  auto found = lint("for (const g of groups) {\n  g.members.forEach(m => m.tags.filter(Boolean));\n}\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].location.start, (Position{2, 13}));
  EXPECT_TRUE(found[0].message.starts_with("`g.members.forEach(...)` inside a `for...of` loop (line 1): "));
  EXPECT_EQ(found[1].location.start, (Position{2, 33}));
  EXPECT_TRUE(found[1].message.starts_with(
      "`m.tags.filter(...)` in the function at line 2, called at line 2 inside a `for...of` loop: "))
      << found[1].message;
}

TEST(HotPathArrayCallback, RequestAndStreamHandlers) {
  expect_finding(lint("const app = express();\napp.get('/users', (req, res) => {\n  res.json(users.filter(u => "
                      "u.active));\n});\n"),
                 {3, 18}, "`users.filter(...)` in the function at line 2, a request handler registered at line 2");
  expect_finding(lint("http.createServer(function serve(req, res) {\n  res.end(parts.map(String).join());\n});\n"),
                 {2, 17}, "`parts.map(...)` in `serve`, a request handler registered at line 1");
  expect_finding(lint("socket.on('data', (chunk) => {\n  chunk.lines.forEach(handle);\n});\n"), {2, 15},
                 "`chunk.lines.forEach(...)` in the function at line 1, a `'data'` handler registered at line 1");
}

TEST(HotPathArrayCallback, ListenersARequestHandlerRegisters) {
  expect_finding(lint("http.createServer((req, res) => {\n  req.on('end', () => {\n    res.end(order.lines.map(price));\n"
                      "  });\n});\n"),
                 {3, 25},
                 "`order.lines.map(...)` in the function at line 2, an `'end'` listener registered at line 2 by hot "
                 "function the function at line 1");
  EXPECT_TRUE(lint("server.on('close', () => {\n  sockets.forEach(destroy);\n});\n").empty());
}

TEST(HotPathArrayCallback, MarkedAndConfiguredHotFunctions) {
  expect_finding(lint("// v8lint-hot\nfunction score(xs) {\n  return xs.every(ok);\n}\n"), {3, 13},
                 "`xs.every(...)` in `score`, marked `// v8lint-hot` (line 1)");
  Config config;
  config.rules["oversized-function"].severity = Severity::Off;
  config.hot.functions = {"score*"};
  SourceText source("src/a.js", "function scoreAll(xs) {\n  return xs.find(ok);\n}\n");
  expect_finding(lint_source(source, Dialect::JavaScript, config), {2, 13},
                 "`xs.find(...)` in `scoreAll`, matched by hot function glob `score*`");
}

TEST(HotPathArrayCallback, ColdCodeAndNonCallsAreFine) {
  EXPECT_TRUE(lint("const names = users.map(u => u.name);\nfunction once(xs) { return xs.filter(Boolean); }\n").empty());
  EXPECT_TRUE(lint("for (const o of objs) {\n  const m = o.map;\n  o.map();\n  $.find('.row');\n  db.find({ id: o.id });\n}\n")
                  .empty());
  EXPECT_TRUE(lint("for (const o of objs) {\n  Array.from(o, f);\n  o.push(f);\n}\n").empty());
}

TEST(HotPathArrayCallback, MethodsOption) {
  auto found = lint_with_rule(kRule, "for (;;) {\n  xs.map(f);\n  xs.sort(cmp);\n}\n", Dialect::JavaScript,
                              {{"methods", {"sort"}}});
  expect_finding(found, {3, 6}, "`xs.sort(...)` inside a `for` loop (line 1)");
}

TEST(HotPathArrayCallback, DeepNestingDoesNotCrash) {
  std::string loops;
  for (int i = 0; i < 10000; ++i) loops += "while (a) { ";
  loops += "xs.map(f);";
  loops += std::string(10000, '}');
  auto found = lint(loops);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].location.start, (Position{1, 120004}));
}

}  // namespace
}  // namespace v8lint
