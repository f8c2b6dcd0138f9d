// hot-path-array-callback: array iteration methods with a callback
// (`xs.map(fn)`, `xs.forEach(fn)`, ...) called on a hot path.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rules/rule.h"

namespace v8lint {

class HotPathArrayCallback : public Rule {
 public:
  static constexpr RuleMeta kMeta{"hot-path-array-callback", Severity::Warning,
                                  "Array method with a callback on a hot path (loop body, handler, hot function)"};
  std::vector<std::string_view> subscribed_kinds() const override { return {"call_expression"}; }
  void on_node(RuleContext& context, TSNode node) override;
  void on_file_end(RuleContext& context) override;

 private:
  struct Candidate {
    TSNode call;
    SiteContext site;
  };
  bool is_method_call_with_callback(const RuleContext& context, TSNode call);
  // Why a site runs hot, and the node that shows it (the loop, the registering call, ...).
  struct HotEvidence {
    std::string why;
    TSNode where;
    std::string where_note;
  };
  std::optional<HotEvidence> why_hot(const RuleContext& context, const Candidate& candidate) const;

  std::vector<std::string> methods_;  // from the `methods` option, read on first use
  bool methods_read_ = false;
  std::vector<Candidate> candidates_;
};

}  // namespace v8lint
