#include "trace/trace_data.h"

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

DeoptKind deopt_kind_of(std::string_view logged) {
  if (logged.find("dependency") != std::string_view::npos) return DeoptKind::DependencyChange;
  if (logged.find("lazy") != std::string_view::npos) return DeoptKind::Lazy;
  if (logged.find("soft") != std::string_view::npos) return DeoptKind::Soft;
  return DeoptKind::Eager;  // eager, deopt-eager, eager-with-resume, bailout
}

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
  std::string decoded = needs_unescape(logged_name) ? unescape_field(logged_name) : std::string(logged_name);
  NamedPosition position = split_code_name(decoded);
  FunctionRecord record;
  record.name = position.function;
  record.definition = {scripts.intern(position.script), position.line, position.column};
  auto id = static_cast<uint32_t>(functions.size());
  functions.push_back(std::move(record));
  function_ids_.emplace(std::string(logged_name), id);
  return id;
}

IcSite& TraceData::ic_site(SourcePoint point) {
  auto [it, added] = ic_site_ids_.try_emplace(point, static_cast<uint32_t>(ic_sites.size()));
  if (added) {
    ic_sites.emplace_back();
    ic_sites.back().point = point;
  }
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

}  // namespace v8lint::trace
