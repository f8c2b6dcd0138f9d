#include "files/glob.h"

#include <gtest/gtest.h>

namespace v8lint {

TEST(Glob, StarAndQuestionStayInOneSegment) {
  EXPECT_TRUE(glob_match("*.js", "a.js"));
  EXPECT_FALSE(glob_match("*.js", "dir/a.js"));
  EXPECT_TRUE(glob_match("a?c", "abc"));
  EXPECT_FALSE(glob_match("a?c", "a/c"));
  EXPECT_TRUE(glob_match("a*b*c", "axxbyyc"));
  EXPECT_FALSE(glob_match("a*b*c", "axxbyy"));
  EXPECT_TRUE(glob_match("handle*", "handleRequest"));
}

TEST(Glob, Classes) {
  EXPECT_TRUE(glob_match("file[0-9].js", "file7.js"));
  EXPECT_FALSE(glob_match("file[0-9].js", "filex.js"));
  EXPECT_TRUE(glob_match("file[!0-9].js", "filex.js"));
  EXPECT_FALSE(glob_match("file[!0-9].js", "file1.js"));
  EXPECT_TRUE(glob_match("[]]", "]"));
  EXPECT_TRUE(glob_match("a[", "a["));  // unterminated: literal
}

TEST(Glob, EscapedCharactersAreLiteral) {
  EXPECT_TRUE(glob_match("\\*.js", "*.js"));
  EXPECT_FALSE(glob_match("\\*.js", "a.js"));
}

TEST(Glob, DoubleStarSpansSegments) {
  EXPECT_TRUE(glob_match("**/a.js", "a.js"));
  EXPECT_TRUE(glob_match("**/a.js", "x/y/a.js"));
  EXPECT_TRUE(glob_match("src/**/a.js", "src/a.js"));
  EXPECT_TRUE(glob_match("src/**/a.js", "src/x/y/a.js"));
  EXPECT_FALSE(glob_match("src/**/a.js", "lib/x/a.js"));
  EXPECT_TRUE(glob_match("src/**", "src/x/y"));
  EXPECT_FALSE(glob_match("src/**", "src"));
  EXPECT_TRUE(glob_match("a/**/b/**/c", "a/x/b/y/z/c"));
  EXPECT_FALSE(glob_match("a/**/b/**/c", "a/x/y/z/c"));
}

}  // namespace v8lint
