// variable-type-change: a `let`/`var` or parameter that is given values of
// different kinds (a number, then a string), which makes V8 generalize how it
// represents the variable and deoptimize code that speculated on the first kind.
#pragma once

#include "rules/rule.h"

namespace v8lint {

class VariableTypeChange : public Rule {
 public:
  // Off by default: 4 of 20 findings on real code were right (docs/rules-precision.md).
  static constexpr RuleMeta kMeta{"variable-type-change", Severity::Off,
                                  "A let/var or parameter is given values of different kinds"};
  void on_file_end(RuleContext& context) override;
};

}  // namespace v8lint
