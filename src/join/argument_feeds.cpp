#include "join/argument_feeds.h"

#include "files/ignore_list.h"

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

ArgumentFeeds::Indexed::Indexed(const ParsedScript& script) : links(script) {
  const SyntaxTree& tree = script.tree();
  walk(
      tree.root(),
      [&](TSNode node) {
        if (!is(node, "call_expression") && !is(node, "new_expression")) return true;
        TSNode callee = callee_of(node);
        if (is(callee, "identifier")) calls_by_callee[std::string(tree.text(callee))].push_back(node);
        if (is(callee, "member_expression") && is(field(callee, "object"), "identifier"))
          calls_by_callee[std::string(tree.text(field(callee, "object"))) + "." +
                          std::string(tree.text(field(callee, "property")))]
              .push_back(node);
        return true;
      },
      [](TSNode) {});
}

ArgumentFeeds::ArgumentFeeds(ScriptCache& scripts, std::vector<std::string> modules)
    : scripts_(scripts), modules_(std::move(modules)) {}

const ArgumentFeeds::Indexed& ArgumentFeeds::indexed(const ParsedScript& script) {
  std::unique_ptr<Indexed>& slot = indexed_[&script];
  if (!slot) slot = std::make_unique<Indexed>(script);
  return *slot;
}

std::vector<ArgumentFeeds::Call> ArgumentFeeds::calls_of(const ParsedScript& script, TSNode function) {
  std::vector<Call> calls;
  const auto& by_callee = indexed(script).calls_by_callee;
  auto own = by_callee.find(callable_name(script, function));
  if (own != by_callee.end()) {
    for (TSNode call : own->second) calls.push_back({&script, call});
  }
  add_importing_calls(script, function, calls);
  return calls;
}

// The calls of `function` in the other modules that import it from `script`.
void ArgumentFeeds::add_importing_calls(const ParsedScript& script, TSNode function, std::vector<Call>& calls) {
  std::vector<std::string> exported = indexed(script).links.exported_names(function);
  if (exported.empty()) return;
  std::string self = normal_absolute_path(script.source().path());
  for (const std::string& path : modules_) {
    const ParsedScript* importer = scripts_.get(path);
    if (importer == nullptr || importer == &script) continue;
    const Indexed& other = indexed(*importer);
    for (const ModuleImport& import : other.links.imports()) {
      if (import.module != self) continue;
      for (const std::string& name : exported) {
        if (!import.is_namespace && import.exported != name) continue;
        auto found = other.calls_by_callee.find(import.is_namespace ? import.local + "." + name : import.local);
        if (found == other.calls_by_callee.end()) continue;
        for (TSNode call : found->second) calls.push_back({importer, call});
      }
    }
  }
}

std::vector<FedArgument> ArgumentFeeds::arguments_reaching(const ParsedScript& script, std::string_view name,
                                                           TSNode function) {
  std::vector<FedArgument> out;
  Visited seen;
  collect(script, name, function, 0, seen, out);
  return out;
}

void ArgumentFeeds::collect(const ParsedScript& script, std::string_view name, TSNode function, int depth,
                            Visited& seen, std::vector<FedArgument>& out) {
  if (ts_node_is_null(function) || depth > kMaxDepth) return;
  if (!seen.emplace(&script, name, ts_node_start_byte(function)).second) return;
  int index = parameter_index(script, function, name);
  if (index < 0) return;
  for (const Call& call : calls_of(script, function)) {
    TSNode argument = argument_at(call.node, index);
    if (ts_node_is_null(argument)) continue;
    if (!is(argument, "identifier")) {
      out.push_back({call.script, argument});
      continue;
    }
    const ParsedScript& caller_script = *call.script;
    TSNode caller = caller_script.function_at(caller_script.source().position_of(ts_node_start_byte(call.node)));
    collect(caller_script, caller_script.tree().text(argument), caller, depth + 1, seen, out);
  }
}

}  // namespace v8lint::join
