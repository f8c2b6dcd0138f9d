// mixed-array-elements: one array given small integers and doubles, or numbers
// and other values (in a literal, or through push / index writes to the same
// variable), which moves its elements kind from SMI to DOUBLE or to generic
// ELEMENTS: numbers are then unboxed doubles or heap numbers, never Smis again.
#pragma once

#include <vector>

#include "rules/rule.h"

namespace v8lint {

class MixedArrayElements : public Rule {
 public:
  static constexpr RuleMeta kMeta{"mixed-array-elements", Severity::Warning,
                                  "an array holds small integers together with doubles or non-numbers"};
  std::vector<std::string_view> subscribed_kinds() const override {
    return {"array", "call_expression", "assignment_expression"};
  }
  void on_node(RuleContext& context, TSNode node) override;
  void on_file_end(RuleContext& context) override;

 private:
  // A value added to an array held by a variable, in document order.
  struct Addition {
    TSNode array;  // the variable's identifier
    TSNode value;
  };
  std::vector<TSNode> literals_;
  std::vector<Addition> additions_;
};

}  // namespace v8lint
