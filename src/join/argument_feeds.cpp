#include "join/argument_feeds.h"

namespace v8lint::join {
namespace {

TSNode callee_of(TSNode call) { return field(call, is(call, "new_expression") ? "constructor" : "function"); }

// The argument at `index`, skipping comments; null past the end or after a spread.
TSNode argument_at(TSNode call, int index) {
  TSNode arguments = field(call, "arguments");
  int seen = 0;
  for (uint32_t i = 0; !ts_node_is_null(arguments) && i < ts_node_named_child_count(arguments); ++i) {
    TSNode argument = ts_node_named_child(arguments, i);
    if (is(argument, "comment")) continue;
    if (is(argument, "spread_element")) return TSNode{};
    if (seen++ == index) return argument;
  }
  return TSNode{};
}

}  // namespace

std::string_view callable_name(const ParsedScript& script, TSNode function) {
  if (is(function, "function_declaration") || is(function, "generator_function_declaration"))
    return script.tree().text(field(function, "name"));
  if (!is(function, "method_definition") || script.tree().text(field(function, "name")) != "constructor") return {};
  TSNode owner = ts_node_parent(ts_node_parent(function));  // class_body -> class
  return is(owner, "class_declaration") ? script.tree().text(field(owner, "name")) : std::string_view{};
}

int parameter_index(const ParsedScript& script, TSNode function, std::string_view name) {
  TSNode list = field(function, "parameters");
  int index = 0;
  for (uint32_t i = 0; !ts_node_is_null(list) && i < ts_node_named_child_count(list); ++i) {
    TSNode parameter = ts_node_named_child(list, i);
    if (is(parameter, "comment")) continue;
    if (is(parameter, "assignment_pattern")) parameter = field(parameter, "left");
    if (is(parameter, "identifier") && script.tree().text(parameter) == name) return index;
    ++index;
  }
  return -1;
}

ArgumentFeeds::ArgumentFeeds(const ParsedScript& script) : script_(script) {
  walk(
      script.tree().root(),
      [&](TSNode node) {
        if (is(node, "call_expression") || is(node, "new_expression")) {
          TSNode callee = callee_of(node);
          if (is(callee, "identifier")) calls_by_callee_[std::string(script.tree().text(callee))].push_back(node);
        }
        return true;
      },
      [](TSNode) {});
}

std::vector<TSNode> ArgumentFeeds::arguments_reaching(std::string_view name, TSNode function) const {
  std::vector<TSNode> out;
  std::set<std::pair<std::string, uint32_t>> seen;
  collect(name, function, 0, seen, out);
  return out;
}

void ArgumentFeeds::collect(std::string_view name, TSNode function, int depth,
                            std::set<std::pair<std::string, uint32_t>>& seen, std::vector<TSNode>& out) const {
  if (ts_node_is_null(function) || depth > kMaxDepth || !seen.emplace(std::string(name), ts_node_start_byte(function)).second) return;
  int index = parameter_index(script_, function, name);
  auto calls = calls_by_callee_.find(callable_name(script_, function));
  if (index < 0 || calls == calls_by_callee_.end()) return;
  for (TSNode call : calls->second) {
    TSNode argument = argument_at(call, index);
    if (ts_node_is_null(argument)) continue;
    if (!is(argument, "identifier")) {
      out.push_back(argument);
      continue;
    }
    TSNode caller = script_.function_at(script_.source().position_of(ts_node_start_byte(call)));
    collect(script_.tree().text(argument), caller, depth + 1, seen, out);
  }
}

}  // namespace v8lint::join
