// The list of every rule v8lint knows: static rules with a factory, and the
// trace-pass rules (no factory: the trace analyzer emits them).
#pragma once

#include <functional>
#include <memory>
#include <span>
#include <string_view>

#include "rules/rule.h"

namespace v8lint {

enum class RulePass { Static, Trace };

struct RuleEntry {
  RuleMeta meta;
  RulePass pass;
  std::function<std::unique_ptr<Rule>()> create;  // null for trace rules
};

// Sorted by id.
std::span<const RuleEntry> all_rules();
const RuleEntry* find_rule(std::string_view id);

}  // namespace v8lint
