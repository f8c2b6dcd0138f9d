// The module edges of one script, so argument feeding can cross files: the
// functions it exports (ES `export`, CommonJS `exports.x =` /
// `module.exports = {...}`) and the names it imports from other scripts
// (`import`, `require`), with the module specifiers resolved to files.
// Only relative specifiers are resolved (`./x`, `../x.js`, `./x/index.js`):
// packages in node_modules are not followed. See docs/join.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "join/parsed_script.h"

namespace v8lint::join {

// A name the script exports: `exported` is the name importers use
// ("default" for `export default` and `module.exports = f`); the function is
// found by its local declared name, or is the exported function expression.
struct ModuleExport {
  std::string exported;
  std::string local;
  TSNode function{};
};

// A name the script imports from another file: calls of `local(...)` call
// `exported` of `module`; a namespace import (`import * as geo`, `const geo =
// require(...)`) calls it as `local.<exported>(...)`.
struct ModuleImport {
  std::string module;  // normalized absolute path of the resolved file
  std::string exported;
  std::string local;
  bool is_namespace = false;
};

class ModuleLinks {
 public:
  explicit ModuleLinks(const ParsedScript& script);

  // The names under which `function` is exported (empty: not exported).
  std::vector<std::string> exported_names(TSNode function) const;
  const std::vector<ModuleImport>& imports() const { return imports_; }

 private:
  void add_import_statement(TSNode statement);
  void add_require(TSNode declarator);
  void add_export_statement(TSNode statement);
  void add_commonjs_export(TSNode assignment);
  void add_export(std::string exported, TSNode value);

  const ParsedScript& script_;
  std::vector<ModuleExport> exports_;
  std::vector<ModuleImport> imports_;
};

// The file a relative module specifier names from `importer`, tried as
// written, then with .js, .mjs, .cjs, .ts, then as a directory's index.js
// (empty: not relative, or no such file).
std::string resolve_module(const std::string& importer, std::string_view specifier);

}  // namespace v8lint::join
