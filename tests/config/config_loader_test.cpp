#include "config/config_loader.h"

#include <set>

#include <gtest/gtest.h>

#include "config/jsonc.h"

namespace v8lint {
namespace {

// Tests name their own rules so they do not depend on which rules exist.
const RuleIdFilter kKnown = [](std::string_view id) {
  static const std::set<std::string_view> ids = {"rule-a", "rule-b"};
  return ids.contains(id);
};

Config parse_ok(std::string_view text) {
  Config config;
  ConfigError error;
  EXPECT_TRUE(parse_config(text, "cfg/.v8lintrc.json", kKnown, config, error)) << error.to_string();
  return config;
}

std::string parse_error(std::string_view text) {
  Config config;
  ConfigError error;
  EXPECT_FALSE(parse_config(text, "cfg/.v8lintrc.json", kKnown, config, error));
  return error.to_string();
}

TEST(Jsonc, BlanksCommentsAndTrailingCommasKeepingOffsets) {
  std::string text = "{ // c\n \"a\": \"//x/*\", /* b\n */ \"l\": [1,],\n}";
  std::string strict = strip_jsonc(text);
  EXPECT_EQ(strict, "{     \n \"a\": \"//x/*\",     \n    \"l\": [1 ] \n}");
  EXPECT_EQ(strict.size(), text.size());
}

TEST(ConfigLoader, ReadsEverySection) {
  Config config = parse_ok(R"({
    "$schema": "./docs/config.schema.json",
    "rules": {"rule-a": "off", "rule-b": ["error", {"limit": 3}]},
    "ignorePatterns": ["dist/", "*.gen.js"],
    "hot": {"functions": ["handle*"], "files": ["src/server/**"]}
  })");
  EXPECT_EQ(config.source_path, "cfg/.v8lintrc.json");
  ASSERT_EQ(config.rules.size(), 2u);
  EXPECT_EQ(config.rules["rule-a"].severity, Severity::Off);
  EXPECT_EQ(config.rules["rule-b"].severity, Severity::Error);
  EXPECT_EQ(config.rules["rule-b"].options, nlohmann::json({{"limit", 3}}));
  EXPECT_EQ(config.ignore_patterns, (std::vector<std::string>{"dist/", "*.gen.js"}));
  EXPECT_EQ(config.hot.functions, std::vector<std::string>{"handle*"});
  EXPECT_EQ(config.hot.files, std::vector<std::string>{"src/server/**"});
}

TEST(ConfigLoader, LevelsAndSingleElementArray) {
  Config config = parse_ok(R"({"rules": {"rule-a": ["note"], "rule-b": "warn"}})");
  EXPECT_EQ(config.rules["rule-a"].severity, Severity::Note);
  EXPECT_EQ(config.rules["rule-a"].options, nlohmann::json::object());
  EXPECT_EQ(config.rules["rule-b"].severity, Severity::Warning);
}

TEST(ConfigLoader, CommentsTrailingCommasCrlfAndBom) {
  Config config = parse_ok("\xEF\xBB\xBF{\r\n  // line comment\r\n  /* block */ \"rules\": {\"rule-a\": \"error\",},\r\n}\r\n");
  EXPECT_EQ(config.rules["rule-a"].severity, Severity::Error);
}

TEST(ConfigLoader, SyntaxErrorNamesFileAndLine) {
  EXPECT_EQ(parse_error("{\n  \"rules\": {\n    \"rule-a\" \"off\"\n  }\n}"),
            "cfg/.v8lintrc.json:3: syntax error while parsing object separator - unexpected string literal; "
            "expected ':'");
  EXPECT_EQ(parse_error("{\r\n// comment\r\n\"rules\": {}\r\n/* unterminated\r\n"),
            "cfg/.v8lintrc.json:4: syntax error while parsing object - invalid literal; last read: "
            "'\"rules\": {}<U+000D><U+000A>/'; expected '}'");
  EXPECT_EQ(parse_error(""),
            "cfg/.v8lintrc.json:1: syntax error while parsing value - unexpected end of input; expected '[', '{', "
            "or a literal");
}

TEST(ConfigLoader, SchemaErrorsNameTheLineOfTheOffendingValue) {
  EXPECT_EQ(parse_error("{\n  \"rules\": {\n    \"rule-a\": \"off\",\n    \"no-such-rule\": \"off\"\n  }\n}"),
            "cfg/.v8lintrc.json:4: unknown rule \"no-such-rule\"");
  EXPECT_EQ(parse_error("{\n\"rules\": {\"rule-a\":\n  \"loud\"}}"),
            "cfg/.v8lintrc.json:2: rule level must be \"off\", \"note\", \"warn\" or \"error\"");
  EXPECT_EQ(parse_error("{\"rules\": {\n\"rule-a\": [\n\"warn\",\n 3]}}"),
            "cfg/.v8lintrc.json:4: rule options must be an object");
  EXPECT_EQ(parse_error("{\"rules\": {\"rule-a\": []}}"),
            "cfg/.v8lintrc.json:1: a rule setting array must be [level] or [level, {options}]");
  EXPECT_EQ(parse_error("{\n\"ignorePatterns\": [\n\"a\",\n 7]}"),
            "cfg/.v8lintrc.json:4: \"ignorePatterns\" must contain only strings");
  EXPECT_EQ(parse_error("{\n\"hot\": {\n\"function\": []}}"),
            "cfg/.v8lintrc.json:3: unknown key \"hot.function\" (expected functions, files, trace)");
  EXPECT_EQ(parse_error("{\n\n\"rule\": {}}"),
            "cfg/.v8lintrc.json:3: unknown key \"rule\" (expected rules, ignorePatterns, hot)");
  EXPECT_EQ(parse_error("[1]"), "cfg/.v8lintrc.json:1: the configuration must be a JSON object");
  EXPECT_EQ(parse_error("{\"rules\": \"all\"}"), "cfg/.v8lintrc.json:1: \"rules\" must be an object of rule id -> level");
}

TEST(ConfigLoader, HotTraceSettingsAndTheirErrors) {
  Config defaults = parse_ok("{}");
  EXPECT_TRUE(defaults.hot.trace.raise);
  EXPECT_EQ(defaults.hot.trace.ic_events, 10);
  Config config = parse_ok(R"({"hot": {"trace": {"raise": false, "icEvents": 40}}})");
  EXPECT_FALSE(config.hot.trace.raise);
  EXPECT_EQ(config.hot.trace.ic_events, 40);
  EXPECT_EQ(parse_error("{\"hot\": {\"trace\": {\n\"raise\": \"yes\"}}}"),
            "cfg/.v8lintrc.json:2: \"raise\" must be true or false");
  EXPECT_EQ(parse_error("{\"hot\": {\"trace\": {\n\"icEvents\": 0}}}"),
            "cfg/.v8lintrc.json:2: \"icEvents\" must be a positive integer");
  EXPECT_EQ(parse_error("{\"hot\": {\"trace\": {\n\"ic\": 3}}}"),
            "cfg/.v8lintrc.json:2: unknown key \"hot.trace.ic\" (expected raise, icEvents)");
}

TEST(ConfigLoader, DeepNestingIsRefusedAtItsLine) {
  std::string deep = "{\"rules\": {\"rule-a\": [\"warn\",\n" + std::string(100000, '[') + std::string(100000, ']') + "]}}";
  EXPECT_EQ(parse_error(deep), "cfg/.v8lintrc.json:2: nested deeper than 64 levels");
  EXPECT_EQ(parse_error("{\"s\": \"[[[[\"}"), "cfg/.v8lintrc.json:1: unknown key \"s\" (expected rules, ignorePatterns, hot)");
}

TEST(ConfigLoader, UnreadableFileIsAnErrorWithoutLine) {
  Config config;
  ConfigError error;
  EXPECT_FALSE(load_config_file("/nonexistent/.v8lintrc.json", kKnown, config, error));
  EXPECT_EQ(error.to_string(), "/nonexistent/.v8lintrc.json: cannot open: No such file or directory");
}

TEST(RuleOverride, ParsesAndValidates) {
  std::string id, error;
  Severity severity = Severity::Off;
  EXPECT_TRUE(parse_rule_override("rule-a=error", kKnown, id, severity, error));
  EXPECT_EQ(id, "rule-a");
  EXPECT_EQ(severity, Severity::Error);
  EXPECT_FALSE(parse_rule_override("rule-x=error", kKnown, id, severity, error));
  EXPECT_EQ(error, "--rule rule-x=error: unknown rule \"rule-x\"");
  error.clear();
  EXPECT_FALSE(parse_rule_override("rule-a=loud", kKnown, id, severity, error));
  EXPECT_EQ(error, "--rule rule-a=loud: level must be off, note, warn or error");
  error.clear();
  EXPECT_FALSE(parse_rule_override("rule-a", kKnown, id, severity, error));
  EXPECT_EQ(error, "--rule rule-a: expected ID=off|note|warn|error");
}

TEST(RuleOverride, ReplacesSeverityKeepsOptions) {
  Config config = parse_ok(R"({"rules": {"rule-a": ["warn", {"limit": 2}]}})");
  apply_rule_overrides(config, {{"rule-a", Severity::Error}, {"rule-b", Severity::Off}});
  EXPECT_EQ(config.rules["rule-a"].severity, Severity::Error);
  EXPECT_EQ(config.rules["rule-a"].options, nlohmann::json({{"limit", 2}}));
  EXPECT_EQ(config.rules["rule-b"].severity, Severity::Off);
}

}  // namespace
}  // namespace v8lint
