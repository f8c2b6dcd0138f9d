// hot-path-array-callback: array iteration methods with a callback
// (`xs.map(fn)`, `xs.forEach(fn)`, ...) called on a hot path.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace v8lint {

// Shared with the join, which reports the calls a V8 trace shows hot:
// the default `methods`, how a call is shown ("`items.map(...)`"), and why it matters.
std::span<const std::string_view> default_array_callback_methods();
std::string array_callback_call_text(const SyntaxTree& tree, TSNode call);
inline constexpr std::string_view kArrayCallbackCost =
    "the callback costs a call per element, plus a closure per call when written inline; a plain loop on this hot "
    "path avoids both";

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
