#include "report/line_fingerprint.h"

#include <gtest/gtest.h>

namespace v8lint {
namespace {

// Expected values were derived by running an independent BigInt transcription
// of codeql-action's src/fingerprints.ts `hash()` on the same bytes (decoded by
// Node's StringDecoder, as fs.createReadStream(path, "utf8") does).

TEST(LineFingerprint, SingleCharacterWithoutNewline) {
  EXPECT_EQ(primary_location_line_hashes("a"), (std::vector<std::string>{"53b5d4aabe50d64:1"}));
}

TEST(LineFingerprint, EmptyFileHasOneLine) {
  EXPECT_EQ(primary_location_line_hashes(""), (std::vector<std::string>{"c129715d7a2bc9a3:1"}));
}

TEST(LineFingerprint, WindowRunsIntoFollowingLinesAndCountsTheLineAfterTheLastNewline) {
  EXPECT_EQ(primary_location_line_hashes("let x = 1;\nlet x = 1;\n"),
            (std::vector<std::string>{"ff7e5a1fc939c373:1", "4d77c39d46dbac0b:1", "c129715d7a2bc9a3:1"}));
}

TEST(LineFingerprint, CrLfAndLoneCrEndLinesAndBlanksAreSkipped) {
  EXPECT_EQ(primary_location_line_hashes("a\r\n\tb\rc\n\n"),
            (std::vector<std::string>{"81badacc705f766d:1", "b8a367705bcf4346:1", "2a9159bd01820062:1",
                                      "3c5bef55b72b93c9:1", "c129715d7a2bc9a3:1"}));
}

TEST(LineFingerprint, IndentationDoesNotChangeTheHash) {
  EXPECT_EQ(primary_location_line_hashes("let x = 1;\nlet x = 1;\n")[1],
            primary_location_line_hashes("let x = 1;\n\t  let  x=1;\n")[1]);
}

TEST(LineFingerprint, LinesLongerThanTheWindowAndCrLf) {
  std::string text = "  if (a) {\r\n" + std::string(150, 'b') + "\n}";
  EXPECT_EQ(primary_location_line_hashes(text),
            (std::vector<std::string>{"6822d915bdc13188:1", "ff47544e6eb21c78:1", "13db8c734146ff90:1"}));
}

TEST(LineFingerprint, RepeatedWindowsAreNumberedByOccurrence) {
  std::string text;
  for (int i = 0; i < 80; ++i) text += "x;\n";
  auto hashes = primary_location_line_hashes(text);
  ASSERT_EQ(hashes.size(), 81u);
  EXPECT_EQ(hashes[0], "5ce70cc0634d5465:1");
  EXPECT_EQ(hashes[1], "5ce70cc0634d5465:2");
  EXPECT_EQ(hashes[3], "5ce70cc0634d5465:4");
}

TEST(LineFingerprint, BomSurrogatePairsAndInvalidBytesHashAsNodeDecodesThem) {
  EXPECT_EQ(primary_location_line_hashes("\xEF\xBB\xBF\xC3\xA9\xF0\x9F\x98\x80\xFF\xE2\x82x"),
            (std::vector<std::string>{"b301b2d293e23dfa:1"}));
}

// The definition, computed directly instead of rolling: for "a" the window is
// 'a', 65535, then 98 zeros, so the hash is 97 * 37^99 + 65535 * 37^98 (mod 2^64).
TEST(LineFingerprint, MatchesTheDirectPolynomial) {
  uint64_t p98 = 1;
  for (int i = 0; i < 98; ++i) p98 *= 37;
  uint64_t expected = 97 * (p98 * 37) + 65535 * p98;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(expected));
  EXPECT_EQ(primary_location_line_hashes("a")[0], std::string(hex) + ":1");
}

}  // namespace
}  // namespace v8lint
