// Streams the lines of a plain or gzip-compressed file (zlib reads both)
// through one large buffer: no per-line allocation, memory bounded by the
// longest line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <zlib.h>

namespace v8lint::trace {

class LineReader {
 public:
  LineReader() = default;
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // Returns false and sets `error` (naming the file) when it cannot be opened.
  bool open(const std::string& path, std::string& error);
  // The next line without its "\n" / "\r\n"; false at end of input or on a
  // read error (then error() is non-empty). A valid view lasts until the next call.
  bool next(std::string_view& line);
  uint64_t line_number() const { return line_number_; }
  // True when the line last returned was not terminated by a newline.
  bool last_line_unterminated() const { return unterminated_; }
  const std::string& error() const { return error_; }

 private:
  bool fill();

  gzFile file_ = nullptr;
  std::string path_;
  std::vector<char> buffer_;
  size_t begin_ = 0;  // first unread byte
  size_t end_ = 0;    // one past the last buffered byte
  bool eof_ = false;
  bool unterminated_ = false;
  uint64_t line_number_ = 0;
  std::string error_;
};

}  // namespace v8lint::trace
