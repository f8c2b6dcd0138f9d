#include "rules/delete_property.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

#include "semantic/binding_queries.h"

namespace v8lint {
namespace {

// Objects whose properties are not a fixed shape to begin with.
constexpr std::array<std::string_view, 6> kDictionaryObjects = {"process.env", "require.cache", "globalThis",
                                                                "global",      "window",        "self"};

bool is_literal_key(TSNode index) {
  return is(index, "string") || is(index, "number");
}

// `o[k]` where k is not a literal: the object is indexed like a dictionary.
bool is_computed_access(TSNode access) {
  return is(access, "subscript_expression") && !is_literal_key(unparenthesized(field(access, "index")));
}

TSNode delete_target(const SyntaxTree& tree, TSNode unary) {
  if (tree.text(field(unary, "operator")) != "delete") return TSNode{};
  TSNode target = unparenthesized(field(unary, "argument"));
  return is(target, "member_expression") || is(target, "subscript_expression") ? target : TSNode{};
}

// `Object.create(null)` or `{ __proto__: null }`: made to be a dictionary.
bool is_prototype_less(const SyntaxTree& tree, TSNode value) {
  std::string_view text = tree.text(value);
  return text.starts_with("Object.create(null") ||
         (is(value, "object") && text.find("__proto__: null") != std::string_view::npos);
}

std::string property_text(const SyntaxTree& tree, TSNode target) {
  TSNode key = is(target, "member_expression") ? field(target, "property") : field(target, "index");
  return std::string(tree.text(key));
}

}  // namespace

bool deletes_array_element(TSNode target) {
  return is(target, "subscript_expression") && is(unparenthesized(field(target, "index")), "number");
}

void DeleteProperty::on_node(RuleContext& context, TSNode node) {
  if (is(node, "unary_expression")) {
    if (!ts_node_is_null(delete_target(context.tree(), node))) deletes_.push_back(node);
    return;
  }
  TSNode object = object_identifier(node);
  if (!ts_node_is_null(object)) accesses_.push_back(Access{object, is_computed_access(node)});
}

void DeleteProperty::on_file_end(RuleContext& context) {
  const SyntaxTree& tree = context.tree();
  BindingIndex index(context.model().scopes());
  // Bindings accessed with a literal key or `.name` at least once: used as records.
  std::unordered_set<int32_t> record_bindings;
  for (const Access& access : accesses_)
    if (!access.computed) record_bindings.insert(index.binding_of(access.object));
  for (TSNode unary : deletes_) {
    TSNode target = delete_target(tree, unary);
    TSNode object = unparenthesized(field(target, "object"));
    std::string_view object_text = tree.text(object);
    if (deletes_array_element(target)) continue;
    if (std::find(kDictionaryObjects.begin(), kDictionaryObjects.end(), object_text) != kDictionaryObjects.end())
      continue;
    int32_t binding = index.binding_of(object);
    if (is_computed_access(target) && (binding == kNone || !record_bindings.contains(binding))) continue;
    TSNode created = index.sole_value(binding);
    if (!ts_node_is_null(created) && is_prototype_less(tree, created)) continue;
    context.report(unary, "`delete` of `" + property_text(tree, target) + "` turns `" + std::string(object_text) +
                              "` into a slow dictionary-mode object; use a `Map`, or set the property to `undefined`");
  }
}

}  // namespace v8lint
