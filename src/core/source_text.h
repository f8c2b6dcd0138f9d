// A file's bytes plus a line index, so byte offsets become the
// line/UTF-16-column positions that diagnostics carry.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace v8lint {

class SourceText {
 public:
  SourceText(std::string path, std::string bytes);

  const std::string& path() const { return path_; }
  std::string_view bytes() const { return bytes_; }
  // Offset where the content starts: 3 when the file begins with a UTF-8 BOM.
  uint32_t content_start() const { return bom_ ? 3 : 0; }

  size_t line_count() const { return line_starts_.size(); }
  // 1-based line number of a byte offset.
  uint32_t line_of(uint32_t byte_offset) const;
  // The line's text without its terminator ("\n" or "\r\n").
  std::string_view line_text(uint32_t line) const;
  // Byte offset <-> position; columns count UTF-16 code units of valid UTF-8
  // and one unit per invalid byte.
  Position position_of(uint32_t byte_offset) const;
  uint32_t offset_of(Position position) const;

  // The location of a byte range; line_text holds at most kLineWindow bytes of
  // the start line, around the start.
  Location location(uint32_t start_byte, uint32_t end_byte) const;
  static constexpr uint32_t kLineWindow = 512;

 private:
  // Every kCheckpointStride bytes, the first character boundary at or after it
  // and its column, so positions on a 50 MB one-line file cost O(stride), not
  // O(line length).
  struct Checkpoint {
    uint32_t offset;
    uint32_t column;
  };
  static constexpr uint32_t kCheckpointStride = 4096;
  void index_lines_and_checkpoints();
  uint32_t line_start(uint32_t line) const { return line == 1 ? content_start() : line_starts_[line - 1]; }
  std::string_view line_window(uint32_t line, uint32_t around_byte, uint32_t& window_start) const;

  std::string path_;
  std::string bytes_;
  bool bom_ = false;
  std::vector<uint32_t> line_starts_;
  std::vector<Checkpoint> checkpoints_;
};

// Reads a whole file. Returns false and sets `error` (naming the file) on failure.
bool read_file(const std::string& path, std::string& out, std::string& error);

}  // namespace v8lint
