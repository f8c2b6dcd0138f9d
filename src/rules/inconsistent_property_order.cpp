#include "rules/inconsistent_property_order.h"

#include <algorithm>
#include <optional>

namespace v8lint {
namespace {

std::string_view unquoted(std::string_view text) {
  if (text.size() >= 2 && (text.front() == '\'' || text.front() == '"')) return text.substr(1, text.size() - 2);
  return text;
}

// A member's named key; nullopt when the literal's shape cannot be read from its
// text (spread, computed key, `__proto__`). Integer keys are elements, not part
// of the hidden class: they yield an empty key.
std::optional<std::string_view> key_of(const SyntaxTree& tree, TSNode member) {
  if (is(member, "comment")) return std::string_view{};
  if (is(member, "shorthand_property_identifier")) return tree.text(member);
  TSNode key = is(member, "method_definition") ? field(member, "name") : field(member, "key");
  if (is(key, "number")) return std::string_view{};
  if (!is(key, "property_identifier") && !is(key, "string")) return std::nullopt;
  std::string_view name = unquoted(tree.text(key));
  if (name == "__proto__") return std::nullopt;
  return name;
}

// The literal's named keys in creation order, or nullopt when it has dynamic
// parts or a repeated key.
std::optional<std::vector<std::string_view>> keys_in_order(const SyntaxTree& tree, TSNode object) {
  std::vector<std::string_view> keys;
  uint32_t count = ts_node_named_child_count(object);
  for (uint32_t i = 0; i < count; ++i) {
    std::optional<std::string_view> key = key_of(tree, ts_node_named_child(object, i));
    if (!key) return std::nullopt;
    if (key->empty()) continue;
    if (std::find(keys.begin(), keys.end(), *key) != keys.end()) return std::nullopt;
    keys.push_back(*key);
  }
  return keys;
}

std::string joined(const std::vector<std::string_view>& keys) {
  std::string text;
  for (std::string_view key : keys) text.append(text.empty() ? "" : ", ").append(key);
  return "{" + text + "}";
}

}  // namespace

void InconsistentPropertyOrder::on_node(RuleContext& context, TSNode node) {
  std::optional<std::vector<std::string_view>> keys = keys_in_order(context.tree(), node);
  if (!keys || keys->size() < 2) return;
  std::vector<std::string_view> key_set = *keys;
  std::sort(key_set.begin(), key_set.end());
  auto [it, first] = first_by_key_set_.try_emplace(key_set, FirstOrder{*keys, node});
  if (first || it->second.keys == *keys) return;
  context.report(node,
                 "this object literal creates " + joined(*keys) + ", the same keys as " + joined(it->second.keys) +
                     " in another order, so the two get different hidden classes; write the keys in one order",
                 {context.related(it->second.literal, "the keys are first created in this order here")});
}

}  // namespace v8lint
