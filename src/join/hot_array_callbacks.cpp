#include "join/hot_array_callbacks.h"

#include <algorithm>
#include <iterator>
#include <map>

#include "files/ignore_list.h"
#include "join/confirmed_hot.h"
#include "join/finding_properties.h"
#include "lint/suppressions.h"
#include "rules/hot_path_array_callback.h"
#include "semantic/function_model.h"

namespace v8lint::join {
namespace {

constexpr std::string_view kRule = HotPathArrayCallback::kMeta.id;

const trace::TracedFunction* optimized(const TracedFunctions& traced, TSNode function) {
  const trace::TracedFunction* found = traced.of(function);
  return found != nullptr && found->optimized() ? found : nullptr;
}

// The static rule's findings by (absolute path, start).
std::map<std::pair<std::string, Position>, Diagnostic*> static_findings_by_site(std::vector<Diagnostic>& findings) {
  std::map<std::pair<std::string, Position>, Diagnostic*> by_site;
  for (Diagnostic& d : findings) {
    if (d.rule_id == kRule) by_site.emplace(std::pair{normal_absolute_path(d.location.path), d.location.start}, &d);
  }
  return by_site;
}

// "the enclosing `total` ran in TurboFan and its callback ran in Maglev".
std::string heat_text(const trace::TracedFunction* enclosing, const trace::TracedFunction* callback) {
  std::string text;
  if (enclosing) text = "the enclosing " + traced_name(*enclosing) + " ran in " + std::string(enclosing->top_tier());
  if (enclosing && callback) text += " and ";
  if (callback) text += "its callback ran in " + std::string(callback->top_tier());
  return text;
}

}  // namespace

std::vector<HotArrayCallbacks::HotCall> HotArrayCallbacks::hot_calls(const ParsedScript& script,
                                                                    const TracedFunctions& traced) const {
  std::span<const std::string_view> methods = default_array_callback_methods();
  std::vector<HotCall> calls;
  walk(
      script.tree().root(),
      [&](TSNode node) {
        if (!is(node, "call_expression")) return true;
        TSNode callee = field(node, "function");
        TSNode arguments = field(node, "arguments");
        if (!is(callee, "member_expression") || ts_node_named_child_count(arguments) == 0) return true;
        TSNode method = field(callee, "property");
        if (std::find(methods.begin(), methods.end(), script.tree().text(method)) == methods.end()) return true;
        HotCall call{node, method, script.function_at(script.source().position_of(ts_node_start_byte(node))),
                     ts_node_named_child(arguments, 0), nullptr, nullptr};
        call.enclosing_traced = optimized(traced, call.enclosing);
        if (is_function(call.callback)) call.callback_traced = optimized(traced, call.callback);
        if (call.enclosing_traced || call.callback_traced) calls.push_back(call);
        return true;
      },
      [](TSNode) {});
  return calls;
}

Diagnostic HotArrayCallbacks::trace_only_finding(const std::string& path, const ParsedScript& script,
                                                 const HotCall& call, Severity severity) const {
  Diagnostic d;
  d.rule_id = kRule;
  d.severity = severity;
  d.location = script.source().location(ts_node_start_byte(call.method), ts_node_end_byte(call.method));
  d.location.path = path;
  d.message = array_callback_call_text(script.tree(), call.call) + " runs on a path V8 optimized (" +
              heat_text(call.enclosing_traced, call.callback_traced) + "): " + std::string(kArrayCallbackCost);
  for (auto [node, traced] : {std::pair{call.enclosing, call.enclosing_traced}, std::pair{call.callback, call.callback_traced}}) {
    if (traced == nullptr) continue;
    Location at = script.function_location(node);
    at.path = path;
    d.related.push_back({std::move(at), "V8 compiled this function with " + std::string(traced->top_tier()) + " (" +
                                            tier_counts(*traced) + ")"});
  }
  d.properties.emplace_back("hot_by_trace", std::string(call.enclosing_traced && call.callback_traced ? "both"
                                                        : call.enclosing_traced                    ? "enclosing"
                                                                                                    : "callback"));
  if (call.enclosing_traced) d.properties.emplace_back("enclosing_tier", std::string(call.enclosing_traced->top_tier()));
  if (call.callback_traced) d.properties.emplace_back("callback_tier", std::string(call.callback_traced->top_tier()));
  return d;
}

void HotArrayCallbacks::apply(std::vector<Diagnostic>& static_findings, std::vector<Diagnostic>& added) {
  std::map<std::pair<std::string, Position>, Diagnostic*> reported = static_findings_by_site(static_findings);
  for (const auto& [path, functions] : heat_.by_path()) {
    const TracedFunctions* traced = heat_.functions_in(path);
    const ParsedScript* script = heat_.scripts().get(path);
    if (traced == nullptr || script == nullptr) continue;
    std::vector<Diagnostic> found;
    for (const HotCall& call : hot_calls(*script, *traced)) {
      Position at = script->source().position_of(ts_node_start_byte(call.method));
      auto existing_site = reported.find({normal_absolute_path(path), at});
      if (existing_site != reported.end()) {
        Diagnostic* existing = existing_site->second;
        if (has_property(*existing, "confirmed_hot")) continue;  // its enclosing function already confirmed it
        TSNode node = call.enclosing_traced ? call.enclosing : call.callback;
        const trace::TracedFunction& hot = call.enclosing_traced ? *call.enclosing_traced : *call.callback_traced;
        mark_confirmed(*existing, *script, node, hot, heat_text(call.enclosing_traced, call.callback_traced),
                       settings_.hot_trace(path).raise);
        continue;
      }
      Severity severity = settings_.rule_severity(path, std::string(kRule), HotPathArrayCallback::kMeta.default_severity);
      if (severity != Severity::Off) found.push_back(trace_only_finding(path, *script, call, severity));
    }
    if (!found.empty()) Suppressions::from_tree(script->tree()).apply(found, SuppressionOptions{});  // v8lint-disable comments
    std::move(found.begin(), found.end(), std::back_inserter(added));
  }
}

}  // namespace v8lint::join
