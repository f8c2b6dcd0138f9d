// Resolves names to bindings on the single walk, in time linear in the input
// (no climbing of the scope chain per name, which deep nesting makes quadratic).
//
// A reference resolves, when seen, to the innermost binding of its name
// declared so far in an open scope. A later declaration in one of the scopes
// the reference sits in (a hoisted `var` or function, or a `const` a closure
// uses before its line) re-resolves the references made inside that scope
// since it opened, unless they resolve to a binding nearer to them. Scopes are
// numbered in the order they open, so while a scope S is open every scope
// numbered S or higher lies inside it.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include <tree_sitter/api.h>

#include "semantic/scope_model.h"

namespace v8lint {

class NameResolver {
 public:
  explicit NameResolver(ScopeData& data) : data_(data) {}

  void open_scope(uint32_t scope);
  // Hides the scope's bindings from references seen from now on.
  void close_scope(uint32_t scope);
  // The binding of `name` in `scope`, created on first declaration (second: true).
  // `scope` is open: declarations go to the innermost scope or one around it.
  std::pair<uint32_t, bool> declare(std::string_view name, BindingKind kind, uint32_t scope, TSNode identifier);
  // Records a reference from `scope` (the innermost open one) and returns its index.
  uint32_t refer(std::string_view name, uint32_t scope, TSNode identifier);
  // The binding the name of `reference` refers to now, as far as the walk has declared; kNone: global.
  int32_t visible(uint32_t reference) const;

 private:
  // Each distinct name gets a small id once (one hash lookup per identifier);
  // everything else is indexed by it.
  uint32_t name_id(std::string_view name);
  void grow_name_table();
  int32_t visible_binding(uint32_t name) const;
  void re_resolve_earlier_references(uint32_t binding);

  ScopeData& data_;
  // Name ids by name: open addressing with linear probing, at most half full. A file
  // has thousands of names, each looked up at every use: no node per name, no rehash
  // of std::hash's whole-string hash.
  struct NameSlot {
    std::string_view name;
    uint32_t id = kNoName;
  };
  static constexpr uint32_t kNoName = UINT32_MAX;
  std::vector<NameSlot> name_slots_;
  std::vector<std::vector<uint32_t>> visible_;  // per name id: bindings in open scopes, innermost last
  // The references of each name, newest first, as a list through the references:
  // per name id its latest reference, per reference the one before it of the same name.
  std::vector<uint32_t> latest_reference_;
  std::vector<uint32_t> earlier_reference_;
  std::vector<uint32_t> binding_names_;               // per binding: its name id
  std::vector<uint32_t> reference_names_;             // per reference: its name id
  std::vector<uint32_t> first_reference_;  // per scope: the references count when it opened
  std::vector<int32_t> last_binding_;      // per scope: its latest binding, heading a list through...
  std::vector<int32_t> previous_binding_;  // ...per binding: the one declared before it in the same scope
};

}  // namespace v8lint
