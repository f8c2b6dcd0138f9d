#include "rules/registry.h"

#include <algorithm>
#include <array>

#include "rules/arguments_object.h"
#include "rules/closure_retains_large.h"
#include "rules/delete_property.h"
#include "rules/holey_array.h"
#include "rules/hot_path_array_callback.h"
#include "rules/inconsistent_property_order.h"
#include "rules/interval_without_clear.h"
#include "rules/late_property_add.h"
#include "rules/listener_leak.h"
#include "rules/mixed_array_elements.h"
#include "rules/oversized_function.h"
#include "rules/property_type_change.h"
#include "rules/sync_in_handler.h"
#include "rules/unbounded_cache.h"
#include "rules/variable_type_change.h"
#include "rules/worker_for_io.h"
#include "rules/worker_per_task.h"

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
      static_rule<ArgumentsObject>(),
      static_rule<ClosureRetainsLarge>(),
      static_rule<DeleteProperty>(),
      static_rule<HoleyArray>(),
      static_rule<HotPathArrayCallback>(),
      static_rule<InconsistentPropertyOrder>(),
      static_rule<IntervalWithoutClear>(),
      static_rule<LatePropertyAdd>(),
      static_rule<ListenerLeak>(),
      static_rule<MixedArrayElements>(),
      static_rule<OversizedFunction>(),
      static_rule<PropertyTypeChange>(),
      static_rule<SyncInHandler>(),
      static_rule<UnboundedCache>(),
      static_rule<VariableTypeChange>(),
      static_rule<WorkerForIo>(),
      static_rule<WorkerPerTask>(),
      // Trace rules: emitted by src/trace/.
      trace_rule({"deopt", Severity::Warning, "V8 threw optimized code away at this position (from a V8 log)"}),
      trace_rule({"deopt-loop", Severity::Error, "A function was optimized and deoptimized again and again (from a V8 log)"}),
      trace_rule({"megamorphic-ic", Severity::Warning, "A property access saw too many object shapes and went megamorphic (from a V8 log)"}),
      trace_rule({"polymorphic-ic", Severity::Note, "A property access saw several object shapes (from a V8 log)"}),
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
