// property-type-change: an object property or class field created with one
// kind of value and later given another through the same class or binding,
// which generalizes the field representation in the hidden class (map) and
// deprecates the maps of existing objects.
#pragma once

#include "rules/rule.h"

namespace v8lint {

class PropertyTypeChange : public Rule {
 public:
  static constexpr RuleMeta kMeta{"property-type-change", Severity::Warning,
                                  "A property or class field is created with one kind of value and later given another"};
  void on_file_end(RuleContext& context) override;
};

}  // namespace v8lint
