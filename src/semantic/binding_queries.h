// Lookups over a finished ScopeModel that several rules share: which binding an
// identifier node names, and what a binding was created with. Built once per
// file by SemanticModel::finish (the model is complete only then) and handed
// to every rule through SemanticModel::bindings().
#pragma once

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include <tree_sitter/api.h>

#include "semantic/scope_model.h"

namespace v8lint {

class BindingIndex {
 public:
  explicit BindingIndex(const ScopeModel& scopes);

  // The binding an identifier (a reference or a declaring identifier) names;
  // kNone for globals, undeclared names and nodes that are not identifiers.
  int32_t binding_of(TSNode identifier) const;
  // The value a binding is created with when it is never given another
  // (`const o = {}`); a null node otherwise.
  TSNode sole_value(int32_t binding) const;

 private:
  const ScopeModel& scopes_;
  // (identifier start byte, binding), sorted by start byte, one entry per start byte:
  // one flat array instead of a hash node per identifier.
  std::vector<std::pair<uint32_t, int32_t>> binding_by_start_;
};

// `o` in `o.x` / `o[k]` when it is a plain identifier; a null node otherwise.
TSNode object_identifier(TSNode member_or_subscript);

// Ancestor walks are bounded: tree-sitter finds a node's parent by descending
// from the root, so walking all the way up a 10,000-deep tree is quadratic.
// Code nested deeper than this below the construct looked for counts as not in it.
inline constexpr int kMaxAncestorSteps = 200;

// The nearest proper ancestor for which `matches` holds, not looking at `stop`
// or above it, nor more than kMaxAncestorSteps up; a null node if none.
TSNode nearest_ancestor(TSNode node, const std::function<bool(TSNode)>& matches, TSNode stop = TSNode{});

}  // namespace v8lint
