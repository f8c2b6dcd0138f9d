#include "rule_test_util.h"

#include <string>

#include "config/config.h"
#include "core/source_text.h"
#include "lint/file_linter.h"
#include "rules/registry.h"
#include "rules/rule_docs.h"

namespace v8lint {

std::vector<Diagnostic> lint_with_rule(std::string_view rule_id, std::string_view code, Dialect dialect,
                                       nlohmann::json options) {
  Config config;
  for (const RuleEntry& entry : all_rules()) config.rules[std::string(entry.meta.id)].severity = Severity::Off;
  const RuleEntry* rule = find_rule(rule_id);
  RuleSetting& setting = config.rules[std::string(rule_id)];
  bool on_by_default = rule && rule->meta.default_severity != Severity::Off;
  setting.severity = on_by_default ? rule->meta.default_severity : Severity::Warning;
  if (options.is_object()) setting.options = std::move(options);
  std::string path = dialect == Dialect::JavaScript   ? "test.js"
                     : dialect == Dialect::TypeScript ? "test.ts"
                                                      : "test.tsx";
  SourceText source(path, std::string(code));
  return lint_source(source, dialect, config);
}

std::vector<std::string> finding_positions(std::string_view rule_id, std::string_view code, Dialect dialect,
                                           nlohmann::json options) {
  std::vector<std::string> out;
  for (const Diagnostic& d : lint_with_rule(rule_id, code, dialect, std::move(options)))
    out.push_back(d.rule_id + " " + std::to_string(d.location.start.line) + ":" +
                  std::to_string(d.location.start.column));
  return out;
}

std::vector<std::string> missing_rule_parts(std::string_view rule_id) {
  std::vector<std::string> missing;
  if (!find_rule(rule_id)) missing.emplace_back("registry entry");
  std::string_view doc = rule_doc(rule_id);
  std::string title = "# " + std::string(rule_id) + "\n";
  if (!doc.starts_with(title)) missing.push_back(title);
  if (rule_doc_description(rule_id).empty()) missing.emplace_back("description paragraph");
  for (const char* section : {"\n## What V8 does\n", "\n## Bad\n", "\n## Good\n", "\n## Options\n"}) {
    if (doc.find(section) == std::string_view::npos) missing.emplace_back(section);
  }
  return missing;
}

}  // namespace v8lint
