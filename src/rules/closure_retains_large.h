// closure-retains-large: a long-lived callback (timer callback, event
// listener) that does not use a large local of its enclosing function, but
// keeps it alive anyway because another closure of that function uses it and
// V8 gives all closures of a function one shared context.
#pragma once

#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace v8lint {

class ClosureRetainsLarge : public Rule {
 public:
  static constexpr RuleMeta kMeta{"closure-retains-large", Severity::Warning,
                                  "Long-lived callback keeps a large buffer alive through a context shared with another closure"};
  void on_file_end(RuleContext& context) override;
};

}  // namespace v8lint
