// hot-path-array-callback where the trace shows the heat: a `map`/`reduce`/
// `forEach`/... call (the rule's default methods) whose enclosing function or
// whose function-literal callback V8 optimized (Maglev or TurboFan). The
// callback reaching an optimizing tier is the plainest proof that the call
// runs hot, even when the enclosing function never leaves the interpreter.
// Where the static rule already reported the call, its finding is confirmed
// instead of repeated. See docs/join.md.
#pragma once

#include <vector>

#include "core/diagnostic.h"
#include "join/heat_index.h"
#include "join/join_settings.h"

namespace v8lint::join {

class HotArrayCallbacks {
 public:
  HotArrayCallbacks(HeatIndex& heat, JoinSettings& settings) : heat_(heat), settings_(settings) {}
  // Confirms static findings in place; appends the trace-only ones to `added`.
  void apply(std::vector<Diagnostic>& static_findings, std::vector<Diagnostic>& added);

 private:
  struct HotCall {
    TSNode call;
    TSNode method;  // the property node, where the rule reports
    TSNode enclosing;
    TSNode callback;
    const trace::TracedFunction* enclosing_traced;  // null unless optimized
    const trace::TracedFunction* callback_traced;   // null unless optimized
  };
  std::vector<HotCall> hot_calls(const ParsedScript& script, const TracedFunctions& traced) const;
  Diagnostic trace_only_finding(const std::string& path, const ParsedScript& script, const HotCall& call,
                                Severity severity) const;

  HeatIndex& heat_;
  JoinSettings& settings_;
};

}  // namespace v8lint::join
