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

class ConfirmedHot {
 public:
  ConfirmedHot(HeatIndex& heat, JoinSettings& settings) : heat_(heat), settings_(settings) {}
  // Marks (and raises) the static findings that sit in hot functions.
  void apply(std::vector<Diagnostic>& static_findings);

 private:
  void confirm(Diagnostic& finding, const trace::TracedFunction& function, TSNode node, const std::string& evidence,
               bool raise);

  HeatIndex& heat_;
  JoinSettings& settings_;
};

}  // namespace v8lint::join
