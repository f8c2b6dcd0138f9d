#include "report/code_frame.h"

#include <algorithm>
#include <string>

#include "report/utf8_reader.h"

namespace v8lint {
namespace {

constexpr uint32_t kTabStop = 4;
constexpr uint32_t kFrameWidth = 120;  // display columns of source shown
constexpr uint32_t kLeadIn = 30;       // columns kept before the span when a line is cropped
constexpr std::string_view kSpaces = "    ";
constexpr std::string_view kReplacements = "\uFFFD\uFFFD\uFFFD\uFFFD";  // one per byte of an invalid run (at most 3)
constexpr std::string_view kEllipsis = "\u2026";

struct Range {
  char32_t first, last;
};

constexpr Range kWide[] = {{0x1100, 0x115F},   {0x2E80, 0x303E},   {0x3041, 0x33FF},  {0x3400, 0x4DBF},
                           {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xAC00, 0xD7A3},  {0xF900, 0xFAFF},
                           {0xFE30, 0xFE4F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},  {0x1F300, 0x1F64F},
                           {0x1F900, 0x1F9FF}, {0x20000, 0x3FFFD}};
constexpr Range kZeroWidth[] = {{0x0300, 0x036F}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200B, 0x200D},
                                {0x20D0, 0x20FF}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}};

template <size_t N>
bool in_ranges(char32_t c, const Range (&ranges)[N]) {
  return std::any_of(std::begin(ranges), std::end(ranges), [c](Range r) { return c >= r.first && c <= r.last; });
}

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

struct Glyph {
  uint32_t width;         // display columns
  std::string_view text;  // what is printed for it
};

// Walks a line glyph by glyph, tracking the UTF-16 column and display column
// at which the next glyph starts.
class GlyphReader {
 public:
  explicit GlyphReader(std::string_view line) : line_(line), reader_(line) {}

  bool done() const { return reader_.done(); }
  uint32_t column() const { return column_; }
  uint32_t display() const { return display_; }

  Glyph next() {
    size_t begin = reader_.position();
    Utf8Char c = reader_.next();
    Glyph glyph = shape(c, line_.substr(begin, c.bytes));
    column_ += c.utf16_units();
    display_ += glyph.width;
    return glyph;
  }

 private:
  Glyph shape(const Utf8Char& c, std::string_view bytes) const {
    if (c.code_point == '\t') {
      uint32_t width = kTabStop - display_ % kTabStop;
      return {width, kSpaces.substr(0, width)};
    }
    if (c.code_point >= 0x20 && c.code_point < 0x7F) return {1, bytes};  // fast path: printable ASCII
    if (!c.valid) return {c.bytes, kReplacements.substr(0, size_t{3} * c.bytes)};
    if (is_control(c.code_point)) return {1, kReplacements.substr(0, 3)};
    if (in_ranges(c.code_point, kZeroWidth)) return {0, bytes};
    return {in_ranges(c.code_point, kWide) ? 2u : 1u, bytes};
  }

  std::string_view line_;
  Utf8Reader reader_;
  uint32_t column_ = 1;
  uint32_t display_ = 0;
};

struct RenderedLine {
  std::string text;
  uint32_t first_display = 0;  // display column of the first glyph shown
  uint32_t last_display = 0;   // display column just past the last glyph shown
  bool cropped_left = false;
};

// The part of `line` from display column `from`, at most kFrameWidth wide.
RenderedLine render(std::string_view line, uint32_t from) {
  RenderedLine out;
  GlyphReader glyphs(line);
  while (!glyphs.done() && glyphs.display() < from) glyphs.next();
  out.first_display = out.last_display = glyphs.display();
  out.cropped_left = out.first_display > 0;
  if (out.cropped_left) out.text = kEllipsis;
  while (!glyphs.done()) {
    uint32_t start = glyphs.display();
    Glyph glyph = glyphs.next();
    if (glyphs.display() > out.first_display + kFrameWidth) {
      out.text += kEllipsis;
      return out;
    }
    out.text += glyph.text;
    out.last_display = start + glyph.width;
  }
  return out;
}

std::string caret_line(uint32_t start, uint32_t end) {
  std::string carets(std::max(end, start + 1) - start, '~');
  carets.front() = '^';
  return carets;
}

// " 12 | ": `label` is the line number, or as many spaces under it.
std::string gutter(const std::string& label) { return std::string(1, ' ').append(label).append(" | "); }

}  // namespace

DisplaySpan display_span(std::string_view line, uint32_t start_column, uint32_t end_column) {
  GlyphReader glyphs(line);
  while (!glyphs.done() && glyphs.column() < start_column) glyphs.next();
  DisplaySpan span{glyphs.display(), 0};
  while (!glyphs.done() && glyphs.column() < end_column) glyphs.next();
  span.end = glyphs.display();
  return span;
}

void write_code_frame(const Location& location, std::ostream& out, const Palette& palette, Tint caret_tint) {
  const std::string_view line = location.line_text;
  if (line.empty()) return;
  bool single_line = location.end.line == location.start.line;
  auto [start, end] = display_span(line, location.start.column, single_line ? location.end.column : 0);
  if (!single_line) end = UINT32_MAX;
  uint32_t underlined_to = single_line ? std::max(end, start + 1) : start + 1;  // the rest of the line may be cropped
  uint32_t from = underlined_to <= kFrameWidth || start < kLeadIn ? 0 : start - kLeadIn;
  RenderedLine shown = render(line, from);

  std::string number = std::to_string(location.start.line);
  std::string blank_gutter = palette.paint(gutter(std::string(number.size(), ' ')), Tint::Dim);
  out << palette.paint(gutter(number), Tint::Dim) << shown.text << '\n';
  uint32_t caret_start = std::min(start, shown.last_display);
  uint32_t caret_end = std::min(end, shown.last_display);
  uint32_t indent = caret_start - shown.first_display + (shown.cropped_left ? 1 : 0);
  out << blank_gutter << std::string(indent, ' ') << palette.paint(caret_line(caret_start, caret_end), caret_tint)
      << '\n';
}

}  // namespace v8lint
