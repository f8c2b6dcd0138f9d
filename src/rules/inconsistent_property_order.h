// inconsistent-property-order: object literals in one module that create the
// same set of keys in different orders (`{x, y}` and `{y, x}`). Hidden classes
// are built key by key, so the two orders make two unrelated hidden classes
// and every access that sees both goes polymorphic.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "rules/rule.h"

namespace v8lint {

class InconsistentPropertyOrder : public Rule {
 public:
  static constexpr RuleMeta kMeta{"inconsistent-property-order", Severity::Warning,
                                  "object literals create the same keys in different orders"};
  std::vector<std::string_view> subscribed_kinds() const override { return {"object"}; }
  void on_node(RuleContext& context, TSNode node) override;

 private:
  struct FirstOrder {
    std::vector<std::string_view> keys;
    TSNode literal;
  };
  std::map<std::vector<std::string_view>, FirstOrder> first_by_key_set_;  // sorted keys -> first order seen
};

}  // namespace v8lint
