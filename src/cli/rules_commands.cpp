// `v8lint rules` and `v8lint explain RULE`.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "core/diagnostic.h"
#include "rules/registry.h"
#include "rules/rule_docs.h"
#include "rules/rules_index.h"

namespace v8lint::cli {

CommandRunner add_rules_command(CLI::App& app) {
  auto markdown = std::make_shared<bool>(false);
  auto* rules = app.add_subcommand("rules", "List every rule with its default severity");
  rules->add_flag("--markdown", *markdown, "Print the rules index page (docs/rules.md)");
  return [markdown] {
    if (*markdown) {
      std::fputs(rules_index_markdown().c_str(), stdout);
      return 0;
    }
    for (const RuleEntry& entry : all_rules())
      std::printf("%-28s %-8s %s\n", std::string(entry.meta.id).c_str(),
                  std::string(severity_name(entry.meta.default_severity)).c_str(),
                  std::string(entry.meta.summary).c_str());
    return 0;
  };
}

CommandRunner add_explain_command(CLI::App& app) {
  auto id = std::make_shared<std::string>();
  auto* explain = app.add_subcommand("explain", "Print a rule's documentation");
  explain->add_option("rule", *id, "Rule id")->required();
  return [id] {
    std::string_view doc = rule_doc(*id);
    if (doc.empty()) {
      std::fprintf(stderr, "v8lint: unknown rule '%s' (see `v8lint rules`)\n", id->c_str());
      return 2;
    }
    std::fwrite(doc.data(), 1, doc.size(), stdout);
    return 0;
  };
}

}  // namespace v8lint::cli
