#include "semantic/call_shape.h"

#include <array>

#include "semantic/function_model.h"

namespace v8lint {
namespace {

// Objects through which Node's global timer functions are also reached.
constexpr std::array<std::string_view, 4> kGlobalObjects = {"globalThis", "global", "window", "timers"};

bool is_global_object(std::string_view name) {
  for (std::string_view object : kGlobalObjects)
    if (name == object) return true;
  return false;
}

}  // namespace

TSNode call_argument(TSNode call, uint32_t index) {
  TSNode arguments = field(call, "arguments");
  if (ts_node_is_null(arguments) || ts_node_named_child_count(arguments) <= index) return TSNode{};
  return ts_node_named_child(arguments, index);
}

std::string_view method_name(const SyntaxTree& tree, TSNode call) {
  TSNode callee = field(call, "function");
  return is(callee, "member_expression") ? tree.text(field(callee, "property")) : std::string_view();
}

std::string_view global_function_name(const SyntaxTree& tree, TSNode call) {
  TSNode callee = field(call, "function");
  if (is(callee, "identifier")) return tree.text(callee);
  if (!is(callee, "member_expression")) return {};
  TSNode object = field(callee, "object");
  if (!is(object, "identifier") || !is_global_object(tree.text(object))) return {};
  return tree.text(field(callee, "property"));
}

std::string_view last_name(const SyntaxTree& tree, TSNode expression) {
  expression = unparenthesized(expression);
  if (is(expression, "identifier")) return tree.text(expression);
  if (is(expression, "member_expression")) return tree.text(field(expression, "property"));
  return {};
}

TSNode enclosing_function(TSNode node) {
  for (TSNode up = ts_node_parent(node); !ts_node_is_null(up); up = ts_node_parent(up))
    if (is_function(up)) return up;
  return TSNode{};
}

TSNode call_taking_function(TSNode function, uint32_t* index) {
  TSNode arguments = ts_node_parent(function);
  if (!is(arguments, "arguments")) return TSNode{};
  if (index) {
    for (uint32_t i = 0; i < ts_node_named_child_count(arguments); ++i)
      if (ts_node_eq(ts_node_named_child(arguments, i), function)) *index = i;
  }
  TSNode call = ts_node_parent(arguments);
  return is(call, "call_expression") ? call : TSNode{};
}

bool imports_worker_threads(const SyntaxTree& tree) {
  std::string_view text = tree.source().bytes();
  return text.find("'worker_threads'") != std::string_view::npos ||
         text.find("\"worker_threads\"") != std::string_view::npos ||
         text.find("node:worker_threads") != std::string_view::npos;
}

bool is_worker_script(const SyntaxTree& tree) {
  std::string_view text = tree.source().bytes();
  return imports_worker_threads(tree) &&
         (text.find("parentPort") != std::string_view::npos || text.find("workerData") != std::string_view::npos);
}

}  // namespace v8lint
