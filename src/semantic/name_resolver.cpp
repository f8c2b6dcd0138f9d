#include "semantic/name_resolver.h"

#include <algorithm>

namespace v8lint {

void NameResolver::open_scope(uint32_t scope) {
  if (first_reference_.size() <= scope) {
    first_reference_.resize(scope + 1, 0);
    last_binding_.resize(scope + 1, kNone);
  }
  first_reference_[scope] = static_cast<uint32_t>(data_.references.size());
}

void NameResolver::close_scope(uint32_t scope) {
  for (int32_t b = last_binding_[scope]; b != kNone; b = previous_binding_[b]) {
    std::vector<uint32_t>& stack = visible_[data_.bindings[b].name];
    // Usually on top; a binding of this scope declared after an inner one opened lies below it.
    auto it = std::find(stack.rbegin(), stack.rend(), static_cast<uint32_t>(b));
    if (it != stack.rend()) stack.erase(std::next(it).base());
  }
}

std::pair<uint32_t, bool> NameResolver::declare(std::string_view name, BindingKind kind, uint32_t scope,
                                                TSNode identifier) {
  auto [it, inserted] = declared_.try_emplace(ScopeKey{scope, name}, static_cast<uint32_t>(data_.bindings.size()));
  if (!inserted) return {it->second, false};
  uint32_t binding = it->second;
  data_.bindings.push_back(Binding{name, kind, scope, identifier});
  previous_binding_.push_back(last_binding_[scope]);
  last_binding_[scope] = static_cast<int32_t>(binding);
  // Innermost last: a `var` hoisted out of a catch block stays below the catch parameter it passes.
  std::vector<uint32_t>& stack = visible_[name];
  auto outer = std::find_if(stack.rbegin(), stack.rend(), [&](uint32_t b) { return data_.bindings[b].scope < scope; });
  stack.insert(outer.base(), binding);
  re_resolve_earlier_references(binding);
  return {binding, true};
}

uint32_t NameResolver::refer(std::string_view name, uint32_t scope, TSNode identifier) {
  uint32_t index = static_cast<uint32_t>(data_.references.size());
  data_.references.push_back(Reference{name, scope, identifier, visible(name)});
  references_of_[name].push_back(index);
  return index;
}

int32_t NameResolver::visible(std::string_view name) const {
  auto it = visible_.find(name);
  return it == visible_.end() || it->second.empty() ? kNone : static_cast<int32_t>(it->second.back());
}

void NameResolver::re_resolve_earlier_references(uint32_t binding) {
  const Binding& declared = data_.bindings[binding];
  auto it = references_of_.find(declared.name);
  if (it == references_of_.end()) return;
  uint32_t first = first_reference_[declared.scope];
  for (auto r = it->second.rbegin(); r != it->second.rend() && *r >= first; ++r) {
    Reference& reference = data_.references[*r];
    // A binding in a scope numbered below the declaring one is outside it: the new one is nearer.
    if (reference.binding == kNone || data_.bindings[reference.binding].scope < declared.scope)
      reference.binding = static_cast<int32_t>(binding);
  }
}

}  // namespace v8lint
