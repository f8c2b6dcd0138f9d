// Streams the lines of a plain or gzip-compressed file, block by block: no
// per-line allocation, memory bounded by the block size and the longest line.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "trace/block_reader.h"

namespace v8lint::trace {

class LineReader {
 public:
  // Returns false and sets `error` (naming the file) when it cannot be opened.
  bool open(const std::string& path, std::string& error);
  // The next line without its "\n" / "\r\n"; false at end of input or on a
  // read error (then error() is non-empty). A valid view lasts until the next call.
  bool next(std::string_view& line);
  uint64_t line_number() const { return line_number_; }
  std::string error() const;

 private:
  std::unique_ptr<BlockSource> blocks_;
  uint64_t next_block_ = 0;
  TextBlock block_;
  std::optional<BlockLines> lines_;
  uint64_t line_number_ = 0;
};

}  // namespace v8lint::trace
