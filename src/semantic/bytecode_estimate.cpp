#include "semantic/bytecode_estimate.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "syntax/syntax_tree.h"

namespace v8lint {
namespace {

// Fitted by bench/calibration/calibrate.sh against Node 20 (V8 11.3)
// --print-bytecode: copy its bench/calibration/data/costs.txt here. Kinds not
// listed cost nothing (tokens, wrappers whose children carry the cost, kinds
// the fit priced at zero). Measured error: rules/oversized-function.md.
constexpr double kFunctionBase = 2.0;
const std::vector<KindCost> kCosts = {
    {"(async body)", 47.6},
    {"(async generator body)", 146.1},
    {"(generator body)", 35.2},
    {"array", 6.0},
    {"array_pattern", 151.5},
    {"arrow_function", 15.3},
    {"assignment_pattern", 16.8},
    {"augmented_assignment_expression", 6.4},
    {"await_expression", 35.8},
    {"binary_expression", 2.1},
    {"call_expression", 6.1},
    {"catch_clause", 9.4},
    {"element(constant)", 1.2},
    {"expression_statement", 0.8},
    {"false", 1.2},
    {"finally_clause", 45.2},
    {"for_await_statement", 224.8},
    {"for_in_statement", 15.8},
    {"for_of_statement", 124.3},
    {"function_declaration", 23.6},
    {"function_expression", 5.5},
    {"generator_function", 27.3},
    {"identifier", 1.4},
    {"if_statement", 2.9},
    {"lexical_declaration", 2.1},
    {"member_expression", 3.5},
    {"method_definition", 15.3},
    {"new_expression", 10.3},
    {"number", 1.5},
    {"object", 3.7},
    {"optional_chain", 7.0},
    {"pair", 6.8},
    {"pair_pattern", 11.0},
    {"regex", 9.6},
    {"rest_pattern", 3.2},
    {"shorthand_property_identifier", 10.3},
    {"shorthand_property_identifier_pattern", 6.8},
    {"spread_element", 16.2},
    {"statement_identifier", 3.1},
    {"string", 2.5},
    {"subscript_expression", 5.2},
    {"super", 3.0},
    {"switch_body", 1.8},
    {"switch_case", 3.9},
    {"switch_default", 9.4},
    {"switch_statement", 3.8},
    {"template_substitution", 8.4},
    {"ternary_expression", 3.3},
    {"this", 1.2},
    {"throw_statement", 1.3},
    {"try_statement", 11.4},
    {"undefined", 3.3},
    {"update_expression", 3.7},
    {"yield*", 201.1},
    {"yield_expression", 59.9},
};

constexpr auto kTypeOnlyKinds = std::to_array<std::string_view>({
    "abstract_method_signature", "accessibility_modifier", "ambient_declaration", "array_type", "asserts_annotation",
    "call_signature", "conditional_type", "construct_signature", "constructor_type", "function_signature",
    "function_type", "generic_type", "implements_clause", "index_signature", "index_type_query", "infer_type",
    "interface_declaration", "intersection_type", "literal_type", "lookup_type", "method_signature",
    "nested_type_identifier", "object_type", "omitting_type_annotation", "opting_type_annotation",
    "override_modifier", "parenthesized_type", "predefined_type", "property_signature", "readonly_type",
    "template_literal_type", "this_type", "tuple_type", "type_alias_declaration", "type_annotation",
    "type_arguments", "type_identifier", "type_parameters", "type_predicate_annotation", "type_query", "union_type",
});

constexpr std::string_view kConstantPair = "pair(constant)";
constexpr std::string_view kConstantElement = "element(constant)";
constexpr std::string_view kForOf = "for_of_statement";
constexpr std::string_view kForAwait = "for_await_statement";
constexpr std::string_view kYieldDelegate = "yield*";
constexpr std::array<std::string_view, 3> kBodyKinds = {"(async body)", "(generator body)", "(async generator body)"};
// Bigger values are priced node by node (their parts are checked in turn): keeps
// the check cheap on deeply nested literals.
constexpr int kMaxConstantNodes = 32;

double table_cost(std::string_view kind) {
  auto it = std::find_if(kCosts.begin(), kCosts.end(), [&](const KindCost& k) { return k.kind == kind; });
  return it == kCosts.end() ? 0.0 : it->bytes;
}

bool is_type_only(TSNode node) {
  return std::find(kTypeOnlyKinds.begin(), kTypeOnlyKinds.end(), kind(node)) != kTypeOnlyKinds.end();
}

// Whether a node is a compile-time constant V8 keeps in an object/array
// literal's boilerplate: primitives, and literals made only of them.
bool is_constant(TSNode value) {
  std::vector<TSNode> pending = {value};
  for (int seen = 0; !pending.empty(); ++seen) {
    TSNode node = pending.back();
    pending.pop_back();
    std::string_view k = kind(node);
    if (seen == kMaxConstantNodes) return false;
    if (k == "number" || k == "string" || k == "true" || k == "false" || k == "null" || k == "comment") continue;
    if (k == "pair") {
      std::string_view key = kind(field(node, "key"));
      if (key != "property_identifier" && key != "string" && key != "number") return false;
      pending.push_back(field(node, "value"));
    } else if (k == "object" || k == "array") {
      for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) pending.push_back(ts_node_named_child(node, i));
    } else if (k == "unary_expression") {  // V8's parser folds `-1` into a number literal
      if (kind(field(node, "operator")) != "-" || !is(field(node, "argument"), "number")) return false;
    } else if (k == "template_string") {  // constant unless it has a substitution
      for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i)
        if (is(ts_node_named_child(node, i), "template_substitution")) return false;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

namespace {

bool has_token(TSNode node, std::string_view token) {
  for (uint32_t i = 0; i < ts_node_child_count(node); ++i) {
    TSNode child = ts_node_child(node, i);
    if (!ts_node_is_named(child) && kind(child) == token) return true;
  }
  return false;
}

}  // namespace

std::string_view function_body_kind(TSNode function) {
  bool async = has_token(function, "async");
  bool generator = kind(function).starts_with("generator_") || has_token(function, "*");
  if (async && generator) return kBodyKinds[2];
  if (generator) return kBodyKinds[1];
  return async ? kBodyKinds[0] : std::string_view();
}

CostEntry cost_entry(TSNode node, TSNode parent) {
  if (is_type_only(node)) return {"", true};
  if (is(node, "for_in_statement") && kind(field(node, "operator")) == "of")
    return {has_token(node, "await") ? kForAwait : kForOf, false};
  if (is(node, "yield_expression") && has_token(node, "*")) return {kYieldDelegate, false};
  if (is(node, "pair") && is(parent, "object") && is_constant(field(node, "value"))) return {kConstantPair, true};
  if (is(parent, "array") && ts_node_is_named(node) && !is(node, "comment") && is_constant(node))
    return {kConstantElement, true};
  return {kind(node), false};
}

BytecodeCosts::BytecodeCosts(const TSLanguage* language)
    : by_symbol_(ts_language_symbol_count(language), 0.0),
      constant_pair_(table_cost(kConstantPair)),
      constant_element_(table_cost(kConstantElement)),
      for_of_(table_cost(kForOf)),
      for_await_(table_cost(kForAwait)),
      yield_delegate_(table_cost(kYieldDelegate)) {
  for (std::string_view body : kBodyKinds) by_body_kind_.push_back(table_cost(body));
  // Every symbol with a listed name, so aliased kinds (one name, several ids) are all priced.
  for (TSSymbol s = 0; s < by_symbol_.size(); ++s) {
    std::string_view name = ts_language_symbol_name(language, s);
    if (ts_language_symbol_type(language, s) == TSSymbolTypeRegular) by_symbol_[s] = table_cost(name);
    needs_entry_.push_back(name == "for_in_statement" || name == "yield_expression" || name == "pair" ||
                           std::find(kTypeOnlyKinds.begin(), kTypeOnlyKinds.end(), name) != kTypeOnlyKinds.end());
    is_array_.push_back(name == "array");
  }
}

const BytecodeCosts& BytecodeCosts::of(Dialect dialect) { return per_grammar<BytecodeCosts>(dialect); }

NodeCost BytecodeCosts::price(TSNode node, TSSymbol symbol, TSNode parent, TSSymbol parent_symbol) const {
  if (symbol >= by_symbol_.size()) return NodeCost{0.0, true};  // ERROR nodes have symbol 65535, outside the table
  bool array_element = parent_symbol < is_array_.size() && is_array_[parent_symbol];
  if (!needs_entry_[symbol] && !array_element) return NodeCost{by_symbol_[symbol], true};
  CostEntry entry = cost_entry(node, parent);
  if (entry.kind == kind(node)) return NodeCost{by_symbol_[symbol], true};
  double bytes = entry.kind == kConstantPair ? constant_pair_
                 : entry.kind == kConstantElement ? constant_element_
                 : entry.kind == kForOf ? for_of_
                 : entry.kind == kForAwait ? for_await_
                 : entry.kind == kYieldDelegate ? yield_delegate_
                                                : 0.0;
  return NodeCost{bytes, !entry.covers_subtree};
}

double BytecodeCosts::function_base(TSNode function) const {
  std::string_view body = function_body_kind(function);
  auto it = std::find(kBodyKinds.begin(), kBodyKinds.end(), body);
  return kFunctionBase + (it == kBodyKinds.end() ? 0.0 : by_body_kind_[it - kBodyKinds.begin()]);
}

const std::vector<KindCost>& BytecodeCosts::table() { return kCosts; }

}  // namespace v8lint
