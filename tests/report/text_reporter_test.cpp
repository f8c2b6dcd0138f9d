#include "report/text_reporter.h"

#include <gtest/gtest.h>

#include <sstream>

#include "sample_diagnostics.h"

namespace v8lint {
namespace {

using testing::diagnostic;
using testing::location;

Report sample_report() {
  Diagnostic shape = diagnostic("hidden-class-change", Severity::Warning, "property 'y' added after construction",
                                location("src/a.js", {3, 3}, {3, 6}, "  o.y = 1;"));
  shape.related.push_back({location("src/a.js", {1, 11}, {1, 13}), "object created here"});
  Diagnostic slow = diagnostic("megamorphic-call", Severity::Error, "call site sees 6 shapes",
                               location("src/b.js", {10, 1}, {10, 4}, "fn(x);"));
  Diagnostic syntax = diagnostic("parse-error", Severity::Note, "syntax error; rules ran on the parts that parsed",
                                 location("src/c.ts", {2, 9}, {2, 10}, "let y = ;"));
  return Report{"check", {shape, slow, syntax}, 3, {}};
}

std::string render(const Report& report, TextOptions options = {}) {
  std::ostringstream out;
  write_text(report, out, options);
  return out.str();
}

TEST(TextReporter, HeaderCodeFrameRelatedNotesAndSummary) {
  EXPECT_EQ(render(sample_report()),
            "src/a.js:3:3  warning  property 'y' added after construction  [hidden-class-change]\n"
            " 3 |   o.y = 1;\n"
            "   |   ^~~\n"
            "  = note: object created here at src/a.js:1:11\n"
            "\n"
            "src/b.js:10:1  error  call site sees 6 shapes  [megamorphic-call]\n"
            " 10 | fn(x);\n"
            "    | ^~~\n"
            "\n"
            "src/c.ts:2:9  note  syntax error; rules ran on the parts that parsed  [parse-error]\n"
            " 2 | let y = ;\n"
            "   |         ^\n"
            "\n"
            "\u2716 3 problems (1 error, 1 warning, 1 note)\n");
}

TEST(TextReporter, SummaryLinesComeFirstAndPluralsFollowTheCount) {
  Report report = sample_report();
  report.diagnostics.resize(1);
  report.summary_lines = {"trace: 2 isolates, 14 deopts", "joined: 3 findings"};
  std::string text = render(report);
  EXPECT_TRUE(text.starts_with("trace: 2 isolates, 14 deopts\njoined: 3 findings\n\nsrc/a.js:3:3  warning"));
  EXPECT_TRUE(text.ends_with("\n\u2716 1 problem (0 errors, 1 warning, 0 notes)\n"));
}

TEST(TextReporter, CleanRunSaysSoWithTheFileCount) {
  EXPECT_EQ(render(Report{"check", {}, 1, {}}), "\u2714 no problems (1 file checked)\n");
  EXPECT_EQ(render(Report{"check", {}, 12, {}}), "\u2714 no problems (12 files checked)\n");
}

TEST(TextReporter, ErrorsOnlyReportSaysNoErrorsNotNoProblems) {
  EXPECT_EQ(render(Report{"check", {}, 2, {}}, {.errors_only = true}), "\u2714 no errors (2 files checked)\n");
}

TEST(TextReporter, ColourOnSeverityDimOnRuleIdAndGutter) {
  Report report{"check", {diagnostic("r", Severity::Error, "m", location("a.js", {1, 1}, {1, 2}))}, 1, {}};
  EXPECT_EQ(render(report, {.color = true}),
            "a.js:1:1  \x1b[1;31merror\x1b[0m  m  \x1b[2m[r]\x1b[0m\n"
            "\n"
            "\x1b[1;31m\u2716 1 problem (1 error, 0 warnings, 0 notes)\x1b[0m\n");
}

}  // namespace
}  // namespace v8lint

namespace v8lint {
namespace {

// A joined finding: the deopt (effect) and its static cause, each with its frame.
TEST(TextReporter, RelatedLocationsWithSourceGetTheirOwnCodeFrame) {
  Diagnostic deopt = testing::diagnostic("deopt", Severity::Warning, "eager deopt: not a Number",
                                         testing::location("main.js", {18, 12}, {18, 13}, "  return a + b;"));
  deopt.related.push_back({testing::location("main.js", {39, 23}, {39, 26}, "const s = phase('a', 'b');"), "likely cause"});
  deopt.related.push_back({testing::location("main.js", {40, 1}, {40, 2}), "no source known"});
  std::ostringstream out;
  write_text(Report{"check", {deopt}, 1, {}}, out, TextOptions{});
  EXPECT_EQ(out.str(),
            "main.js:18:12  warning  eager deopt: not a Number  [deopt]\n"
            " 18 |   return a + b;\n"
            "    |            ^\n"
            "  = note: likely cause at main.js:39:23\n"
            " 39 | const s = phase('a', 'b');\n"
            "    |                       ^~~\n"
            "  = note: no source known at main.js:40:1\n"
            "\n"
            "\u2716 1 problem (0 errors, 1 warning, 0 notes)\n");
}

}  // namespace
}  // namespace v8lint
