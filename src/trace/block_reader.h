// Reads a log file as numbered blocks of whole lines: the unit the trace
// readers split into lines and hand between threads. A plain file is read
// with pread, so several threads read its blocks at once; a gzip file is
// inflated block after block, in order. Memory is bounded by the block size
// and the longest line.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace v8lint::trace {

struct TextBlock {
  std::vector<char> buffer;  // reused from block to block; the block is buffer[begin, end)
  size_t begin = 0;
  size_t end = 0;
  bool starts_input = false;  // the first block: its first line may start with a BOM
  std::string_view text() const { return {buffer.data() + begin, end - begin}; }
};

class BlockSource {
 public:
  // Small enough that a block is still in the CPU's cache when it is parsed
  // right after being read; large enough that handing it over costs nothing.
  static constexpr size_t kDefaultBlockSize = 512 << 10;

  // A reader for `path`, or null with `error` (naming the file) set.
  static std::unique_ptr<BlockSource> open(const std::string& path, std::string& error,
                                           size_t block_size = kDefaultBlockSize);
  virtual ~BlockSource() = default;

  // Fills `block` with block number `index` (0, 1, ...): about the block
  // size, cut after newlines; empty when a longer line covers all of it.
  // False when the input ends before it, or a read error ends it early.
  // Threads may read different blocks at once.
  virtual bool read(uint64_t index, TextBlock& block) = 0;
  bool failed() const;
  // "FILE: read error after line N: why", given the lines read before the error.
  std::string error_after(uint64_t lines) const;

 protected:
  BlockSource(std::string path, size_t block_size) : block_size_(block_size), path_(std::move(path)) {}
  void fail(std::string why);

  const size_t block_size_;

 private:
  std::string path_;
  mutable std::mutex error_mutex_;
  std::string read_error_;
};

// The lines of one block, without their "\n" / "\r\n" (nor a leading BOM).
class BlockLines {
 public:
  explicit BlockLines(const TextBlock& block) : block_(block), rest_(block.text()) {}
  bool next(std::string_view& line);
  // Lines returned so far.
  uint64_t count() const { return count_; }
  // True when the line last returned ended the input without a newline.
  bool last_unterminated() const { return unterminated_; }

 private:
  const TextBlock& block_;
  std::string_view rest_;
  uint64_t count_ = 0;
  bool unterminated_ = false;
};

}  // namespace v8lint::trace
