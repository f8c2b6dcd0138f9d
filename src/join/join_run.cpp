#include "join/join_run.h"

#include <algorithm>
#include <iterator>

#include "config/rule_ids.h"
#include "join/confirmed_hot.h"
#include "join/deopt_causes.h"
#include "join/finding_properties.h"
#include "join/heat_index.h"
#include "join/ic_shapes.h"
#include "join/hot_array_callbacks.h"
#include "join/join_settings.h"

namespace v8lint::join {
namespace {

void append(std::vector<std::string>& to, std::vector<std::string>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

// "join: 2 static findings confirmed hot, 1 deopt with a likely static cause, ...":
// after the trace's facts, before its ranked findings ("#1 ...").
void add_join_summary(const std::vector<Diagnostic>& diagnostics, std::vector<std::string>& lines) {
  auto count = [&](std::string_view key) {
    return std::to_string(std::count_if(diagnostics.begin(), diagnostics.end(),
                                        [&](const Diagnostic& d) { return has_property(d, key); }));
  };
  std::string line = "join: static findings confirmed hot " + count("confirmed_hot") + ", deopts with a likely static cause " +
                     count("cause_rule") + ", array callbacks hot by the trace alone " + count("hot_by_trace");
  auto ranked = std::find_if(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with("#"); });
  lines.insert(ranked, std::move(line));
}

// The join rules of docs/join.md, in order: confirmation first, so a call the
// static rule reported in a hot function is confirmed once.
void apply_join_rules(const trace::TraceHeat& heat_facts, const LintRequest& lint, std::vector<Diagnostic>& static_findings,
                      std::vector<Diagnostic>& trace_findings) {
  ScriptCache scripts;
  HeatIndex heat(heat_facts, scripts);
  ConfigSources sources;
  sources.forced_path = lint.config_path;
  sources.known_rule = known_rule_id;
  sources.overrides = lint.rule_overrides;
  JoinSettings settings(std::move(sources));
  ConfirmedHot(heat, settings).apply(static_findings);
  std::vector<Diagnostic> trace_only;
  HotArrayCallbacks(heat, settings).apply(static_findings, trace_only);
  std::move(trace_only.begin(), trace_only.end(), std::back_inserter(static_findings));
  DeoptCauses(scripts).link(trace_findings, static_findings);
}

}  // namespace

JoinOutcome run_join(const JoinRequest& request) {
  JoinOutcome outcome;
  trace::TraceOutcome traced = trace::run_trace(request.trace);
  outcome.logs_read = traced.files_read;
  outcome.summary_lines = std::move(traced.summary_lines);
  append(outcome.errors, traced.errors);
  append(outcome.warnings, traced.warnings);
  outcome.diagnostics = std::move(traced.diagnostics);

  LintRequest lint = request.lint;
  if (lint.paths.empty()) lint.paths = traced.source_files;
  if (!lint.paths.empty()) {
    LintOutcome linted = run_lint(lint);
    outcome.aborted = linted.aborted;
    outcome.files_linted = linted.files_linted;
    append(outcome.errors, linted.errors);
    apply_join_rules(traced.heat, lint, linted.diagnostics, outcome.diagnostics);
    std::move(linted.diagnostics.begin(), linted.diagnostics.end(), std::back_inserter(outcome.diagnostics));
  }
  attach_object_shapes(outcome.diagnostics, traced.source_files);
  std::sort(outcome.diagnostics.begin(), outcome.diagnostics.end(), diagnostic_less);
  add_join_summary(outcome.diagnostics, outcome.summary_lines);
  return outcome;
}

}  // namespace v8lint::join
