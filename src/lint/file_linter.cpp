#include "lint/file_linter.h"

#include <map>
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

// table[s] lists the positions (in the file's active rules) of the rules
// subscribed to node symbol s. Built from every symbol of the grammar so
// aliased kinds (one name, several ids) match.
using DispatchTable = std::vector<std::vector<uint32_t>>;

DispatchTable build_dispatch_table(const TSLanguage* language, const std::vector<ActiveRule>& rules) {
  DispatchTable table(ts_language_symbol_count(language));
  for (uint32_t position = 0; position < rules.size(); ++position) {
    for (std::string_view wanted : rules[position].rule->subscribed_kinds()) {
      for (TSSymbol s = 0; s < table.size(); ++s) {
        if (ts_language_symbol_type(language, s) == TSSymbolTypeRegular && wanted == ts_language_symbol_name(language, s))
          table[s].push_back(position);
      }
    }
  }
  return table;
}

// The table depends only on the grammar and on which rules are on, so it is
// built once per thread for each such pair instead of once per file.
// `enabled` lists the all_rules() indices of the active rules, in order.
const DispatchTable& dispatch_table(const TSLanguage* language, const std::vector<size_t>& enabled,
                                    const std::vector<ActiveRule>& rules) {
  thread_local std::map<std::pair<const TSLanguage*, std::vector<size_t>>, DispatchTable> cache;
  auto key = std::make_pair(language, enabled);
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(std::move(key), build_dispatch_table(language, rules)).first;
  return it->second;
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
  std::vector<size_t> enabled;
  rules.reserve(all_rules().size());  // contexts point into this vector: no reallocation
  for (size_t index = 0; index < all_rules().size(); ++index) {
    const RuleEntry& entry = all_rules()[index];
    if (entry.pass != RulePass::Static) continue;
    RuleSetting setting = effective_setting(config, entry.meta.id);
    if (setting.severity == Severity::Off) continue;
    enabled.push_back(index);
    ActiveRule& active = rules.emplace_back(ActiveRule{entry.create(), std::move(setting), nullptr});
    active.context = std::make_unique<RuleContext>(tree, model, entry.meta.id, active.setting.severity,
                                                   active.setting.options, diagnostics);
  }

  const DispatchTable& table = dispatch_table(tree.language(), enabled, rules);
  Suppressions suppressions(source);
  const TSSymbol comment = tree.symbol("comment");
  // A string's and a regex's parts (quotes, fragments, escapes; pattern, flags) matter to no model
  // or rule: such a node is left at once and the walk does not step through them (5 % of all nodes).
  const TSSymbol string = tree.symbol("string"), regex = tree.symbol("regex");
  walk(
      tree.root(),
      [&](TSNode node) {
        // Anonymous tokens (punctuation, keywords) are leaves that no rule subscribes to, the scope
        // model ignores and the bytecode estimate prices at zero: skip them (and their leave).
        const TSSymbol symbol = ts_node_symbol(node);  // ERROR nodes have symbol 65535, outside the table
        const bool named = tree.named(symbol);
        if (!named && ts_node_child_count(node) == 0) return false;
        model.enter(VisitedNode{node, symbol, named});
        if (symbol == comment) suppressions.add_comment(ts_node_start_byte(node), ts_node_end_byte(node));
        if (symbol < table.size())
          for (uint32_t position : table[symbol]) rules[position].rule->on_node(*rules[position].context, node);
        if (symbol != string && symbol != regex) return true;
        model.leave(node);
        return false;
      },
      [&](TSNode node) { model.leave(node); });
  model.finish();
  for (ActiveRule& active : rules) active.rule->on_file_end(*active.context);

  report_parse_error(tree, diagnostics);
  suppressions.apply(diagnostics, {config.report_unused_disable_directives, known_rule_id, static_pass_rule_id});
  return diagnostics;
}

}  // namespace v8lint
