#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "finding_expectations.h"
#include "rule_test_util.h"

namespace v8lint {
namespace {

constexpr std::string_view kRule = "worker-for-io";
constexpr std::string_view kWorker = "const { parentPort } = require('node:worker_threads');\n";

std::vector<std::string> found(std::string_view body) { return finding_positions(kRule, std::string(kWorker) + std::string(body)); }

TEST(WorkerForIo, IsRegisteredAndDocumented) { EXPECT_EQ(missing_rule_parts(kRule), std::vector<std::string>{}); }

TEST(WorkerForIo, WorkerThatOnlyAwaitsIo) {
  auto diagnostics = lint_with_rule(kRule, std::string(kWorker) + "parentPort.on('message', async (url) => {\n"
                                           "  const r = await fetch(url);\n  parentPort.postMessage(await r.json());\n});\n");
  ASSERT_NO_FATAL_FAILURE(expect_one_finding(diagnostics, Severity::Note, {3, 19},
                                             "this worker does no CPU work of its own: it only awaits I/O (2 awaited I/O calls) and passes messages"));
  EXPECT_EQ(found("async function load(p) {\n  return (await fs.promises.readFile(p, 'utf8'));\n}\n"
                  "parentPort.on('message', async (p) => parentPort.postMessage(await load(p)));\n"),
            std::vector<std::string>{"worker-for-io 3:17"});
}

TEST(WorkerForIo, WorkersThatComputeAreFine) {
  EXPECT_TRUE(found("parentPort.on('message', async (p) => {\n  const b = await fsp.readFile(p);\n"
                    "  for (let i = 0; i < b.length; i++) sum += b[i];\n});\n")
                  .empty());
  EXPECT_TRUE(found("parentPort.on('message', async (p) => {\n  const rows = await db.query(p);\n"
                    "  parentPort.postMessage(rows.map(score));\n});\n")
                  .empty());
  EXPECT_TRUE(found("parentPort.on('message', async (p) => {\n  const b = await fsp.readFile(p);\n"
                    "  parentPort.postMessage(zlib.gzipSync(b));\n});\n")
                  .empty());
}

TEST(WorkerForIo, OnlyWorkerScriptsWithIoAreJudged) {
  EXPECT_TRUE(finding_positions(kRule, "async function f(u) { return await fetch(u); }\n").empty());
  EXPECT_TRUE(found("parentPort.on('message', (m) => parentPort.postMessage(m));\n").empty());
}

}  // namespace
}  // namespace v8lint
