#include "join/cause_only_rules.h"

#include <algorithm>

#include "rules/registry.h"

namespace v8lint::join {

CauseOnlyRules::CauseOnlyRules(const LintRequest& lint, bool wanted) : lint_(lint), static_pass_(lint) {
  if (!wanted) return;
  for (const RuleEntry& rule : all_rules()) {
    std::string id(rule.meta.id);
    if (rule.pass == RulePass::Static && rule.meta.default_severity == Severity::Off && !lint.rule_overrides.contains(id))
      ids_.push_back(std::move(id));
  }
  ride_ = !lint.report_unused_disable_directives;
  if (ride_)
    for (const std::string& id : ids_) static_pass_.rule_overrides[id] = Severity::Note;
}

bool CauseOnlyRules::is_cause_only(const Diagnostic& finding) const {
  return std::find(ids_.begin(), ids_.end(), finding.rule_id) != ids_.end();
}

std::vector<Diagnostic> CauseOnlyRules::take(std::vector<Diagnostic>& static_findings, JoinSettings& settings) const {
  if (ids_.empty()) return {};
  std::vector<Diagnostic> held = ride_ ? take_riders(static_findings, settings) : lint_alone(settings);
  for (Diagnostic& d : held) d.properties.emplace_back("cause_only", int64_t{1});
  return held;
}

// A rider in a file whose configuration turns its rule on is the static
// pass's own finding, at the configured level (the cause-only rules report
// at their rule's level only).
std::vector<Diagnostic> CauseOnlyRules::take_riders(std::vector<Diagnostic>& static_findings, JoinSettings& settings) const {
  std::vector<Diagnostic> kept, held;
  for (Diagnostic& d : static_findings) {
    if (is_cause_only(d)) {
      Severity configured = settings.rule_severity(d.location.path, d.rule_id, Severity::Off);
      if (configured == Severity::Off) {
        held.push_back(std::move(d));
        continue;
      }
      d.severity = configured;
    }
    kept.push_back(std::move(d));
  }
  static_findings = std::move(kept);
  return held;
}

// Just the cause-only rules over the linted files, except in files whose
// configuration turns a rule on (the static pass has those findings).
std::vector<Diagnostic> CauseOnlyRules::lint_alone(JoinSettings& settings) const {
  LintRequest only = lint_;
  only.report_unused_disable_directives = false;
  for (const RuleEntry& rule : all_rules()) only.rule_overrides[std::string(rule.meta.id)] = Severity::Off;
  for (const std::string& id : ids_) only.rule_overrides[id] = Severity::Note;
  std::vector<Diagnostic> found = run_lint(only).diagnostics;
  std::erase_if(found, [&](const Diagnostic& d) {
    return !is_cause_only(d) || settings.rule_severity(d.location.path, d.rule_id, Severity::Off) != Severity::Off;
  });
  return found;
}

}  // namespace v8lint::join
