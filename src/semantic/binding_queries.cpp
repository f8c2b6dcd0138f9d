#include "semantic/binding_queries.h"

#include <algorithm>

namespace v8lint {

BindingIndex::BindingIndex(const ScopeModel& scopes) : scopes_(scopes) {
  binding_by_start_.reserve(scopes.bindings().size() + scopes.references().size());
  for (size_t i = 0; i < scopes.bindings().size(); ++i)
    binding_by_start_.emplace_back(ts_node_start_byte(scopes.bindings()[i].identifier), static_cast<int32_t>(i));
  for (const Reference& reference : scopes.references())
    binding_by_start_.emplace_back(ts_node_start_byte(reference.identifier), reference.binding);
  // When a start byte occurs twice the first entry wins: a declaration before a reference.
  auto by_start = [](const auto& a, const auto& b) { return a.first < b.first; };
  std::stable_sort(binding_by_start_.begin(), binding_by_start_.end(), by_start);
  auto same_start = [](const auto& a, const auto& b) { return a.first == b.first; };
  binding_by_start_.erase(std::unique(binding_by_start_.begin(), binding_by_start_.end(), same_start),
                          binding_by_start_.end());
}

int32_t BindingIndex::binding_of(TSNode identifier) const {
  if (ts_node_is_null(identifier) || !is(identifier, "identifier")) return kNone;
  uint32_t start = ts_node_start_byte(identifier);
  auto it = std::lower_bound(binding_by_start_.begin(), binding_by_start_.end(), start,
                             [](const auto& entry, uint32_t byte) { return entry.first < byte; });
  return it == binding_by_start_.end() || it->first != start ? kNone : it->second;
}

TSNode BindingIndex::sole_value(int32_t binding) const {
  if (binding == kNone) return TSNode{};
  auto values = scopes_.values_of(static_cast<uint32_t>(binding));
  if (values.size() != 1 || values[0].source != ValueSource::Initializer) return TSNode{};
  return unparenthesized(values[0].node);
}

TSNode object_identifier(TSNode member_or_subscript) {
  TSNode object = unparenthesized(field(member_or_subscript, "object"));
  return is(object, "identifier") ? object : TSNode{};
}


TSNode nearest_ancestor(TSNode node, const std::function<bool(TSNode)>& matches, TSNode stop) {
  TSNode up = ts_node_parent(node);
  for (int step = 0; step < kMaxAncestorSteps && !ts_node_is_null(up) && !ts_node_eq(up, stop); ++step) {
    if (matches(up)) return up;
    up = ts_node_parent(up);
  }
  return TSNode{};
}

}  // namespace v8lint
