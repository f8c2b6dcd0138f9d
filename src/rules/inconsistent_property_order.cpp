#include "rules/inconsistent_property_order.h"

#include <algorithm>

#include "semantic/literal_keys.h"

namespace v8lint {
namespace {

std::string joined(const std::vector<std::string_view>& keys) {
  std::string text;
  for (std::string_view key : keys) text.append(text.empty() ? "" : ", ").append(key);
  return "{" + text + "}";
}

}  // namespace

void InconsistentPropertyOrder::on_node(RuleContext& context, TSNode node) {
  LiteralKeys literal = literal_keys(context.tree(), node);
  if (literal.open || literal.sets_prototype || literal.repeated || literal.keys.size() < 2) return;
  const std::vector<std::string_view>& keys = literal.keys;
  std::vector<std::string_view> key_set = keys;
  std::sort(key_set.begin(), key_set.end());
  auto [it, first] = first_by_key_set_.try_emplace(key_set, FirstOrder{keys, node});
  if (first || it->second.keys == keys) return;
  context.report(node,
                 "this object literal creates " + joined(keys) + ", the same keys as " + joined(it->second.keys) +
                     " in another order, so the two get different hidden classes; write the keys in one order",
                 {context.related(it->second.literal, "the keys are first created in this order here")});
}

}  // namespace v8lint
