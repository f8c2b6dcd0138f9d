#include "join/confirmed_hot.h"

#include "join/severity_raise.h"
#include "rules/registry.h"

namespace v8lint::join {
namespace {

bool is_static_rule(const std::string& id) {
  const RuleEntry* rule = find_rule(id);
  return rule != nullptr && rule->pass == RulePass::Static;
}

}  // namespace

std::string traced_name(const trace::TracedFunction& function) {
  return function.name.empty() ? "an anonymous function" : "`" + function.name + "`";
}

std::optional<std::string> hot_evidence(const trace::TracedFunction& function, int64_t ic_event_threshold) {
  if (function.optimized()) return traced_name(function) + " ran in " + std::string(function.top_tier());
  if (function.ic_events >= ic_event_threshold)
    return traced_name(function) + " changed IC state " + std::to_string(function.ic_events) + " times";
  return std::nullopt;
}

std::string tier_counts(const trace::TracedFunction& function) {
  return "Sparkplug " + std::to_string(function.sparkplug) + ", Maglev " + std::to_string(function.maglev) +
         ", TurboFan " + std::to_string(function.turbofan);
}

void ConfirmedHot::apply(std::vector<Diagnostic>& static_findings) {
  for (Diagnostic& finding : static_findings) {
    if (!is_static_rule(finding.rule_id)) continue;  // parse errors, unused directives
    const TracedFunctions* traced = heat_.functions_in(finding.location.path);
    if (traced == nullptr) continue;
    TSNode node;
    const trace::TracedFunction* function = traced->around(finding.location.start, node);
    if (function == nullptr) continue;
    TraceHotConfig config = settings_.hot_trace(finding.location.path);
    if (std::optional<std::string> evidence = hot_evidence(*function, config.ic_events))
      mark_confirmed(finding, *heat_.scripts().get(finding.location.path), node, *function, *evidence, config.raise);
  }
}

void mark_confirmed(Diagnostic& finding, const ParsedScript& script, TSNode node, const trace::TracedFunction& function,
                    const std::string& evidence, bool raise) {
  finding.message += " (confirmed hot by trace: " + evidence + ")";
  Location at = script.function_location(node);
  at.path = finding.location.path;
  finding.related.push_back({std::move(at), "the trace shows this function hot: " + evidence});
  finding.properties.emplace_back("confirmed_hot", std::string(function.top_tier()));
  finding.properties.emplace_back("hot_function", function.name);
  finding.properties.emplace_back("tiers", tier_counts(function));
  finding.properties.emplace_back("ic_events", function.ic_events);
  if (raise && raised(finding.severity) != finding.severity) {
    finding.properties.emplace_back("raised_from", std::string(severity_name(finding.severity)));
    finding.severity = raised(finding.severity);
  }
}

}  // namespace v8lint::join
