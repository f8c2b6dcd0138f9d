#include "rules/arguments_object.h"

#include <algorithm>
#include <optional>
#include <string>

#include "semantic/binding_queries.h"
#include "semantic/function_model.h"

namespace v8lint {
namespace {

// The function whose `arguments` a use refers to: arrows have none of their own.
TSNode arguments_owner(TSNode node) {
  return nearest_ancestor(node, [](TSNode up) { return is_function(up) && !is(up, "arrow_function"); });
}

TSNode body_of(TSNode function) {
  TSNode body = field(function, "body");
  return is(body, "statement_block") ? body : TSNode{};
}

// A body that starts with a 'use strict' directive (program or function).
bool has_use_strict(const SyntaxTree& tree, TSNode body) {
  if (ts_node_is_null(body)) return false;
  uint32_t count = ts_node_named_child_count(body);
  for (uint32_t i = 0; i < count; ++i) {
    TSNode statement = ts_node_named_child(body, i);
    if (is(statement, "comment")) continue;
    if (!is(statement, "expression_statement")) return false;
    TSNode expression = ts_node_named_child(statement, 0);
    if (!is(expression, "string")) return false;
    std::string_view text = tree.text(expression);
    if (text == "'use strict'" || text == "\"use strict\"") return true;
  }
  return false;
}

bool is_module(const SyntaxTree& tree) {
  const std::string& path = tree.source().path();
  if (path.ends_with(".mjs") || path.ends_with(".mts")) return true;
  TSNode root = tree.root();
  uint32_t count = ts_node_named_child_count(root);
  for (uint32_t i = 0; i < count; ++i) {
    TSNode statement = ts_node_named_child(root, i);
    if (is(statement, "import_statement") || is(statement, "export_statement")) return true;
  }
  return false;
}

// Strict: in a strict file (a module, or a 'use strict' program), class code, or
// under a 'use strict' directive. Code nested too deep to tell counts as strict
// (no aliasing finding).
bool is_strict(const SyntaxTree& tree, bool strict_file, TSNode function) {
  if (strict_file || has_use_strict(tree, body_of(function))) return true;
  auto makes_strict = [&tree](TSNode up) {
    return is(up, "class_body") || (is_function(up) && has_use_strict(tree, body_of(up)));
  };
  int depth = 0;  // ancestors looked at: one walk up serves both the search and the depth limit
  for (TSNode up = ts_node_parent(function); !ts_node_is_null(up) && depth < kMaxAncestorSteps;
       up = ts_node_parent(up), ++depth)
    if (makes_strict(up)) return true;
  return depth == kMaxAncestorSteps;
}

// Only plain identifiers: with defaults, rest or destructuring, `arguments` is never aliased.
bool has_simple_parameters(TSNode function) {
  TSNode parameters = field(function, "parameters");
  if (ts_node_is_null(parameters)) return false;
  uint32_t count = ts_node_named_child_count(parameters);
  for (uint32_t i = 0; i < count; ++i)
    if (!is(ts_node_named_child(parameters, i), "identifier")) return false;
  return true;
}

// `f.apply(thisArg, arguments)`: V8 forwards the frame's arguments without an object.
bool is_apply_forwarding(const SyntaxTree& tree, TSNode arguments_list) {
  TSNode call = ts_node_parent(arguments_list);
  TSNode callee = field(call, "function");
  return is(call, "call_expression") && is(callee, "member_expression") &&
         tree.text(field(callee, "property")) == "apply" && ts_node_named_child_count(arguments_list) == 2;
}

constexpr std::string_view kComputedIndex = "indexes `arguments` with a computed index";

// Option {"reportComputedIndex": true}; anything else keeps the default (false).
bool reports_computed_index(const nlohmann::json& options) {
  auto it = options.is_object() ? options.find("reportComputedIndex") : options.end();
  return it != options.end() && it->is_boolean() && it->get<bool>();
}

// Why a use of `arguments` costs, or empty when V8 handles it without an object.
std::string problem_of(const SyntaxTree& tree, TSNode use) {
  TSNode parent = ts_node_parent(use);
  while (is(parent, "parenthesized_expression")) parent = ts_node_parent(parent);
  if (is(parent, "member_expression")) return {};  // arguments.length
  if (is(parent, "spread_element")) return {};     // f(...arguments)
  if (is(parent, "subscript_expression")) {
    TSNode outer = ts_node_parent(parent);
    if ((is(outer, "assignment_expression") || is(outer, "augmented_assignment_expression")) &&
        ts_node_eq(field(outer, "left"), parent))
      return "writes to an element of `arguments`";
    if (is(unparenthesized(field(parent, "index")), "number")) return {};
    return std::string(kComputedIndex);
  }
  if (is(parent, "assignment_expression") && ts_node_eq(field(parent, "left"), use)) return "assigns to `arguments`";
  if (is(parent, "arguments")) return is_apply_forwarding(tree, parent) ? std::string{} : "passes `arguments` to a call";
  if (is(parent, "return_statement")) return "returns `arguments`";
  // Stored where it outlives the call: an object, an array, a property. A local
  // alias (`var args = arguments`) is the same value to TurboFan, not an escape.
  if (is(parent, "pair") || is(parent, "array")) return "stores `arguments` in an object or array";
  if (is(parent, "assignment_expression") && !is(unparenthesized(field(parent, "left")), "identifier"))
    return "stores `arguments` in a property";
  return {};
}

}  // namespace

void ArgumentsObject::on_node(RuleContext& context, TSNode node) {
  if (context.tree().text(node) != "arguments") return;
  TSNode function = arguments_owner(node);
  if (!ts_node_is_null(function)) uses_.push_back(Use{node, function});
}

void ArgumentsObject::report_use(RuleContext& context, const Use& use) {
  std::string problem = problem_of(context.tree(), use.identifier);
  if (problem.empty()) return;
  // TurboFan reads `arguments[i]` of an object that does not escape straight
  // from the frame: only worth a finding when asked for.
  if (problem == kComputedIndex && !reports_computed_index(context.options())) return;
  context.report(use.identifier, "this " + problem + ", so V8 must allocate a real arguments object; use rest "
                                 "parameters (`...args`) instead");
}

// In sloppy mode `arguments[i]` and the i-th parameter are the same variable,
// so every write to a parameter also goes through the arguments object. One
// pass over the file's assignments for all such functions (a pass per
// function was quadratic on big files).
void ArgumentsObject::report_sloppy_parameter_writes(RuleContext& context,
                                                     const std::unordered_set<const void*>& functions) {
  if (functions.empty()) return;
  const ScopeModel& scopes = context.model().scopes();
  for (const ValueAssignment& value : scopes.values()) {
    if (value.binding == kNone || value.reference == kNone || value.source == ValueSource::Initializer) continue;
    const Binding& binding = scopes.bindings()[value.binding];
    if (binding.kind != BindingKind::Parameter || !functions.contains(scopes.scopes()[binding.scope].node.id)) continue;
    context.report(scopes.references()[value.reference].identifier,
                   "writing to parameter `" + std::string(binding.name) +
                       "` in a sloppy-mode function that uses `arguments` keeps the two aliased, which V8 "
                       "optimizes poorly; add 'use strict' or copy the parameter to a local");
  }
}

void ArgumentsObject::on_file_end(RuleContext& context) {
  const BindingIndex& index = context.model().bindings();
  std::unordered_set<const void*> checked, sloppy;  // functions, by TSNode::id (one tree per file)
  std::optional<bool> strict_file;  // asked only when a function uses `arguments`
  for (const Use& use : uses_) {
    if (index.binding_of(use.identifier) != kNone) continue;  // a variable named `arguments`
    report_use(context, use);
    if (!checked.insert(use.function.id).second) continue;
    if (!has_simple_parameters(use.function)) continue;
    if (!strict_file) strict_file = is_module(context.tree()) || has_use_strict(context.tree(), context.tree().root());
    if (!is_strict(context.tree(), *strict_file, use.function)) sloppy.insert(use.function.id);
  }
  report_sloppy_parameter_writes(context, sloppy);
}

}  // namespace v8lint
