#include "trace/line_reader.h"

#include <cstring>

namespace v8lint::trace {
namespace {
constexpr size_t kChunk = 1 << 20;
}

LineReader::~LineReader() {
  if (file_ != nullptr) gzclose(file_);
}

bool LineReader::open(const std::string& path, std::string& error) {
  path_ = path;
  file_ = gzopen(path.c_str(), "rb");
  if (file_ == nullptr) {
    error = path + ": cannot open: " + std::strerror(errno);
    return false;
  }
  gzbuffer(file_, 256 * 1024);
  buffer_.resize(2 * kChunk);
  return true;
}

// Moves the unread tail to the front and appends at least one chunk of input.
bool LineReader::fill() {
  if (eof_) return false;
  std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
  end_ -= begin_;
  begin_ = 0;
  if (buffer_.size() - end_ < kChunk) buffer_.resize(buffer_.size() * 2);
  int got = gzread(file_, buffer_.data() + end_, static_cast<unsigned>(buffer_.size() - end_));
  if (got < 0) {
    int code = 0;
    error_ = path_ + ": read error after line " + std::to_string(line_number_) + ": " + gzerror(file_, &code);
    eof_ = true;
    return false;
  }
  if (got == 0) {
    eof_ = true;
    return false;
  }
  end_ += static_cast<size_t>(got);
  return true;
}

bool LineReader::next(std::string_view& line) {
  size_t scanned = begin_;
  while (true) {
    const void* newline = std::memchr(buffer_.data() + scanned, '\n', end_ - scanned);
    if (newline != nullptr) {
      size_t at = static_cast<const char*>(newline) - buffer_.data();
      line = std::string_view(buffer_.data() + begin_, at - begin_);
      begin_ = at + 1;
      unterminated_ = false;
      break;
    }
    size_t consumed = end_ - begin_;  // all of it was scanned
    if (!fill()) {
      if (begin_ == end_) return false;
      line = std::string_view(buffer_.data() + begin_, end_ - begin_);
      begin_ = end_;
      unterminated_ = true;
      break;
    }
    scanned = begin_ + consumed;
  }
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  ++line_number_;
  return true;
}

}  // namespace v8lint::trace
