// interval-without-clear: a `setInterval` whose handle is thrown away, or kept
// but never given to `clearInterval`/`clearTimeout` nor `unref()`ed in the module.
#pragma once

#include <string_view>
#include <vector>

#include "rules/rule.h"
#include "semantic/repetition.h"

namespace v8lint {

class IntervalWithoutClear : public Rule {
 public:
  static constexpr RuleMeta kMeta{"interval-without-clear", Severity::Warning,
                                  "setInterval whose handle is discarded or never cleared nor unref()ed"};
  std::vector<std::string_view> subscribed_kinds() const override { return {"call_expression"}; }
  void on_node(RuleContext& context, TSNode node) override;
  void on_file_end(RuleContext& context) override;

 private:
  std::vector<SitedNode> intervals_;
  // Names the module clears or unrefs: `clearInterval(this.timer)` -> "timer", `h.unref()` -> "h".
  std::vector<std::string_view> released_names_;
};

}  // namespace v8lint
