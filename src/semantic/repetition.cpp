#include "semantic/repetition.h"

#include "semantic/call_shape.h"

namespace v8lint {
namespace {

std::string line_of(const SyntaxTree& tree, TSNode node) {
  return std::to_string(tree.source().line_of(ts_node_start_byte(node)));
}

bool is_interval_callback(const SyntaxTree& tree, TSNode function) {
  uint32_t index = 1;
  TSNode call = call_taking_function(function, &index);
  return !ts_node_is_null(call) && index == 0 && global_function_name(tree, call) == "setInterval";
}

// A handler, or a function called or registered as a listener (through any chain) from a handler.
bool reached_from_handler(const FunctionModel& functions, size_t function) {
  for (size_t steps = 0; function != kNoFunction && steps <= functions.functions().size(); ++steps) {
    const std::optional<HotReason>& hot = functions.functions()[function].hot;
    if (!hot) return false;
    if (hot->kind == HotKind::Handler) return true;
    if (hot->kind != HotKind::CalledFromHot && hot->kind != HotKind::RegisteredInHot) return false;
    function = hot->caller;
  }
  return false;
}

std::string in_function(const FunctionModel& functions, size_t function, const HotReason& reason) {
  return "in " + functions.display_name(function) + ", " + functions.describe(reason);
}

}  // namespace

std::optional<std::string> why_repeated(const SyntaxTree& tree, const FunctionModel& functions,
                                        const SiteContext& site) {
  if (!ts_node_is_null(site.loop))
    return "inside a `" + std::string(loop_label(tree, site.loop)) + "` loop (line " + line_of(tree, site.loop) + ")";
  for (size_t f = site.function; f != kNoFunction; f = functions.functions()[f].parent) {
    const FunctionInfo& info = functions.functions()[f];
    if (info.hot) return in_function(functions, f, *info.hot);
    if (is_interval_callback(tree, info.node)) return "in a setInterval callback (line " + line_of(tree, info.node) + ")";
  }
  return std::nullopt;
}

std::optional<std::string> why_in_handler(const FunctionModel& functions, const SiteContext& site) {
  for (size_t f = site.function; f != kNoFunction; f = functions.functions()[f].parent) {
    const FunctionInfo& info = functions.functions()[f];
    if (reached_from_handler(functions, f)) return in_function(functions, f, *info.hot);
  }
  return std::nullopt;
}

}  // namespace v8lint
