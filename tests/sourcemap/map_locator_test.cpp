#include "sourcemap/map_locator.h"

#include <gtest/gtest.h>

#include "../trace/trace_test_support.h"
#include "sourcemap/url.h"

namespace v8lint::sourcemap {
namespace {
using trace::testing_support::ScratchDir;

constexpr const char* kMap = R"({"version":3,"sources":["a.ts"],"mappings":"AAAA"})";
// kMap in base64, and percent-encoded.
constexpr const char* kBase64 = "eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImEudHMiXSwibWFwcGluZ3MiOiJBQUFBIn0=";
constexpr const char* kPercent = "%7B%22version%22%3A3%2C%22sources%22%3A%5B%22a.ts%22%5D%2C%22mappings%22%3A%22AAAA%22%7D";

TEST(MapLocator, TheLastCommentThatEndsItsLineWins) {
  EXPECT_EQ(find_source_mapping_url("x();\n//# sourceMappingURL=a.js.map\n"), "a.js.map");
  EXPECT_EQ(find_source_mapping_url("//# sourceMappingURL=old.map\nx();\n//@ sourceMappingURL=new.map"), "new.map");
  EXPECT_EQ(find_source_mapping_url("\xEF\xBB\xBFx();\r\n//# sourceMappingURL=crlf.js.map\r\n"), "crlf.js.map");
  // A string that quotes the comment is not one.
  EXPECT_EQ(find_source_mapping_url("//# sourceMappingURL=real.map\nconst s = \"//# sourceMappingURL=\" + u;"), "real.map");
  EXPECT_EQ(find_source_mapping_url("x();\n// sourceMappingURL=no.map\n"), "");
  EXPECT_EQ(find_source_mapping_url("//# sourceMappingURL=\n"), "");
  EXPECT_EQ(find_source_mapping_url("sourceMappingURL=x"), "");
}

TEST(MapLocator, InlineDataUrlsInBothEncodings) {
  for (const std::string& url : {std::string("data:application/json;charset=utf-8;base64,") + kBase64,
                                 std::string("data:application/json;base64,") + kBase64,
                                 std::string("data:application/json,") + kPercent}) {
    MapText found;
    std::string error;
    EXPECT_EQ(locate_source_map("/p/app.js", "x();\n//# sourceMappingURL=" + url, "", found, error), MapSearch::Found) << error;
    EXPECT_EQ(found.json, kMap) << url;
    EXPECT_EQ(found.name, "inline data: URL");
    EXPECT_EQ(found.map_path, "/p/app.js");
  }
}

TEST(MapLocator, BrokenDataUrlsSayWhy) {
  std::string out, error;
  EXPECT_FALSE(decode_data_url("data:text/plain;base64,AAAA", out, error));
  EXPECT_EQ(error, "a data: URL of media type `text/plain`, not application/json");
  EXPECT_FALSE(decode_data_url("data:application/json;base64,e30*", out, error));
  EXPECT_EQ(error, "a data: URL with invalid base64");
  EXPECT_FALSE(decode_data_url("data:application/json", out, error));
  EXPECT_EQ(error, "a data: URL without a comma");
}

TEST(MapLocator, FilesByCommentBesideTheScriptOrFromTheLog) {
  ScratchDir dir;
  dir.write("dist/app.js.map", kMap);
  dir.write("maps/other.map", "{}");
  std::string script = dir.path("dist/app.js");
  MapText found;
  std::string error;
  EXPECT_EQ(locate_source_map(script, "x();\n//# sourceMappingURL=../maps/other.map", "", found, error), MapSearch::Found);
  EXPECT_EQ(found.name, dir.root() + "/maps/other.map");
  EXPECT_EQ(found.json, "{}");
  EXPECT_EQ(locate_source_map(script, "//# sourceMappingURL=file://" + dir.root() + "/maps/other.map", "", found, error),
            MapSearch::Found);
  EXPECT_EQ(found.map_path, dir.root() + "/maps/other.map");
  EXPECT_EQ(locate_source_map(script, "x();", "", found, error), MapSearch::Found);  // beside it
  EXPECT_EQ(found.name, script + ".map");
  EXPECT_EQ(found.json, kMap);
  std::string elsewhere = dir.path("lib/app.js");
  EXPECT_EQ(locate_source_map(elsewhere, "x();", "", found, error), MapSearch::None);
  EXPECT_EQ(locate_source_map(elsewhere, "x();", "../maps/other.map", found, error), MapSearch::Found);  // script-details
  EXPECT_EQ(found.json, "{}");
}

TEST(MapLocator, AbsoluteMapPathsAreRelocated) {
  ScratchDir dir;
  dir.write("checkout/dist/app.js.map", kMap);
  auto local_path = [&](const std::string& recorded) {
    return recorded.starts_with("/ci/") ? dir.path("checkout/") + recorded.substr(4) : recorded;
  };
  MapText found;
  std::string error;
  EXPECT_EQ(locate_source_map(dir.path("checkout/dist/app.js"), "//# sourceMappingURL=file:///ci/dist/app.js.map", "", found,
                              error, local_path),
            MapSearch::Found)
      << error;
  EXPECT_EQ(found.name, dir.path("checkout/dist/app.js.map"));
  EXPECT_EQ(found.json, kMap);
}

TEST(MapLocator, AMissingOrRemoteMapIsAFailureNamingIt) {
  ScratchDir dir;
  MapText found;
  std::string error;
  EXPECT_EQ(locate_source_map(dir.path("app.js"), "//# sourceMappingURL=gone.js.map", "", found, error), MapSearch::Failed);
  EXPECT_EQ(found.name, dir.path("gone.js.map"));
  EXPECT_NE(error.find("No such file"), std::string::npos) << error;
  EXPECT_EQ(locate_source_map(dir.path("app.js"), "//# sourceMappingURL=https://cdn.example/app.js.map", "", found, error),
            MapSearch::Failed);
  EXPECT_EQ(found.name, "https://cdn.example/app.js.map");
  EXPECT_EQ(error, "not a file or data: URL");
}

TEST(SourceUrls, FileUrlsAndPercentEncoding) {
  EXPECT_EQ(file_url_path("file:///a/b%20c.ts"), "/a/b c.ts");
  EXPECT_EQ(file_url_path("file:///C:/x.ts"), "C:/x.ts");
  EXPECT_EQ(file_url_path("/plain/path"), "/plain/path");
  EXPECT_EQ(percent_decode("100%"), "100%");
  EXPECT_EQ(percent_decode("%zz%41"), "%zzA");
  EXPECT_TRUE(is_non_file_url("webpack://x"));
  EXPECT_FALSE(is_non_file_url("C:/x"));
  EXPECT_FALSE(is_non_file_url("file:///x"));
}

}  // namespace
}  // namespace v8lint::sourcemap

namespace v8lint::sourcemap {
namespace {

// Linear in the text: every candidate is read only up to the next one.
TEST(MapLocator, TenMegabytesOfMarkersAreNoComment) {
  std::string markers;
  while (markers.size() < 10'000'000) markers += "//# sourceMappingURL=";
  EXPECT_EQ(find_source_mapping_url(markers), "");
  EXPECT_EQ(find_source_mapping_url(markers + "x.map\n"), "x.map");
  EXPECT_EQ(find_source_mapping_url("//# sourceMappingURL=a.map //# sourceMappingURL=b.map"), "b.map");
  EXPECT_EQ(find_source_mapping_url("//# sourceMappingURL=a.map //# sourceMappingURL=\n"), "");
}

}  // namespace
}  // namespace v8lint::sourcemap
