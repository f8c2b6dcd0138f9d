#include "trace/code_name.h"

#include <gtest/gtest.h>

namespace v8lint::trace {
namespace {

void expect_split(std::string_view name, std::string_view function, std::string_view script, uint32_t line,
                  uint32_t column) {
  NamedPosition p = split_code_name(name);
  EXPECT_EQ(p.function, function) << name;
  EXPECT_EQ(p.script, script) << name;
  EXPECT_EQ(p.line, line) << name;
  EXPECT_EQ(p.column, column) << name;
}

TEST(CodeName, SplitsFunctionScriptLineColumn) {
  expect_split("addAny /tmp/examples/adders.js:90:16", "addAny", "/tmp/examples/adders.js", 90, 16);
}

TEST(CodeName, AnonymousFunctionsAndNodeInternals) {
  expect_split(" internal/errors.js:297:26", "", "internal/errors.js", 297, 26);
  expect_split("nativeModuleRequire node:internal/bootstrap/loaders:332:29", "nativeModuleRequire",
               "node:internal/bootstrap/loaders", 332, 29);
}

TEST(CodeName, NamesAndPathsWithSpaces) {
  expect_split("get size /home/me/my project/a.js:3:7", "get size", "/home/me/my project/a.js", 3, 7);
  expect_split(R"(run C:\Users\me\my app\index.js:1:10)", "run", R"(C:\Users\me\my app\index.js)", 1, 10);
  expect_split("onload file:///C:/www/app.js:12:3", "onload", "file:///C:/www/app.js", 12, 3);
}

TEST(CodeName, ScriptsLoggedByNameAlone) { expect_split("/tmp/a.js", "", "/tmp/a.js", 1, 1); }

TEST(CodeName, SplitsInliningChainsInnermostFirst) {
  auto chain = split_position_chain("<file:///C:/a b/x.js:38:27> inlined at <file:///C:/a b/x.js:82:21>");
  ASSERT_EQ(chain.size(), 2u);
  EXPECT_EQ(chain[0].script, "file:///C:/a b/x.js");
  EXPECT_EQ(chain[0].line, 38u);
  EXPECT_EQ(chain[0].column, 27u);
  EXPECT_EQ(chain[1].line, 82u);
  EXPECT_EQ(chain[1].column, 21u);
  EXPECT_TRUE(split_position_chain("<unknown>").empty());
  EXPECT_TRUE(split_position_chain("garbage").empty());
}

}  // namespace
}  // namespace v8lint::trace
