#include "files/ignore_list.h"

#include <gtest/gtest.h>

namespace v8lint {

TEST(IgnoreList, NameWithoutSlashMatchesAtAnyDepthBelowItsBase) {
  IgnoreList list;
  list.add("/repo/sub", "dist\n");
  EXPECT_TRUE(list.ignores("/repo/sub/dist", true));
  EXPECT_TRUE(list.ignores("/repo/sub/a/b/dist", false));
  EXPECT_FALSE(list.ignores("/repo/dist", true));       // above the .gitignore
  EXPECT_FALSE(list.ignores("/repo/sub/distx", true));
}

TEST(IgnoreList, SlashAnchorsToTheBase) {
  IgnoreList list;
  list.add("/repo", "/build\nsrc/gen\n");
  EXPECT_TRUE(list.ignores("/repo/build", true));
  EXPECT_FALSE(list.ignores("/repo/x/build", true));
  EXPECT_TRUE(list.ignores("/repo/src/gen", true));
  EXPECT_FALSE(list.ignores("/repo/lib/src/gen", true));
}

TEST(IgnoreList, TrailingSlashMatchesDirectoriesOnly) {
  IgnoreList list;
  list.add("/repo", "out/\n");
  EXPECT_TRUE(list.ignores("/repo/out", true));
  EXPECT_FALSE(list.ignores("/repo/out", false));
}

TEST(IgnoreList, LastMatchWinsAndNegationReincludes) {
  IgnoreList list;
  list.add("/repo", "*.js\n!keep.js\n");
  EXPECT_EQ(list.match("/repo/a.js", false), std::optional<bool>(true));
  EXPECT_EQ(list.match("/repo/keep.js", false), std::optional<bool>(false));
  EXPECT_EQ(list.match("/repo/a.ts", false), std::nullopt);
  list.add("/repo/sub", "keep.js\n");  // a deeper file overrides
  EXPECT_TRUE(list.ignores("/repo/sub/keep.js", false));
  EXPECT_FALSE(list.ignores("/repo/keep.js", false));
}

TEST(IgnoreList, CommentsBlanksEscapesCrlfAndTrailingSpaces) {
  IgnoreList list;
  list.add("/repo", "\xEF\xBB\xBF" "bom.js\r\n# a comment\r\n\r\n\\#hash.js\r\n\\!bang.js\r\nspaced.js   \r\n");
  EXPECT_TRUE(list.ignores("/repo/bom.js", false));
  EXPECT_TRUE(list.ignores("/repo/#hash.js", false));
  EXPECT_TRUE(list.ignores("/repo/!bang.js", false));
  EXPECT_TRUE(list.ignores("/repo/spaced.js", false));
  EXPECT_FALSE(list.ignores("/repo/# a comment", false));
}

TEST(IgnoreList, DoubleStarPatterns) {
  IgnoreList list;
  list.add("/repo", "**/fixtures/**\nlogs/**/*.js\n");
  EXPECT_TRUE(list.ignores("/repo/a/fixtures/x.js", false));
  EXPECT_FALSE(list.ignores("/repo/a/fixtures", true));
  EXPECT_TRUE(list.ignores("/repo/logs/x.js", false));
  EXPECT_TRUE(list.ignores("/repo/logs/a/b/x.js", false));
  EXPECT_FALSE(list.ignores("/repo/logs/a/b/x.ts", false));
}

TEST(IgnoreList, PatternListFromConfig) {
  IgnoreList list;
  list.add("/repo", std::vector<std::string>{"generated/", "*.gen.ts"});
  EXPECT_TRUE(list.ignores("/repo/src/generated", true));
  EXPECT_TRUE(list.ignores("/repo/a.gen.ts", false));
  EXPECT_FALSE(list.ignores("/repo/a.ts", false));
}

}  // namespace v8lint
