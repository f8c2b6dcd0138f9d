#include "config/config_resolver.h"

#include <set>

#include <gtest/gtest.h>

#include "../files/temp_tree.h"

namespace v8lint {
namespace {

using testing::TempTree;

ConfigSources sources(std::string forced = "", std::map<std::string, Severity> overrides = {}) {
  return {std::move(forced), std::move(overrides), false,
          [](std::string_view id) { return id == "rule-a" || id == "rule-b"; }};
}

std::string dir(const TempTree& tree, const std::string& relative) {
  return normal_absolute_path(tree.path(relative));
}

TEST(ConfigResolver, NearestFileWinsWithoutMerging) {
  TempTree tree;
  tree.write(".v8lintrc.json", R"({"rules": {"rule-a": "error", "rule-b": "note"}})");
  tree.write("pkg/.v8lintrc.json", R"({"rules": {"rule-a": "off"}})");
  tree.write("pkg/src/deep/x.js");
  tree.write("other/y.js");
  ConfigResolver resolver(sources());

  auto deep = resolver.for_directory(dir(tree, "pkg/src/deep"));
  ASSERT_TRUE(deep);
  EXPECT_EQ(deep->config.source_path, tree.path("pkg/.v8lintrc.json").string());
  EXPECT_EQ(deep->config.rules.at("rule-a").severity, Severity::Off);
  EXPECT_FALSE(deep->config.rules.contains("rule-b"));  // the outer file does not merge in

  auto other = resolver.for_directory(dir(tree, "other"));
  ASSERT_TRUE(other);
  EXPECT_EQ(other->config.rules.at("rule-b").severity, Severity::Note);
  EXPECT_EQ(resolver.for_directory(dir(tree, "pkg/src")).get(), deep.get());  // one load per file
}

TEST(ConfigResolver, ForcedFileAppliesEverywhereAndOverridesGoOnTop) {
  TempTree tree;
  tree.write(".v8lintrc.json", R"({"rules": {"rule-a": "error"}})");
  tree.write("ci.json", R"({"rules": {"rule-a": ["note", {"limit": 1}]}, "ignorePatterns": ["gen/"]})");
  ConfigResolver resolver(sources(tree.path("ci.json").string(), {{"rule-a", Severity::Warning}}));
  auto loaded = resolver.for_directory(dir(tree, ""));
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->config.rules.at("rule-a").severity, Severity::Warning);
  EXPECT_EQ(loaded->config.rules.at("rule-a").options, nlohmann::json({{"limit", 1}}));
  EXPECT_TRUE(loaded->ignores.ignores(dir(tree, "x/gen"), true));  // relative to ci.json's directory
}

TEST(ConfigResolver, DefaultsWhenNoFileCarryOverrides) {
  TempTree tree;
  ConfigResolver resolver(sources("", {{"rule-b", Severity::Error}}));
  // The temp tree's ancestors are assumed to hold no .v8lintrc.json.
  auto loaded = resolver.for_directory(dir(tree, ""));
  ASSERT_TRUE(loaded);
  EXPECT_TRUE(loaded->config.source_path.empty());
  EXPECT_EQ(loaded->config.rules.at("rule-b").severity, Severity::Error);
}

TEST(ConfigResolver, BrokenFileIsReportedOnceAndYieldsNull) {
  TempTree tree;
  tree.write(".v8lintrc.json", "{\n  \"rules\": {\"rule-z\": \"off\"}\n}");
  ConfigResolver resolver(sources());
  EXPECT_FALSE(resolver.for_directory(dir(tree, "a")));
  EXPECT_FALSE(resolver.for_directory(dir(tree, "b")));
  ASSERT_EQ(resolver.errors().size(), 1u);
  EXPECT_EQ(resolver.errors()[0].to_string(), tree.path(".v8lintrc.json").string() + ":2: unknown rule \"rule-z\"");
}

}  // namespace
}  // namespace v8lint
