#include "rules/interval_without_clear.h"

#include <algorithm>
#include <optional>
#include <string>

#include "semantic/binding_queries.h"
#include "semantic/call_shape.h"

namespace v8lint {
namespace {

// Where the interval's handle goes, when it is kept under a name.
struct HandleUse {
  bool discarded = false;     // `setInterval(...);`
  bool unrefed = false;       // `setInterval(...).unref()`
  std::string_view kept_as;   // `const h = setInterval(...)`, `this.timer = setInterval(...)`
  TSNode kept_in{};           // what it is kept in: the declared name or the assignment's left side
};

HandleUse handle_use(const SyntaxTree& tree, TSNode call) {
  TSNode outer = call;
  TSNode parent = ts_node_parent(outer);
  while (is(parent, "parenthesized_expression")) parent = ts_node_parent(outer = parent);
  HandleUse use;
  if (is(parent, "expression_statement")) use.discarded = true;
  if (is(parent, "member_expression")) use.unrefed = tree.text(field(parent, "property")) == "unref";
  if (is(parent, "variable_declarator") && ts_node_eq(field(parent, "value"), outer)) use.kept_in = field(parent, "name");
  if (is(parent, "assignment_expression") && ts_node_eq(field(parent, "right"), outer)) use.kept_in = field(parent, "left");
  if (!ts_node_is_null(use.kept_in)) use.kept_as = last_name(tree, use.kept_in);
  return use;
}

// `timer = setInterval(...)` into a module-level variable: in code that runs
// once (a daemon's start-up behind an `if (!started)`), the module's one timer
// for the life of the process, as a discarded handle in such code is.
bool kept_in_module_variable(const ScopeModel& scopes, const BindingIndex& index, const HandleUse& use) {
  int32_t binding = index.binding_of(use.kept_in);
  if (binding == kNone) return false;
  return scopes.scopes()[scopes.bindings()[static_cast<size_t>(binding)].scope].kind == ScopeKind::Program;
}

// `class C { constructor() { setInterval(...) } }`: one timer per instance.
bool in_constructor(const SyntaxTree& tree, TSNode call) {
  TSNode function = enclosing_function(call);
  return is(function, "method_definition") && tree.text(field(function, "name")) == "constructor";
}

}  // namespace

void IntervalWithoutClear::on_node(RuleContext& context, TSNode node) {
  const SyntaxTree& tree = context.tree();
  std::string_view function = global_function_name(tree, node);
  if (function == "setInterval") intervals_.push_back(SitedNode{node, context.model().functions().current_site()});
  if (function == "clearInterval" || function == "clearTimeout") {
    std::string_view name = last_name(tree, call_argument(node, 0));
    if (!name.empty()) released_names_.push_back(name);
  }
  if (method_name(tree, node) == "unref") {
    std::string_view name = last_name(tree, call_parts(node).object);
    if (!name.empty()) released_names_.push_back(name);
  }
}

void IntervalWithoutClear::on_file_end(RuleContext& context) {
  const SyntaxTree& tree = context.tree();
  if (intervals_.empty()) return;
  BindingIndex index(context.model().scopes());
  for (const SitedNode& interval : intervals_) {
    TSNode call = interval.node;
    HandleUse use = handle_use(tree, call);
    TSNode callee = field(call, "function");
    bool repeats = why_repeated(tree, context.model().functions(), interval.site).has_value();
    // A discarded handle is a leak where the code runs again and again, or once
    // per instance; in code that runs once (a CLI command, a daemon's start-up,
    // top-level module code) it is one timer for the life of the process.
    if (use.discarded) {
      if (repeats || in_constructor(tree, call))
        context.report(callee, "the handle of this `setInterval` is discarded: the timer can never be cleared, and "
                               "it keeps its callback, everything the callback reaches, and the process alive; keep "
                               "the handle and `clearInterval` it, or call `.unref()`");
      continue;
    }
    if (ts_node_is_null(enclosing_function(call)) && !repeats) continue;  // top-level module code runs once
    if (use.kept_as.empty() || use.unrefed) continue;  // returned, passed on, or unref()ed: not ours to judge
    if (!repeats && kept_in_module_variable(context.model().scopes(), index, use)) continue;
    if (std::find(released_names_.begin(), released_names_.end(), use.kept_as) != released_names_.end()) continue;
    context.report(callee, "the handle `" + std::string(use.kept_as) +
                               "` of this `setInterval` never reaches `clearInterval` or `.unref()` in this module: "
                               "the timer keeps its callback, everything the callback reaches, and the process "
                               "alive; clear it when its owner is done, or call `.unref()`");
  }
}

}  // namespace v8lint
