// The source line of a finding with a gutter, and a caret line under its span:
//
//    12 | const o = { ...a };
//       |           ^~~~~~
//
// Location columns count UTF-16 units; the frame works in display columns:
// tabs expand to the next multiple of 4, wide (CJK, emoji) characters take
// two, combining marks none, control characters and invalid bytes show as
// U+FFFD. A span over several lines is underlined to the end of its first
// line. Lines wider than the frame are cropped around the span, with "…".
#pragma once

#include <cstdint>
#include <ostream>
#include <string_view>

#include "core/diagnostic.h"
#include "report/palette.h"

namespace v8lint {

// 0-based display columns at which the 1-based UTF-16 columns of a span
// start; a column past the end of the line maps to the line's width, and an
// end column before the start to the start.
struct DisplaySpan {
  uint32_t start;
  uint32_t end;
};
DisplaySpan display_span(std::string_view line, uint32_t start_column, uint32_t end_column);

// Writes nothing when the location carries no line text.
void write_code_frame(const Location& location, std::ostream& out, const Palette& palette, Tint caret_tint);

}  // namespace v8lint
