#include "semantic/call_arguments.h"

#include <algorithm>

#include "semantic/call_shape.h"
#include "semantic/literal_kind.h"

namespace v8lint {
namespace {

// The parameter list of a function declaration, or of a class's constructor.
TSNode parameter_list(const SyntaxTree& tree, TSNode declaration) {
  if (is(declaration, "function_declaration")) return field(declaration, "parameters");
  if (!is(declaration, "class_declaration")) return TSNode{};
  TSNode body = field(declaration, "body");
  for (uint32_t i = 0; i < ts_node_named_child_count(body); ++i) {
    TSNode member = ts_node_named_child(body, i);
    if (is(member, "method_definition") && tree.text(field(member, "name")) == "constructor")
      return field(member, "parameters");
  }
  return TSNode{};
}

}  // namespace

void NamedCalls::add(const SyntaxTree& tree, TSNode call) {
  TSNode callee, arguments;
  if (is(call, "new_expression")) {
    callee = field(call, "constructor");
    if (!is(callee, "identifier")) return;
    arguments = field(call, "arguments");
  } else {
    CallParts parts = call_parts(call);
    if (parts.callee_kind != "identifier") return;
    callee = parts.callee;
    arguments = parts.arguments;
  }
  Call added{callee, static_cast<uint32_t>(arguments_.size()), 0};
  if (!ts_node_is_null(arguments)) {
    for_each_child(arguments, Children::Named, [&](TSNode argument) {
      if (is(argument, "comment")) return true;
      if (is(argument, "spread_element")) return false;  // positions unknown from here on
      arguments_.push_back({literal_kind(tree, argument), argument});
      return true;
    });
  }
  added.argument_count = static_cast<uint32_t>(arguments_.size()) - added.first_argument;
  calls_.push_back(added);
}

CallArguments::CallArguments(const SyntaxTree& tree, const SemanticModel& model, const NamedCalls& calls)
    : tree_(tree), scopes_(model.scopes()), bindings_(model.bindings()) {
  // A function's name node is its own name, or for `const f = () => {}` and the
  // like a name no function or class binding is declared by.
  for (const FunctionInfo& function : model.functions().functions())
    if (!ts_node_is_null(function.name_node))
      declaration_by_name_.emplace_back(ts_node_start_byte(function.name_node), function.node);
  for (const ClassInfo& declared : scopes_.classes())
    if (TSNode name = field(declared.node, "name"); !ts_node_is_null(name))
      declaration_by_name_.emplace_back(ts_node_start_byte(name), declared.node);
  std::sort(declaration_by_name_.begin(), declaration_by_name_.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::pair<uint32_t, ArgumentValue>> passed;  // (parameter binding, argument)
  for (const NamedCalls::Call& call : calls.calls()) add_call(call, calls.arguments(), passed);
  std::stable_sort(passed.begin(), passed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [parameter, argument] : passed) {
    parameter_of_argument_.push_back(parameter);
    arguments_.push_back(argument);
  }
}

// The function or class a callee's binding is declared by. Functions the
// function model does not enter (inside TypeScript-only syntax) fall back to
// asking tree-sitter.
TSNode CallArguments::declaration_of(const Binding& callee) const {
  uint32_t start = ts_node_start_byte(callee.identifier);
  auto found = std::lower_bound(declaration_by_name_.begin(), declaration_by_name_.end(), start,
                                [](const auto& entry, uint32_t byte) { return entry.first < byte; });
  if (found != declaration_by_name_.end() && found->first == start) return found->second;
  return ts_node_parent(callee.identifier);
}

// One entry per simple parameter (`x`, `x = 1`); kNone for patterns and rest.
std::vector<int32_t> CallArguments::parameter_bindings(TSNode declaration) const {
  std::vector<int32_t> parameters;
  TSNode list = parameter_list(tree_, declaration);
  for (uint32_t i = 0; !ts_node_is_null(list) && i < ts_node_named_child_count(list); ++i) {
    TSNode parameter = ts_node_named_child(list, i);
    if (is(parameter, "comment")) continue;
    if (is(parameter, "assignment_pattern")) parameter = field(parameter, "left");
    if (!is(parameter, "identifier")) {
      parameters.push_back(kNone);
      continue;
    }
    parameters.push_back(bindings_.binding_of(parameter));
  }
  return parameters;
}

const std::vector<int32_t>& CallArguments::parameters_of(TSNode declaration) {
  auto [entry, added] = parameters_by_declaration_.try_emplace(declaration.id);
  if (added) entry->second = parameter_bindings(declaration);
  return entry->second;
}

void CallArguments::add_call(const NamedCalls::Call& call, const std::vector<ArgumentValue>& arguments,
                             std::vector<std::pair<uint32_t, ArgumentValue>>& passed) {
  int32_t callee_binding = bindings_.binding_of(call.callee);
  if (callee_binding == kNone) return;
  const Binding& binding = scopes_.bindings()[callee_binding];
  if (binding.kind != BindingKind::Function && binding.kind != BindingKind::Class) return;
  const std::vector<int32_t>& parameters = parameters_of(declaration_of(binding));
  const uint32_t count = std::min<uint32_t>(call.argument_count, static_cast<uint32_t>(parameters.size()));
  for (uint32_t index = 0; index < count; ++index)
    if (int32_t parameter = parameters[index]; parameter != kNone)
      passed.emplace_back(static_cast<uint32_t>(parameter), arguments[call.first_argument + index]);
}

std::span<const ArgumentValue> CallArguments::of(uint32_t parameter) const {
  auto [first, last] = std::equal_range(parameter_of_argument_.begin(), parameter_of_argument_.end(), parameter);
  return std::span<const ArgumentValue>(arguments_).subspan(static_cast<size_t>(first - parameter_of_argument_.begin()),
                                                           static_cast<size_t>(last - first));
}

}  // namespace v8lint
