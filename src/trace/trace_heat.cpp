#include "trace/trace_heat.h"

#include <algorithm>

namespace v8lint::trace {

std::string_view TracedFunction::top_tier() const {
  if (turbofan > 0) return "TurboFan";
  if (maglev > 0) return "Maglev";
  if (sparkplug > 0) return "Sparkplug";
  return "Ignition";
}

TraceHeat collect_heat(const TraceData& data, ScriptResolver& resolver, ScriptMaps& maps) {
  std::vector<int64_t> ic_events(data.functions.size(), 0);
  for (const IcSite& site : data.ic_sites) {
    if (site.function != kNoFunction) ic_events[site.function] += site.events;
  }
  TraceHeat heat;
  for (uint32_t f = 0; f < data.functions.size(); ++f) {
    const FunctionRecord& record = data.functions[f];
    bool script_body = record.name.empty() && record.definition.line == 1 && record.definition.column == 1;
    if (script_body || !maps.is_reported(record.definition)) continue;
    std::optional<OriginalPoint> original = maps.original(record.definition);
    TracedFunction function;
    function.name = record.name;
    function.definition = original ? original->position : Position{record.definition.line, record.definition.column};
    function.sparkplug = record.compiled[static_cast<int>(Tier::Sparkplug)];
    function.maglev = record.compiled[static_cast<int>(Tier::Maglev)];
    function.turbofan = record.compiled[static_cast<int>(Tier::Turbofan)];
    function.deopts = record.deopts;
    function.ic_events = ic_events[f];
    const std::string& path = original ? *original->path : resolver.display_path(record.definition.script);
    heat.functions_by_path[path].push_back(std::move(function));
  }
  for (auto& [path, functions] : heat.functions_by_path) {
    std::sort(functions.begin(), functions.end(),
              [](const TracedFunction& a, const TracedFunction& b) { return a.definition < b.definition; });
  }
  return heat;
}

}  // namespace v8lint::trace
