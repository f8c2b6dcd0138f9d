#include "join/traced_functions.h"

namespace v8lint::join {
namespace {

void add_counts(trace::TracedFunction& into, const trace::TracedFunction& from) {
  into.sparkplug += from.sparkplug;
  into.maglev += from.maglev;
  into.turbofan += from.turbofan;
  into.deopts += from.deopts;
  into.ic_events += from.ic_events;
}

}  // namespace

TracedFunctions::TracedFunctions(const ParsedScript& script, const std::vector<trace::TracedFunction>& traced)
    : script_(script) {
  for (const trace::TracedFunction& function : traced) {
    TSNode node = script.function_at(function.definition);
    if (ts_node_is_null(node)) continue;
    auto [slot, added] = by_start_byte_.try_emplace(ts_node_start_byte(node), function);
    if (!added) add_counts(slot->second, function);
  }
}

const trace::TracedFunction* TracedFunctions::of(TSNode function) const {
  if (ts_node_is_null(function)) return nullptr;
  auto found = by_start_byte_.find(ts_node_start_byte(function));
  return found == by_start_byte_.end() ? nullptr : &found->second;
}

const trace::TracedFunction* TracedFunctions::around(Position point, TSNode& function) const {
  function = script_.function_at(point);
  return of(function);
}

}  // namespace v8lint::join
