#include "rules/registry.h"

#include <algorithm>
#include <array>

#include "rules/hot_path_array_callback.h"
#include "rules/oversized_function.h"

namespace v8lint {
namespace {

template <typename R>
RuleEntry static_rule() {
  return RuleEntry{R::kMeta, RulePass::Static, [] { return std::make_unique<R>(); }};
}

RuleEntry trace_rule(RuleMeta meta) { return RuleEntry{meta, RulePass::Trace, nullptr}; }

std::vector<RuleEntry> build_registry() {
  std::vector<RuleEntry> rules = {
      // Static rules: one class per file in src/rules/.
      static_rule<HotPathArrayCallback>(),
      static_rule<OversizedFunction>(),
      // Trace rules: emitted by src/trace/.
  };
  std::sort(rules.begin(), rules.end(), [](const RuleEntry& a, const RuleEntry& b) { return a.meta.id < b.meta.id; });
  return rules;
}

}  // namespace

std::span<const RuleEntry> all_rules() {
  static const std::vector<RuleEntry> rules = build_registry();
  return rules;
}

const RuleEntry* find_rule(std::string_view id) {
  for (const RuleEntry& entry : all_rules()) {
    if (entry.meta.id == id) return &entry;
  }
  return nullptr;
}

}  // namespace v8lint
