#include "rules/late_property_add.h"

#include <set>
#include <string>

#include "semantic/binding_queries.h"
#include "semantic/call_roles.h"
#include "semantic/class_properties.h"
#include "semantic/construction_paths.h"
#include "semantic/function_model.h"
#include "semantic/literal_keys.h"

namespace v8lint {
namespace {

std::string class_label(const ClassInfo& info) {
  return info.name.empty() ? "this class" : "`" + std::string(info.name) + "`";
}

void report_class_property(RuleContext& context, const ClassProperties& owner, const ClassProperty& property) {
  std::string_view how = property.timing == PropertyTiming::Conditional
                             ? "is added on only some paths through the constructor"
                             : "is added outside the constructor";
  bool has_constructor = !ts_node_is_null(owner.constructor);
  TSNode anchor = has_constructor ? owner.constructor : owner.info.node;
  std::string where = has_constructor ? "the constructor that should create it"
                                      : "the class is declared here, without a constructor";
  context.report(write_target(property.write),
                 "property `" + std::string(property.name) + "` of " + class_label(owner.info) + " " +
                     std::string(how) +
                     ", so its instances get different hidden classes; initialize it in the constructor or as a "
                     "class field",
                 {context.related(anchor, where)});
}

void check_classes(RuleContext& context) {
  ClassPropertyModel model(context.tree(), context.model().scopes());
  for (size_t i = 0; i < model.classes().size(); ++i) {
    const ClassProperties& owner = model.classes()[i];
    if (owner.parent_elsewhere) continue;  // its constructor may create any property
    for (const ClassProperty& property : owner.properties)
      if (property.timing != PropertyTiming::Always && !model.inherited(i, property.name))
        report_class_property(context, owner, property);
  }
}

TSNode enclosing_function(TSNode node) { return nearest_ancestor(node, is_function); }

// `node` with the parentheses around it: `(node)`, `((node))`.
TSNode with_parentheses(TSNode node) {
  for (TSNode parent = ts_node_parent(node); is(parent, "parenthesized_expression"); parent = ts_node_parent(node))
    node = parent;
  return node;
}

// The call that runs a function literal in place: `(function () {})()`,
// `(function () {}).call(this)`, `(function () {}.call(this))`; null otherwise.
TSNode in_place_call(const SyntaxTree& tree, TSNode function) {
  TSNode callee = with_parentheses(function);
  TSNode parent = ts_node_parent(callee);
  if (is(parent, "call_expression") && ts_node_eq(field(parent, "function"), callee)) return parent;
  if (!is(parent, "member_expression") || !ts_node_eq(field(parent, "object"), callee)) return TSNode{};
  std::string_view method = tree.text(field(parent, "property"));
  TSNode call = ts_node_parent(parent);
  bool applied = is(call, "call_expression") && (method == "call" || method == "apply");
  return applied ? call : TSNode{};
}

// A UMD or bundle wrapper, whose scope is the module's: a top-level function run
// once in place, or the factory such a function is given
// (`(function (global, factory) { ... })(this, function (exports) { ... })`).
bool is_module_wrapper(const SyntaxTree& tree, TSNode function) {
  TSNode call = in_place_call(tree, function);
  if (ts_node_is_null(call)) {
    TSNode arguments = ts_node_parent(with_parentheses(function));
    TSNode taker = is(arguments, "arguments") ? ts_node_parent(arguments) : TSNode{};
    if (is(taker, "call_expression") && !ts_node_is_null(invoked_literal(taker))) call = taker;
  }
  return !ts_node_is_null(call) && ts_node_is_null(enclosing_function(call));
}

// Whether adding a property to this literal's object makes objects of one kind
// differ. Not for module-level objects (a UMD wrapper's included): a singleton has no siblings. An add on
// every path of the function that creates the object gives all its objects the
// same transitions, and costs only when the literal has properties: V8 sizes a
// literal's object for exactly those, so the add goes to the out-of-object
// property array (`{}` gets four spare in-object slots).
bool adds_a_shape(const RuleContext& context, const Binding& binding, TSNode literal, TSNode value) {
  const ScopeModel& scopes = context.model().scopes();
  for (int32_t scope = static_cast<int32_t>(binding.scope); scope != kNone; scope = scopes.scopes()[scope].parent) {
    ScopeKind kind = scopes.scopes()[scope].kind;
    if (kind == ScopeKind::Function && !is_module_wrapper(context.tree(), scopes.scopes()[scope].node)) break;
    if (kind == ScopeKind::Program) return false;
  }
  TSNode creator = enclosing_function(literal);
  bool straight_line = ts_node_is_null(condition_around(context.tree(), write_target(value), creator));
  return !straight_line || ts_node_named_child_count(literal) > 0;
}

void check_object_literals(RuleContext& context) {
  const ScopeModel& scopes = context.model().scopes();
  std::set<std::pair<int32_t, std::string_view>> reported;
  for (const LiteralAdd& add : properties_added_to_literals(context.tree(), scopes, context.model().bindings())) {
    if (!adds_a_shape(context, scopes.bindings()[add.binding], add.literal, add.value)) continue;
    if (!reported.emplace(add.binding, add.name).second) continue;
    std::string object(scopes.bindings()[add.binding].name);
    context.report(write_target(add.value),
                   "property `" + std::string(add.name) + "` is added to `" + object +
                       "` after its creation, which moves it to another hidden class; create it in the literal",
                   {context.related(add.literal, "`" + object + "` is created here")});
  }
}

}  // namespace

void LatePropertyAdd::on_file_end(RuleContext& context) {
  check_classes(context);
  check_object_literals(context);
}

}  // namespace v8lint
