// The documentation's examples and schema must agree with the loader.
#include <regex>
#include <set>

#include <gtest/gtest.h>

#include "config/config_loader.h"
#include "config/rule_ids.h"
#include "core/source_text.h"

namespace v8lint {
namespace {

std::string read_doc(const std::string& name) {
  std::string text, error;
  EXPECT_TRUE(read_file(std::string(V8LINT_SOURCE_DIR) + "/docs/" + name, text, error)) << error;
  return text;
}

// The ```jsonc blocks of docs/configuration.md: the example configuration files.
std::vector<std::string> jsonc_examples() {
  std::string doc = read_doc("configuration.md");
  std::regex block("```jsonc\n([\\s\\S]*?)```");
  std::vector<std::string> examples;
  for (auto it = std::sregex_iterator(doc.begin(), doc.end(), block); it != std::sregex_iterator(); ++it)
    examples.push_back((*it)[1]);
  return examples;
}

TEST(ConfigDocs, ExamplesParseWithTheLoader) {
  std::vector<std::string> examples = jsonc_examples();
  ASSERT_FALSE(examples.empty());
  for (const std::string& example : examples) {
    Config config;
    ConfigError error;
    EXPECT_TRUE(parse_config(example, "docs/configuration.md", known_rule_id, config, error)) << error.to_string();
    EXPECT_FALSE(config.rules.empty());
    EXPECT_FALSE(config.ignore_patterns.empty());
    EXPECT_FALSE(config.hot.functions.empty());
  }
}

TEST(ConfigDocs, SchemaMatchesWhatTheLoaderAccepts) {
  nlohmann::json schema = nlohmann::json::parse(read_doc("config.schema.json"));
  EXPECT_EQ(schema["$schema"], "http://json-schema.org/draft-07/schema#");
  EXPECT_EQ(schema["additionalProperties"], false);
  std::set<std::string> keys;
  for (const auto& [key, value] : schema["properties"].items()) keys.insert(key);
  EXPECT_EQ(keys, (std::set<std::string>{"$schema", "rules", "ignorePatterns", "hot"}));
  std::set<std::string> hot_keys;
  for (const auto& [key, value] : schema["properties"]["hot"]["properties"].items()) hot_keys.insert(key);
  EXPECT_EQ(hot_keys, (std::set<std::string>{"functions", "files", "trace"}));
  std::set<std::string> trace_keys;
  for (const auto& [key, value] : schema["properties"]["hot"]["properties"]["trace"]["properties"].items())
    trace_keys.insert(key);
  EXPECT_EQ(trace_keys, (std::set<std::string>{"raise", "icEvents"}));
  for (const nlohmann::json& level : schema["definitions"]["level"]["enum"])
    EXPECT_TRUE(parse_severity(level.get<std::string>())) << level;
  EXPECT_EQ(schema["definitions"]["level"]["enum"].size(), 5u);  // off note warn warning error
}

}  // namespace
}  // namespace v8lint
