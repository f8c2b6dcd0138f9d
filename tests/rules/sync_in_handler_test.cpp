#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "finding_expectations.h"
#include "rule_test_util.h"

namespace v8lint {
namespace {

constexpr std::string_view kRule = "sync-in-handler";

std::vector<std::string> found(std::string_view code) { return finding_positions(kRule, code); }

TEST(SyncInHandler, IsRegisteredAndDocumented) { EXPECT_EQ(missing_rule_parts(kRule), std::vector<std::string>{}); }

TEST(SyncInHandler, BlockingCallsInARequestHandler) {
  auto diagnostics = lint_with_rule(kRule, "app.get('/r', (req, res) => {\n  const t = fs.readFileSync(p, 'utf8');\n});\n");
  ASSERT_NO_FATAL_FAILURE(expect_one_finding(diagnostics, Severity::Warning, {2, 13},
                                             "`fs.readFileSync(...)` in the function at line 1, a request handler registered at line 1: a synchronous call"));
  EXPECT_EQ(diagnostics[0].location.end, (Position{2, 28}));
  EXPECT_EQ(found("http.createServer((req, res) => {\n  crypto.pbkdf2Sync(pw, s, 1e5, 64, 'sha512');\n"
                  "  zlib.gzipSync(buf);\n  execSync('ls');\n});\n"),
            (std::vector<std::string>{"sync-in-handler 2:3", "sync-in-handler 3:3", "sync-in-handler 4:3"}));
}

TEST(SyncInHandler, NestedCallbacksAndCalledFunctionsRunPerRequestToo) {
  EXPECT_EQ(found("router.post('/u', (req, res) => {\n  db.get(id, (err, row) => {\n    writeFileSync(p, row);\n  });\n});\n"),
            std::vector<std::string>{"sync-in-handler 3:5"});
  EXPECT_EQ(found("function load() { return fs.statSync(p); }\nsocket.on('data', (chunk) => load());\n"),
            std::vector<std::string>{"sync-in-handler 1:26"});
}

TEST(SyncInHandler, RequestBodyParsing) {
  EXPECT_EQ(found("app.post('/j', (req, res) => {\n  const o = JSON.parse(req.body);\n  JSON.parse(text);\n});\n"),
            std::vector<std::string>{"sync-in-handler 2:13"});
}

TEST(SyncInHandler, StartUpCodeWorkersAndOtherCallsAreFine) {
  EXPECT_TRUE(found("const cfg = fs.readFileSync(p);\nfunction setup() { fs.mkdirSync(d); }\n").empty());
  EXPECT_TRUE(found("app.get('/', async (req, res) => {\n  await fs.promises.readFile(p);\n  obj.loadSync();\n});\n").empty());
  EXPECT_TRUE(found("const { parentPort } = require('worker_threads');\nparentPort.on('message', (m) => {\n"
                    "  parentPort.postMessage(zlib.gzipSync(m));\n});\n")
                  .empty());
}

}  // namespace
}  // namespace v8lint
