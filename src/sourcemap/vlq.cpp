#include "sourcemap/vlq.h"

namespace v8lint::sourcemap {
namespace {

constexpr int kValueBits = 5;
constexpr int kContinuation = 1 << kValueBits;
// Six digits carry 30 bits; a seventh brings the total past 32.
constexpr int kMaxDigits = 7;

}  // namespace

int base64_digit(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

std::optional<int32_t> next_vlq(std::string_view& text) {
  uint64_t magnitude = 0;
  for (size_t i = 0; i < text.size() && i < kMaxDigits; ++i) {
    int digit = base64_digit(text[i]);
    if (digit < 0) return std::nullopt;
    magnitude |= static_cast<uint64_t>(digit & (kContinuation - 1)) << (kValueBits * i);
    if ((digit & kContinuation) != 0) continue;
    bool negative = (magnitude & 1) != 0;
    magnitude >>= 1;
    if (magnitude > INT32_MAX) return std::nullopt;
    text.remove_prefix(i + 1);
    return negative ? -static_cast<int32_t>(magnitude) : static_cast<int32_t>(magnitude);
  }
  return std::nullopt;
}

}  // namespace v8lint::sourcemap
