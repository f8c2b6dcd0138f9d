#include "config/config.h"

#include "rules/registry.h"

namespace v8lint {

RuleSetting effective_setting(const Config& config, std::string_view rule_id) {
  auto it = config.rules.find(std::string(rule_id));
  if (it != config.rules.end()) return it->second;
  RuleSetting setting;
  if (const RuleEntry* entry = find_rule(rule_id)) setting.severity = entry->meta.default_severity;
  return setting;
}

}  // namespace v8lint
