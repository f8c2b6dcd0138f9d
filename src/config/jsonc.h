// JSON with comments and trailing commas, as .v8lintrc.json allows, made into
// strict JSON by blanking what JSON forbids. Every byte keeps its offset and
// every newline stays, so parse errors keep their line numbers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace v8lint {

// Blanks a UTF-8 BOM, `//` and `/* */` comments and commas directly before
// `}` or `]` (outside strings) with spaces.
std::string strip_jsonc(std::string_view input);

// The line where `json` first nests objects/arrays deeper than `max_depth`,
// or 0. Configuration files are shallow; deeper input is refused before it is
// parsed, so pathological files cannot exhaust the stack or memory.
uint32_t line_nested_deeper_than(std::string_view json, size_t max_depth);

}  // namespace v8lint
