#include "rules/late_property_add.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "semantic/binding_queries.h"
#include "semantic/call_roles.h"
#include "semantic/function_model.h"

namespace v8lint {
namespace {

using Names = std::set<std::string_view>;

// `this.x` / `o.x` in `this.x = value`: where the property is added.
TSNode write_target(TSNode value) {
  TSNode assignment = ts_node_parent(value);
  return is(assignment, "assignment_expression") ? field(assignment, "left") : value;
}

bool is_conditional_step(const SyntaxTree& tree, TSNode node) {
  std::string_view k = kind(node);
  if (k == "if_statement" || k == "ternary_expression" || k == "switch_case" || k == "catch_clause" ||
      k == "for_statement" || k == "for_in_statement" || k == "while_statement" || k == "do_statement" ||
      is_function(node))
    return true;
  if (k != "binary_expression") return false;
  std::string_view op = tree.text(field(node, "operator"));
  return op == "&&" || op == "||" || op == "??";
}

// The innermost construct between a constructor write and the constructor that
// may skip it (a branch, a loop, a callback), or a null node.
TSNode condition_around(const SyntaxTree& tree, TSNode write, TSNode constructor) {
  return nearest_ancestor(write, [&tree](TSNode up) { return is_conditional_step(tree, up); }, constructor);
}

bool contains(TSNode outer, TSNode inner) {
  return ts_node_start_byte(outer) <= ts_node_start_byte(inner) && ts_node_end_byte(inner) <= ts_node_end_byte(outer);
}

// `if (a) this.x = 1; else this.x = 2;`: both branches of one `if` create x.
bool set_on_both_branches(TSNode condition, const std::vector<TSNode>& writes) {
  if (!is(condition, "if_statement")) return false;
  TSNode consequence = field(condition, "consequence");
  TSNode alternative = field(condition, "alternative");
  bool in_consequence = false, in_alternative = false;
  for (TSNode write : writes) {
    in_consequence = in_consequence || (!ts_node_is_null(consequence) && contains(consequence, write));
    in_alternative = in_alternative || (!ts_node_is_null(alternative) && contains(alternative, write));
  }
  return in_consequence && in_alternative;
}

// A class's members: the constructor, names that are methods or accessors
// (`this.x = v` calls a setter `x`, it adds nothing), and the methods the
// constructor always calls (`this.reset()`), which create properties with it.
struct ClassShape {
  TSNode constructor{};
  Names members;
  Names setup_methods;
};

// `this.reset();` as a statement of the constructor body.
void add_setup_calls(const SyntaxTree& tree, TSNode constructor, Names& setup_methods) {
  TSNode body = field(constructor, "body");
  uint32_t count = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
  for (uint32_t i = 0; i < count; ++i) {
    TSNode statement = ts_node_named_child(body, i);
    TSNode call = is(statement, "expression_statement") ? ts_node_named_child(statement, 0) : TSNode{};
    TSNode callee = is(call, "call_expression") ? field(call, "function") : TSNode{};
    if (is(callee, "member_expression") && is(field(callee, "object"), "this"))
      setup_methods.insert(tree.text(field(callee, "property")));
  }
}

ClassShape shape_of(const SyntaxTree& tree, TSNode class_node) {
  ClassShape shape;
  TSNode body = field(class_node, "body");
  uint32_t count = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
  for (uint32_t i = 0; i < count; ++i) {
    TSNode member = ts_node_named_child(body, i);
    if (!is(member, "method_definition")) continue;
    std::string_view name = tree.text(field(member, "name"));
    if (name == "constructor") {
      shape.constructor = member;
      add_setup_calls(tree, member, shape.setup_methods);
    }
    shape.members.insert(name);
  }
  return shape;
}

// The class method a write is in: the innermost method_definition around it.
std::string_view method_of(const SyntaxTree& tree, TSNode write) {
  TSNode method = nearest_ancestor(write, [](TSNode up) { return is(up, "method_definition"); });
  return ts_node_is_null(method) ? std::string_view{} : tree.text(field(method, "name"));
}

std::string class_label(const ClassInfo& info) {
  return info.name.empty() ? "this class" : "`" + std::string(info.name) + "`";
}

class ClassChecker {
 public:
  ClassChecker(RuleContext& context, const ClassInfo& info) : context_(context), info_(info) {
    shape_ = shape_of(context.tree(), info.node);
  }

  void add(const PropertyWrite& write) {
    if (shape_.members.contains(write.name)) return;
    if (write.source == PropertySource::FieldInitializer) {
      created_.insert(write.name);
    } else if (write.source == PropertySource::ConstructorAssignment) {
      TSNode condition = condition_around(context_.tree(), write.node, shape_.constructor);
      if (ts_node_is_null(condition)) created_.insert(write.name);
      else conditional_at(write.name).push_back(write.node);
    } else if (write.source == PropertySource::MethodAssignment &&
               shape_.setup_methods.contains(method_of(context_.tree(), write.node))) {
      created_.insert(write.name);
    } else if (write.source == PropertySource::MethodAssignment && later_names_.insert(write.name).second) {
      later_.emplace_back(write.name, write.node);  // the first write of each name
    }
  }

  const ClassInfo& info() const { return info_; }
  // Properties and members a parent class declared in the same file gives every instance.
  // Returns whether anything was new.
  bool inherit(const ClassChecker& parent) {
    size_t before = created_.size() + shape_.members.size();
    created_.insert(parent.created_.begin(), parent.created_.end());
    shape_.members.insert(parent.shape_.members.begin(), parent.shape_.members.end());
    return created_.size() + shape_.members.size() != before;
  }

  void report() {
    for (auto& [name, writes] : conditional_) {
      TSNode condition = condition_around(context_.tree(), writes.front(), shape_.constructor);
      if (created_.contains(name) || set_on_both_branches(condition, writes)) {
        created_.insert(name);
        continue;
      }
      report_one(name, writes.front(), "is added on only some paths through the constructor");
      created_.insert(name);
    }
    for (auto& [name, value] : later_)
      if (!created_.contains(name)) report_one(name, value, "is added outside the constructor");
  }

 private:
  void report_one(std::string_view name, TSNode value, std::string_view how) {
    TSNode anchor = ts_node_is_null(shape_.constructor) ? info_.node : shape_.constructor;
    std::string where = ts_node_is_null(shape_.constructor) ? "the class is declared here, without a constructor"
                                                            : "the constructor that should create it";
    context_.report(write_target(value),
                    "property `" + std::string(name) + "` of " + class_label(info_) + " " + std::string(how) +
                        ", so its instances get different hidden classes; initialize it in the constructor or as a "
                        "class field",
                    {context_.related(anchor, where)});
  }

  std::vector<TSNode>& conditional_at(std::string_view name) {
    for (auto& [known, writes] : conditional_)
      if (known == name) return writes;
    return conditional_.emplace_back(name, std::vector<TSNode>{}).second;
  }

  RuleContext& context_;
  const ClassInfo& info_;
  ClassShape shape_;
  Names created_;
  // In document order, so findings come out in order.
  std::vector<std::pair<std::string_view, std::vector<TSNode>>> conditional_;
  std::vector<std::pair<std::string_view, TSNode>> later_;
  Names later_names_;
};

// `{...rest}` or `{[k]: v}`: the literal's shape is not known from its text.
bool has_dynamic_keys(TSNode object) {
  uint32_t count = ts_node_named_child_count(object);
  for (uint32_t i = 0; i < count; ++i) {
    TSNode member = ts_node_named_child(object, i);
    if (is(member, "spread_element") || is(field(member, "key"), "computed_property_name")) return true;
  }
  return false;
}

// `Base` in `class A extends Base {`; empty for other heritages (`extends mixin(B)`),
// nullopt for a class that extends nothing.
std::optional<std::string_view> parent_name(const SyntaxTree& tree, TSNode class_node) {
  uint32_t count = ts_node_named_child_count(class_node);
  for (uint32_t i = 0; i < count; ++i) {
    TSNode heritage = ts_node_named_child(class_node, i);
    if (!is(heritage, "class_heritage")) continue;
    std::string_view text = tree.text(heritage);
    text.remove_prefix(std::min(text.find_first_not_of(" \t\n", text.find("extends") + 7), text.size()));
    size_t end = 0;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_' || text[end] == '$'))
      ++end;
    return text.substr(0, end);
  }
  return std::nullopt;
}

const ClassChecker* find_class(const std::vector<ClassChecker>& checkers, std::string_view name) {
  for (const ClassChecker& candidate : checkers)
    if (!name.empty() && candidate.info().name == name) return &candidate;
  return nullptr;
}

// Ancestors first, so each class inherits what its parent already inherited.
void inherit_from_parents(const SyntaxTree& tree, std::vector<ClassChecker>& checkers) {
  for (size_t round = 0; round < checkers.size(); ++round) {
    bool changed = false;
    for (ClassChecker& checker : checkers) {
      std::optional<std::string_view> parent = parent_name(tree, checker.info().node);
      const ClassChecker* known = parent ? find_class(checkers, *parent) : nullptr;
      if (known && known != &checker) changed |= checker.inherit(*known);
    }
    if (!changed) return;
  }
}

void check_classes(RuleContext& context) {
  const ScopeModel& scopes = context.model().scopes();
  std::vector<ClassChecker> checkers;
  checkers.reserve(scopes.classes().size());
  for (const ClassInfo& info : scopes.classes()) checkers.emplace_back(context, info);
  for (const PropertyWrite& write : scopes.properties())
    if (write.class_index != kNone) checkers[write.class_index].add(write);
  inherit_from_parents(context.tree(), checkers);
  for (ClassChecker& checker : checkers) {
    // A parent declared elsewhere may create any property in its constructor.
    std::optional<std::string_view> parent = parent_name(context.tree(), checker.info().node);
    if (!parent || find_class(checkers, *parent)) checker.report();
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
  BindingIndex index(scopes);
  std::map<int32_t, Names> created;  // binding -> literal keys
  for (const PropertyWrite& write : scopes.properties())
    if (write.source == PropertySource::ObjectLiteral) created[write.binding].insert(write.name);
  std::set<std::pair<int32_t, std::string_view>> reported;
  for (const PropertyWrite& write : scopes.properties()) {
    if (write.source != PropertySource::BindingAssignment) continue;
    TSNode literal = index.sole_value(write.binding);
    if (!is(literal, "object") || has_dynamic_keys(literal) || created[write.binding].contains(write.name)) continue;
    if (!adds_a_shape(context, scopes.bindings()[write.binding], literal, write.node)) continue;
    if (!reported.emplace(write.binding, write.name).second) continue;
    std::string object(scopes.bindings()[write.binding].name);
    context.report(write_target(write.node),
                   "property `" + std::string(write.name) + "` is added to `" + object +
                       "` after its creation, which moves it to another hidden class; create it in the literal",
                   {context.related(literal, "`" + object + "` is created here")});
  }
}

}  // namespace

void LatePropertyAdd::on_file_end(RuleContext& context) {
  check_classes(context);
  check_object_literals(context);
}

}  // namespace v8lint
