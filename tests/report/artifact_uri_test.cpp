#include "report/artifact_uri.h"

#include <gtest/gtest.h>

namespace v8lint {
namespace {

void expect_uri(const ArtifactUri& actual, const std::string& uri, bool under_source_root) {
  EXPECT_EQ(actual.uri, uri);
  EXPECT_EQ(actual.under_source_root, under_source_root);
}

TEST(ArtifactUri, PathsBelowTheWorkingDirectoryAreRelative) {
  expect_uri(artifact_uri("src/a.js", "/work/app"), "src/a.js", true);
  expect_uri(artifact_uri("./src/../lib/a.js", "/work/app"), "lib/a.js", true);
  expect_uri(artifact_uri("/work/app/src/a.js", "/work/app"), "src/a.js", true);
  expect_uri(artifact_uri("src/a.js", "/work/app/"), "src/a.js", true);
  expect_uri(artifact_uri("a.js", "/"), "a.js", true);
}

TEST(ArtifactUri, PathsOutsideAreAbsoluteFileUris) {
  expect_uri(artifact_uri("../lib/a.js", "/work/app"), "file:///work/lib/a.js", false);
  expect_uri(artifact_uri("/etc/x.js", "/work/app"), "file:///etc/x.js", false);
  expect_uri(artifact_uri("/work/application/a.js", "/work/app"), "file:///work/application/a.js", false);
}

TEST(ArtifactUri, PercentEncodesEverythingButUnreservedAndSlash) {
  expect_uri(artifact_uri("my dir/a b#1%.js", "/w"), "my%20dir/a%20b%231%25.js", true);
  expect_uri(artifact_uri("src/\xC3\xA9t\xC3\xA9.ts", "/w"), "src/%C3%A9t%C3%A9.ts", true);
  EXPECT_EQ(percent_encode_path("a-b_c.d~e/f:g?h[i]"), "a-b_c.d~e/f%3Ag%3Fh%5Bi%5D");
}

TEST(ArtifactUri, DirectoryUrisEndWithASlash) {
  EXPECT_EQ(directory_uri("/work/my app"), "file:///work/my%20app/");
  EXPECT_EQ(directory_uri("/work/app/"), "file:///work/app/");
  EXPECT_EQ(directory_uri("/"), "file:///");
}

}  // namespace
}  // namespace v8lint
