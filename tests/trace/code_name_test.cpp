#include "trace/code_name.h"

#include <gtest/gtest.h>

namespace v8lint::trace {
namespace {

TEST(CodeName, SplitsFunctionScriptLineColumn) {
  NamedPosition p = split_code_name("addAny /tmp/examples/adders.js:90:16");
  EXPECT_EQ(p.function, "addAny");
  EXPECT_EQ(p.script, "/tmp/examples/adders.js");
  EXPECT_EQ(p.line, 90u);
  EXPECT_EQ(p.column, 16u);
}

TEST(CodeName, AnonymousFunctionsAndNodeInternals) {
  NamedPosition anonymous = split_code_name(" internal/errors.js:297:26");
  EXPECT_EQ(anonymous.function, "");
  EXPECT_EQ(anonymous.script, "internal/errors.js");
  NamedPosition internal = split_code_name("nativeModuleRequire node:internal/bootstrap/loaders:332:29");
  EXPECT_EQ(internal.function, "nativeModuleRequire");
  EXPECT_EQ(internal.script, "node:internal/bootstrap/loaders");
}

TEST(CodeName, NamesAndPathsWithSpaces) {
  NamedPosition getter = split_code_name("get size /home/me/my project/a.js:3:7");
  EXPECT_EQ(getter.function, "get size");
  EXPECT_EQ(getter.script, "/home/me/my project/a.js");
  NamedPosition windows = split_code_name(R"(run C:\Users\me\my app\index.js:1:10)");
  EXPECT_EQ(windows.function, "run");
  EXPECT_EQ(windows.script, R"(C:\Users\me\my app\index.js)");
  NamedPosition url = split_code_name("onload file:///C:/www/app.js:12:3");
  EXPECT_EQ(url.function, "onload");
  EXPECT_EQ(url.script, "file:///C:/www/app.js");
  EXPECT_EQ(url.line, 12u);
}

TEST(CodeName, ScriptsLoggedByNameAlone) {
  NamedPosition p = split_code_name("/tmp/a.js");
  EXPECT_EQ(p.function, "");
  EXPECT_EQ(p.script, "/tmp/a.js");
  EXPECT_EQ(p.line, 1u);
  EXPECT_EQ(p.column, 1u);
}

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
