#include "rules/closure_retains_large.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "semantic/call_shape.h"

namespace v8lint {
namespace {

constexpr std::array<std::string_view, 3> kAllocations = {"Buffer.alloc", "Buffer.allocUnsafe", "Buffer.allocUnsafeSlow"};
constexpr std::array<std::string_view, 5> kListenerMethods = {"on", "addListener", "addEventListener",
                                                              "prependListener", "once"};

template <size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool within(TSNode inner, TSNode outer) {
  return ts_node_start_byte(inner) >= ts_node_start_byte(outer) && ts_node_end_byte(inner) <= ts_node_end_byte(outer);
}

// A whole file read into memory or a big allocation: `fs.readFileSync(p)`,
// `await fsp.readFile(p)`, `Buffer.alloc(n)`, `JSON.parse(fs.readFileSync(p))`.
// Returns the call that produces it.
TSNode large_value_call(const SyntaxTree& tree, TSNode value) {
  value = unparenthesized(value);
  bool awaited = is(value, "await_expression");
  if (awaited) value = unparenthesized(ts_node_named_child(value, 0));
  if (!is(value, "call_expression")) return TSNode{};
  std::string_view callee = tree.text(field(value, "function"));
  if (callee.ends_with("readFileSync") || (awaited && callee.ends_with("readFile")) || contains(kAllocations, callee))
    return value;
  if (callee == "JSON.parse" && !ts_node_is_null(large_value_call(tree, call_argument(value, 0)))) return value;
  return TSNode{};
}

// "setInterval callback", "`'data'` listener": a callback that lives as long as its timer or emitter.
std::optional<std::string> long_lived_role(const SyntaxTree& tree, TSNode function) {
  uint32_t index = 0;
  TSNode call = call_taking_function(function, &index);
  if (ts_node_is_null(call)) return std::nullopt;
  std::string_view timer = global_function_name(tree, call);
  if ((timer == "setInterval" || timer == "setTimeout") && index == 0) return std::string(timer) + " callback";
  TSNode event = call_argument(call, 0);
  if (contains(kListenerMethods, method_name(tree, call)) && index == 1 && is(event, "string"))
    return "`" + std::string(tree.text(event)) + "` listener";
  return std::nullopt;
}

struct LargeLocal {
  uint32_t binding;
  TSNode producer;  // the call that made it
};

// The large locals declared directly in each function scope, by scope, in
// binding order. One pass over the bindings, not one per function scope.
std::unordered_map<uint32_t, std::vector<LargeLocal>> large_locals_by_scope(const SyntaxTree& tree,
                                                                            const ScopeModel& scopes) {
  std::unordered_map<uint32_t, std::vector<LargeLocal>> out;
  for (uint32_t b = 0; b < scopes.bindings().size(); ++b) {
    uint32_t scope = scopes.bindings()[b].scope;
    if (scopes.scopes()[scope].kind != ScopeKind::Function) continue;
    std::span<const ValueAssignment> values = scopes.values_of(b);
    if (values.empty() || values[0].source != ValueSource::Initializer) continue;
    TSNode producer = large_value_call(tree, values[0].node);
    if (!ts_node_is_null(producer)) out[scope].push_back(LargeLocal{b, producer});
  }
  return out;
}

// Whether `callback` reads any variable of `scope`, and whether it reads `local`.
struct Capture {
  bool uses_scope = false;
  bool uses_local = false;
};

Capture capture_of(const ScopeModel& scopes, uint32_t scope, TSNode callback, uint32_t local) {
  Capture capture;
  for (const Reference& reference : scopes.references()) {
    if (reference.binding == kNone || !within(reference.identifier, callback)) continue;
    const Binding& binding = scopes.bindings()[static_cast<size_t>(reference.binding)];
    if (binding.scope == scope) capture.uses_scope = true;
    if (static_cast<uint32_t>(reference.binding) == local) capture.uses_local = true;
  }
  return capture;
}

// A reference to `local` from a closure inside `owner` other than `callback`: it
// forces `local` into the context that `callback` shares.
TSNode other_closure_capture(const ScopeModel& scopes, uint32_t local, TSNode owner, TSNode callback) {
  for (const Reference& reference : scopes.references()) {
    if (reference.binding != static_cast<int32_t>(local) || within(reference.identifier, callback)) continue;
    TSNode function = enclosing_function(reference.identifier);
    if (!ts_node_is_null(function) && !ts_node_eq(function, owner)) return reference.identifier;
  }
  return TSNode{};
}

}  // namespace

void ClosureRetainsLarge::on_file_end(RuleContext& context) {
  const SyntaxTree& tree = context.tree();
  const ScopeModel& scopes = context.model().scopes();
  const std::vector<FunctionInfo>& functions = context.model().functions().functions();
  std::unordered_map<uint32_t, std::vector<LargeLocal>> large_locals = large_locals_by_scope(tree, scopes);
  for (uint32_t scope = 0; scope < scopes.scopes().size(); ++scope) {
    auto found = large_locals.find(scope);
    if (found == large_locals.end()) continue;
    TSNode owner = scopes.scopes()[scope].node;
    const std::vector<LargeLocal>& locals = found->second;
    for (const FunctionInfo& callback : functions) {
      if (!ts_node_eq(enclosing_function(callback.node), owner)) continue;
      std::optional<std::string> role = long_lived_role(tree, callback.node);
      if (!role) continue;
      for (const LargeLocal& local : locals) {
        Capture capture = capture_of(scopes, scope, callback.node, local.binding);
        if (!capture.uses_scope || capture.uses_local) continue;
        TSNode other = other_closure_capture(scopes, local.binding, owner, callback.node);
        if (ts_node_is_null(other)) continue;
        const Binding& large = scopes.bindings()[local.binding];
        std::string name(large.name);
        context.report(callback.node,
                       "this " + *role + " never uses `" + name + "` (from `" +
                           std::string(tree.text(field(local.producer, "function"))) +
                           "`), but keeps it alive as long as it lives: another closure uses `" + name +
                           "`, and V8 keeps a function's captured variables in one context shared by all its "
                           "closures; set `" + name + "` to null when done, or move its use into a separate function",
                       {context.related(large.identifier, "`" + name + "` is declared here"),
                        context.related(other, "captured by this closure")});
      }
    }
  }
}

}  // namespace v8lint
