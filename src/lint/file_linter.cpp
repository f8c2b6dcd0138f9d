#include "lint/file_linter.h"

#include <memory>
#include <string>

#include "config/rule_ids.h"
#include "lint/suppressions.h"
#include "rules/registry.h"
#include "semantic/semantic_model.h"
#include "syntax/syntax_tree.h"

namespace v8lint {
namespace {

struct ActiveRule {
  std::unique_ptr<Rule> rule;  // one instance per file: rules may keep per-file state
  RuleSetting setting;
  std::unique_ptr<RuleContext> context;
};

// rules_by_symbol[s] lists the rules subscribed to node symbol s. Built from
// every symbol of the grammar so aliased kinds (one name, several ids) match.
std::vector<std::vector<ActiveRule*>> dispatch_table(const TSLanguage* language, std::vector<ActiveRule>& rules) {
  std::vector<std::vector<ActiveRule*>> table(ts_language_symbol_count(language));
  for (ActiveRule& active : rules) {
    for (std::string_view wanted : active.rule->subscribed_kinds()) {
      for (TSSymbol s = 0; s < table.size(); ++s) {
        if (ts_language_symbol_type(language, s) == TSSymbolTypeRegular && wanted == ts_language_symbol_name(language, s))
          table[s].push_back(&active);
      }
    }
  }
  return table;
}

void report_parse_error(const SyntaxTree& tree, std::vector<Diagnostic>& out) {
  TSNode error = first_error(tree.root());
  if (ts_node_is_null(error)) return;
  Diagnostic& d = out.emplace_back();
  d.rule_id = "parse-error";
  d.severity = Severity::Note;
  d.location = tree.source().location(ts_node_start_byte(error), ts_node_end_byte(error));
  d.message = ts_node_is_missing(error)
                  ? "syntax error: missing " + std::string(kind(error)) + "; rules ran on the parts that parsed"
                  : "syntax error; rules ran on the parts that parsed";
}

}  // namespace

std::vector<Diagnostic> lint_source(const SourceText& source, Dialect dialect, const Config& config) {
  std::vector<Diagnostic> diagnostics;
  SyntaxTree tree(source, dialect);
  SemanticModel model(tree, config.hot);

  std::vector<ActiveRule> rules;
  rules.reserve(all_rules().size());  // contexts point into this vector: no reallocation
  for (const RuleEntry& entry : all_rules()) {
    if (entry.pass != RulePass::Static) continue;
    RuleSetting setting = effective_setting(config, entry.meta.id);
    if (setting.severity == Severity::Off) continue;
    ActiveRule& active = rules.emplace_back(ActiveRule{entry.create(), std::move(setting), nullptr});
    active.context = std::make_unique<RuleContext>(tree, model, entry.meta.id, active.setting.severity,
                                                   active.setting.options, diagnostics);
  }

  auto table = dispatch_table(tree.language(), rules);
  Suppressions suppressions(source);
  const TSSymbol comment = tree.symbol("comment");
  walk(
      tree.root(),
      [&](TSNode node) {
        model.enter(node);
        TSSymbol symbol = ts_node_symbol(node);  // ERROR nodes have symbol 65535, outside the table
        if (symbol == comment) suppressions.add_comment(ts_node_start_byte(node), ts_node_end_byte(node));
        if (symbol < table.size())
          for (ActiveRule* active : table[symbol]) active->rule->on_node(*active->context, node);
        return true;
      },
      [&](TSNode node) { model.leave(node); });
  model.finish();
  for (ActiveRule& active : rules) active.rule->on_file_end(*active.context);

  report_parse_error(tree, diagnostics);
  suppressions.apply(diagnostics, {config.report_unused_disable_directives, known_rule_id, static_pass_rule_id});
  return diagnostics;
}

}  // namespace v8lint
