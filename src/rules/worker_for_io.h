// worker-for-io: a worker script (worker_threads with parentPort/workerData)
// that does no CPU work of its own, only awaits I/O and passes messages.
#pragma once

#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace v8lint {

class WorkerForIo : public Rule {
 public:
  static constexpr RuleMeta kMeta{"worker-for-io", Severity::Note,
                                  "Worker thread that only awaits I/O: the main thread's event loop would do"};
  std::vector<std::string_view> subscribed_kinds() const override {
    return {"call_expression", "for_statement", "for_in_statement", "while_statement", "do_statement"};
  }
  void on_node(RuleContext& context, TSNode node) override;
  void on_file_end(RuleContext& context) override;

 private:
  bool computes_ = false;       // a loop, a per-element callback, or a call the rule cannot vouch for
  std::vector<TSNode> io_waits_;  // awaited I/O calls
  std::vector<TSNode> unknown_calls_;  // decided at file end: calls of this file's own functions are fine
};

}  // namespace v8lint
