// variable-type-change: a `let`/`var` or parameter that is given values of
// different kinds (a number, then a string), which makes V8 generalize how it
// represents the variable and deoptimize code that speculated on the first kind.
#pragma once

#include <vector>

#include "rules/rule.h"
#include "semantic/call_arguments.h"
#include "semantic/value_kind.h"

namespace v8lint {

class VariableTypeChange : public Rule {
 public:
  // Off by default: 4 of 20 findings on real code were right (docs/rules-precision.md).
  static constexpr RuleMeta kMeta{"variable-type-change", Severity::Off,
                                  "A let/var or parameter is given values of different kinds"};
  std::vector<std::string_view> subscribed_kinds() const override { return {"call_expression", "new_expression"}; }
  void on_node(RuleContext& context, TSNode node) override;
  void on_file_end(RuleContext& context) override;

 private:
  // A parameter passed values of different kinds by its call sites.
  void report_arguments(RuleContext& context, const NamedCalls& calls, KindPolicy policy);

  NamedCalls calls_;
};

}  // namespace v8lint
