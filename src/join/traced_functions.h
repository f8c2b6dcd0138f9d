// The trace's functions of one script matched to the script's function
// nodes: which function V8 compiled in which tier.
#pragma once

#include <map>
#include <vector>

#include <tree_sitter/api.h>

#include "join/parsed_script.h"
#include "trace/trace_heat.h"

namespace v8lint::join {

class TracedFunctions {
 public:
  // Each traced function goes to the innermost function node containing its
  // V8 position; records that land on one node (isolates, re-created code)
  // are added up. Positions inside no function (script code) are left out.
  TracedFunctions(const ParsedScript& script, const std::vector<trace::TracedFunction>& traced);

  // What the trace knows about `function` (null: V8 never compiled it).
  const trace::TracedFunction* of(TSNode function) const;
  // The traced function the code at `point` belongs to, with its node.
  const trace::TracedFunction* around(Position point, TSNode& function) const;

 private:
  const ParsedScript& script_;
  std::map<uint32_t, trace::TracedFunction> by_start_byte_;
};

}  // namespace v8lint::join
