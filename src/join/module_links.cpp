#include "join/module_links.h"

#include <array>
#include <filesystem>

#include "files/ignore_list.h"
#include "join/argument_feeds.h"
#include "semantic/function_model.h"

namespace v8lint::join {
namespace {

namespace fs = std::filesystem;

// `'./geometry'` -> `./geometry`; empty for anything but a plain string.
std::string_view string_value(const SyntaxTree& tree, TSNode node) {
  if (ts_node_is_null(node) || !is(node, "string")) return {};
  std::string_view text = tree.text(node);
  return text.size() >= 2 ? text.substr(1, text.size() - 2) : std::string_view{};
}

bool has_child(TSNode node, std::string_view kind_name) {
  for (uint32_t i = 0; i < ts_node_child_count(node); ++i) {
    if (is(ts_node_child(node, i), kind_name)) return true;
  }
  return false;
}

// The specifier of `require('./x')` (empty: not such a call).
std::string_view required_specifier(const SyntaxTree& tree, TSNode call) {
  if (!is(call, "call_expression") || tree.text(field(call, "function")) != "require") return {};
  TSNode arguments = field(call, "arguments");
  if (ts_node_is_null(arguments) || ts_node_named_child_count(arguments) != 1) return {};
  return string_value(tree, ts_node_named_child(arguments, 0));
}

// `exports` or `module.exports`.
bool is_exports_object(const SyntaxTree& tree, TSNode node) {
  std::string_view text = tree.text(node);
  return (is(node, "identifier") && text == "exports") || (is(node, "member_expression") && text == "module.exports");
}

bool is_file(const fs::path& path) {
  std::error_code error;
  return fs::is_regular_file(path, error);
}

}  // namespace

std::string resolve_module(const std::string& importer, std::string_view specifier) {
  if (!specifier.starts_with("./") && !specifier.starts_with("../")) return {};
  fs::path base = fs::path(importer).parent_path() / fs::path(specifier);
  constexpr std::array<std::string_view, 5> kSuffixes = {"", ".js", ".mjs", ".cjs", ".ts"};
  for (std::string_view suffix : kSuffixes) {
    fs::path candidate = base;
    candidate += suffix;
    if (is_file(candidate)) return normal_absolute_path(candidate);
  }
  fs::path index = base / "index.js";
  return is_file(index) ? normal_absolute_path(index) : std::string{};
}

ModuleLinks::ModuleLinks(const ParsedScript& script) : script_(script) {
  walk(
      script.tree().root(),
      [&](TSNode node) {
        if (is(node, "import_statement")) add_import_statement(node);
        if (is(node, "variable_declarator")) add_require(node);
        if (is(node, "export_statement")) add_export_statement(node);
        if (is(node, "assignment_expression")) add_commonjs_export(node);
        return true;
      },
      [](TSNode) {});
}

std::vector<std::string> ModuleLinks::exported_names(TSNode function) const {
  std::string_view name = callable_name(script_, function);
  std::vector<std::string> names;
  for (const ModuleExport& e : exports_) {
    bool same = ts_node_is_null(e.function) ? !name.empty() && e.local == name : ts_node_eq(e.function, function);
    if (same) names.push_back(e.exported);
  }
  return names;
}

void ModuleLinks::add_import_statement(TSNode statement) {
  const SyntaxTree& tree = script_.tree();
  std::string module = resolve_module(script_.source().path(), string_value(tree, field(statement, "source")));
  if (module.empty()) return;
  walk(
      statement,
      [&](TSNode node) {
        if (is(node, "import_specifier")) {
          TSNode alias = field(node, "alias");
          TSNode name = field(node, "name");
          imports_.push_back({module, std::string(tree.text(name)),
                              std::string(tree.text(ts_node_is_null(alias) ? name : alias)), false});
        } else if (is(node, "namespace_import")) {
          imports_.push_back({module, "", std::string(tree.text(ts_node_named_child(node, 0))), true});
        } else if (is(node, "identifier") && is(ts_node_parent(node), "import_clause")) {
          imports_.push_back({module, "default", std::string(tree.text(node)), false});
        }
        return true;
      },
      [](TSNode) {});
}

// `const { area, size: s } = require('./x')`, `const geo = require('./x')`
// (a namespace, and the module's default export `module.exports = f`).
void ModuleLinks::add_require(TSNode declarator) {
  const SyntaxTree& tree = script_.tree();
  std::string module = resolve_module(script_.source().path(), required_specifier(tree, field(declarator, "value")));
  if (module.empty()) return;
  TSNode pattern = field(declarator, "name");
  if (is(pattern, "identifier")) {
    imports_.push_back({module, "", std::string(tree.text(pattern)), true});
    imports_.push_back({module, "default", std::string(tree.text(pattern)), false});
    return;
  }
  for (uint32_t i = 0; is(pattern, "object_pattern") && i < ts_node_named_child_count(pattern); ++i) {
    TSNode property = ts_node_named_child(pattern, i);
    if (is(property, "shorthand_property_identifier_pattern"))
      imports_.push_back({module, std::string(tree.text(property)), std::string(tree.text(property)), false});
    if (is(property, "pair_pattern") && is(field(property, "value"), "identifier"))
      imports_.push_back({module, std::string(tree.text(field(property, "key"))),
                          std::string(tree.text(field(property, "value"))), false});
  }
}

// `export function f`, `export default f`, `export { f, g as h }` (not re-exports `... from`).
void ModuleLinks::add_export_statement(TSNode statement) {
  const SyntaxTree& tree = script_.tree();
  if (!ts_node_is_null(field(statement, "source"))) return;
  bool is_default = has_child(statement, "default");
  TSNode declaration = field(statement, "declaration");
  if (!ts_node_is_null(declaration)) {  // `export const x = ...` is not followed: no `name` field
    TSNode name = field(declaration, "name");
    if (is_default) add_export("default", declaration);
    else if (!ts_node_is_null(name)) add_export(std::string(tree.text(name)), declaration);
    return;
  }
  TSNode value = field(statement, "value");
  if (!ts_node_is_null(value)) add_export("default", value);
  for (uint32_t i = 0; i < ts_node_named_child_count(statement); ++i) {
    TSNode clause = ts_node_named_child(statement, i);
    for (uint32_t j = 0; is(clause, "export_clause") && j < ts_node_named_child_count(clause); ++j) {
      TSNode specifier = ts_node_named_child(clause, j);
      TSNode alias = field(specifier, "alias");
      TSNode name = field(specifier, "name");
      if (is(specifier, "export_specifier"))
        add_export(std::string(tree.text(ts_node_is_null(alias) ? name : alias)), name);
    }
  }
}

// `exports.f = f`, `module.exports.f = f`, `module.exports = { f, g: h }`, `module.exports = f`.
void ModuleLinks::add_commonjs_export(TSNode assignment) {
  const SyntaxTree& tree = script_.tree();
  TSNode left = field(assignment, "left");
  TSNode right = field(assignment, "right");
  if (is(left, "member_expression") && is_exports_object(tree, field(left, "object"))) {
    add_export(std::string(tree.text(field(left, "property"))), right);
    return;
  }
  if (!is_exports_object(tree, left) || !is(left, "member_expression")) return;
  if (!is(right, "object")) {
    add_export("default", right);
    return;
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(right); ++i) {
    TSNode property = ts_node_named_child(right, i);
    if (is(property, "shorthand_property_identifier")) add_export(std::string(tree.text(property)), property);
    if (is(property, "pair")) add_export(std::string(tree.text(field(property, "key"))), field(property, "value"));
  }
}

// `value`: the local name (an identifier, a declaration) or the function itself.
void ModuleLinks::add_export(std::string exported, TSNode value) {
  if (is_function(value) && !is(value, "function_declaration")) {
    exports_.push_back({std::move(exported), "", value});
    return;
  }
  TSNode name = is(value, "identifier") || is(value, "shorthand_property_identifier") ? value : field(value, "name");
  if (ts_node_is_null(name)) return;
  exports_.push_back({std::move(exported), std::string(script_.tree().text(name)), TSNode{}});
}

}  // namespace v8lint::join
