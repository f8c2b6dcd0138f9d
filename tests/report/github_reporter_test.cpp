#include "report/github_reporter.h"

#include <gtest/gtest.h>

#include <sstream>

#include "sample_diagnostics.h"

namespace v8lint {
namespace {

using testing::diagnostic;
using testing::location;

std::string render(const Report& report) {
  std::ostringstream out;
  write_github(report, out);
  return out.str();
}

TEST(GithubReporter, OneCommandPerFindingBySeverity) {
  Diagnostic warning = diagnostic("hidden-class-change", Severity::Warning, "property 'y' added",
                                  location("src/a.js", {3, 3}, {3, 6}));
  warning.related.push_back({location("src/a.js", {1, 11}, {1, 13}), "object created here"});
  Report report{"check",
                {warning, diagnostic("megamorphic-call", Severity::Error, "6 shapes", location("b.js", {1, 1}, {2, 4})),
                 diagnostic("parse-error", Severity::Note, "syntax error", location("c.js", {2, 9}, {2, 10}))},
                3,
                {}};
  EXPECT_EQ(render(report),
            "::warning file=src/a.js,line=3,col=3,endLine=3,endColumn=6,title=hidden-class-change::"
            "property 'y' added%0A  = note: object created here at src/a.js:1:11\n"
            "::error file=b.js,line=1,col=1,endLine=2,endColumn=4,title=megamorphic-call::6 shapes\n"
            "::notice file=c.js,line=2,col=9,endLine=2,endColumn=10,title=parse-error::syntax error\n");
}

TEST(GithubReporter, EscapesPropertiesAndData) {
  EXPECT_EQ(escape_command_data("100% a:b,c\r\nd"), "100%25 a:b,c%0D%0Ad");
  EXPECT_EQ(escape_command_property("100% a:b,c\r\nd"), "100%25 a%3Ab%2Cc%0D%0Ad");
  Report report{"check",
                {diagnostic("r", Severity::Warning, "50% slower,\nreally", location("dir,x/a:b.js", {1, 2}, {1, 3}))},
                1,
                {}};
  EXPECT_EQ(render(report),
            "::warning file=dir%2Cx/a%3Ab.js,line=1,col=2,endLine=1,endColumn=3,title=r::50%25 slower,%0Areally\n");
}

TEST(GithubReporter, PointWithoutEndOmitsEndProperties) {
  Report report{"trace", {diagnostic("r", Severity::Note, "m", location("a.js", {5, 1}, {0, 0}))}, 0, {}};
  EXPECT_EQ(render(report), "::notice file=a.js,line=5,col=1,title=r::m\n");
}

}  // namespace
}  // namespace v8lint
