#include "config/rule_ids.h"

#include "rules/registry.h"

namespace v8lint {

namespace {

bool engine_rule_id(std::string_view id) { return id == kParseErrorRule || id == kUnusedDisableDirectiveRule; }

}  // namespace

bool known_rule_id(std::string_view id) { return engine_rule_id(id) || find_rule(id) != nullptr; }

bool static_pass_rule_id(std::string_view id) {
  const RuleEntry* entry = find_rule(id);
  return engine_rule_id(id) || (entry && entry->pass == RulePass::Static);
}

void apply_engine_rule_settings(const Config& config, std::vector<Diagnostic>& diagnostics) {
  std::erase_if(diagnostics, [&config](Diagnostic& d) {
    if (!engine_rule_id(d.rule_id)) return false;
    auto setting = config.rules.find(d.rule_id);
    if (setting == config.rules.end()) return false;
    d.severity = setting->second.severity;
    return d.severity == Severity::Off;
  });
}

}  // namespace v8lint
