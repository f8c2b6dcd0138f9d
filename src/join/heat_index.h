// The trace's heat by script, matched to each script's function nodes on
// first use. Paths are compared in absolute form: the static pass shows the
// paths it was given, the trace pass the paths it resolved.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "join/parsed_script.h"
#include "join/traced_functions.h"
#include "trace/trace_heat.h"

namespace v8lint::join {

class HeatIndex {
 public:
  HeatIndex(const trace::TraceHeat& heat, ScriptCache& scripts);

  // Null when the trace compiled nothing in that script or it cannot be parsed.
  const TracedFunctions* functions_in(const std::string& path);
  // Every traced script, by the path the trace pass shows.
  const std::map<std::string, std::vector<trace::TracedFunction>>& by_path() const { return heat_.functions_by_path; }
  ScriptCache& scripts() { return scripts_; }

 private:
  const trace::TraceHeat& heat_;
  ScriptCache& scripts_;
  std::map<std::string, const std::vector<trace::TracedFunction>*> traced_by_absolute_path_;
  std::map<std::string, std::unique_ptr<TracedFunctions>> matched_;
};

}  // namespace v8lint::join
