// oversized-function: functions whose estimated bytecode exceeds TurboFan's
// inlining budget (note) or a much larger size that delays optimization (warning).
#pragma once

#include "rules/rule.h"

namespace v8lint {

class OversizedFunction : public Rule {
 public:
  static constexpr RuleMeta kMeta{"oversized-function", Severity::Warning,
                                  "Function too large for TurboFan to inline, or to optimize early (estimated bytecode size)"};
  void on_file_end(RuleContext& context) override;
};

}  // namespace v8lint
