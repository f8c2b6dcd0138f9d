#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "finding_expectations.h"
#include "rule_test_util.h"

namespace v8lint {
namespace {

constexpr std::string_view kRule = "worker-per-task";
constexpr std::string_view kImport = "const { Worker } = require('node:worker_threads');\n";

std::vector<std::string> found(const std::string& code) { return finding_positions(kRule, std::string(kImport) + code); }

TEST(WorkerPerTask, IsRegisteredAndDocumented) { EXPECT_EQ(missing_rule_parts(kRule), std::vector<std::string>{}); }

TEST(WorkerPerTask, WorkerPerRequest) {
  auto diagnostics = lint_with_rule(
      kRule, std::string(kImport) + "app.post('/x', (req, res) => {\n  const w = new Worker('./t.js', { workerData: req.body });\n});\n");
  ASSERT_NO_FATAL_FAILURE(expect_one_finding(diagnostics, Severity::Warning, {3, 13},
                                             "`new Worker(...)` in the function at line 2, a request handler registered at line 2: every task starts a thread"));
}

TEST(WorkerPerTask, WorkerPerLoopIterationOrTick) {
  EXPECT_EQ(found("for (const job of jobs) {\n  run(new Worker(file, { workerData: job }));\n}\n"),
            std::vector<std::string>{"worker-per-task 3:7"});
  EXPECT_EQ(found("setInterval(() => {\n  const w = new wt.Worker(file);\n}, 1000);\n"),
            std::vector<std::string>{"worker-per-task 3:13"});
}

TEST(WorkerPerTask, PoolsAreFine) {
  EXPECT_TRUE(found("for (let i = 0; i < os.cpus().length; i++) {\n  const w = new Worker(file);\n  idle.push(w);\n}\n").empty());
  EXPECT_TRUE(found("for (const id of ids) workers.push(new Worker(file));\n").empty());
  EXPECT_TRUE(found("app.get('/', (req, res) => {\n  this.workers[n] = new Worker(file);\n});\n").empty());
  EXPECT_TRUE(found("const w = new Worker(file);\nfunction f() { return new Worker(file); }\n").empty());
}

TEST(WorkerPerTask, SequentialIsolatedRunsAreFine) {
  EXPECT_TRUE(found("async function run(b) {\n  const w = new Worker(file, { workerData: b });\n}\n"
                    "for (const b of benches) await run(b);\n")
                  .empty());
  EXPECT_TRUE(found("const run = (b) => new Promise((resolve) => {\n  const w = new Worker(file, { workerData: b });\n});\n"
                    "for (const b of benches) await run(b);\n")
                  .empty());
  EXPECT_EQ(found("function run(b) {\n  const w = new Worker(file, { workerData: b });\n}\nfor (const b of benches) run(b);\n"),
            std::vector<std::string>{"worker-per-task 3:13"});
}

TEST(WorkerPerTask, BrowserWorkersWithoutWorkerThreadsAreNotJudged) {
  EXPECT_TRUE(finding_positions(kRule, "for (const f of files) new Worker(f);\n").empty());
}

}  // namespace
}  // namespace v8lint
