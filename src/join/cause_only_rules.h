// The static rules off by default (their precision alone is too low, see
// docs/rules-precision.md) that the join runs when the trace has a type
// deopt: a deopt V8 actually took is the evidence they lack, so their
// findings are kept only where they explain one (docs/join.md).
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "join/join_settings.h"
#include "lint/lint_run.h"

namespace v8lint::join {

class CauseOnlyRules {
 public:
  // None unless `wanted` (the trace has a type deopt); a rule the command line names is not one.
  CauseOnlyRules(const LintRequest& lint, bool wanted);

  // The static pass's request. The rules ride its walk, at note level where a
  // file's configuration leaves them off, unless unused disable directives are
  // reported: a rider's finding would use a directive the report must call unused.
  const LintRequest& static_pass() const { return static_pass_; }
  // Their findings where the configuration leaves them off, marked
  // `cause_only`: taken out of the static pass's findings, or linted on a
  // walk of their own when they could not ride.
  std::vector<Diagnostic> take(std::vector<Diagnostic>& static_findings, JoinSettings& settings) const;

 private:
  bool is_cause_only(const Diagnostic& finding) const;
  std::vector<Diagnostic> take_riders(std::vector<Diagnostic>& static_findings, JoinSettings& settings) const;
  std::vector<Diagnostic> lint_alone(JoinSettings& settings) const;

  LintRequest lint_;
  std::vector<std::string> ids_;
  bool ride_ = false;
  LintRequest static_pass_;
};

}  // namespace v8lint::join
