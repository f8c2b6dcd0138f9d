#include "semantic/literal_kind.h"

namespace v8lint {

ValueKind literal_kind(const SyntaxTree& tree, TSNode node) {
  std::string_view k = kind(node);
  if (k == "number") return tree.text(node).ends_with('n') ? ValueKind::BigInt : ValueKind::Number;
  if (k == "string" || k == "template_string") return ValueKind::String;
  if (k == "true" || k == "false") return ValueKind::Boolean;
  if (k == "null") return ValueKind::Null;
  if (k == "undefined") return ValueKind::Undefined;
  if (k == "object" || k == "regex") return ValueKind::Object;
  if (k == "array") return ValueKind::Array;
  if (k == "arrow_function" || k == "function_expression" || k == "function") return ValueKind::Function;
  return ValueKind::Unknown;
}

bool is_non_integer_literal(const SyntaxTree& tree, TSNode node) {
  if (!is(node, "number")) return false;
  std::string_view text = tree.text(node);
  bool hex = text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
  return !hex && text.find_first_of(".eE") != std::string_view::npos;
}

}  // namespace v8lint
