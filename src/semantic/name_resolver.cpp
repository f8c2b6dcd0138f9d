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
    std::vector<uint32_t>& stack = visible_[binding_names_[b]];
    // Usually on top; a binding of this scope declared after an inner one opened lies below it.
    auto it = std::find(stack.rbegin(), stack.rend(), static_cast<uint32_t>(b));
    if (it != stack.rend()) stack.erase(std::next(it).base());
  }
}

namespace {

// FNV-1a: names are short identifiers, for which it spreads well and costs a few cycles a byte.
uint64_t name_hash(std::string_view name) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : name) hash = (hash ^ c) * 1099511628211ull;
  return hash;
}

}  // namespace

uint32_t NameResolver::name_id(std::string_view name) {
  if (2 * (visible_.size() + 1) > name_slots_.size()) grow_name_table();
  size_t mask = name_slots_.size() - 1;
  for (size_t i = name_hash(name) & mask;; i = (i + 1) & mask) {
    NameSlot& slot = name_slots_[i];
    if (slot.id != kNoName && slot.name == name) return slot.id;
    if (slot.id == kNoName) {
      slot = NameSlot{name, static_cast<uint32_t>(visible_.size())};
      visible_.emplace_back();
      latest_reference_.push_back(kNoName);
      return slot.id;
    }
  }
}

void NameResolver::grow_name_table() {
  std::vector<NameSlot> old = std::move(name_slots_);
  name_slots_.assign(std::max<size_t>(64, 2 * old.size()), NameSlot{});
  size_t mask = name_slots_.size() - 1;
  for (const NameSlot& slot : old) {
    if (slot.id == kNoName) continue;
    size_t i = name_hash(slot.name) & mask;
    while (name_slots_[i].id != kNoName) i = (i + 1) & mask;
    name_slots_[i] = slot;
  }
}

std::pair<uint32_t, bool> NameResolver::declare(std::string_view name, BindingKind kind, uint32_t scope,
                                                TSNode identifier) {
  uint32_t id = name_id(name);
  std::vector<uint32_t>& stack = visible_[id];
  // The stack holds the name's bindings in open scopes, outermost first; `scope` is open.
  auto outer = stack.rbegin();
  for (; outer != stack.rend() && data_.bindings[*outer].scope >= scope; ++outer) {
    if (data_.bindings[*outer].scope == scope) return {*outer, false};
  }
  uint32_t binding = static_cast<uint32_t>(data_.bindings.size());
  data_.bindings.push_back(Binding{name, kind, scope, identifier});
  binding_names_.push_back(id);
  previous_binding_.push_back(last_binding_[scope]);
  last_binding_[scope] = static_cast<int32_t>(binding);
  // Innermost last: a `var` hoisted out of a catch block stays below the catch parameter it passes.
  stack.insert(outer.base(), binding);
  re_resolve_earlier_references(binding);
  return {binding, true};
}

uint32_t NameResolver::refer(std::string_view name, uint32_t scope, TSNode identifier) {
  uint32_t id = name_id(name);
  uint32_t index = static_cast<uint32_t>(data_.references.size());
  data_.references.push_back(Reference{name, scope, identifier, visible_binding(id)});
  reference_names_.push_back(id);
  earlier_reference_.push_back(latest_reference_[id]);
  latest_reference_[id] = index;
  return index;
}

int32_t NameResolver::visible(uint32_t reference) const { return visible_binding(reference_names_[reference]); }

int32_t NameResolver::visible_binding(uint32_t name) const {
  const std::vector<uint32_t>& stack = visible_[name];
  return stack.empty() ? kNone : static_cast<int32_t>(stack.back());
}

void NameResolver::re_resolve_earlier_references(uint32_t binding) {
  const Binding& declared = data_.bindings[binding];
  uint32_t first = first_reference_[declared.scope];
  for (uint32_t r = latest_reference_[binding_names_[binding]]; r != kNoName && r >= first; r = earlier_reference_[r]) {
    Reference& reference = data_.references[r];
    // A binding in a scope numbered below the declaring one is outside it: the new one is nearer.
    if (reference.binding == kNone || data_.bindings[reference.binding].scope < declared.scope)
      reference.binding = static_cast<int32_t>(binding);
  }
}

}  // namespace v8lint
