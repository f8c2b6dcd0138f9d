#include "trace/line_reader.h"

namespace v8lint::trace {

bool LineReader::open(const std::string& path, std::string& error) {
  blocks_ = BlockSource::open(path, error);
  return blocks_ != nullptr;
}

bool LineReader::next(std::string_view& line) {
  while (!lines_ || !lines_->next(line)) {
    if (!blocks_->read(next_block_++, block_)) return false;
    lines_.emplace(block_);
  }
  ++line_number_;
  return true;
}

std::string LineReader::error() const {
  return blocks_->failed() ? blocks_->error_after(line_number_) : std::string();
}

}  // namespace v8lint::trace
