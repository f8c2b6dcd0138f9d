#include "syntax/language.h"

extern "C" {
const TSLanguage* tree_sitter_javascript();
const TSLanguage* tree_sitter_typescript();
const TSLanguage* tree_sitter_tsx();
}

namespace v8lint {

std::optional<Dialect> dialect_for_path(std::string_view path) {
  auto dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return std::nullopt;
  std::string_view ext = path.substr(dot + 1);
  if (ext == "js" || ext == "mjs" || ext == "cjs" || ext == "jsx") return Dialect::JavaScript;
  if (ext == "ts" || ext == "mts" || ext == "cts") return Dialect::TypeScript;
  if (ext == "tsx") return Dialect::Tsx;
  return std::nullopt;
}

const TSLanguage* language_of(Dialect dialect) {
  switch (dialect) {
    case Dialect::JavaScript: return tree_sitter_javascript();
    case Dialect::TypeScript: return tree_sitter_typescript();
    case Dialect::Tsx: return tree_sitter_tsx();
  }
  return tree_sitter_javascript();
}

}  // namespace v8lint
