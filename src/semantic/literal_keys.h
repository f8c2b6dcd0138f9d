// The named keys an object literal creates, in creation order: the hidden
// class V8 gives the literal's objects is built key by key in this order.
// Shared by inconsistent-property-order, late-property-add and the join's
// object shapes.
#pragma once

#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "semantic/binding_queries.h"
#include "semantic/scope_model.h"
#include "syntax/syntax_tree.h"

namespace v8lint {

struct LiteralKeys {
  std::vector<std::string_view> keys;  // each once, at its first position; integer keys (elements) left out
  bool open = false;                   // a spread or computed key: the text does not tell all keys
  bool sets_prototype = false;         // `__proto__: p`: the objects get another prototype, so other hidden classes
  bool repeated = false;               // a key written twice
};

// `object` is an `object` node: `{a, b: 1, c() {}, get d() {}, ...e}`.
LiteralKeys literal_keys(const SyntaxTree& tree, TSNode object);

// `const o = {a: 1}; o.b = 2`: a property added through the binding an object
// literal with a known shape was created with, and not created by the literal.
struct LiteralAdd {
  int32_t binding;
  TSNode literal;
  std::string_view name;
  TSNode value;  // the value written
};

// Every such write, in the model's order (a name added twice is listed twice).
std::vector<LiteralAdd> properties_added_to_literals(const SyntaxTree& tree, const ScopeModel& scopes,
                                                     const BindingIndex& index);

}  // namespace v8lint
