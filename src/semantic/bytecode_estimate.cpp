#include "semantic/bytecode_estimate.h"

#include <algorithm>
#include <array>

#include "syntax/syntax_tree.h"

namespace v8lint {
namespace {

// Fitted by bench/calibration/calibrate.sh against Node 20 (V8 11.3)
// --print-bytecode. Kinds not listed cost nothing (punctuation, TypeScript
// wrappers such as as_expression whose child carries the cost).
constexpr double kFunctionBase = 2.0;
const std::vector<KindCost> kCosts = {
    {"arguments", 1.0},
    {"array", 3.0},
    {"arrow_function", 4.0},
    {"assignment_expression", 2.0},
    {"augmented_assignment_expression", 4.0},
    {"await_expression", 12.0},
    {"binary_expression", 3.0},
    {"break_statement", 2.0},
    {"call_expression", 4.0},
    {"catch_clause", 6.0},
    {"class_declaration", 12.0},
    {"class", 12.0},
    {"continue_statement", 2.0},
    {"do_statement", 4.0},
    {"false", 1.0},
    {"for_in_statement", 30.0},
    {"for_statement", 4.0},
    {"function_declaration", 4.0},
    {"function_expression", 4.0},
    {"generator_function", 4.0},
    {"generator_function_declaration", 4.0},
    {"identifier", 2.0},
    {"if_statement", 2.0},
    {"member_expression", 3.0},
    {"method_definition", 4.0},
    {"new_expression", 5.0},
    {"null", 1.0},
    {"number", 2.0},
    {"object", 4.0},
    {"pair", 4.0},
    {"property_identifier", 0.0},
    {"regex", 4.0},
    {"return_statement", 1.0},
    {"shorthand_property_identifier", 6.0},
    {"spread_element", 4.0},
    {"string", 2.0},
    {"subscript_expression", 3.0},
    {"switch_case", 5.0},
    {"switch_statement", 2.0},
    {"template_string", 2.0},
    {"template_substitution", 4.0},
    {"ternary_expression", 2.0},
    {"this", 1.0},
    {"throw_statement", 1.0},
    {"true", 1.0},
    {"try_statement", 8.0},
    {"unary_expression", 2.0},
    {"undefined", 1.0},
    {"update_expression", 4.0},
    {"variable_declarator", 1.0},
    {"while_statement", 4.0},
    {"yield_expression", 10.0},
};

constexpr std::array<std::string_view, 26> kTypeOnlyKinds = {
    "abstract_method_signature", "ambient_declaration",    "array_type",          "asserts_annotation",
    "conditional_type",          "function_signature",     "function_type",       "generic_type",
    "implements_clause",         "index_signature",        "interface_declaration", "intersection_type",
    "literal_type",              "object_type",            "omitting_type_annotation", "opting_type_annotation",
    "predefined_type",           "tuple_type",             "type_alias_declaration", "type_annotation",
    "type_arguments",            "type_identifier",        "type_parameters",     "type_predicate_annotation",
    "union_type",                "accessibility_modifier",
};

}  // namespace

BytecodeCosts::BytecodeCosts(const TSLanguage* language) : by_symbol_(ts_language_symbol_count(language), 0.0) {
  // Every symbol with a listed name, so aliased kinds (one name, several ids) are all priced.
  for (TSSymbol s = 0; s < by_symbol_.size(); ++s) {
    std::string_view name = ts_language_symbol_name(language, s);
    auto it = std::find_if(kCosts.begin(), kCosts.end(), [&](const KindCost& k) { return k.kind == name; });
    if (it != kCosts.end() && ts_language_symbol_type(language, s) == TSSymbolTypeRegular) by_symbol_[s] = it->bytes;
  }
}

const BytecodeCosts& BytecodeCosts::of(Dialect dialect) {
  static const BytecodeCosts javascript(language_of(Dialect::JavaScript));
  static const BytecodeCosts typescript(language_of(Dialect::TypeScript));
  static const BytecodeCosts tsx(language_of(Dialect::Tsx));
  switch (dialect) {
    case Dialect::TypeScript: return typescript;
    case Dialect::Tsx: return tsx;
    case Dialect::JavaScript: break;
  }
  return javascript;
}

double BytecodeCosts::cost(TSNode node) const {
  TSSymbol symbol = ts_node_symbol(node);  // ERROR nodes have symbol 65535, outside the table
  return symbol < by_symbol_.size() ? by_symbol_[symbol] : 0.0;
}

double BytecodeCosts::function_base() { return kFunctionBase; }

const std::vector<KindCost>& BytecodeCosts::table() { return kCosts; }

bool is_type_only(TSNode node) {
  std::string_view k = kind(node);
  return std::find(kTypeOnlyKinds.begin(), kTypeOnlyKinds.end(), k) != kTypeOnlyKinds.end();
}

}  // namespace v8lint
