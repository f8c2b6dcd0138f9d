// Turns one line of a V8 log (--log-ic --log-deopt --log-code [--log-maps])
// into a listener call. Knows every format variant from V8 7.7 to 14.x; see
// docs/trace.md for the table.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "trace/v8_log_events.h"

namespace v8lint::trace {

enum class LineOutcome { Used, Ignored, Malformed, UnknownEvent };

class V8LogParser {
 public:
  explicit V8LogParser(V8LogListener& listener) : listener_(listener) {}
  // On Malformed/UnknownEvent, `problem` says why (no allocation otherwise).
  LineOutcome parse(std::string_view line, std::string& problem);

 private:
  LineOutcome code_creation(std::string& problem);
  LineOutcome ic(std::string& problem);
  LineOutcome deopt(std::string& problem);
  LineOutcome code_move(std::string& problem);
  LineOutcome code_delete(std::string& problem);
  LineOutcome disable_optimization(std::string& problem);
  LineOutcome script(bool with_source, std::string& problem);
  // The fields from `first` on, rejoined: a value whose commas were not escaped.
  std::string_view rest_from(size_t first) const;

  V8LogListener& listener_;
  std::string_view line_;
  std::vector<std::string_view> fields_;
};

bool is_ic_event_name(std::string_view name);

}  // namespace v8lint::trace
