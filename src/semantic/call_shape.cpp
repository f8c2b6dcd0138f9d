#include "semantic/call_shape.h"

#include <array>

#include "semantic/binding_queries.h"
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

CallParts call_parts(TSNode call) {
  struct Memo {
    const void* id = nullptr;
    const TSTree* tree = nullptr;
    uint32_t start = 0;
    uint32_t generation = 0;
    CallParts parts;
  };
  thread_local Memo memo;
  const uint32_t start = ts_node_start_byte(call), generation = tree_generation();
  if (memo.id == call.id && memo.tree == call.tree && memo.start == start && memo.generation == generation)
    return memo.parts;
  CallParts parts{};
  parts.callee = field(call, "function");
  parts.arguments = field(call, "arguments");
  parts.callee_kind = kind(parts.callee);
  if (parts.callee_kind == "member_expression") {
    parts.object = field(parts.callee, "object");
    parts.property = field(parts.callee, "property");
  }
  memo = Memo{call.id, call.tree, start, generation, parts};
  return memo.parts;
}

TSNode call_argument(TSNode call, uint32_t index) {
  TSNode arguments = call_parts(call).arguments;
  if (ts_node_is_null(arguments) || ts_node_named_child_count(arguments) <= index) return TSNode{};
  return ts_node_named_child(arguments, index);
}

std::string_view method_name(const SyntaxTree& tree, TSNode call) {
  TSNode property = call_parts(call).property;
  return ts_node_is_null(property) ? std::string_view() : tree.text(property);
}

TSNode push_receiver(const SyntaxTree& tree, TSNode call) {
  return method_name(tree, call) == "push" ? object_identifier(call_parts(call).callee) : TSNode{};
}

std::string_view global_function_name(const SyntaxTree& tree, TSNode call) {
  CallParts parts = call_parts(call);
  if (parts.callee_kind == "identifier") return tree.text(parts.callee);
  if (!is(parts.object, "identifier") || !is_global_object(tree.text(parts.object))) return {};
  return tree.text(parts.property);
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
