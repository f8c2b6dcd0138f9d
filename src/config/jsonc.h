// JSON with comments and trailing commas, as .v8lintrc.json allows, made into
// strict JSON by blanking what JSON forbids. Every byte keeps its offset and
// every newline stays, so parse errors keep their line numbers.
#pragma once

#include <string>
#include <string_view>

namespace v8lint {

// Blanks a UTF-8 BOM, `//` and `/* */` comments and commas directly before
// `}` or `]` (outside strings) with spaces.
std::string strip_jsonc(std::string_view input);

}  // namespace v8lint
