// arguments-object: `arguments` used in ways that make V8 materialize a real
// arguments object (leaked, assigned; with an option, indexed dynamically) or
// keep it aliased with the parameters (sloppy-mode writes), where rest
// parameters are cheap.
#pragma once

#include <unordered_set>
#include <vector>

#include "rules/rule.h"

namespace v8lint {

class ArgumentsObject : public Rule {
 public:
  static constexpr RuleMeta kMeta{"arguments-object", Severity::Warning,
                                  "`arguments` is leaked, assigned, or aliased with parameters, where rest parameters are cheap"};
  std::vector<std::string_view> subscribed_kinds() const override { return {"identifier"}; }
  void on_node(RuleContext& context, TSNode node) override;
  void on_file_end(RuleContext& context) override;

 private:
  struct Use {
    TSNode identifier;
    TSNode function;  // the innermost non-arrow function: whose `arguments` it is
  };
  void report_use(RuleContext& context, const Use& use);
  // `functions`: the ids (TSNode::id) of the sloppy-mode functions that use `arguments`.
  void report_sloppy_parameter_writes(RuleContext& context, const std::unordered_set<const void*>& functions);
  std::vector<Use> uses_;
};

}  // namespace v8lint
