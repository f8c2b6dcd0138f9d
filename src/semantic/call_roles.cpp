#include "semantic/call_roles.h"

#include <algorithm>
#include <array>

#include "semantic/call_shape.h"
#include "semantic/function_model.h"

namespace v8lint {
namespace {

constexpr std::array<std::string_view, 4> kStreamEvents = {"request", "data", "message", "line"};
constexpr std::array<std::string_view, 3> kListenerMethods = {"on", "addListener", "prependListener"};
constexpr std::array<std::string_view, 5> kAnyListenerMethods = {"on", "once", "addListener", "prependListener",
                                                                 "prependOnceListener"};
constexpr std::array<std::string_view, 9> kRouteMethods = {"get",    "post", "put",  "delete", "patch",
                                                           "use",    "all",  "head", "options"};
constexpr std::array<std::string_view, 14> kPerElementMethods = {
    "forEach", "map",      "filter",        "reduce",   "reduceRight", "some", "every",
    "find",    "findIndex", "findLast",     "findLastIndex", "flatMap", "sort", "toSorted"};

template <size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Express/Koa/Fastify-style routers: `app`, `router`, `userRouter`, `fastify`.
bool is_router_name(std::string_view name) {
  return name == "app" || name == "router" || name == "fastify" || name.ends_with("Router");
}

// The first argument when it is a string literal: the event of `.on('data', fn)`.
std::optional<std::string_view> first_string_argument(const SyntaxTree& tree, TSNode call) {
  TSNode first = call_argument(call, 0);
  if (!is(first, "string")) return std::nullopt;
  return string_value(tree, first);
}

std::optional<std::string> listener_event(const SyntaxTree& tree, TSNode call) {
  std::optional<std::string_view> event = first_string_argument(tree, call);
  if (!event || !contains(kStreamEvents, *event)) return std::nullopt;
  return std::string(*event);
}

}  // namespace

std::optional<std::string> handler_event(const SyntaxTree& tree, TSNode call) {
  std::string_view method = method_name(tree, call);
  if (method.empty()) return std::nullopt;
  if (method == "createServer" || method == "createSecureServer") return "request";
  if (contains(kListenerMethods, method)) return listener_event(tree, call);
  TSNode object = call_parts(call).object;
  if (is(object, "identifier") && is_router_name(tree.text(object)) && contains(kRouteMethods, method))
    return "request";
  return std::nullopt;
}

std::optional<std::string_view> listened_event(const SyntaxTree& tree, TSNode call) {
  if (!contains(kAnyListenerMethods, method_name(tree, call))) return std::nullopt;
  return first_string_argument(tree, call);
}

bool runs_callback_per_element(const SyntaxTree& tree, TSNode call) {
  return contains(kPerElementMethods, method_name(tree, call));
}

std::optional<std::string_view> called_name(const SyntaxTree& tree, TSNode call) {
  CallParts parts = call_parts(call);
  if (parts.callee_kind == "identifier") return tree.text(parts.callee);
  if (is(parts.object, "this")) return tree.text(parts.property);
  return std::nullopt;
}

TSNode invoked_literal(TSNode call) {
  TSNode callee = unparenthesized(call_parts(call).callee);
  return is_function(callee) ? callee : TSNode{};
}

std::string_view string_value(const SyntaxTree& tree, TSNode string) {
  std::string_view text = tree.text(string);
  return text.size() >= 2 ? text.substr(1, text.size() - 2) : std::string_view();
}

}  // namespace v8lint
