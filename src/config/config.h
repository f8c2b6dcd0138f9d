// The configuration in force for one file: .v8lintrc.json (nearest wins),
// then command-line overrides.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.h"

namespace v8lint {

struct RuleSetting {
  Severity severity = Severity::Warning;
  nlohmann::json options = nlohmann::json::object();
};

// What the join does with static findings in functions the trace shows hot
// (docs/join.md#confirmed-hot-by-trace).
struct TraceHotConfig {
  bool raise = true;          // raise such findings one level (note -> warning -> error)
  int64_t ic_events = 10;     // IC state changes in one function that make it hot without optimization
};

// Functions and files the user declares hot, as globs.
struct HotConfig {
  std::vector<std::string> functions;
  std::vector<std::string> files;
  TraceHotConfig trace;
};

struct Config {
  std::string source_path;                    // the file it was read from; empty for defaults
  std::map<std::string, RuleSetting> rules;   // only rules the file mentions
  std::vector<std::string> ignore_patterns;   // gitignore-style, relative to the config's directory
  HotConfig hot;
  bool report_unused_disable_directives = false;  // --report-unused-disable-directives
};

// Severity and options for a rule: the config's if set, else the rule's default.
RuleSetting effective_setting(const Config& config, std::string_view rule_id);

}  // namespace v8lint
