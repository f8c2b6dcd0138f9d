#include "files/file_discovery.h"

#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "temp_tree.h"

namespace v8lint {
namespace {

namespace fs = std::filesystem;
using testing::TempTree;

// Discovered paths relative to the tree, for readable expectations.
std::vector<std::string> relative(const TempTree& tree, const std::vector<std::string>& files) {
  std::vector<std::string> out;
  for (const std::string& file : files) out.push_back(fs::path(file).lexically_relative(tree.root()).string());
  return out;
}

Discovery discover(const TempTree& tree, DiscoveryOptions options = {}) {
  return discover_files({tree.root().string()}, options);
}

using Files = std::vector<std::string>;

TEST(FileDiscovery, FindsEveryDialectInNameOrderAndSkipsOtherFiles) {
  TempTree tree;
  for (const char* name : {"b.ts", "a.js", "c.mjs", "d.cjs", "e.jsx", "f.mts", "g.cts", "h.tsx", "i.json", "j.md"})
    tree.write(std::string("dir/") + name, "x;\n");
  Discovery found = discover(tree);
  EXPECT_EQ(relative(tree, found.files), (Files{"dir/a.js", "dir/b.ts", "dir/c.mjs", "dir/d.cjs", "dir/e.jsx",
                                                 "dir/f.mts", "dir/g.cts", "dir/h.tsx"}));
  EXPECT_TRUE(found.errors.empty());
}

TEST(FileDiscovery, SkipsNodeModulesAndGit) {
  TempTree tree;
  tree.write("node_modules/lib/index.js");
  tree.write("src/node_modules/x.js");
  tree.write(".git/hooks/h.js");
  tree.write("src/app.js");
  EXPECT_EQ(relative(tree, discover(tree).files), Files{"src/app.js"});
}

TEST(FileDiscovery, HonoursNestedGitignoresWithNegation) {
  TempTree tree;
  tree.write(".gitignore", "dist/\n*.gen.js\n");
  tree.write("dist/out.js");
  tree.write("a.gen.js");
  tree.write("pkg/.gitignore", "!keep.gen.js\n/local.js\n");
  tree.write("pkg/keep.gen.js");
  tree.write("pkg/drop.gen.js");
  tree.write("pkg/local.js");
  tree.write("pkg/deep/local.js");
  tree.write("other/keep.gen.js");
  EXPECT_EQ(relative(tree, discover(tree).files), (Files{"pkg/deep/local.js", "pkg/keep.gen.js"}));
}

TEST(FileDiscovery, ExtraIgnoresApplyPerDirectory) {
  TempTree tree;
  tree.write("src/a.js");
  tree.write("src/generated/b.js");
  tree.write("lib/generated/c.js");
  IgnoreList ignores;
  ignores.add((tree.root() / "src").string(), std::vector<std::string>{"generated/"});
  DiscoveryOptions options;
  options.extra_ignores = [&](const std::string& directory) {
    return directory.starts_with((tree.root() / "src").string()) ? &ignores : nullptr;
  };
  EXPECT_EQ(relative(tree, discover(tree, options).files), (Files{"lib/generated/c.js", "src/a.js"}));
}

TEST(FileDiscovery, SkipsMinifiedUnlessAskedOrNamed) {
  TempTree tree;
  tree.write("lib.min.js", "x;\n");
  tree.write("bundle.js", std::string(kMinifiedLineLength + 1, 'x') + "\n");
  tree.write("edge.js", std::string(kMinifiedLineLength, 'x') + "\nmore;\n");
  tree.write("app.js", "x;\n" + std::string(kMinifiedLineLength * 2, 'x'));
  EXPECT_EQ(relative(tree, discover(tree).files), (Files{"app.js", "edge.js"}));

  DiscoveryOptions include;
  include.include_minified = true;
  EXPECT_EQ(relative(tree, discover(tree, include).files), (Files{"app.js", "bundle.js", "edge.js", "lib.min.js"}));

  Discovery explicit_file = discover_files({tree.path("lib.min.js").string()}, {});
  EXPECT_EQ(relative(tree, explicit_file.files), Files{"lib.min.js"});
}

TEST(FileDiscovery, ExplicitFileIsLintedEvenWhenIgnored) {
  TempTree tree;
  tree.write(".gitignore", "ignored.js\n");
  tree.write("ignored.js");
  EXPECT_TRUE(discover(tree).files.empty());
  EXPECT_EQ(relative(tree, discover_files({tree.path("ignored.js").string()}, {}).files), Files{"ignored.js"});
}

TEST(FileDiscovery, SymlinkLoopEnds) {
  TempTree tree;
  tree.write("a/x.js");
  fs::create_directory_symlink(tree.path("a"), tree.path("a/loop"));
  fs::create_directory_symlink(tree.root(), tree.path("a/up"));
  Discovery found = discover(tree);
  EXPECT_EQ(relative(tree, found.files), Files{"a/x.js"});
  EXPECT_TRUE(found.errors.empty());
}

TEST(FileDiscovery, PathsWithSpaces) {
  TempTree tree;
  tree.write("my dir/some file.ts");
  EXPECT_EQ(relative(tree, discover(tree).files), Files{"my dir/some file.ts"});
}

TEST(FileDiscovery, MissingAndSpecialExplicitPathsAreErrors) {
  TempTree tree;
  ASSERT_EQ(mkfifo(tree.path("pipe.js").c_str(), 0600), 0);
  fs::create_symlink(tree.path("self.js"), tree.path("self.js"));
  Discovery found = discover_files({tree.path("none.js").string(), tree.path("pipe.js").string(),
                                    tree.path("self.js").string()}, {});
  EXPECT_TRUE(found.files.empty());
  ASSERT_EQ(found.errors.size(), 3u);
  EXPECT_EQ(found.errors[0], tree.path("none.js").string() + ": no such file or directory");
  EXPECT_EQ(found.errors[1], tree.path("pipe.js").string() + ": not a regular file");
  EXPECT_EQ(found.errors[2], tree.path("self.js").string() + ": Too many levels of symbolic links");
}

TEST(FileDiscovery, BadSymlinksInsideTheWalk) {
  TempTree tree;
  tree.write("ok.js");
  fs::create_symlink(tree.path("gone.js"), tree.path("dangling.js"));  // skipped quietly
  fs::create_symlink(tree.path("self.js"), tree.path("self.js"));      // cannot be resolved: reported
  fs::create_symlink(tree.path("self.txt"), tree.path("self.txt"));    // would not be linted: quiet
  Discovery found = discover(tree);
  EXPECT_EQ(relative(tree, found.files), Files{"ok.js"});
  EXPECT_EQ(found.errors, std::vector<std::string>{tree.path("self.js").string() + ": Too many levels of symbolic links"});
}

TEST(FileDiscovery, UnreadableDirectoryIsReportedAndTheWalkGoesOn) {
  TempTree tree;
  tree.write("locked/x.js");
  tree.write("open/y.js");
  fs::permissions(tree.path("locked"), fs::perms::none);
  if (access(tree.path("locked").c_str(), R_OK) == 0) GTEST_SKIP() << "permissions do not apply (running as root)";
  Discovery found = discover(tree);
  EXPECT_EQ(relative(tree, found.files), Files{"open/y.js"});
  ASSERT_EQ(found.errors.size(), 1u);
  EXPECT_EQ(found.errors[0], tree.path("locked").string() + ": cannot read directory: Permission denied");
}

}  // namespace
}  // namespace v8lint
