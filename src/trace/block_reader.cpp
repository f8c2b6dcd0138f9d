#include "trace/block_reader.h"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

namespace v8lint::trace {
namespace {

// Makes room for `want` more bytes after block.end.
char* room_for(TextBlock& block, size_t want) {
  if (block.buffer.size() < block.end + want) block.buffer.resize(std::max(2 * block.buffer.size(), block.end + want));
  return block.buffer.data() + block.end;
}

// A regular, uncompressed file: block i holds the lines that start in
// [i * block size, (i + 1) * block size), read with pread, so any thread
// can read any block without the ones before it.
class FileBlocks final : public BlockSource {
 public:
  FileBlocks(std::string path, size_t block_size, int fd, uint64_t size)
      : BlockSource(std::move(path), block_size), fd_(fd), size_(size) {}
  ~FileBlocks() override { close(fd_); }
  bool read(uint64_t index, TextBlock& block) override;

 private:
  // Appends up to `want` bytes from `offset` (fewer at the end of the file);
  // the count appended, or -1 after a read error.
  int64_t append(TextBlock& block, uint64_t offset, size_t want);

  int fd_;
  uint64_t size_;  // when opened: a log still being written is read up to there
};

int64_t FileBlocks::append(TextBlock& block, uint64_t offset, size_t want) {
  char* to = room_for(block, want);
  size_t got = 0;
  while (got < want) {
    ssize_t n = pread(fd_, to + got, want - got, static_cast<off_t>(offset + got));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      fail(std::strerror(errno));
      return -1;
    }
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  block.end += got;
  return static_cast<int64_t>(got);
}

bool FileBlocks::read(uint64_t index, TextBlock& block) {
  uint64_t begin = index * block_size_;
  if (begin >= size_) return false;
  block.starts_input = index == 0;
  block.begin = block.end = 0;
  // From the byte before `begin`: a line starts at `begin` when it is a newline.
  uint64_t from = index == 0 ? 0 : begin - 1;
  size_t nominal = static_cast<size_t>(begin + block_size_ - from);
  if (append(block, from, nominal) < 0) return false;
  const char* data = block.buffer.data();
  if (index > 0) {
    const void* newline = std::memchr(data, '\n', block.end);
    block.begin = newline == nullptr ? block.end : static_cast<size_t>(static_cast<const char*>(newline) - data) + 1;
  }
  if (block.begin >= block.end || block.end < nominal || data[block.end - 1] == '\n') return true;
  // The last line runs past the block: read on to its newline, a little at
  // first (most lines are short), more and more for a long one.
  for (size_t step = std::min<size_t>(16 << 10, block_size_);; step = std::min(2 * step, block_size_)) {
    size_t scanned = block.end;
    int64_t got = append(block, from + block.end, step);
    if (got <= 0) return got == 0;
    data = block.buffer.data();
    if (const void* newline = std::memchr(data + scanned, '\n', block.end - scanned)) {
      block.end = static_cast<size_t>(static_cast<const char*>(newline) - data) + 1;
      return true;
    }
  }
}

// zlib's gzread (a .gz file, or a pipe): sequential, so a block waits for the
// one before it; the partial line after a block's last newline starts the next.
class GzipBlocks final : public BlockSource {
 public:
  GzipBlocks(std::string path, size_t block_size, gzFile file) : BlockSource(std::move(path), block_size), file_(file) {}
  ~GzipBlocks() override { gzclose(file_); }
  bool read(uint64_t index, TextBlock& block) override;

 private:
  bool next(TextBlock& block);
  // Appends up to `want` bytes; false at the end of input.
  bool append(TextBlock& block, size_t want);

  gzFile file_;
  std::vector<char> carry_;
  bool eof_ = false;
  std::mutex turn_mutex_;
  std::condition_variable turn_changed_;
  uint64_t turn_ = 0;  // the index read next
};

bool GzipBlocks::read(uint64_t index, TextBlock& block) {
  std::unique_lock lock(turn_mutex_);
  turn_changed_.wait(lock, [&] { return turn_ == index; });
  block.starts_input = index == 0;
  bool got = next(block);
  ++turn_;
  turn_changed_.notify_all();
  return got;
}

bool GzipBlocks::append(TextBlock& block, size_t want) {
  if (eof_) return false;
  int got = gzread(file_, room_for(block, want), static_cast<unsigned>(want));
  if (got > 0) {
    block.end += static_cast<size_t>(got);
    return true;
  }
  eof_ = true;
  // A gzip stream that stops early reads as end of input with Z_BUF_ERROR set.
  int code = Z_OK;
  const char* message = gzerror(file_, &code);
  if (got < 0 || code != Z_OK) fail(code == Z_BUF_ERROR ? "unexpected end of compressed data" : message);
  return false;
}

bool GzipBlocks::next(TextBlock& block) {
  block.begin = block.end = 0;
  // memcpy and memrchr are undefined on a null pointer even for 0 bytes, and
  // an empty vector's data() may be null: both calls are guarded.
  if (!carry_.empty()) std::memcpy(room_for(block, carry_.size()), carry_.data(), carry_.size());
  block.end = carry_.size();
  carry_.clear();
  size_t scanned = 0;  // bytes known to hold no newline
  size_t target = block_size_;
  while (true) {
    while (block.end < target && append(block, target - block.end)) {
    }
    const char* data = block.buffer.data();
    const void* newline = block.end > scanned ? memrchr(data + scanned, '\n', block.end - scanned) : nullptr;
    if (newline != nullptr) {
      size_t cut = static_cast<size_t>(static_cast<const char*>(newline) - data) + 1;
      carry_.assign(data + cut, data + block.end);
      block.end = cut;
      return true;
    }
    if (eof_) return block.end > 0;
    scanned = block.end;  // a line longer than a block: read on to its end
    target = block.end + block_size_;
  }
}

bool is_gzip(int fd) {
  unsigned char magic[2] = {};
  return pread(fd, magic, 2, 0) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
}

}  // namespace

std::unique_ptr<BlockSource> BlockSource::open(const std::string& path, std::string& error, size_t block_size) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat info {};
  if (fd < 0 || fstat(fd, &info) != 0) {
    error = path + ": cannot open: " + std::strerror(errno);
    if (fd >= 0) close(fd);
    return nullptr;
  }
  if (S_ISREG(info.st_mode) && !is_gzip(fd)) {
    return std::make_unique<FileBlocks>(path, block_size, fd, static_cast<uint64_t>(info.st_size));
  }
  gzFile file = gzdopen(fd, "rb");
  if (file == nullptr) {
    close(fd);
    error = path + ": cannot open: out of memory";
    return nullptr;
  }
  gzbuffer(file, 256 * 1024);
  return std::make_unique<GzipBlocks>(path, block_size, file);
}

bool BlockSource::failed() const {
  std::lock_guard lock(error_mutex_);
  return !read_error_.empty();
}

std::string BlockSource::error_after(uint64_t lines) const {
  std::lock_guard lock(error_mutex_);
  return path_ + ": read error after line " + std::to_string(lines) + ": " + read_error_;
}

void BlockSource::fail(std::string why) {
  std::lock_guard lock(error_mutex_);
  if (read_error_.empty()) read_error_ = std::move(why);
}

bool BlockLines::next(std::string_view& line) {
  if (rest_.empty()) return false;
  size_t newline = rest_.find('\n');
  unterminated_ = newline == std::string_view::npos;
  line = rest_.substr(0, newline);
  rest_.remove_prefix(unterminated_ ? rest_.size() : newline + 1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (count_++ == 0 && block_.starts_input && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
  return true;
}

}  // namespace v8lint::trace
