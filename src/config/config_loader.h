// Reads one .v8lintrc.json into a Config, and parses the command line's
// --rule overrides. Every error names the file and the line.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"

namespace v8lint {

constexpr std::string_view kConfigFileName = ".v8lintrc.json";

// Which rule ids a configuration may name. Tests pass their own set; the
// program passes known_rule_id (config/rule_ids.h).
using RuleIdFilter = std::function<bool(std::string_view)>;

struct ConfigError {
  std::string path;
  uint32_t line = 0;  // 0: the error concerns the whole file (e.g. unreadable)
  std::string message;

  std::string to_string() const;  // "path:line: message"
};

// "off", "note", "warn" (or "warning"), "error".
std::optional<Severity> parse_severity(std::string_view level);

// Parses `text` (JSON with comments and trailing commas) read from `path`.
bool parse_config(std::string_view text, const std::string& path, const RuleIdFilter& known_rule, Config& out,
                  ConfigError& error);
bool load_config_file(const std::string& path, const RuleIdFilter& known_rule, Config& out, ConfigError& error);

// `--rule ID=LEVEL`. On failure `error` says why.
bool parse_rule_override(std::string_view spec, const RuleIdFilter& known_rule, std::string& rule_id,
                         Severity& severity, std::string& error);

// Every `--rule` value, in order (a later one for the same rule wins); stops at the first bad one.
bool parse_rule_overrides(const std::vector<std::string>& specs, const RuleIdFilter& known_rule,
                          std::map<std::string, Severity>& overrides, std::string& error);

// Command-line severities on top of a file's: options from the file stay.
void apply_rule_overrides(Config& config, const std::map<std::string, Severity>& overrides);

}  // namespace v8lint
