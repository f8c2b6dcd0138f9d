#include "report/utf8_reader.h"

namespace v8lint {
namespace {

struct LeadByte {
  uint32_t continuation_bytes;
  char32_t payload;
  unsigned lower;  // allowed range of the first continuation byte: excludes
  unsigned upper;  // overlong forms, surrogates and code points past U+10FFFF
};

bool classify(unsigned char c, LeadByte& lead) {
  if (c >= 0xC2 && c <= 0xDF) lead = {1, c & 0x1Fu, 0x80, 0xBF};
  else if (c >= 0xE0 && c <= 0xEF) lead = {2, c & 0x0Fu, c == 0xE0 ? 0xA0u : 0x80u, c == 0xED ? 0x9Fu : 0xBFu};
  else if (c >= 0xF0 && c <= 0xF4) lead = {3, c & 0x07u, c == 0xF0 ? 0x90u : 0x80u, c == 0xF4 ? 0x8Fu : 0xBFu};
  else return false;
  return true;
}

}  // namespace

Utf8Char Utf8Reader::next_multibyte() {
  auto byte_at = [this](size_t i) { return static_cast<unsigned char>(text_[i]); };
  const size_t start = pos_;
  LeadByte lead;
  if (!classify(byte_at(pos_++), lead)) return {U'\uFFFD', 1, false};
  char32_t code_point = lead.payload;
  for (uint32_t i = 0; i < lead.continuation_bytes; ++i) {
    unsigned lower = i == 0 ? lead.lower : 0x80;
    unsigned upper = i == 0 ? lead.upper : 0xBF;
    // The offending byte is not consumed: it starts the next character.
    if (pos_ >= text_.size() || byte_at(pos_) < lower || byte_at(pos_) > upper)
      return {U'\uFFFD', static_cast<uint32_t>(pos_ - start), false};
    code_point = (code_point << 6) | (byte_at(pos_++) & 0x3Fu);
  }
  return {code_point, static_cast<uint32_t>(pos_ - start), true};
}

}  // namespace v8lint
