#include "rules/unbounded_cache.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <unordered_map>

#include "semantic/call_shape.h"
#include "semantic/repetition.h"

namespace v8lint {
namespace {

constexpr std::array<std::string_view, 4> kAdds = {"set", "add", "push", "unshift"};
constexpr std::array<std::string_view, 6> kEvictions = {"delete", "clear", "splice", "shift", "pop", "length"};
constexpr std::array<std::string_view, 5> kLookups = {"get", "has", "includes", "indexOf", "find"};
constexpr std::array<std::string_view, 8> kComparisons = {"<", ">", "<=", ">=", "==", "===", "!=", "!=="};

template <size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

enum class Use : uint8_t { Add, Lookup, Eviction, Escape, Neutral };

bool is_child(TSNode parent, std::string_view name, TSNode node) { return ts_node_eq(field(parent, name), node); }

// `x.size > N`, `x.length >= max`: the module checks how big the collection is.
bool compared(const SyntaxTree& tree, TSNode member) {
  TSNode parent = ts_node_parent(member);
  return is(parent, "binary_expression") && contains(kComparisons, tree.text(field(parent, "operator")));
}

Use member_use(const SyntaxTree& tree, TSNode member) {
  std::string_view name = tree.text(field(member, "property"));
  TSNode parent = ts_node_parent(member);
  bool called = is(parent, "call_expression") && is_child(parent, "function", member);
  if (called && contains(kAdds, name)) return Use::Add;
  if (called && contains(kLookups, name)) return Use::Lookup;
  if (contains(kEvictions, name)) return Use::Eviction;  // `.delete()`, `.pop()`, `.length = 0`
  if ((name == "size" || name == "length") && compared(tree, member)) return Use::Eviction;
  return Use::Neutral;
}

Use subscript_use(const SyntaxTree& tree, TSNode subscript) {
  TSNode parent = ts_node_parent(subscript);
  if (is(parent, "assignment_expression") && is_child(parent, "left", subscript)) return Use::Add;
  if (is(parent, "unary_expression") && tree.text(field(parent, "operator")) == "delete") return Use::Eviction;
  return Use::Lookup;
}

// What one mention of the collection's name does to it.
Use use_of(const SyntaxTree& tree, TSNode identifier) {
  TSNode parent = ts_node_parent(identifier);
  if (is(parent, "member_expression") && is_child(parent, "object", identifier)) return member_use(tree, parent);
  if (is(parent, "subscript_expression") && is_child(parent, "object", identifier)) return subscript_use(tree, parent);
  if (is(parent, "binary_expression") && tree.text(field(parent, "operator")) == "in") return Use::Lookup;
  if (is(parent, "arguments")) return Use::Escape;  // another function may evict
  if (is(parent, "assignment_expression") && is_child(parent, "left", identifier)) return Use::Eviction;
  return Use::Neutral;
}

// "`Map`", "`Set`", "object", "array" for the initializers this rule follows.
std::optional<std::string> collection_kind(const SyntaxTree& tree, TSNode value) {
  value = unparenthesized(value);
  if (is(value, "new_expression")) {
    std::string_view constructor = tree.text(field(value, "constructor"));
    if (constructor == "Map" || constructor == "Set") return std::string("`").append(constructor).append("`");
  }
  if (is(value, "object") && ts_node_named_child_count(value) == 0) return "object";
  if (is(value, "array") && ts_node_named_child_count(value) == 0) return "array";
  if (is(value, "call_expression") && tree.text(value) == "Object.create(null)") return "object";
  return std::nullopt;
}

struct Growth {
  TSNode first_add{};          // an add per request: see growth_of
  bool cache = false;          // the adding function also looks entries up
  bool bounded = false;        // evicted, compared, reassigned or handed to other code
};

// Function nodes to their index in the function model.
using FunctionIndex = std::unordered_map<const void*, size_t>;

FunctionIndex index_functions(const FunctionModel& functions) {
  FunctionIndex index;
  for (size_t f = 0; f < functions.functions().size(); ++f) index.emplace(functions.functions()[f].node.id, f);
  return index;
}

// The function runs per request or stream chunk, so its keys come from input.
bool runs_per_request(const FunctionModel& functions, size_t function) {
  return why_in_handler(functions, SiteContext{function, TSNode{}}).has_value();
}

// The function is a request handler, a listener one registers (`req.on('end')`),
// or nested in either: what it adds comes from the request in front of it. A
// function merely called from a handler may be a registry's `register()`.
bool inside_request_code(const FunctionModel& functions, size_t function) {
  for (size_t f = function; f != kNoFunction; f = functions.functions()[f].parent) {
    const std::optional<HotReason>& hot = functions.functions()[f].hot;
    if (hot && hot->kind == HotKind::Handler) return true;
    if (hot && hot->kind == HotKind::RegisteredInHot && runs_per_request(functions, hot->caller)) return true;
  }
  return false;
}

// Mentions of one collection's name: every reference resolved to its binding.
// An add counts when it runs per request, and either its function also looks
// entries up (a cache) or nothing ever looks them up and it sits in request
// code (a write-only log of requests).
Growth growth_of(const SyntaxTree& tree, const std::vector<TSNode>& mentions, const FunctionModel& functions,
                 const FunctionIndex& index) {
  Growth growth;
  std::unordered_map<const void*, uint8_t> uses_by_function;  // bit 1: adds, bit 2: looks up
  std::vector<TSNode> adds;
  bool looked_up = false;
  for (TSNode mention : mentions) {
    Use use = use_of(tree, mention);
    if (use == Use::Eviction || use == Use::Escape) growth.bounded = true;
    looked_up = looked_up || use == Use::Lookup;
    TSNode function = enclosing_function(mention);
    if (ts_node_is_null(function) || (use != Use::Add && use != Use::Lookup)) continue;
    uses_by_function[function.id] |= use == Use::Add ? 1 : 2;
    if (use == Use::Add) adds.push_back(mention);
  }
  for (TSNode add : adds) {
    TSNode function = enclosing_function(add);
    auto it = index.find(function.id);
    if (it == index.end()) continue;
    bool cache = uses_by_function[function.id] == 3;
    if (cache ? runs_per_request(functions, it->second) : !looked_up && inside_request_code(functions, it->second))
      return Growth{add, cache, growth.bounded};
  }
  return growth;
}

struct Collection {
  uint32_t binding;
  std::string what;
};

// Module-level names given one empty Map/Set/object/array and nothing else.
std::vector<Collection> module_collections(const SyntaxTree& tree, const ScopeModel& scopes) {
  std::vector<Collection> out;
  for (uint32_t b = 0; b < scopes.bindings().size(); ++b) {
    if (scopes.scopes()[scopes.bindings()[b].scope].kind != ScopeKind::Program) continue;
    std::span<const ValueAssignment> values = scopes.values_of(b);
    if (values.size() != 1 || values[0].source != ValueSource::Initializer) continue;
    if (std::optional<std::string> what = collection_kind(tree, values[0].node)) out.push_back(Collection{b, *what});
  }
  return out;
}

}  // namespace

void UnboundedCache::on_file_end(RuleContext& context) {
  const SyntaxTree& tree = context.tree();
  const ScopeModel& scopes = context.model().scopes();
  std::vector<Collection> collections = module_collections(tree, scopes);
  if (collections.empty()) return;
  std::unordered_map<int32_t, std::vector<TSNode>> mentions;  // one pass over the references for all of them
  for (const Collection& collection : collections) mentions[static_cast<int32_t>(collection.binding)];
  for (const Reference& reference : scopes.references())
    if (auto it = mentions.find(reference.binding); it != mentions.end()) it->second.push_back(reference.identifier);
  const FunctionModel& functions = context.model().functions();
  FunctionIndex index = index_functions(functions);
  for (const Collection& collection : collections) {
    Growth growth = growth_of(tree, mentions[static_cast<int32_t>(collection.binding)], functions, index);
    if (growth.bounded || ts_node_is_null(growth.first_add)) continue;
    const Binding& binding = scopes.bindings()[collection.binding];
    uint32_t line = tree.source().line_of(ts_node_start_byte(growth.first_add));
    context.report(binding.identifier,
                   "module-level " + collection.what + " `" + std::string(binding.name) + "` " +
                       (growth.cache ? "is used as a cache that only grows" : "only grows") +
                       ": entries are added per request (line " +
                       std::to_string(line) + ") but nothing in this module deletes, clears, evicts or size-checks "
                       "them, so every entry stays reachable for the life of the process; bound it (an LRU with a "
                       "maximum size) or key it weakly with a `WeakMap`",
                   {context.related(growth.first_add, "added here")});
  }
}

}  // namespace v8lint
