#include "report/line_fingerprint.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <unordered_map>

#include "report/utf8_reader.h"

namespace v8lint {
namespace {

constexpr size_t kBlockSize = 100;
constexpr uint64_t kBase = 37;
constexpr uint32_t kEndOfFile = 65535;

constexpr uint64_t power_of_base(size_t exponent) {
  uint64_t result = 1;
  for (size_t i = 0; i < exponent; ++i) result *= kBase;
  return result;
}

// Feeds UTF-16 code units through a kBlockSize window. When a unit that began
// a line leaves the window, the hash then covers exactly the kBlockSize units
// from that line start, and is recorded for that line.
class RollingLineHasher {
 public:
  void feed(uint32_t unit) {
    if (unit == ' ' || unit == '\t' || (previous_cr_ && unit == '\n')) {
      previous_cr_ = false;
      return;
    }
    previous_cr_ = unit == '\r';
    if (previous_cr_) unit = '\n';
    if (line_at_[index_] != 0) record_line_hash();
    if (at_line_start_) {
      at_line_start_ = false;
      line_at_[index_] = ++lines_;
    }
    at_line_start_ = unit == '\n';
    push(unit);
  }

  std::vector<std::string> finish() {
    feed(kEndOfFile);
    for (size_t i = 0; i < kBlockSize; ++i) {
      if (line_at_[index_] != 0) record_line_hash();
      push(0);
    }
    return std::move(hashes_);
  }

 private:
  static constexpr uint64_t kOutgoingWeight = power_of_base(kBlockSize);

  void push(uint32_t unit) {
    hash_ = kBase * hash_ + unit - kOutgoingWeight * window_[index_];
    window_[index_] = unit;
    if (++index_ == kBlockSize) index_ = 0;
  }

  void record_line_hash() {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(hash_));
    hashes_.push_back(std::string(hex) + ":" + std::to_string(++occurrences_[hash_]));
    line_at_[index_] = 0;
  }

  std::array<uint32_t, kBlockSize> window_{};
  std::array<uint32_t, kBlockSize> line_at_{};  // 1-based line starting at this slot, 0 for none
  uint64_t hash_ = 0;  // unsigned: wraps exactly like codeql-action's 64-bit Long
  size_t index_ = 0;
  uint32_t lines_ = 0;
  bool at_line_start_ = true;
  bool previous_cr_ = false;
  std::unordered_map<uint64_t, uint32_t> occurrences_;
  std::vector<std::string> hashes_;  // lines complete in order, so index = line - 1
};

}  // namespace

std::vector<std::string> primary_location_line_hashes(std::string_view contents) {
  RollingLineHasher hasher;
  for (Utf8Reader reader(contents); !reader.done();) {
    char32_t c = reader.next().code_point;
    if (c > 0xFFFF) {
      hasher.feed(0xD800 + ((c - 0x10000) >> 10));
      hasher.feed(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      hasher.feed(c);
    }
  }
  return hasher.finish();
}

}  // namespace v8lint
