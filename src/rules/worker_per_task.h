// worker-per-task: `new Worker(...)` (worker_threads) where it runs once per
// request, event or loop iteration, instead of once for a pool.
#pragma once

#include <string_view>
#include <vector>

#include "rules/rule.h"
#include "semantic/repetition.h"

namespace v8lint {

class WorkerPerTask : public Rule {
 public:
  static constexpr RuleMeta kMeta{"worker-per-task", Severity::Warning,
                                  "A worker thread started per request, event or loop iteration instead of a pool"};
  std::vector<std::string_view> subscribed_kinds() const override { return {"new_expression"}; }
  void on_node(RuleContext& context, TSNode node) override;
  void on_file_end(RuleContext& context) override;

 private:
  std::vector<SitedNode> candidates_;
};

}  // namespace v8lint
