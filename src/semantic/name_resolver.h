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
#include <functional>
#include <string_view>
#include <unordered_map>
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
  std::pair<uint32_t, bool> declare(std::string_view name, BindingKind kind, uint32_t scope, TSNode identifier);
  // Records a reference from `scope` (the innermost open one) and returns its index.
  uint32_t refer(std::string_view name, uint32_t scope, TSNode identifier);
  // The binding a name seen now refers to, as far as the walk has declared; kNone: global.
  int32_t visible(std::string_view name) const;

 private:
  struct ScopeKey {
    uint32_t scope;
    std::string_view name;
    bool operator==(const ScopeKey&) const = default;
  };
  struct ScopeKeyHash {
    size_t operator()(const ScopeKey& key) const { return std::hash<std::string_view>()(key.name) * 31 + key.scope; }
  };

  void re_resolve_earlier_references(uint32_t binding);

  ScopeData& data_;
  std::unordered_map<ScopeKey, uint32_t, ScopeKeyHash> declared_;
  std::unordered_map<std::string_view, std::vector<uint32_t>> visible_;        // name -> bindings, innermost last
  std::unordered_map<std::string_view, std::vector<uint32_t>> references_of_;  // name -> references, in order
  std::vector<uint32_t> first_reference_;  // per scope: the references count when it opened
  std::vector<int32_t> last_binding_;      // per scope: its latest binding, heading a list through...
  std::vector<int32_t> previous_binding_;  // ...per binding: the one declared before it in the same scope
};

}  // namespace v8lint
