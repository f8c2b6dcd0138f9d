// listener-leak: `.on`/`.addListener`/`.addEventListener`/`.prependListener`
// on a long-lived emitter, in code that runs repeatedly, with no matching
// removal in the module.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"
#include "semantic/repetition.h"

namespace v8lint {

class ListenerLeak : public Rule {
 public:
  static constexpr RuleMeta kMeta{"listener-leak", Severity::Warning,
                                  "Listener added to a long-lived emitter on every request, event or loop iteration"};
  std::vector<std::string_view> subscribed_kinds() const override { return {"call_expression"}; }
  void on_node(RuleContext& context, TSNode node) override;
  void on_file_end(RuleContext& context) override;

 private:
  // An emitter and event some code in the module removes listeners from ("" event: all of them).
  struct Removal {
    std::string_view emitter;
    std::string_view event;
  };
  bool removed(std::string_view emitter, std::string_view event) const;

  std::vector<SitedNode> registrations_;
  std::vector<Removal> removals_;
};

}  // namespace v8lint
