#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "finding_expectations.h"
#include "rule_test_util.h"

namespace v8lint {
namespace {

constexpr std::string_view kRule = "closure-retains-large";

std::vector<std::string> found(std::string_view code) { return finding_positions(kRule, code); }

TEST(ClosureRetainsLarge, IsRegisteredAndDocumented) { EXPECT_EQ(missing_rule_parts(kRule), std::vector<std::string>{}); }

TEST(ClosureRetainsLarge, TimerSharesContextWithAClosureUsingTheBuffer) {
  auto diagnostics = lint_with_rule(kRule, "function watch(path) {\n  const data = fs.readFileSync(path);\n"
                                           "  const size = () => data.length;\n  log(size());\n"
                                           "  setInterval(() => log(path), 1000);\n}\n");
  ASSERT_NO_FATAL_FAILURE(expect_one_finding(diagnostics, Severity::Warning, {5, 15},
                                             "this setInterval callback never uses `data` (from `fs.readFileSync`), but keeps it alive"));
  ASSERT_EQ(diagnostics[0].related.size(), 2u);
  EXPECT_EQ(diagnostics[0].related[0].location.start, (Position{2, 9}));
  EXPECT_EQ(diagnostics[0].related[1].location.start, (Position{3, 22}));
}

TEST(ClosureRetainsLarge, ListenersAndParsedFiles) {
  EXPECT_EQ(found("async function start(emitter, file) {\n  const cfg = JSON.parse(await fsp.readFile(file, 'utf8'));\n"
                  "  validate(() => cfg.name);\n  emitter.on('tick', function () { count(file); });\n}\n"),
            std::vector<std::string>{"closure-retains-large 4:22"});
  EXPECT_EQ(found("function f(n) {\n  const buf = Buffer.alloc(n);\n  fill(function () { buf[0] = 1; });\n"
                  "  setTimeout(() => done(n), 10);\n}\n"),
            std::vector<std::string>{"closure-retains-large 4:14"});
}

TEST(ClosureRetainsLarge, NothingSharedNothingReported) {
  // No other closure captures the buffer: it stays on the stack and dies.
  EXPECT_TRUE(found("function w(p) {\n  const data = fs.readFileSync(p);\n  log(data.length);\n  setInterval(() => log(p), 1);\n}\n").empty());
  // The callback uses no variable of the function.
  EXPECT_TRUE(found("function w(p) {\n  const data = fs.readFileSync(p);\n  use(() => data);\n  setInterval(() => tick(), 1);\n}\n").empty());
  // The callback uses the buffer itself: not judged.
  EXPECT_TRUE(found("function w(p) {\n  const data = fs.readFileSync(p);\n  use(() => data);\n  setInterval(() => send(data, p), 1);\n}\n").empty());
  // Small values and module scope are out of scope.
  EXPECT_TRUE(found("function w(p) {\n  const s = fs.statSync(p);\n  use(() => s);\n  setInterval(() => log(p), 1);\n}\n").empty());
  EXPECT_TRUE(found("const data = fs.readFileSync(p);\nuse(() => data);\nsetInterval(() => log(p), 1);\n").empty());
}

}  // namespace
}  // namespace v8lint
