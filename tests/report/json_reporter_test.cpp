#include "report/json_reporter.h"

#include <gtest/gtest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "sample_diagnostics.h"

namespace v8lint {
namespace {

using testing::diagnostic;
using testing::location;

std::string render(const Report& report) {
  std::ostringstream out;
  write_json(report, out);
  return out.str();
}

TEST(JsonReporter, VersionedSchemaWithLocationsRelatedAndProperties) {
  Diagnostic d = diagnostic("deopt-loop", Severity::Warning, "deoptimized 12 times",
                            location("src/a.js", {4, 3}, {4, 9}, "  f(x);"));
  d.related.push_back({location("src/b.js", {1, 1}, {2, 2}), "callee"});
  d.properties = {{"deopts", int64_t{12}}, {"reason", std::string("wrong map")}};
  EXPECT_EQ(render(Report{"trace", {d}, 2, {"summary only in text"}}), R"({
  "version": 1,
  "tool": {
    "name": "v8lint",
    "version": ")" V8LINT_VERSION R"("
  },
  "command": "trace",
  "filesChecked": 2,
  "diagnostics": [
    {
      "ruleId": "deopt-loop",
      "severity": "warning",
      "message": "deoptimized 12 times",
      "path": "src/a.js",
      "line": 4,
      "column": 3,
      "endLine": 4,
      "endColumn": 9,
      "related": [
        {
          "message": "callee",
          "path": "src/b.js",
          "line": 1,
          "column": 1,
          "endLine": 2,
          "endColumn": 2
        }
      ],
      "properties": {
        "deopts": 12,
        "reason": "wrong map"
      }
    }
  ],
  "summary": {
    "problems": 1,
    "errors": 0,
    "warnings": 1,
    "notes": 0
  }
}
)");
}

TEST(JsonReporter, EmptyReportStillHasEveryKey) {
  auto doc = nlohmann::json::parse(render(Report{"check", {}, 0, {}}));
  EXPECT_EQ(doc["diagnostics"], nlohmann::json::array());
  EXPECT_EQ(doc["summary"]["problems"], 0);
  EXPECT_EQ(doc["filesChecked"], 0);
}

TEST(JsonReporter, InvalidUtf8InAMessageIsReplacedNotFatal) {
  Report report{"check", {diagnostic("r", Severity::Note, "name \xFF\xFE", location("a.js", {1, 1}, {1, 1}))}, 1, {}};
  auto doc = nlohmann::json::parse(render(report));
  EXPECT_EQ(doc["diagnostics"][0]["message"], "name \xEF\xBF\xBD\xEF\xBF\xBD");
}

}  // namespace
}  // namespace v8lint
