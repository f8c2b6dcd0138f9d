#include "rules/oversized_function.h"

#include <string>

namespace v8lint {
namespace {

// V8's --max-inlined-bytecode-size: TurboFan never inlines a larger function.
constexpr int64_t kInlineBudget = 460;
// 6000 bytes: V8's tiering manager waits --ticks-before-optimization (3) plus
// one tick per --bytecode-size-allowance-per-tick (150) bytes before it
// optimizes a function, so at 6000 bytes tier-up takes 43 ticks instead of 3.
constexpr int64_t kWarnAbove = 6000;
constexpr int64_t kTicksBeforeOptimization = 3;
constexpr int64_t kBytesPerTick = 150;

int64_t option(const RuleContext& context, const char* name, int64_t fallback) {
  const nlohmann::json& options = context.options();
  auto it = options.find(name);
  return it != options.end() && it->is_number_integer() && it->get<int64_t>() > 0 ? it->get<int64_t>() : fallback;
}

// Where to point: the function's name, else its first token (`function`, `async`, the arrow's parameters).
TSNode anchor(const FunctionInfo& function) {
  return ts_node_is_null(function.name_node) ? ts_node_child(function.node, 0) : function.name_node;
}

std::string subject(const FunctionModel& model, size_t index) {
  std::string name = model.display_name(index);
  if (name.starts_with("`")) return name;
  name[0] = 'T';  // "the function at line N" opens the sentence
  return name;
}

}  // namespace

void OversizedFunction::on_file_end(RuleContext& context) {
  const FunctionModel& model = context.model().functions();
  int64_t budget = option(context, "inlineBudget", kInlineBudget);
  int64_t warn_above = option(context, "warnAbove", kWarnAbove);
  for (size_t i = 0; i < model.functions().size(); ++i) {
    const FunctionInfo& function = model.functions()[i];
    int64_t size = function.bytecode_estimate;
    if (size <= budget) continue;
    std::string opening = subject(model, i) + " has about " + std::to_string(size) + " bytes of bytecode (estimated)";
    Diagnostic* finding = nullptr;
    if (size > warn_above) {
      int64_t ticks = kTicksBeforeOptimization + size / kBytesPerTick;
      finding = &context.report(anchor(function),
                                opening + ", over " + std::to_string(warn_above) + ": V8 waits " +
                                    std::to_string(ticks) + " profiler ticks instead of " +
                                    std::to_string(kTicksBeforeOptimization) +
                                    " before optimizing it, and never inlines it; split it into smaller functions");
    } else {
      finding = &context.report(anchor(function), Severity::Note,
                                opening + ", over V8's " + std::to_string(budget) +
                                    "-byte inlining budget: TurboFan will not inline it into its callers");
    }
    finding->properties.emplace_back("bytecodeEstimate", size);
  }
}

}  // namespace v8lint
