#include "report/utf8_reader.h"

#include <gtest/gtest.h>

#include <vector>

namespace v8lint {
namespace {

std::vector<Utf8Char> read_all(std::string_view text) {
  std::vector<Utf8Char> chars;
  for (Utf8Reader reader(text); !reader.done();) chars.push_back(reader.next());
  return chars;
}

TEST(Utf8Reader, DecodesValidSequencesAndCountsUtf16Units) {
  auto chars = read_all("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
  ASSERT_EQ(chars.size(), 4u);
  EXPECT_EQ(chars[0].code_point, U'a');
  EXPECT_EQ(chars[1].code_point, U'\u00E9');
  EXPECT_EQ(chars[2].code_point, U'\u20AC');
  EXPECT_EQ(chars[3].code_point, U'\U0001F600');
  EXPECT_EQ(chars[3].bytes, 4u);
  EXPECT_EQ(chars[3].utf16_units(), 2u);
}

TEST(Utf8Reader, MaximalInvalidSubpartIsOneReplacement) {
  auto chars = read_all("\xE2\x82x\xFF\xED\xA0\x80");  // truncated, stray byte, encoded surrogate
  ASSERT_EQ(chars.size(), 6u);
  EXPECT_FALSE(chars[0].valid);
  EXPECT_EQ(chars[0].bytes, 2u);
  EXPECT_EQ(chars[0].utf16_units(), 2u);  // SourceText counts one unit per invalid byte
  EXPECT_EQ(chars[1].code_point, U'x');
  EXPECT_EQ(chars[2].code_point, U'\uFFFD');
  EXPECT_EQ(chars[3].bytes, 1u);          // ED may not be followed by A0: each byte is its own subpart
  EXPECT_EQ(chars[4].code_point, U'\uFFFD');
  EXPECT_EQ(chars[5].code_point, U'\uFFFD');
}

TEST(Utf8Reader, RejectsOverlongForms) {
  auto chars = read_all("\xC0\xAF\xE0\x80\xAF");
  EXPECT_EQ(chars.size(), 5u);
  for (const Utf8Char& c : chars) EXPECT_FALSE(c.valid);
}

}  // namespace
}  // namespace v8lint
