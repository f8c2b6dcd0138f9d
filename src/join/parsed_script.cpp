#include "join/parsed_script.h"

#include <algorithm>

#include "files/ignore_list.h"
#include "semantic/function_model.h"

namespace v8lint::join {
namespace {

bool contains(TSNode node, uint32_t byte) { return ts_node_start_byte(node) <= byte && byte < ts_node_end_byte(node); }

}  // namespace

ParsedScript::ParsedScript(std::string path, std::string bytes, Dialect dialect)
    : source_(std::move(path), std::move(bytes)), tree_(source_, dialect) {
  walk(
      tree_.root(),
      [&](TSNode node) {
        if (is_function(node)) functions_.push_back(node);
        return true;
      },
      [](TSNode) {});
}

TSNode ParsedScript::function_at(Position point) const {
  uint32_t byte = source_.offset_of(point);
  auto after = std::upper_bound(functions_.begin(), functions_.end(), byte,
                                [](uint32_t at, TSNode node) { return at < ts_node_start_byte(node); });
  // Functions nest, so the containing one that starts last is the innermost.
  for (auto it = after; it != functions_.begin();) {
    --it;
    if (contains(*it, byte)) return *it;
  }
  return TSNode{};
}

Location ParsedScript::function_location(TSNode function) const {
  TSNode name = field(function, "name");
  TSNode at = ts_node_is_null(name) ? function : name;
  uint32_t start = ts_node_start_byte(at);
  uint32_t end = ts_node_is_null(name) ? start + 1 : ts_node_end_byte(name);
  return source_.location(start, end);
}

TSNode ParsedScript::expression_at(Position point) const {
  uint32_t byte = source_.offset_of(point);
  if (byte >= source_.bytes().size()) return TSNode{};
  TSNode node = ts_node_descendant_for_byte_range(tree_.root(), byte, byte + 1);
  if (!ts_node_is_null(node) && !ts_node_is_named(node)) node = ts_node_parent(node);  // `+` -> `a + b`
  if (is(node, "property_identifier")) node = ts_node_parent(node);                  // `x` -> `p.x`
  return node;
}

std::string_view ParsedScript::member_key(TSNode node) const {
  if (is(node, "member_expression")) return tree_.text(field(node, "property"));
  TSNode index = is(node, "subscript_expression") ? field(node, "index") : TSNode{};
  std::string_view quoted = is(index, "string") ? tree_.text(index) : std::string_view();
  // A string key makes `o["k"]` the named load `o.k`; an escape would need decoding.
  if (quoted.size() < 3 || quoted.find('\\') != std::string_view::npos) return {};
  return quoted.substr(1, quoted.size() - 2);
}

TSNode ParsedScript::function_named(std::string_view name) const {
  for (TSNode function : functions_) {
    if (is(function, "function_declaration") && tree_.text(field(function, "name")) == name) return function;
  }
  return TSNode{};
}

bool ParsedScript::is_function_position(TSNode function, Position point) const {
  TSNode parameters = field(function, "parameters");
  TSNode head = ts_node_is_null(parameters) ? field(function, "parameter") : parameters;
  return !ts_node_is_null(head) && ts_node_start_byte(head) == source_.offset_of(point);
}

const ParsedScript* ScriptCache::get(const std::string& path) {
  std::string key = normal_absolute_path(path);
  auto found = scripts_.find(key);
  if (found != scripts_.end()) return found->second.get();
  std::unique_ptr<ParsedScript>& slot = scripts_[key];
  std::optional<Dialect> dialect = dialect_for_path(path);
  std::string bytes, error;
  if (dialect && read_file(path, bytes, error)) slot = std::make_unique<ParsedScript>(path, std::move(bytes), *dialect);
  return slot.get();
}

}  // namespace v8lint::join
