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
  line_starts_.push_back(0);
  for (size_t i = 0; i < bytes_.size(); ++i) {
    if (bytes_[i] == '\n') line_starts_.push_back(static_cast<uint32_t>(i + 1));
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
  uint32_t begin = line == 1 ? content_start() : line_starts_[line - 1];
  auto* p = reinterpret_cast<const unsigned char*>(bytes_.data());
  uint32_t column = 1;
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
  uint32_t i = position.line == 1 ? content_start() : line_starts_[position.line - 1];
  auto* p = reinterpret_cast<const unsigned char*>(bytes_.data());
  for (uint32_t column = 1; column < position.column && i < bytes_.size() && bytes_[i] != '\n';) {
    uint32_t bytes, units;
    utf8_step(p + i, p + bytes_.size(), bytes, units);
    i += bytes;
    column += units;
  }
  return i;
}

Location SourceText::location(uint32_t start_byte, uint32_t end_byte) const {
  Location loc;
  loc.path = path_;
  loc.start = position_of(start_byte);
  loc.end = position_of(std::max(start_byte, end_byte));
  loc.line_text = std::string(line_text(loc.start.line));
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
