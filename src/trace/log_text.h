// Low-level helpers for V8's CSV-like log lines: field splitting without
// copying, hand-written number parsing, and decoding of V8's field escapes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace v8lint::trace {

// Splits `line` on ','. V8 escapes commas inside values as "\x2C", so a
// plain split is exact. `fields` is reused across lines to avoid allocation.
void split_fields(std::string_view line, std::vector<std::string_view>& fields);

std::optional<int64_t> parse_int(std::string_view text);       // decimal, optional '-'
std::optional<uint64_t> parse_address(std::string_view text);  // "0x1a2b" or "1a2b"

// Decodes V8's log escapes: "\\x2C" -> ',', "\\\\" -> '\\', "\\n" -> newline,
// "\\xNN" (one byte; runs that are not valid UTF-8 are Latin-1 code points)
// and "\\uXXXX" (a UTF-16 unit; surrogate pairs are joined) -> UTF-8.
std::string unescape_field(std::string_view field);

// unescape_field only when the field holds an escape; the hot path stays copy-free.
inline bool needs_unescape(std::string_view field) { return field.find('\\') != std::string_view::npos; }

}  // namespace v8lint::trace
