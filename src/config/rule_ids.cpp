#include "config/rule_ids.h"

#include "rules/registry.h"

namespace v8lint {

bool known_rule_id(std::string_view id) {
  return id == kParseErrorRule || id == kUnusedDisableDirectiveRule || find_rule(id) != nullptr;
}

void apply_engine_rule_settings(const Config& config, std::vector<Diagnostic>& diagnostics) {
  std::erase_if(diagnostics, [&config](Diagnostic& d) {
    if (d.rule_id != kParseErrorRule && d.rule_id != kUnusedDisableDirectiveRule) return false;
    auto setting = config.rules.find(d.rule_id);
    if (setting == config.rules.end()) return false;
    d.severity = setting->second.severity;
    return d.severity == Severity::Off;
  });
}

}  // namespace v8lint
