// Which tree-sitter grammar parses which file.
#pragma once

#include <optional>
#include <string_view>

#include <tree_sitter/api.h>

namespace v8lint {

enum class Dialect { JavaScript, TypeScript, Tsx };

// By extension: .js .mjs .cjs .jsx -> JavaScript (the JS grammar covers JSX),
// .ts .mts .cts -> TypeScript, .tsx -> Tsx. Anything else: nullopt.
std::optional<Dialect> dialect_for_path(std::string_view path);

const TSLanguage* language_of(Dialect dialect);

}  // namespace v8lint
