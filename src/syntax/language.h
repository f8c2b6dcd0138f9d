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

// One T built from each grammar on first use and shared by every file (and
// thread) after: tables keyed by a grammar's symbol ids.
template <class T>
const T& per_grammar(Dialect dialect) {
  static const T javascript(language_of(Dialect::JavaScript));
  static const T typescript(language_of(Dialect::TypeScript));
  static const T tsx(language_of(Dialect::Tsx));
  switch (dialect) {
    case Dialect::TypeScript: return typescript;
    case Dialect::Tsx: return tsx;
    case Dialect::JavaScript: break;
  }
  return javascript;
}

}  // namespace v8lint
