// "confirmed hot by trace": a static finding inside a function that V8
// optimized (Maglev or TurboFan), or whose ICs changed state at least
// `hot.trace.icEvents` times, says so, points at the function, and is raised
// one level unless `hot.trace.raise` is false. See docs/join.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "join/heat_index.h"
#include "join/join_settings.h"

namespace v8lint::join {

// Why the trace calls a function hot: "`add` ran in TurboFan", or
// "`parse` changed IC state 14 times"; nullopt when it does not.
std::optional<std::string> hot_evidence(const trace::TracedFunction& function, int64_t ic_event_threshold);

// "`add`", or "an anonymous function".
std::string traced_name(const trace::TracedFunction& function);

// "Sparkplug 1, Maglev 2, TurboFan 3": the tiers V8 compiled a function in.
std::string tier_counts(const trace::TracedFunction& function);

// Marks one finding confirmed hot by `function` (its node in `script`):
// message suffix, related location at the function, properties, and one level
// up when `raise`.
void mark_confirmed(Diagnostic& finding, const ParsedScript& script, TSNode node, const trace::TracedFunction& function,
                    const std::string& evidence, bool raise);

class ConfirmedHot {
 public:
  ConfirmedHot(HeatIndex& heat, JoinSettings& settings) : heat_(heat), settings_(settings) {}
  // Marks (and raises) the static findings that sit in hot functions.
  void apply(std::vector<Diagnostic>& static_findings);

 private:
  HeatIndex& heat_;
  JoinSettings& settings_;
};

}  // namespace v8lint::join
