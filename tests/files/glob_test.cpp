#include "files/glob.h"

#include <gtest/gtest.h>

namespace v8lint {
namespace {

struct GlobCase {
  const char* pattern;
  const char* text;
  bool matches;
};

class Glob : public ::testing::TestWithParam<GlobCase> {};

TEST_P(Glob, Matches) {
  const GlobCase& c = GetParam();
  EXPECT_EQ(glob_match(c.pattern, c.text), c.matches) << c.pattern << " vs " << c.text;
}

INSTANTIATE_TEST_SUITE_P(StarAndQuestionStayInOneSegment, Glob,
                         ::testing::Values(GlobCase{"*.js", "a.js", true}, GlobCase{"*.js", "dir/a.js", false},
                                           GlobCase{"a?c", "abc", true}, GlobCase{"a?c", "a/c", false},
                                           GlobCase{"a*b*c", "axxbyyc", true}, GlobCase{"a*b*c", "axxbyy", false},
                                           GlobCase{"handle*", "handleRequest", true}));

INSTANTIATE_TEST_SUITE_P(Classes, Glob,
                         ::testing::Values(GlobCase{"file[0-9].js", "file7.js", true},
                                           GlobCase{"file[0-9].js", "filex.js", false},
                                           GlobCase{"file[!0-9].js", "filex.js", true},
                                           GlobCase{"file[!0-9].js", "file1.js", false}, GlobCase{"[]]", "]", true},
                                           GlobCase{"a[", "a[", true}));  // unterminated: literal

INSTANTIATE_TEST_SUITE_P(EscapesAreLiteral, Glob,
                         ::testing::Values(GlobCase{"\\*.js", "*.js", true}, GlobCase{"\\*.js", "a.js", false}));

INSTANTIATE_TEST_SUITE_P(DoubleStarSpansSegments, Glob,
                         ::testing::Values(GlobCase{"**/a.js", "a.js", true}, GlobCase{"**/a.js", "x/y/a.js", true},
                                           GlobCase{"src/**/a.js", "src/a.js", true},
                                           GlobCase{"src/**/a.js", "src/x/y/a.js", true},
                                           GlobCase{"src/**/a.js", "lib/x/a.js", false},
                                           GlobCase{"src/**", "src/x/y", true}, GlobCase{"src/**", "src", false},
                                           GlobCase{"a/**/b/**/c", "a/x/b/y/z/c", true},
                                           GlobCase{"a/**/b/**/c", "a/x/y/z/c", false}));

}  // namespace
}  // namespace v8lint
