#include "trace/script_paths.h"

#include <gtest/gtest.h>

#include "trace_test_support.h"

namespace v8lint::trace {
namespace {
using namespace testing_support;

TEST(ScriptPaths, FileUrlsAreDecoded) {
  EXPECT_EQ(script_path_of("file:///tmp/my%20app/a.js"), "/tmp/my app/a.js");
  EXPECT_EQ(script_path_of("file:///C:/code/a.js"), "C:/code/a.js");
  EXPECT_EQ(script_path_of("/srv/a.js"), "/srv/a.js");
}

TEST(ScriptPaths, OriginOfEveryKindOfScriptName) {
  EXPECT_EQ(origin_of("/srv/app/a.js"), ScriptOrigin::User);
  EXPECT_EQ(origin_of(R"(D:\work\a.js)"), ScriptOrigin::User);
  EXPECT_EQ(origin_of(R"(\\server\share\a.js)"), ScriptOrigin::User);
  EXPECT_EQ(origin_of("file:///C:/code/a.js"), ScriptOrigin::User);
  EXPECT_EQ(origin_of("https://example.com/static/app.js"), ScriptOrigin::User);
  EXPECT_EQ(origin_of("/srv/app/node_modules/lodash/lodash.js"), ScriptOrigin::Dependency);
  EXPECT_EQ(origin_of(R"(C:\app\node_modules\x\index.js)"), ScriptOrigin::Dependency);
  EXPECT_EQ(origin_of("node:internal/modules/cjs/loader"), ScriptOrigin::Internal);
  EXPECT_EQ(origin_of("internal/bootstrap/loaders.js"), ScriptOrigin::Internal);  // Node 12 natives
  EXPECT_EQ(origin_of("events.js"), ScriptOrigin::Internal);
  EXPECT_EQ(origin_of("evalmachine.<anonymous>"), ScriptOrigin::Internal);
  EXPECT_EQ(origin_of("<unknown>"), ScriptOrigin::Internal);
  EXPECT_EQ(origin_of(""), ScriptOrigin::Internal);
}

TEST(ScriptPaths, WebUrlsMatchTheirPathUnderTheSourceRoot) {
  ScratchDir dir;
  dir.write("static/app.js", "first\nsecond line\n");
  ScriptTable scripts;
  uint32_t url = scripts.intern("https://example.com/static/app.js");
  uint32_t gone = scripts.intern("/elsewhere/missing.js");
  scripts.set_source(gone, "from the log\r\nline two\r\n");
  PathOptions options;
  options.source_root = dir.root();
  ScriptResolver resolver(scripts, options);
  EXPECT_EQ(absolute_path(resolver.display_path(url)), dir.path("static/app.js"));
  auto line_text = [&](uint32_t script, uint32_t line) {
    Location at{"", {line, 1}, {line, 2}, ""};
    resolver.add_line_text(script, at);
    return at.line_text;
  };
  EXPECT_EQ(line_text(url, 2), "second line");
  EXPECT_EQ(resolver.display_path(gone), "/elsewhere/missing.js");
  EXPECT_EQ(line_text(gone, 2), "line two");
  EXPECT_EQ(line_text(gone, 9), "");
  EXPECT_TRUE(resolver.is_reported(url));
}

}  // namespace
}  // namespace v8lint::trace
