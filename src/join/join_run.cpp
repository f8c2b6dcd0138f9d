#include "join/join_run.h"

#include <algorithm>
#include <iterator>

#include "config/rule_ids.h"
#include "join/cause_only_rules.h"
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

bool has_type_deopt(const std::vector<Diagnostic>& trace_findings) {
  return std::any_of(trace_findings.begin(), trace_findings.end(), [](const Diagnostic& d) {
    std::optional<std::string> reason = text_property(d, "reason");
    return d.rule_id == "deopt" && reason && is_type_reason(*reason);
  });
}

ConfigSources config_sources(const LintRequest& lint) {
  ConfigSources sources;
  sources.forced_path = lint.config_path;
  sources.known_rule = known_rule_id;
  sources.overrides = lint.rule_overrides;
  return sources;
}

// The join rules of docs/join.md, in order: confirmation first, so a call the
// static rule reported in a hot function is confirmed once; a cause-only
// finding stays only when it explains a deopt.
void apply_join_rules(const trace::TraceHeat& heat_facts, JoinSettings& settings, ScriptCache& scripts,
                      std::vector<Diagnostic> cause_only, std::vector<Diagnostic>& static_findings,
                      std::vector<Diagnostic>& trace_findings, const std::vector<std::string>& traced_scripts) {
  HeatIndex heat(heat_facts, scripts);
  ConfirmedHot(heat, settings).apply(static_findings);
  std::vector<Diagnostic> trace_only;
  HotArrayCallbacks(heat, settings).apply(static_findings, trace_only);
  std::move(trace_only.begin(), trace_only.end(), std::back_inserter(static_findings));
  std::move(cause_only.begin(), cause_only.end(), std::back_inserter(static_findings));
  DeoptCauses(scripts, traced_scripts).link(trace_findings, static_findings);
  std::erase_if(static_findings,
                [](const Diagnostic& d) { return has_property(d, "cause_only") && !has_property(d, "deopts_caused"); });
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
  ScriptCache scripts;  // each traced script parsed once for all the join rules
  if (!lint.paths.empty()) {
    CauseOnlyRules cause_only(lint, has_type_deopt(outcome.diagnostics));
    LintOutcome linted = run_lint(cause_only.static_pass());
    outcome.aborted = linted.aborted;
    outcome.files_linted = linted.files_linted;
    append(outcome.errors, linted.errors);
    JoinSettings settings(config_sources(lint));
    std::vector<Diagnostic> held = cause_only.take(linted.diagnostics, settings);
    apply_join_rules(traced.heat, settings, scripts, std::move(held), linted.diagnostics, outcome.diagnostics,
                     traced.source_files);
    std::move(linted.diagnostics.begin(), linted.diagnostics.end(), std::back_inserter(outcome.diagnostics));
  }
  attach_object_shapes(outcome.diagnostics, traced.source_files, scripts);
  std::sort(outcome.diagnostics.begin(), outcome.diagnostics.end(), diagnostic_less);
  add_join_summary(outcome.diagnostics, outcome.summary_lines);
  return outcome;
}

}  // namespace v8lint::join
