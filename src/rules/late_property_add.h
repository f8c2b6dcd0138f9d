// late-property-add: a property added to an object after it was created, by a
// method (`this.x = ...` outside the constructor and class fields), by only
// some paths of the constructor, or through the variable holding an object
// literal (`const o = {a: 1}; o.b = 2`). Objects of one kind then end up with
// different hidden classes, and the code that reads them goes polymorphic.
#pragma once

#include "rules/rule.h"

namespace v8lint {

class LatePropertyAdd : public Rule {
 public:
  static constexpr RuleMeta kMeta{"late-property-add", Severity::Warning,
                                  "a property is added after the object was created, so its objects get different hidden classes"};
  void on_file_end(RuleContext& context) override;
};

}  // namespace v8lint
