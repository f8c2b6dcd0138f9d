// Argument feeding across modules: the calls of an exported function in the
// scripts that import it (ES modules and CommonJS), and nothing else.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../trace/trace_test_support.h"
#include "files/ignore_list.h"
#include "join/argument_feeds.h"

namespace v8lint::join {
namespace {
using trace::testing_support::ScratchDir;

struct ModuleFile {
  std::string name;
  std::string text;
};

// "<file name>:<argument text>" for each argument reaching parameter `w` of
// the function whose parameter list is the first `(w` of `exporter`.
std::vector<std::string> reaching_w(const std::vector<ModuleFile>& files, const std::string& exporter) {
  ScratchDir dir;
  std::vector<std::string> modules;
  for (const ModuleFile& file : files) modules.push_back(dir.write(file.name, file.text));
  ScriptCache scripts;
  const ParsedScript* script = scripts.get(dir.path(exporter));
  EXPECT_NE(script, nullptr);
  if (script == nullptr) return {};
  auto at = static_cast<uint32_t>(script->source().bytes().find("(w"));
  ArgumentFeeds feeds(scripts, modules);
  std::vector<std::string> reaching;
  TSNode function = script->function_at(script->source().position_of(at));
  for (const FedArgument& argument : feeds.arguments_reaching(*script, "w", function)) {
    std::string path = normal_absolute_path(argument.script->source().path());
    reaching.push_back(path.substr(normal_absolute_path(dir.root()).size() + 1) + ":" +
                       std::string(argument.script->tree().text(argument.node)));
  }
  return reaching;
}

struct Form {
  const char* what;
  std::vector<ModuleFile> files;  // the first exports `area(w)`
  std::vector<std::string> reaching;
};

void PrintTo(const Form& form, std::ostream* out) { *out << form.what; }

class CrossModuleForms : public ::testing::TestWithParam<Form> {};

TEST_P(CrossModuleForms, TheImportersArgumentsReachTheExportedParameter) {
  const Form& form = GetParam();
  EXPECT_EQ(reaching_w(form.files, form.files.front().name), form.reaching) << form.what;
}

const char* const kArea = "function area(w) { return w * 2; }\n";

INSTANTIATE_TEST_SUITE_P(
    Forms, CrossModuleForms,
    ::testing::Values(
        Form{"export function + named import",
             {{"geometry.js", std::string("export ") + kArea},
              {"main.js", "import { area } from './geometry.js';\narea('x');\n"}},
             {"main.js:'x'"}},
        Form{"import alias, same-file call kept",
             {{"geometry.js", std::string("export ") + kArea + "area(1);\n"},
              {"main.js", "import { area as size } from './geometry.js';\nsize('x');\narea(2);\n"}},
             {"geometry.js:1", "main.js:'x'"}},
        Form{"export default + default import",
             {{"geometry.js", std::string("export default ") + kArea},
              {"main.js", "import measure from './geometry.js';\nmeasure('x');\n"}},
             {"main.js:'x'"}},
        Form{"export clause with alias, .mjs found without extension",
             {{"geometry.mjs", std::string(kArea) + "export { area as surface };\n"},
              {"main.mjs", "import { surface } from './geometry';\nsurface('x');\n"}},
             {"main.mjs:'x'"}},
        Form{"namespace import",
             {{"geometry.js", std::string("export ") + kArea},
              {"main.js", "import * as geo from './geometry.js';\ngeo.area('x');\n"}},
             {"main.js:'x'"}},
        Form{"module.exports = { area } + destructuring require",
             {{"geometry.cjs", std::string(kArea) + "module.exports = { area };\n"},
              {"main.cjs", "const { area } = require('./geometry.cjs');\narea('x');\n"}},
             {"main.cjs:'x'"}},
        Form{"exports.area = area + aliased require without extension",
             {{"geometry.js", std::string(kArea) + "exports.area = area;\n"},
              {"main.js", "const { area: size } = require('./geometry');\nsize('x');\n"}},
             {"main.js:'x'"}},
        Form{"module.exports.area = function expression + namespace require",
             {{"geometry.js", "module.exports.area = function (w) { return w * 2; };\n"},
              {"main.js", "const geo = require('./geometry');\ngeo.area('x');\n"}},
             {"main.js:'x'"}},
        Form{"module.exports = function + require of the function",
             {{"lib/index.js", "module.exports = function area(w) { return w * 2; };\n"},
              {"main.js", "const area = require('./lib');\narea('x');\n"}},
             {"main.js:'x'"}},
        Form{"anonymous export default function",
             {{"geometry.js", "export default function (w) { return w * 2; }\n"},
              {"main.js", "import area from './geometry.js';\narea('x');\n"}},
             {"main.js:'x'"}},
        Form{"export class + new",
             {{"shape.js", "export class Shape {\n  constructor(w) { this.w = w; }\n}\n"},
              {"main.js", "import { Shape } from './shape.js';\nnew Shape('x');\n"}},
             {"main.js:'x'"}},
        Form{"a parameter passed on through a second module",
             {{"geometry.js", std::string("export ") + kArea},
              {"mid.js", "import { area } from './geometry.js';\nexport function measure(v) { return area(v); }\n"},
              {"app/main.js", "import { measure } from '../mid.js';\nmeasure('x');\n"}},
             {"app/main.js:'x'"}}),
    [](const ::testing::TestParamInfo<Form>& info) { return "form" + std::to_string(info.index); });

// A function of the same name in a module that does not import geometry.js
// (its own declaration, or an import from another file) is not geometry's.
TEST(CrossModuleFeeds, SameNamedFunctionsOfUnrelatedModulesAreNotLinked) {
  EXPECT_TRUE(reaching_w({{"geometry.js", std::string("export ") + kArea},
                          {"other.js", std::string("export ") + kArea},
                          {"uses-other.js", "import { area } from './other.js';\narea('x');\n"},
                          {"own.js", std::string(kArea) + "area('y');\n"},
                          {"cjs-other.js", "const { area } = require('./other');\narea('z');\n"}},
                         "geometry.js")
                  .empty());
}

// Broken and odd module syntax around a valid import is skipped, not a crash.
TEST(CrossModuleFeeds, BrokenModuleSyntaxIsSkipped) {
  EXPECT_EQ(reaching_w({{"geometry.js", std::string("export ") + kArea + "export { };\nexport default;\n"},
                        {"broken.js", "import { area from './geometry.js'\nconst {} = require();\nrequire(x);\n"
                                      "module.exports = ;\nexports. = area;\nimport * as from './geometry.js';\n"},
                        {"main.js", "\xEF\xBB\xBFimport { area } from './geometry.js';\r\narea('x');\r\n"}},
                       "geometry.js"),
            (std::vector<std::string>{"main.js:'x'"}));
}

// Packages are not resolved: `from 'geometry'` is not ./node_modules/geometry.
TEST(CrossModuleFeeds, PackagesInNodeModulesAreNotFollowed) {
  EXPECT_TRUE(reaching_w({{"node_modules/geometry/index.js", std::string("export ") + kArea},
                          {"main.js", "import { area } from 'geometry';\narea('x');\n"}},
                         "node_modules/geometry/index.js")
                  .empty());
}

// Modules that import each other, calling back and forth: the visited set ends it.
TEST(CrossModuleFeeds, ImportCyclesEnd) {
  EXPECT_EQ(reaching_w({{"a.js", "import { g } from './b.js';\nexport function f(w) { return g(w); }\n"},
                        {"b.js", "import { f } from './a.js';\nexport function g(v) { return f(v); }\ng('x');\n"}},
                       "a.js"),
            (std::vector<std::string>{"b.js:'x'"}));
}

// m0.js exports f0(w); each m<i>.js passes its parameter on to f<i-1>, and the
// last module calls f<n>('x'): followed up to kMaxDepth parameters passed on.
std::vector<ModuleFile> module_chain(int passes) {
  std::vector<ModuleFile> files = {{"m0.js", "export function f0(w) { return w * 2; }\n"}};
  for (int i = 1; i <= passes; ++i) {
    std::string n = std::to_string(i), before = std::to_string(i - 1);
    files.push_back({"m" + n + ".js", "import { f" + before + " } from './m" + before + ".js';\nexport function f" + n +
                                          "(v) { return f" + before + "(v); }\n"});
  }
  std::string last = std::to_string(passes);
  files.push_back({"main.js", "import { f" + last + " } from './m" + last + ".js';\nf" + last + "('x');\n"});
  return files;
}

TEST(CrossModuleFeeds, ChainsAcrossModulesStopAtTheDepthLimit) {
  EXPECT_EQ(reaching_w(module_chain(ArgumentFeeds::kMaxDepth), "m0.js"), (std::vector<std::string>{"main.js:'x'"}));
  EXPECT_TRUE(reaching_w(module_chain(ArgumentFeeds::kMaxDepth + 1), "m0.js").empty());
}

TEST(CrossModuleFeeds, OnlyTheGivenModulesAreSearchedForImporters) {
  ScratchDir dir;
  std::string geometry = dir.write("geometry.js", std::string("export ") + kArea);
  dir.write("main.js", "import { area } from './geometry.js';\narea('x');\n");
  ScriptCache scripts;
  const ParsedScript* script = scripts.get(geometry);
  ASSERT_NE(script, nullptr);
  ArgumentFeeds feeds(scripts, {geometry});
  EXPECT_TRUE(feeds.arguments_reaching(*script, "w", script->function_at({1, 21})).empty());
}

TEST(ResolveModule, RelativeSpecifiersWithTheFileNodeWouldLoad) {
  ScratchDir dir;
  std::string importer = dir.write("src/main.js", "");
  dir.write("src/a.js", "");
  dir.write("src/b.cjs", "");
  dir.write("src/c/index.js", "");
  dir.write("d.ts", "");
  std::string root = normal_absolute_path(dir.root());
  EXPECT_EQ(resolve_module(importer, "./a.js"), root + "/src/a.js");
  EXPECT_EQ(resolve_module(importer, "./a"), root + "/src/a.js");
  EXPECT_EQ(resolve_module(importer, "./b"), root + "/src/b.cjs");
  EXPECT_EQ(resolve_module(importer, "./c"), root + "/src/c/index.js");
  EXPECT_EQ(resolve_module(importer, "../d"), root + "/d.ts");
  EXPECT_EQ(resolve_module(importer, "./missing"), "");
  EXPECT_EQ(resolve_module(importer, "a"), "");
  EXPECT_EQ(resolve_module(importer, "node:fs"), "");
}

}  // namespace
}  // namespace v8lint::join
