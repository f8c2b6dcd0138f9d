#include "trace/log_text.h"

#include <gtest/gtest.h>

namespace v8lint::trace {
namespace {

TEST(LogText, SplitsFieldsKeepingEmptyOnes) {
  std::vector<std::string_view> fields;
  split_fields("LoadIC,0x1,,x,", fields);
  ASSERT_EQ(fields.size(), 5u);
  EXPECT_EQ(fields[0], "LoadIC");
  EXPECT_EQ(fields[2], "");
  EXPECT_EQ(fields[3], "x");
  EXPECT_EQ(fields[4], "");
}

TEST(LogText, ParsesNumbersByHand) {
  EXPECT_EQ(parse_int("1234"), 1234);
  EXPECT_EQ(parse_int("-1"), -1);
  EXPECT_FALSE(parse_int(""));
  EXPECT_FALSE(parse_int("12a"));
  EXPECT_FALSE(parse_int("-"));
  EXPECT_EQ(parse_address("0x3b22eefec974"), 0x3b22eefec974u);
  EXPECT_EQ(parse_address("7ff8d3ea9260"), 0x7ff8d3ea9260u);
  EXPECT_FALSE(parse_address("0x"));
  EXPECT_FALSE(parse_address("0xfg"));
  EXPECT_FALSE(parse_address("0x12345678901234567"));
}

TEST(LogText, UnescapesCommaBackslashAndNewline) {
  EXPECT_EQ(unescape_field(R"(a\x2Cb)"), "a,b");
  EXPECT_EQ(unescape_field(R"(C:\\dir\\a.js)"), R"(C:\dir\a.js)");
  EXPECT_EQ(unescape_field(R"(line1\nline2)"), "line1\nline2");
  EXPECT_EQ(unescape_field(R"(crlf\x0d\n)"), "crlf\r\n");
}

TEST(LogText, ByteEscapesAreUtf8WhenValidElseLatin1) {
  // "é" as the UTF-8 bytes of a C string (function names).
  EXPECT_EQ(unescape_field(R"(caf\xc3\xa9)"), "caf\xC3\xA9");
  // "é" as a Latin-1 character of a one-byte heap string (script sources).
  EXPECT_EQ(unescape_field(R"(caf\xe9!)"), "caf\xC3\xA9!");
}

TEST(LogText, UnicodeEscapesJoinSurrogatePairs) {
  EXPECT_EQ(unescape_field(R"(\u20ac)"), "\xE2\x82\xAC");
  EXPECT_EQ(unescape_field(R"(\ud83d\ude00)"), "\xF0\x9F\x98\x80");
}

TEST(LogText, LeavesUnknownOrIncompleteEscapesAlone) {
  EXPECT_EQ(unescape_field(R"(a\qb)"), R"(a\qb)");
  EXPECT_EQ(unescape_field(R"(end\x4)"), R"(end\x4)");
  EXPECT_EQ(unescape_field(R"(end\)"), R"(end\)");
}

}  // namespace
}  // namespace v8lint::trace
