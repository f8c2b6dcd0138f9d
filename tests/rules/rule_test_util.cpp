#include "rule_test_util.h"

#include <string>

#include "config/config.h"
#include "core/source_text.h"
#include "lint/file_linter.h"
#include "rules/registry.h"

namespace v8lint {

std::vector<Diagnostic> lint_with_rule(std::string_view rule_id, std::string_view code, Dialect dialect,
                                       nlohmann::json options) {
  Config config;
  for (const RuleEntry& entry : all_rules()) config.rules[std::string(entry.meta.id)].severity = Severity::Off;
  const RuleEntry* rule = find_rule(rule_id);
  RuleSetting& setting = config.rules[std::string(rule_id)];
  setting.severity = rule ? rule->meta.default_severity : Severity::Warning;
  if (!options.is_null()) setting.options = std::move(options);
  SourceText source("test.js", std::string(code));
  return lint_source(source, dialect, config);
}

}  // namespace v8lint
