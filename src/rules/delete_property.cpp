#include "rules/delete_property.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "semantic/binding_queries.h"

namespace v8lint {
namespace {

// Objects whose properties are not a fixed shape to begin with.
constexpr std::array<std::string_view, 6> kDictionaryObjects = {"process.env", "require.cache", "globalThis",
                                                                "global",      "window",        "self"};

// HTTP header maps (`req.headers`, `redirectHeaders`) and prototype objects are dictionaries by design.
bool is_dictionary_object(std::string_view object_text) {
  if (std::find(kDictionaryObjects.begin(), kDictionaryObjects.end(), object_text) != kDictionaryObjects.end())
    return true;
  std::string_view last = object_text.substr(object_text.find_last_of('.') + 1);
  return last.ends_with("headers") || last.ends_with("Headers") || last == "prototype";
}

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

// `o.length` and `o.method()` say nothing about whether `o` is a record:
// arrays and dictionaries-with-helpers have them too.
bool is_shape_neutral(const SyntaxTree& tree, TSNode access, bool called) {
  return is(access, "member_expression") && (called || tree.text(field(access, "property")) == "length");
}

// `delete settings['trust proxy']`: a key no record would have is a dictionary key;
// `delete node.__proto__` strips a parsed JSON key (prototype-poisoning guards).
bool is_dictionary_key(const SyntaxTree& tree, TSNode target) {
  if (is(target, "member_expression") && tree.text(field(target, "property")) == "__proto__") return true;
  TSNode index = is(target, "subscript_expression") ? unparenthesized(field(target, "index")) : TSNode{};
  if (!is(index, "string")) return false;
  std::string_view text = tree.text(index);
  text = text.substr(1, text.size() >= 2 ? text.size() - 2 : 0);
  return text.empty() || text.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$") !=
                             std::string_view::npos;
}

std::string property_text(const SyntaxTree& tree, TSNode target) {
  TSNode key = is(target, "member_expression") ? field(target, "property") : field(target, "index");
  return std::string(tree.text(key));
}

// Used with a named key at least once, and always the same object (a variable
// reused for several objects, as minifiers do, proves nothing).
bool is_record(const ScopeModel& scopes, const std::unordered_set<int32_t>& record_bindings, int32_t binding) {
  return binding != kNone && record_bindings.contains(binding) &&
         scopes.values_of(static_cast<uint32_t>(binding)).size() <= 1;
}

// "`o.cache`", or "the object" when the expression is long or spans lines.
std::string object_name(std::string_view text) {
  constexpr size_t kMaxObjectText = 40;
  if (text.size() > kMaxObjectText || text.find('\n') != std::string_view::npos) return "the object";
  return "`" + std::string(text) + "`";
}

// A node's byte range as one key: `o.a` and `o.a.b` start at the same byte.
uint64_t span_of(TSNode node) { return (uint64_t{ts_node_start_byte(node)} << 32) | ts_node_end_byte(node); }

}  // namespace

bool deletes_array_element(TSNode target) {
  return is(target, "subscript_expression") && is(unparenthesized(field(target, "index")), "number");
}

void DeleteProperty::on_node(RuleContext& context, TSNode node) {
  if (is(node, "unary_expression")) {
    if (!ts_node_is_null(delete_target(context.tree(), node))) deletes_.push_back(node);
    return;
  }
  if (is(node, "call_expression")) {
    // Calls are entered before their callee: remember which member is called.
    called_members_.insert(span_of(field(node, "function")));
    return;
  }
  bool called = called_members_.contains(span_of(node));
  TSNode object = object_identifier(node);
  if (!ts_node_is_null(object) && !is_shape_neutral(context.tree(), node, called)) accesses_.push_back(Access{object, is_computed_access(node)});
}

void DeleteProperty::on_file_end(RuleContext& context) {
  const SyntaxTree& tree = context.tree();
  const BindingIndex& index = context.model().bindings();
  // Bindings accessed with a literal key or `.name` at least once: used as records.
  std::unordered_set<int32_t> record_bindings;
  // Computed accesses per binding, and how many of them are computed deletes:
  // one read or write by computed key besides the deletes, and it is a dictionary.
  std::unordered_map<int32_t, std::pair<uint32_t, uint32_t>> computed_uses;
  for (const Access& access : accesses_) {
    int32_t binding = index.binding_of(access.object);
    if (access.computed) ++computed_uses[binding].first;
    else record_bindings.insert(binding);
  }
  for (TSNode unary : deletes_)
    if (TSNode target = delete_target(tree, unary); is_computed_access(target))
      ++computed_uses[index.binding_of(unparenthesized(field(target, "object")))].second;
  for (TSNode unary : deletes_) {
    TSNode target = delete_target(tree, unary);
    TSNode object = unparenthesized(field(target, "object"));
    std::string_view object_text = tree.text(object);
    if (deletes_array_element(target) || is_dictionary_key(tree, target)) continue;
    if (is_dictionary_object(object_text)) continue;
    int32_t binding = index.binding_of(object);
    if (is_computed_access(target) && !is_record(context.model().scopes(), record_bindings, binding)) continue;
    if (auto uses = computed_uses.find(binding); binding != kNone && uses != computed_uses.end() &&
                                                 uses->second.first > uses->second.second)
      continue;
    TSNode created = index.sole_value(binding);
    if (!ts_node_is_null(created) && is_prototype_less(tree, created)) continue;
    context.report(unary, "`delete` of `" + property_text(tree, target) + "` turns " + object_name(object_text) +
                              " into a slow dictionary-mode object; use a `Map`, or set the property to `undefined`");
  }
}

}  // namespace v8lint
