// holey-array: arrays created with holes (`new Array(n)`, `[1, , 3]`), grown
// past their end (`a[a.length + 1] = x`, `a[5] = x` on `[]`) or punched
// (`delete a[i]`): V8 moves them to a HOLEY elements kind for good.
#pragma once

#include <unordered_map>
#include <vector>

#include "rules/rule.h"

namespace v8lint {

class HoleyArray : public Rule {
 public:
  static constexpr RuleMeta kMeta{"holey-array", Severity::Warning,
                                  "an array is created with holes or written past its end, which makes it HOLEY for good"};
  std::vector<std::string_view> subscribed_kinds() const override {
    return {"array", "new_expression", "call_expression", "assignment_expression", "unary_expression"};
  }
  void on_node(RuleContext& context, TSNode node) override;
  void on_file_end(RuleContext& context) override;

 private:
  // A write that may extend an array held by a binding: `a[3] = x` or `a.push(x, y)`.
  struct Growth {
    TSNode node;
    TSNode object;     // the array's identifier
    int64_t index;     // the constant index written, or -1 for a push
    uint32_t pushed;   // elements a push appends
  };
  void on_assignment(RuleContext& context, TSNode assignment);
  void on_unary(RuleContext& context, TSNode unary);
  void on_call(RuleContext& context, TSNode call, TSNode callee);
  void report_writes_past_the_end(RuleContext& context);
  std::vector<Growth> growths_;
};

}  // namespace v8lint
