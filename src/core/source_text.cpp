#include "core/source_text.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace v8lint {
namespace {

// UTF-16 units taken by the UTF-8 sequence starting at `p`, and its length in bytes.
// Invalid or truncated sequences count as one unit per byte so columns stay monotonic.
void utf8_step(const unsigned char* p, const unsigned char* end, uint32_t& bytes, uint32_t& units) {
  unsigned char c = *p;
  uint32_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || p + len > end) { bytes = 1; units = 1; return; }
  for (uint32_t i = 1; i < len; ++i) {
    if ((p[i] & 0xC0) != 0x80) { bytes = 1; units = 1; return; }
  }
  bytes = len;
  units = len == 4 ? 2 : 1;
}

}  // namespace

SourceText::SourceText(std::string path, std::string bytes)
    : path_(std::move(path)), bytes_(std::move(bytes)) {
  bom_ = bytes_.size() >= 3 && bytes_.compare(0, 3, "\xEF\xBB\xBF") == 0;
  index_lines_and_checkpoints();
}

void SourceText::index_lines_and_checkpoints() {
  line_starts_.push_back(0);
  auto* p = reinterpret_cast<const unsigned char*>(bytes_.data());
  const auto* end = p + bytes_.size();
  uint32_t column = 1;
  uint32_t next_checkpoint = 0;
  for (uint32_t i = content_start(); i < bytes_.size();) {
    if (i >= next_checkpoint) {
      checkpoints_.push_back({i, column});
      next_checkpoint = (i / kCheckpointStride + 1) * kCheckpointStride;
    }
    if (p[i] == '\n') {
      line_starts_.push_back(++i);
      column = 1;
      continue;
    }
    if (p[i] < 0x80) {  // most source is ASCII: take the run up to the next newline or checkpoint in one loop
      uint32_t run_end = std::min<uint32_t>(next_checkpoint, static_cast<uint32_t>(bytes_.size()));
      uint32_t run_start = i;
      while (i < run_end && p[i] < 0x80 && p[i] != '\n') ++i;
      column += i - run_start;
      continue;
    }
    uint32_t bytes, units;
    utf8_step(p + i, end, bytes, units);
    i += bytes;
    column += units;
  }
}

uint32_t SourceText::line_of(uint32_t byte_offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
  return static_cast<uint32_t>(it - line_starts_.begin());
}

std::string_view SourceText::line_text(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  uint32_t begin = line_starts_[line - 1];
  if (line == 1) begin = content_start();
  uint32_t end = line < line_starts_.size() ? line_starts_[line] - 1 : static_cast<uint32_t>(bytes_.size());
  if (end > begin && bytes_[end - 1] == '\r') --end;
  return std::string_view(bytes_).substr(begin, end - begin);
}

Position SourceText::position_of(uint32_t byte_offset) const {
  byte_offset = std::min<uint32_t>(byte_offset, static_cast<uint32_t>(bytes_.size()));
  uint32_t line = line_of(byte_offset);
  uint32_t begin = line_start(line);
  uint32_t column = 1;
  auto checkpoint = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), byte_offset,
                                     [](uint32_t offset, const Checkpoint& c) { return offset < c.offset; });
  if (checkpoint != checkpoints_.begin() && std::prev(checkpoint)->offset >= begin) {
    begin = std::prev(checkpoint)->offset;
    column = std::prev(checkpoint)->column;
  }
  auto* p = reinterpret_cast<const unsigned char*>(bytes_.data());
  for (uint32_t i = begin; i < byte_offset;) {
    uint32_t bytes, units;
    utf8_step(p + i, p + bytes_.size(), bytes, units);
    i += bytes;
    column += units;
  }
  return {line, column};
}

uint32_t SourceText::offset_of(Position position) const {
  if (position.line == 0 || position.line > line_starts_.size()) return static_cast<uint32_t>(bytes_.size());
  uint32_t i = line_start(position.line);
  uint32_t column = 1;
  // Start from the line's last checkpoint at or before the column, so a
  // position on a 50 MB one-line file costs O(stride), as in position_of.
  uint32_t line_end = position.line < line_starts_.size() ? line_starts_[position.line] : static_cast<uint32_t>(bytes_.size());
  auto by_offset = [](const Checkpoint& c, uint32_t offset) { return c.offset < offset; };
  auto first = std::lower_bound(checkpoints_.begin(), checkpoints_.end(), i, by_offset);
  auto last = std::lower_bound(first, checkpoints_.end(), line_end, by_offset);
  auto after = std::upper_bound(first, last, position.column,
                                [](uint32_t target, const Checkpoint& c) { return target < c.column; });
  if (after != first) {
    i = std::prev(after)->offset;
    column = std::prev(after)->column;
  }
  auto* p = reinterpret_cast<const unsigned char*>(bytes_.data());
  for (; column < position.column && i < bytes_.size() && bytes_[i] != '\n';) {
    uint32_t bytes, units;
    utf8_step(p + i, p + bytes_.size(), bytes, units);
    i += bytes;
    column += units;
  }
  return i;
}

std::string_view SourceText::line_window(uint32_t line, uint32_t around_byte, uint32_t& window_start) const {
  std::string_view text = line_text(line);
  uint32_t begin = line_start(line);
  window_start = begin;
  if (text.size() <= kLineWindow) return text;
  uint32_t from = around_byte - begin > kLineWindow / 4 ? around_byte - begin - kLineWindow / 4 : 0;
  uint32_t to = std::min<uint32_t>(from + kLineWindow, static_cast<uint32_t>(text.size()));
  auto continuation = [&](uint32_t i) { return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
  while (continuation(from)) ++from;  // whole characters only
  while (continuation(to)) ++to;
  window_start = begin + from;
  return text.substr(from, to - from);
}

Location SourceText::location(uint32_t start_byte, uint32_t end_byte) const {
  Location loc;
  loc.path = path_;
  loc.start = position_of(start_byte);
  loc.end = position_of(std::max(start_byte, end_byte));
  uint32_t window_start = 0;
  loc.line_text = std::string(line_window(loc.start.line, start_byte, window_start));
  loc.line_text_column = position_of(window_start).column;
  return loc;
}

bool read_file(const std::string& path, std::string& out, std::string& error) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    error = path + ": cannot open: " + std::strerror(errno);
    return false;
  }
  out.clear();
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) out.append(buffer, n);
  bool failed = std::ferror(f);
  int saved = errno;
  std::fclose(f);
  if (failed) {
    error = path + ": cannot read: " + std::strerror(saved);
    return false;
  }
  return true;
}

}  // namespace v8lint
