// mixed-array-elements: an array of small integers given a double, or an array
// of numbers given another kind of value, through push / index writes to the
// variable holding it (and, with an option, literals mixing numbers and other
// values), which moves its elements kind from SMI to DOUBLE or to generic
// ELEMENTS for good.
#pragma once

#include <vector>

#include "rules/rule.h"

namespace v8lint {

class MixedArrayElements : public Rule {
 public:
  static constexpr RuleMeta kMeta{"mixed-array-elements", Severity::Warning,
                                  "an array of numbers is later given a double or a non-number, which widens its elements kind"};
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
