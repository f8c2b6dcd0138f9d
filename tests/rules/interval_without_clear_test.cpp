#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "finding_expectations.h"
#include "rule_test_util.h"

namespace v8lint {
namespace {

constexpr std::string_view kRule = "interval-without-clear";

std::vector<std::string> found(std::string_view code) { return finding_positions(kRule, code); }

TEST(IntervalWithoutClear, IsRegisteredAndDocumented) { EXPECT_EQ(missing_rule_parts(kRule), std::vector<std::string>{}); }

TEST(IntervalWithoutClear, DiscardedHandle) {
  auto diagnostics = lint_with_rule(kRule, "class S {\n  constructor() {\n    setInterval(() => poll(), 1000);\n  }\n}\n");
  ASSERT_NO_FATAL_FAILURE(expect_one_finding(diagnostics, Severity::Warning, {3, 5},
                                             "the handle of this `setInterval` is discarded"));
  EXPECT_EQ(diagnostics[0].location.end, (Position{3, 16}));
  EXPECT_EQ(found("app.get('/', (req, res) => {\n  globalThis.setInterval(() => res.write('.'), 5);\n});\n"),
            std::vector<std::string>{"interval-without-clear 2:3"});
  EXPECT_EQ(found("for (const s of sessions) setInterval(() => s.ping(), 5);\n"),
            std::vector<std::string>{"interval-without-clear 1:27"});
}

TEST(IntervalWithoutClear, DiscardedHandleInCodeThatRunsOnce) {
  EXPECT_TRUE(found("function startDaemon() {\n  setInterval(checkVersion, 1000);\n}\n").empty());
}

TEST(IntervalWithoutClear, KeptHandleNeverCleared) {
  auto diagnostics = lint_with_rule(kRule, "class S {\n  start() { this.timer = setInterval(f, 10); }\n}\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].location.start, (Position{2, 26}));
  EXPECT_TRUE(diagnostics[0].message.starts_with("the handle `timer` of this `setInterval` never reaches"));
  EXPECT_EQ(found("function f() {\n  const h = setInterval(f, 10);\n}\nclearInterval(other);\n"),
            std::vector<std::string>{"interval-without-clear 2:13"});
}

// statsd: `keyFlushInt = setInterval(...)` in the config callback, behind `if (!serversLoaded)`.
TEST(IntervalWithoutClear, ModuleVariableSetByCodeThatRunsOnce) {
  EXPECT_TRUE(found("let flush, loaded;\nfunction onConfig(c) {\n  if (!loaded) flush = setInterval(f, c.ms);\n}\n").empty());
  EXPECT_EQ(found("let flush;\napp.post('/start', (req, res) => {\n  flush = setInterval(f, 10);\n});\n"),
            std::vector<std::string>{"interval-without-clear 3:11"});
  EXPECT_EQ(found("function start() {\n  let local;\n  local = setInterval(f, 10);\n}\n"),
            std::vector<std::string>{"interval-without-clear 3:11"});
}

TEST(IntervalWithoutClear, ClearedOrUnrefedHandlesAreFine) {
  EXPECT_TRUE(found("const h = setInterval(f, 10);\nprocess.on('exit', () => clearInterval(h));\n").empty());
  EXPECT_TRUE(found("this.t = setInterval(f, 10);\nfunction stop(self) { clearTimeout(self.t); }\n").empty());
  EXPECT_TRUE(found("setInterval(f, 10).unref();\n(setInterval(g, 10)).unref();\n").empty());
  EXPECT_TRUE(found("let h;\nh = setInterval(f, 10);\nh.unref();\n").empty());
}

TEST(IntervalWithoutClear, TopLevelIntervalsRunOnce) {
  EXPECT_TRUE(found("setInterval(checkForUpdate, 1000);\nif (hot) setInterval(poll, 10);\n").empty());
  EXPECT_TRUE(found("const h = setInterval(poll, 10);\n").empty());
}

TEST(IntervalWithoutClear, HandlesGivenAwayAreNotJudged) {
  EXPECT_TRUE(found("function every(ms, f) {\n  return setInterval(f, ms);\n}\ntimers.push(setInterval(g, 1));\n").empty());
  EXPECT_TRUE(found("setTimeout(f, 10);\nconst t = setTimeout(g, 5);\nobj.setInterval(f);\n").empty());
}

}  // namespace
}  // namespace v8lint
