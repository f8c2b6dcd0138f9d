// property-type-change: an object property or class field created with one
// kind of value and later given another through the same class or binding,
// which generalizes the field representation in the hidden class (map) and
// deprecates the maps of existing objects.
#pragma once

#include <vector>

#include "rules/rule.h"
#include "semantic/call_arguments.h"

namespace v8lint {

class PropertyTypeChange : public Rule {
 public:
  static constexpr RuleMeta kMeta{"property-type-change", Severity::Warning,
                                  "A property or class field is created with one kind of value and later given another"};
  std::vector<std::string_view> subscribed_kinds() const override { return {"call_expression", "new_expression"}; }
  void on_node(RuleContext& context, TSNode node) override;
  void on_file_end(RuleContext& context) override;

 private:
  NamedCalls calls_;  // for the arguments that reach `this.x = x` through a parameter
};

}  // namespace v8lint
