// Base64 VLQ, the number encoding of a source map's "mappings": each
// base64 digit carries 5 value bits and a continuation bit; the first
// digit's lowest value bit is the sign.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace v8lint::sourcemap {

// The value of a base64 digit (A-Z a-z 0-9 + /), or -1.
int base64_digit(char c);

// Decodes one value from the front of `text` and consumes it. nullopt on a
// character outside the base64 alphabet, a value cut short, or one that does
// not fit in 32 bits; `text` is then left unchanged.
std::optional<int32_t> next_vlq(std::string_view& text);

}  // namespace v8lint::sourcemap
