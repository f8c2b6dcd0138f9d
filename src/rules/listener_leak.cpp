#include "rules/listener_leak.h"

#include <algorithm>
#include <array>
#include <optional>

#include "semantic/call_roles.h"
#include "semantic/call_shape.h"
#include "semantic/repetition.h"

namespace v8lint {
namespace {

constexpr std::array<std::string_view, 4> kAdds = {"on", "addListener", "addEventListener", "prependListener"};
constexpr std::array<std::string_view, 3> kRemoves = {"off", "removeListener", "removeEventListener"};

template <size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Only asked of calls of a listener method: their callee is a member access.
TSNode emitter_of(TSNode call) { return call_parts(call).object; }

std::string_view event_of(const SyntaxTree& tree, TSNode call) {
  TSNode event = call_argument(call, 0);
  return is(event, "string") ? string_value(tree, event) : std::string_view();
}

// `a.b.c` -> `a`; null for `this.x`, `f().x` and other roots.
TSNode root_identifier(TSNode expression) {
  while (is(expression, "member_expression")) expression = field(expression, "object");
  return is(expression, "identifier") ? expression : TSNode{};
}

// The emitter lives as long as the module: its root name is declared at
// module scope, or not at all (a global such as `process` or `window`).
// Anything declared in a function, e.g. the handler's own `req` or a
// `new EventEmitter()` made per call, dies with that call's objects.
bool is_module_lived(const ScopeModel& scopes, int32_t root_binding) {
  if (root_binding == kNone) return true;
  const Binding& binding = scopes.bindings()[static_cast<size_t>(root_binding)];
  return scopes.scopes()[binding.scope].kind == ScopeKind::Program;
}

bool within(TSNode inner, TSNode outer) {
  return !ts_node_is_null(outer) && ts_node_start_byte(inner) >= ts_node_start_byte(outer) &&
         ts_node_end_byte(inner) <= ts_node_end_byte(outer);
}

// `for (...) { var client = net.connect(); client.on(...) }`: a module-level
// name given a new object in the repeated code itself, once per run.
bool reassigned_per_run(const ScopeModel& scopes, const std::vector<FunctionInfo>& functions, int32_t binding,
                        const SiteContext& site) {
  if (binding == kNone) return false;
  TSNode run = ts_node_is_null(site.loop) && site.function != kNoFunction ? functions[site.function].node : site.loop;
  for (const ValueAssignment& value : scopes.values_of(static_cast<uint32_t>(binding)))
    if (within(value.node, run)) return true;
  return false;
}

}  // namespace

void ListenerLeak::on_node(RuleContext& context, TSNode node) {
  const SyntaxTree& tree = context.tree();
  std::string_view method = method_name(tree, node);
  if (contains(kAdds, method) && !event_of(tree, node).empty() && !ts_node_is_null(call_argument(node, 1)) &&
      ts_node_is_null(call_argument(node, 2)))  // a third argument may carry `{ signal }` or `{ once: true }`
    registrations_.push_back(SitedNode{node, context.model().functions().current_site()});
  if (contains(kRemoves, method) || method == "removeAllListeners")
    removals_.push_back(Removal{tree.text(emitter_of(node)), event_of(tree, node)});
}

bool ListenerLeak::removed(std::string_view emitter, std::string_view event) const {
  return std::any_of(removals_.begin(), removals_.end(), [&](const Removal& removal) {
    return removal.emitter == emitter && (removal.event.empty() || removal.event == event);
  });
}

void ListenerLeak::on_file_end(RuleContext& context) {
  if (registrations_.empty()) return;
  const SyntaxTree& tree = context.tree();
  const ScopeModel& scopes = context.model().scopes();
  for (const SitedNode& registration : registrations_) {
    TSNode emitter = emitter_of(registration.node);
    std::string_view event = event_of(tree, registration.node);
    TSNode root = root_identifier(emitter);
    if (ts_node_is_null(root)) continue;
    int32_t root_binding = context.model().bindings().binding_of(root);
    if (!is_module_lived(scopes, root_binding)) continue;
    if (reassigned_per_run(scopes, context.model().functions().functions(), root_binding, registration.site)) continue;
    if (removed(tree.text(emitter), event)) continue;
    std::optional<std::string> why = why_repeated(tree, context.model().functions(), registration.site);
    if (!why) continue;
    TSNode method = field(field(registration.node, "function"), "property");
    context.report(method, "`" + std::string(tree.text(emitter)) + "." + std::string(tree.text(method)) + "('" +
                               std::string(event) + "', ...)` " + *why +
                               ": every run adds one more listener to an emitter that outlives it, and each listener "
                               "keeps its closure alive; register once outside, use `once`, or remove it with "
                               "`off`/`removeListener` when done");
  }
}

}  // namespace v8lint
