#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "finding_expectations.h"
#include "rule_test_util.h"

namespace v8lint {
namespace {

constexpr std::string_view kRule = "listener-leak";

std::vector<std::string> found(std::string_view code) { return finding_positions(kRule, code); }

TEST(ListenerLeak, IsRegisteredAndDocumented) { EXPECT_EQ(missing_rule_parts(kRule), std::vector<std::string>{}); }

TEST(ListenerLeak, GlobalEmitterInARequestHandler) {
  auto diagnostics = lint_with_rule(kRule, "app.get('/s', (req, res) => {\n  process.on('SIGTERM', () => res.end());\n});\n");
  ASSERT_NO_FATAL_FAILURE(expect_one_finding(diagnostics, Severity::Warning, {2, 11},
                                             "`process.on('SIGTERM', ...)` in the function at line 1, a request handler registered at line 1: every run adds"));
  EXPECT_EQ(diagnostics[0].location.end, (Position{2, 13}));
}

TEST(ListenerLeak, ModuleEmitterInLoopsIntervalsAndCalledFunctions) {
  EXPECT_EQ(found("const bus = new EventEmitter();\nfor (const j of jobs) {\n  bus.addListener('done', () => log(j));\n}\n"),
            std::vector<std::string>{"listener-leak 3:7"});
  EXPECT_EQ(found("setInterval(() => {\n  window.addEventListener('resize', redraw);\n}, 100);\n"),
            std::vector<std::string>{"listener-leak 2:10"});
  EXPECT_EQ(found("import { db } from './db.js';\nfunction track(id) { db.events.prependListener('row', f); }\n"
                  "http.createServer((req, res) => track(req.id));\n"),
            std::vector<std::string>{"listener-leak 2:32"});
}

TEST(ListenerLeak, ObjectsOfTheRunItselfAreNotLeaks) {
  EXPECT_TRUE(found("app.post('/u', (req, res) => {\n  req.on('data', (c) => body.push(c));\n"
                    "  res.socket.on('close', done);\n});\n")
                  .empty());
  EXPECT_TRUE(found("http.createServer((req, res) => {\n  const e = new EventEmitter();\n  e.on('x', f);\n});\n").empty());
  EXPECT_TRUE(found("for (var i = 0; i < 9; i++) {\n  var client = net.connect(1337);\n  client.on('error', f);\n}\n").empty());
  EXPECT_TRUE(found("let current;\napp.get('/', (req, res) => {\n  current = new Job();\n  current.on('done', f);\n});\n").empty());
  EXPECT_TRUE(found("for (const s of servers) s.on('error', report);\nclass C { m() { for (;;) this.on('x', f); } }\n").empty());
}

TEST(ListenerLeak, RemovedOnceOrRegisteredOnceIsFine) {
  EXPECT_TRUE(found("app.get('/', (req, res) => {\n  process.on('exit', f);\n  process.off('exit', f);\n});\n").empty());
  EXPECT_TRUE(found("app.get('/', (req, res) => {\n  bus.on('a', f);\n});\nbus.removeAllListeners();\n").empty());
  EXPECT_TRUE(found("app.get('/', (req, res) => {\n  process.once('exit', f);\n"
                    "  window.addEventListener('x', f, { signal });\n  process.on(name, f);\n});\n")
                  .empty());
  EXPECT_TRUE(found("process.on('exit', f);\nfunction setup() { process.on('SIGINT', g); }\n").empty());
}

}  // namespace
}  // namespace v8lint
