// sync-in-handler: synchronous file, crypto, compression and child-process
// calls, and `JSON.parse` of a request body, inside a request or stream
// handler on the main thread.
#pragma once

#include <string_view>
#include <vector>

#include "rules/rule.h"
#include "semantic/repetition.h"

namespace v8lint {

class SyncInHandler : public Rule {
 public:
  static constexpr RuleMeta kMeta{"sync-in-handler", Severity::Warning,
                                  "Blocking synchronous call (fs/crypto/zlib/child_process *Sync) in a request handler"};
  std::vector<std::string_view> subscribed_kinds() const override { return {"call_expression"}; }
  void on_node(RuleContext& context, TSNode node) override;
  void on_file_end(RuleContext& context) override;

 private:
  std::vector<SitedNode> candidates_;
};

}  // namespace v8lint
