#include "semantic/literal_keys.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "semantic/binding_queries.h"

namespace v8lint {
namespace {

std::string_view unquoted(std::string_view text) {
  if (text.size() >= 2 && (text.front() == '\'' || text.front() == '"')) return text.substr(1, text.size() - 2);
  return text;
}

// `0`, `'12'`: an array index, stored as an element, not in the hidden class.
bool is_index(std::string_view name) {
  return !name.empty() && name.size() <= 9 && std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         (name == "0" || name.front() != '0');
}

// A member's named key; nullopt when it cannot be read from the text (spread,
// computed key). Integer keys are elements, not part of the hidden class, and
// comments are no members: both yield an empty key.
std::optional<std::string_view> key_of(const SyntaxTree& tree, TSNode member) {
  if (is(member, "comment")) return std::string_view{};
  if (is(member, "shorthand_property_identifier")) return tree.text(member);
  TSNode key = is(member, "method_definition") ? field(member, "name") : field(member, "key");
  if (is(key, "number")) return std::string_view{};
  if (!is(key, "property_identifier") && !is(key, "string")) return std::nullopt;
  std::string_view name = unquoted(tree.text(key));
  return is_index(name) ? std::string_view{} : name;
}

}  // namespace

LiteralKeys literal_keys(const SyntaxTree& tree, TSNode object) {
  LiteralKeys result;
  for_each_child(object, Children::Named, [&](TSNode member) {
    std::optional<std::string_view> key = key_of(tree, member);
    if (!key) {
      result.open = true;
    } else if (key->empty()) {
      return true;
    } else if (*key == "__proto__") {
      result.sets_prototype = true;
    } else if (std::find(result.keys.begin(), result.keys.end(), *key) != result.keys.end()) {
      result.repeated = true;
    } else {
      result.keys.push_back(*key);
    }
    return true;
  });
  return result;
}

std::vector<LiteralAdd> properties_added_to_literals(const SyntaxTree& tree, const ScopeModel& scopes,
                                                     const BindingIndex& index) {
  std::map<int32_t, std::set<std::string_view>> created;  // binding -> literal keys
  for (const PropertyWrite& write : scopes.properties())
    if (write.source == PropertySource::ObjectLiteral) created[write.binding].insert(write.name);
  std::vector<LiteralAdd> adds;
  for (const PropertyWrite& write : scopes.properties()) {
    if (write.source != PropertySource::BindingAssignment) continue;
    TSNode literal = index.sole_value(write.binding);
    if (!is(literal, "object") || literal_keys(tree, literal).open || created[write.binding].contains(write.name))
      continue;
    adds.push_back({write.binding, literal, write.name, write.node});
  }
  return adds;
}

}  // namespace v8lint
