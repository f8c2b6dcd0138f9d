// The rule ids a configuration, --rule and disable directives may name: the
// registry's rules plus the findings the engine itself produces.
#pragma once

#include <string_view>
#include <vector>

#include "config/config.h"

namespace v8lint {

constexpr std::string_view kParseErrorRule = "parse-error";
constexpr std::string_view kUnusedDisableDirectiveRule = "unused-disable-directive";

bool known_rule_id(std::string_view id);
// The ids `v8lint check` can report: static rules and the engine's own.
bool static_pass_rule_id(std::string_view id);

// The engine's own findings are not registry rules; this gives them the
// severity the configuration sets, dropping those set to "off".
void apply_engine_rule_settings(const Config& config, std::vector<Diagnostic>& diagnostics);

}  // namespace v8lint
