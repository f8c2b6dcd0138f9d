#include "sourcemap/source_map.h"

#include <gtest/gtest.h>

namespace v8lint::sourcemap {
namespace {

SourceMap parsed(const std::string& json, const std::string& map_path = "/p/dist/app.js.map") {
  SourceMap map;
  std::string error;
  EXPECT_TRUE(parse_source_map(json, map_path, map, error)) << error;
  return map;
}

std::string parse_error(const std::string& json) {
  SourceMap map;
  std::string error;
  EXPECT_FALSE(parse_source_map(json, "/p/app.js.map", map, error));
  return error;
}

// (source, line, column) of a lookup, or (-1, 0, 0) when unmapped.
std::tuple<int, uint32_t, uint32_t> at(const SourceMap& map, uint32_t line, uint32_t column) {
  auto found = map.lookup(line, column);
  if (!found) return {-1, 0, 0};
  return {static_cast<int>(found->source), found->line, found->column};
}

TEST(SourceMap, MultiSegmentLinesTakeTheLastSegmentAtOrBeforeTheColumn) {
  // Line 1: columns 0, 2, 4 -> original 0:0, 0:2, 0:4; line 2: column 0 -> original 1:4.
  SourceMap map = parsed(R"({"version":3,"sources":["../src/a.ts"],"names":[],"mappings":"AAAA,EAAE,EAAE;AACA"})");
  EXPECT_EQ(map.sources, std::vector<std::string>{"/p/src/a.ts"});
  EXPECT_EQ(at(map, 1, 1), std::make_tuple(0, 1u, 1u));
  EXPECT_EQ(at(map, 1, 3), std::make_tuple(0, 1u, 3u));
  EXPECT_EQ(at(map, 1, 4), std::make_tuple(0, 1u, 3u));
  EXPECT_EQ(at(map, 1, 200), std::make_tuple(0, 1u, 5u));
  EXPECT_EQ(at(map, 2, 9), std::make_tuple(0, 2u, 5u));
  EXPECT_EQ(at(map, 3, 1), std::make_tuple(-1, 0u, 0u));
  EXPECT_EQ(at(map, 0, 1), std::make_tuple(-1, 0u, 0u));
}

TEST(SourceMap, ColumnsBeforeTheFirstSegmentAndOneFieldSegmentsAreUnmapped) {
  // Line 1: column 2 -> 0:0, column 5 maps nowhere; line 2 is empty; line 3: column 0 -> source 1, 4:1.
  SourceMap map = parsed(R"({"version":3,"sources":["a.ts","b.ts"],"mappings":"EAAA,G;;ACIC"})");
  EXPECT_EQ(at(map, 1, 1), std::make_tuple(-1, 0u, 0u));
  EXPECT_EQ(at(map, 1, 3), std::make_tuple(0, 1u, 1u));
  EXPECT_EQ(at(map, 1, 6), std::make_tuple(-1, 0u, 0u));
  EXPECT_EQ(at(map, 2, 1), std::make_tuple(-1, 0u, 0u));
  EXPECT_EQ(at(map, 3, 1), std::make_tuple(1, 5u, 2u));
}

TEST(SourceMap, NamesAndSourcesContent) {
  SourceMap map = parsed(R"({"version":3,"sources":["a.ts","b.ts"],"sourcesContent":["let a;\n",null],
                            "names":["readX","add"],"mappings":"AAAAA,EAAEC"})");
  ASSERT_EQ(map.contents.size(), 2u);
  EXPECT_EQ(map.contents[0], "let a;\n");
  EXPECT_EQ(map.contents[1], std::nullopt);
  auto first = map.lookup(1, 1), second = map.lookup(1, 3);
  ASSERT_TRUE(first && first->name && second && second->name);
  EXPECT_EQ(*first->name, "readX");
  EXPECT_EQ(*second->name, "add");
  EXPECT_EQ(map.lookup(1, 3)->column, 3u);
}

TEST(SourceMap, SourcesResolveAgainstSourceRootAndTheMapsDirectory) {
  auto sources = [](const std::string& root, const std::string& source) {
    return parsed(R"({"version":3,"sourceRoot":")" + root + R"(","sources":[")" + source + R"("],"mappings":""})").sources[0];
  };
  EXPECT_EQ(sources("", "../src/a.ts"), "/p/src/a.ts");
  EXPECT_EQ(sources("src", "a.ts"), "/p/dist/src/a.ts");
  EXPECT_EQ(sources("/abs/", "a.ts"), "/abs/a.ts");
  EXPECT_EQ(sources("file:///home/me%20x", "a.ts"), "/home/me x/a.ts");
  EXPECT_EQ(sources("", "webpack://app/./src/a.ts"), "webpack://app/./src/a.ts");
  EXPECT_EQ(sources("", "/abs/b.ts"), "/abs/b.ts");
  EXPECT_EQ(parsed(R"({"version":3,"sources":["a.ts"],"mappings":""})", "dist/app.js.map").sources[0], "dist/a.ts");
}

TEST(SourceMap, IndexMapSectionsAreOffset) {
  // Section 1 at 0:0 maps a.ts; section 2 starts at line 3 (0-based 2), column 10 and maps b.ts.
  SourceMap map = parsed(R"({"version":3,"sections":[
      {"offset":{"line":0,"column":0},"map":{"version":3,"sources":["a.ts"],"names":["x"],"mappings":"AAAAA"}},
      {"offset":{"line":2,"column":10},"map":{"version":3,"sources":["b.ts"],"names":["y"],"mappings":"AACAA,EAAE;EAAE"}}]})");
  EXPECT_EQ(map.sources, (std::vector<std::string>{"/p/dist/a.ts", "/p/dist/b.ts"}));
  EXPECT_EQ(at(map, 1, 1), std::make_tuple(0, 1u, 1u));
  EXPECT_EQ(at(map, 3, 10), std::make_tuple(-1, 0u, 0u));
  EXPECT_EQ(at(map, 3, 11), std::make_tuple(1, 2u, 1u));
  EXPECT_EQ(at(map, 3, 13), std::make_tuple(1, 2u, 3u));
  EXPECT_EQ(at(map, 4, 3), std::make_tuple(1, 2u, 5u));  // the column offset applies to the first line only
  EXPECT_EQ(*map.lookup(3, 11)->name, "y");
}

TEST(SourceMap, ABomAndTheXssiPrefixAreSkipped) {
  SourceMap map = parsed("\xEF\xBB\xBF)]}'\n{\"version\":3,\"sources\":[\"a.ts\"],\"mappings\":\"AAAA\"}");
  EXPECT_EQ(at(map, 1, 1), std::make_tuple(0, 1u, 1u));
}

TEST(SourceMap, InvalidJsonNamesTheLine) {
  EXPECT_EQ(parse_error("{\"version\":3,\n\"sources\":[\"a.ts\",]}").rfind("not JSON: parse error at line 2, column 19", 0), 0u)
      << parse_error("{\"version\":3,\n\"sources\":[\"a.ts\",]}");
  EXPECT_EQ(parse_error("\x89PNG\r\n").rfind("not JSON: parse error at line 1", 0), 0u);
  EXPECT_EQ(parse_error("[1,2]"), "not a JSON object");
}

TEST(SourceMap, WrongTypesAreNamed) {
  EXPECT_EQ(parse_error(R"({"sources":[],"mappings":""})"), "no \"version\" (expected 3)");
  EXPECT_EQ(parse_error(R"({"version":2,"sources":[],"mappings":""})"), "\"version\" is 2, not 3");
  EXPECT_EQ(parse_error(R"({"version":3,"sources":"a.ts","mappings":""})"), "\"sources\" is not an array of strings (or nulls)");
  EXPECT_EQ(parse_error(R"({"version":3,"sources":[],"names":[null],"mappings":""})"), "\"names\" is not an array of strings");
  EXPECT_EQ(parse_error(R"({"version":3,"sources":[],"mappings":7})"), "\"mappings\" is missing or not a string");
  EXPECT_EQ(parse_error(R"({"version":3,"mappings":""})"), "no \"sources\"");
  EXPECT_EQ(parse_error(R"({"version":3,"sourceRoot":1,"sources":[],"mappings":""})"), "\"sourceRoot\" is not a string");
  EXPECT_EQ(parse_error(R"({"version":3,"sections":{}})"), "\"sections\" is not an array");
  EXPECT_EQ(parse_error(R"({"version":3,"sections":[{"offset":{"line":-1,"column":0},"map":{}}]})"),
            "section 1: no \"offset\" with a non-negative \"line\" and \"column\"");
  EXPECT_EQ(parse_error(R"({"version":3,"sections":[{"offset":{"line":0,"column":0},"url":"a.map"}]})"),
            "section 1: a section by \"url\" (only embedded \"map\" sections are supported)");
  EXPECT_EQ(parse_error(R"({"version":3,"sections":[{"offset":{"line":0,"column":0},"map":{"version":3,"sections":[]}}]})"),
            "section 1: a nested index map");
}

TEST(SourceMap, BadMappingsNameTheLineAndSegment) {
  auto with = [](const std::string& mappings) {
    return parse_error(R"({"version":3,"sources":["a.ts"],"names":["n"],"mappings":")" + mappings + "\"}");
  };
  EXPECT_EQ(with("AAAA;AAAA,CCAA"), "\"mappings\": generated line 2, segment 2: source index 1 out of range (1 sources)");
  EXPECT_EQ(with("AAAAC"), "\"mappings\": generated line 1, segment 1: name index 1 out of range (1 names)");
  EXPECT_EQ(with("AADA"), "\"mappings\": generated line 1, segment 1: original line or column out of range");
  EXPECT_EQ(with("AA"), "\"mappings\": generated line 1, segment 1: 2 fields (a segment has 1, 4 or 5)");
  EXPECT_EQ(with("AAAAAA"), "\"mappings\": generated line 1, segment 1: more than 5 fields");
  EXPECT_EQ(with(";A*AA"), "\"mappings\": generated line 2, segment 1: invalid base64 VLQ at `*`");
  EXPECT_EQ(with("AAg"), "\"mappings\": generated line 1, segment 1: a base64 VLQ value cut short or over 32 bits");
  EXPECT_EQ(with("D"), "\"mappings\": generated line 1, segment 1: generated column -1 out of range");
}

TEST(SourceMap, UnsortedSegmentsAreSorted) {
  SourceMap map = parsed(R"({"version":3,"sources":["a.ts"],"mappings":"KAAK,HAAH"})");  // columns 5 then 2
  EXPECT_EQ(at(map, 1, 4), std::make_tuple(0, 1u, 3u));
  EXPECT_EQ(at(map, 1, 6), std::make_tuple(0, 1u, 6u));
}

}  // namespace
}  // namespace v8lint::sourcemap

namespace v8lint::sourcemap {
namespace {

// Adversarial maps: each must end in a clear error or a usable map, never a crash or a hang.
TEST(SourceMapAdversarial, DeepNestingAndHugeMappings) {
  SourceMap map;
  std::string error;
  std::string deep = R"({"version":3,"sources":)" + std::string(100000, '[') + std::string(100000, ']') + R"(,"mappings":""})";
  EXPECT_FALSE(parse_source_map(deep, "/p/a.map", map, error));
  EXPECT_EQ(error, "\"sources\" is not an array of strings (or nulls)");

  std::string mappings;
  for (int line = 0; line < 1000; ++line) {
    for (int segment = 0; segment < 1000; ++segment) mappings += segment == 0 ? "AAAA" : ",CAAC";
    mappings += ";";
  }
  ASSERT_TRUE(parse_source_map(R"({"version":3,"sources":["a.ts"],"mappings":")" + mappings + "\"}", "/p/a.map", map, error))
      << error;
  EXPECT_EQ(map.mappings.size(), 1000000u);
  auto last = map.lookup(1000, 1000);
  ASSERT_TRUE(last);
  // The original column runs on across lines (only the generated column restarts): 999 per line.
  EXPECT_EQ(last->line, 1u);
  EXPECT_EQ(last->column, 999u * 1000u + 1u);
}

}  // namespace
}  // namespace v8lint::sourcemap
