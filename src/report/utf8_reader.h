// Reads UTF-8 one character at a time the way WHATWG decoders (and so Node's
// Buffer.toString) do: each maximal invalid subpart becomes one U+FFFD. The
// fingerprint needs Node's exact decoding; the code frame needs to know how
// many bytes an invalid run took.
#pragma once

#include <cstdint>
#include <string_view>

namespace v8lint {

struct Utf8Char {
  char32_t code_point = 0;  // U+FFFD for an invalid sequence
  uint32_t bytes = 0;       // bytes consumed
  bool valid = true;

  // UTF-16 code units this character takes in V8 and in Location columns
  // (SourceText counts one unit per byte of an invalid sequence).
  uint32_t utf16_units() const { return valid ? (code_point > 0xFFFF ? 2 : 1) : bytes; }
};

class Utf8Reader {
 public:
  explicit Utf8Reader(std::string_view text) : text_(text) {}

  bool done() const { return pos_ >= text_.size(); }
  size_t position() const { return pos_; }
  Utf8Char next() {
    auto c = static_cast<unsigned char>(text_[pos_]);
    if (c >= 0x80) return next_multibyte();
    ++pos_;  // inline fast path: most source text is ASCII
    return {c, 1, true};
  }

 private:
  Utf8Char next_multibyte();

  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace v8lint
