// Splits the name V8 gives JS code ("<function> <script>:<line>:<column>",
// either part may hold spaces) and deopt positions ("<a.js:1:2> inlined at <b.js:3:4>").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace v8lint::trace {

struct NamedPosition {
  std::string_view function;  // empty for scripts and anonymous functions
  std::string_view script;
  uint32_t line = 1;
  uint32_t column = 1;
};

// `name` is already unescaped. Scripts logged by name alone get line 1, column 1.
NamedPosition split_code_name(std::string_view name);

// Innermost position first; empty for "<unknown>" or text in no known form.
std::vector<NamedPosition> split_position_chain(std::string_view location);

}  // namespace v8lint::trace
