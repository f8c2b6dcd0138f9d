#include "trace/event_batch.h"

namespace v8lint::trace {

void SkippedLines::add(uint64_t line, const std::string& reason) {
  if (count++ > 0) return;
  first_line = line;
  first_reason = reason;
}

void EventBatch::parse(const TextBlock& block) {
  events_.clear();
  skipped_ = {};
  BlockLines lines(block);
  std::string_view line;
  while (lines.next(line)) {
    LineOutcome outcome = parser_.parse(line, problem_);
    if (outcome != LineOutcome::Malformed && outcome != LineOutcome::UnknownEvent) continue;
    if (lines.last_unterminated()) problem_ = "truncated last line (" + problem_ + ")";
    skipped_.add(lines.count(), problem_);
  }
  lines_ = lines.count();
}

void EventBatch::replay(V8LogListener& listener) {
  struct Dispatch {
    V8LogListener& to;
    void operator()(const CodeCreation& event) const { to.on_code_creation(event); }
    void operator()(const CodeMove& event) const { to.on_code_move(event.from, event.to); }
    void operator()(const CodeDelete& event) const { to.on_code_delete(event.start); }
    void operator()(const IcEvent& event) const { to.on_ic(event); }
    void operator()(const DeoptEvent& event) const { to.on_deopt(event); }
    void operator()(const DisableOptimization& event) const { to.on_disable_optimization(event.function_name, event.reason); }
    void operator()(Script& event) const {
      to.on_script(event.id, std::move(event.name), std::move(event.source), std::move(event.source_map_url));
    }
  };
  Dispatch dispatch{listener};
  for (Event& event : events_) std::visit(dispatch, event);
}

}  // namespace v8lint::trace
