// What the join needs to know about how hot each function ran, as plain
// facts by source file: TraceData stays inside the trace pass.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "trace/script_maps.h"
#include "trace/script_paths.h"
#include "trace/trace_data.h"

namespace v8lint::trace {

struct TracedFunction {
  std::string name;     // empty when anonymous
  // Where V8 says the function is (its code-creation name "fn file:line:col"):
  // the `(` of the parameter list, or an unparenthesized arrow parameter;
  // in the original source when the script's source map maps it.
  Position definition;
  int64_t sparkplug = 0;  // code objects created per tier, all isolates
  int64_t maglev = 0;
  int64_t turbofan = 0;
  int64_t deopts = 0;
  int64_t ic_events = 0;  // IC state changes logged in this function's code
  bool optimized() const { return maglev + turbofan > 0; }
  bool left_interpreter() const { return sparkplug + maglev + turbofan > 0; }
  // "TurboFan", "Maglev", "Sparkplug", or "Ignition" when it never left the interpreter.
  std::string_view top_tier() const;
};

// Reported scripts only (per --include-internals/--include-dependencies), by
// the path findings show: a generated script's functions under the original
// sources its map gives (a .ts file, a bundle's modules), as IC and deopt
// positions are. Each file's functions sorted by definition.
struct TraceHeat {
  std::map<std::string, std::vector<TracedFunction>> functions_by_path;
};

TraceHeat collect_heat(const TraceData& data, ScriptResolver& resolver, ScriptMaps& maps);

}  // namespace v8lint::trace
