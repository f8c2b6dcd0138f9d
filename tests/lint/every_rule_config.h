// A Config with every static rule on and every function hot: the widest
// linter path, for adversarial tests and the fuzz_lint target.
#pragma once

#include <string>

#include "config/config.h"
#include "rules/registry.h"

namespace v8lint {

inline Config every_rule_config() {
  Config config;
  for (const RuleEntry& entry : all_rules())
    if (entry.pass == RulePass::Static) config.rules[std::string(entry.meta.id)].severity = Severity::Warning;
  config.hot.functions = {"*"};
  config.report_unused_disable_directives = true;
  return config;
}

}  // namespace v8lint
