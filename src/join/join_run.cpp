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
#include "rules/registry.h"

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

// Static rules off by default (their precision alone is too low, see
// docs/rules-precision.md) that the command line does not name: a deopt V8
// actually took is the evidence they lack, so the join runs them for causes.
std::vector<std::string> cause_only_rules(const LintRequest& lint) {
  std::vector<std::string> ids;
  for (const RuleEntry& rule : all_rules()) {
    std::string id(rule.meta.id);
    if (rule.pass == RulePass::Static && rule.meta.default_severity == Severity::Off && !lint.rule_overrides.contains(id))
      ids.push_back(std::move(id));
  }
  return ids;
}

// The findings of just `rules` over the linted files, marked `cause_only`,
// except in files whose configuration turns the rule on (the static pass has them).
std::vector<Diagnostic> lint_cause_candidates(const LintRequest& lint, const std::vector<std::string>& rules,
                                              JoinSettings& settings) {
  LintRequest only = lint;
  only.report_unused_disable_directives = false;
  for (const RuleEntry& rule : all_rules()) only.rule_overrides[std::string(rule.meta.id)] = Severity::Off;
  for (const std::string& id : rules) only.rule_overrides[id] = Severity::Note;
  std::vector<Diagnostic> found = run_lint(only).diagnostics;
  std::erase_if(found, [&](const Diagnostic& d) {
    return std::find(rules.begin(), rules.end(), d.rule_id) == rules.end() ||
           settings.rule_severity(d.location.path, d.rule_id, Severity::Off) != Severity::Off;
  });
  for (Diagnostic& d : found) d.properties.emplace_back("cause_only", int64_t{1});
  return found;
}

bool has_type_deopt(const std::vector<Diagnostic>& trace_findings) {
  return std::any_of(trace_findings.begin(), trace_findings.end(), [](const Diagnostic& d) {
    const std::string* reason = text_property(d, "reason");
    return d.rule_id == "deopt" && reason != nullptr && is_type_reason(*reason);
  });
}

// The join rules of docs/join.md, in order: confirmation first, so a call the
// static rule reported in a hot function is confirmed once; a cause-only
// finding stays only when it explains a deopt.
void apply_join_rules(const trace::TraceHeat& heat_facts, const LintRequest& lint, std::vector<Diagnostic>& static_findings,
                      std::vector<Diagnostic>& trace_findings, const std::vector<std::string>& traced_scripts) {
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
  if (has_type_deopt(trace_findings)) {
    std::vector<Diagnostic> candidates = lint_cause_candidates(lint, cause_only_rules(lint), settings);
    std::move(candidates.begin(), candidates.end(), std::back_inserter(static_findings));
  }
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
  if (!lint.paths.empty()) {
    LintOutcome linted = run_lint(lint);
    outcome.aborted = linted.aborted;
    outcome.files_linted = linted.files_linted;
    append(outcome.errors, linted.errors);
    apply_join_rules(traced.heat, lint, linted.diagnostics, outcome.diagnostics, traced.source_files);
    std::move(linted.diagnostics.begin(), linted.diagnostics.end(), std::back_inserter(outcome.diagnostics));
  }
  attach_object_shapes(outcome.diagnostics, traced.source_files);
  std::sort(outcome.diagnostics.begin(), outcome.diagnostics.end(), diagnostic_less);
  add_join_summary(outcome.diagnostics, outcome.summary_lines);
  return outcome;
}

}  // namespace v8lint::join
