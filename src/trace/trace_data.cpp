#include "trace/trace_data.h"

#include <algorithm>

#include "trace/code_name.h"
#include "trace/log_text.h"

namespace v8lint::trace {

void count_for_isolate(std::vector<IsolateCount>& counts, uint32_t isolate) {
  for (IsolateCount& entry : counts) {
    if (entry.isolate == isolate) {
      ++entry.count;
      return;
    }
  }
  counts.push_back({isolate, 1});
}

uint32_t ScriptTable::intern(std::string_view name) {
  auto it = ids_.find(name);
  if (it != ids_.end()) return it->second;
  auto id = static_cast<uint32_t>(names_.size());
  names_.emplace_back(name);
  ids_.emplace(std::string(name), id);
  return id;
}

void ScriptTable::set_source(uint32_t id, std::string source) { sources_.try_emplace(id, std::move(source)); }

const std::string* ScriptTable::source(uint32_t id) const {
  auto it = sources_.find(id);
  return it == sources_.end() ? nullptr : &it->second;
}

std::string_view ScriptTable::source_map_url(uint32_t id) const {
  auto it = source_map_urls_.find(id);
  return it == source_map_urls_.end() ? std::string_view() : std::string_view(it->second);
}

std::vector<SourcePoint> intern_chain(ScriptTable& scripts, const std::vector<NamedPosition>& chain) {
  std::vector<SourcePoint> points;
  for (const NamedPosition& frame : chain) {
    points.push_back({scripts.intern(decoded(frame.script)), frame.line, frame.column});
  }
  return points;
}

int ic_state_rank(char state) {
  switch (state) {
    case '0': return 1;
    case '.': return 2;
    case '1': case '^': case 'D': return 3;  // megamorphic-DOM is a fast, specialised state
    case 'P': return 4;
    case 'N': return 5;
    case 'G': return 6;
    default: return 0;  // 'X': no feedback vector yet
  }
}

int64_t IcSite::map_count() const {
  int64_t most = 0;
  for (const IsolateCount& isolate : isolates) {
    auto seen = std::count_if(maps.begin(), maps.end(), [&](const auto& map) { return map.first == isolate.isolate; });
    most = std::max<int64_t>(most, seen);
  }
  return most;
}

DeoptKind deopt_kind_of(std::string_view logged) {
  if (logged.find("dependency") != std::string_view::npos) return DeoptKind::DependencyChange;
  if (logged.find("lazy") != std::string_view::npos) return DeoptKind::Lazy;
  if (logged.find("soft") != std::string_view::npos) return DeoptKind::Soft;
  return DeoptKind::Eager;  // eager, deopt-eager, eager-with-resume, bailout
}

bool is_tier_up_deopt(std::string_view reason) { return reason.find("on stack replacement") != std::string_view::npos; }

std::string_view deopt_kind_name(DeoptKind kind) {
  switch (kind) {
    case DeoptKind::Eager: return "eager";
    case DeoptKind::Soft: return "soft";
    case DeoptKind::Lazy: return "lazy";
    case DeoptKind::DependencyChange: return "dependency-change";
  }
  return "eager";
}

uint32_t TraceData::function_for(std::string_view logged_name) {
  auto it = function_ids_.find(logged_name);
  if (it != function_ids_.end()) return it->second;
  std::string name = decoded(logged_name);
  NamedPosition position = split_code_name(name);
  FunctionRecord record;
  record.name = position.function;
  record.definition = {scripts.intern(position.script), position.line, position.column};
  auto id = static_cast<uint32_t>(functions.size());
  functions.push_back(std::move(record));
  function_ids_.emplace(std::string(logged_name), id);
  return id;
}

IcSite& TraceData::ic_site(SourcePoint point) {
  if (last_ic_site_ < ic_sites.size() && ic_sites[last_ic_site_].point == point) return ic_sites[last_ic_site_];
  auto [it, added] = ic_site_ids_.try_emplace(point, static_cast<uint32_t>(ic_sites.size()));
  if (added) {
    ic_sites.emplace_back();
    ic_sites.back().point = point;
  }
  last_ic_site_ = it->second;
  return ic_sites[it->second];
}

DeoptSite& TraceData::deopt_site(SourcePoint point, std::string_view reason) {
  auto key = std::make_pair(point, std::string(reason));
  auto [it, added] = deopt_site_ids_.try_emplace(std::move(key), static_cast<uint32_t>(deopt_sites.size()));
  if (added) {
    deopt_sites.emplace_back();
    deopt_sites.back().point = point;
    deopt_sites.back().reason = reason;
  }
  return deopt_sites[it->second];
}

void TraceData::add_deopt(uint32_t isolate, SourcePoint point, const std::vector<SourcePoint>& outer, DeoptKind kind,
                          std::string_view reason, uint32_t function) {
  DeoptSite& site = deopt_site(point, reason);
  ++site.count;
  ++site.kinds[static_cast<int>(kind)];
  count_for_isolate(site.isolates, isolate);
  bool known = std::find(site.functions.begin(), site.functions.end(), function) != site.functions.end();
  if (function != kNoFunction && !known) site.functions.push_back(function);
  bool known_chain = std::find(site.chains.begin(), site.chains.end(), outer) != site.chains.end();
  if (!outer.empty() && !known_chain && site.chains.size() < 4) site.chains.push_back(outer);
  if (function == kNoFunction || is_tier_up_deopt(reason)) return;
  ++functions[function].deopts;
  count_for_isolate(functions[function].isolates, isolate);
}

}  // namespace v8lint::trace
