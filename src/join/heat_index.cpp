#include "join/heat_index.h"

#include "files/ignore_list.h"

namespace v8lint::join {

HeatIndex::HeatIndex(const trace::TraceHeat& heat, ScriptCache& scripts) : heat_(heat), scripts_(scripts) {
  for (const auto& [path, functions] : heat.functions_by_path)
    traced_by_absolute_path_.emplace(normal_absolute_path(path), &functions);
}

const TracedFunctions* HeatIndex::functions_in(const std::string& path) {
  std::string key = normal_absolute_path(path);
  auto done = matched_.find(key);
  if (done != matched_.end()) return done->second.get();
  std::unique_ptr<TracedFunctions>& slot = matched_[key];
  auto traced = traced_by_absolute_path_.find(key);
  const ParsedScript* script = traced == traced_by_absolute_path_.end() ? nullptr : scripts_.get(path);
  if (script) slot = std::make_unique<TracedFunctions>(*script, *traced->second);
  return slot.get();
}

}  // namespace v8lint::join
