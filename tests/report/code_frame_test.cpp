#include "report/code_frame.h"

#include <gtest/gtest.h>

#include <sstream>

#include "sample_diagnostics.h"

namespace v8lint {
namespace {

using testing::location;

std::string frame(const Location& at) {
  std::ostringstream out;
  write_code_frame(at, out, Palette(false), Tint::Warning);
  return out.str();
}

TEST(DisplayColumn, TabsExpandToStopsOfFourAndEmojiAreTwoUnitsWide) {
  std::string line = "\tlet s = '\xF0\x9F\x98\x80' + x;";
  EXPECT_EQ(display_column(line, 1), 0u);
  EXPECT_EQ(display_column(line, 2), 4u);
  EXPECT_EQ(display_column(line, 11), 13u);  // the emoji: 2 UTF-16 units, 2 display columns
  EXPECT_EQ(display_column(line, 13), 15u);
  EXPECT_EQ(display_column(line, 17), 19u);
  EXPECT_EQ(display_column(line, 40), 21u);  // past the end: the end of the line
}

TEST(DisplayColumn, TabStopDependsOnWhatPrecedesIt) {
  EXPECT_EQ(display_column("ab\tc", 4), 4u);
  EXPECT_EQ(display_column("abcd\tc", 6), 8u);
}

TEST(CodeFrame, UnderlinesTheSpanWithExpandedTabs) {
  std::string line = "\tlet s = '\xF0\x9F\x98\x80' + x;";
  EXPECT_EQ(frame(location("a.js", {12, 10}, {12, 14}, line)),
            " 12 |     let s = '\xF0\x9F\x98\x80' + x;\n"
            "    |             ^~~~\n");
}

TEST(CodeFrame, EmptySpanGetsOneCaret) {
  EXPECT_EQ(frame(location("a.js", {3, 9}, {3, 9}, "let y = ;")),
            " 3 | let y = ;\n"
            "   |         ^\n");
}

TEST(CodeFrame, SpanOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine) {
  EXPECT_EQ(frame(location("a.js", {7, 5}, {9, 2}, "if (a) {")),
            " 7 | if (a) {\n"
            "   |     ^~~~\n");
}

TEST(CodeFrame, WideCharactersTakeTwoColumns) {
  EXPECT_EQ(frame(location("a.js", {1, 4}, {1, 5}, "\xE6\xBC\xA2\xE5\xAD\x97 = 1")),
            " 1 | \xE6\xBC\xA2\xE5\xAD\x97 = 1\n"
            "   |      ^\n");
}

TEST(CodeFrame, ControlCharactersAndInvalidBytesShowAsReplacementCharacters) {
  EXPECT_EQ(frame(location("a.js", {1, 5}, {1, 6}, "a\x01" "b\xFF" "c")),
            " 1 | a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\n"
            "   |     ^\n");
}

TEST(CodeFrame, LongLinesAreCroppedAroundTheSpan) {
  std::string line(300, 'a');
  std::string expected_text = "\u2026" + std::string(120, 'a') + "\u2026";
  EXPECT_EQ(frame(location("a.js", {1, 201}, {1, 204}, line)),
            " 1 | " + expected_text + "\n" + "   | " + std::string(31, ' ') + "^~~\n");
}

TEST(CodeFrame, LongLineWithSpanNearTheStartIsCroppedOnTheRightOnly) {
  std::string line(300, 'b');
  EXPECT_EQ(frame(location("a.js", {1, 3}, {1, 5}, line)),
            " 1 | " + std::string(120, 'b') + "\u2026\n" + "   |   ^~\n");
}

TEST(CodeFrame, NothingWithoutLineText) { EXPECT_EQ(frame(location("a.js", {1, 1}, {1, 2})), ""); }

TEST(CodeFrame, ColourPaintsGutterDimAndCaretsInTheSeverityColour) {
  std::ostringstream out;
  write_code_frame(location("a.js", {2, 1}, {2, 2}, "x"), out, Palette(true), Tint::Error);
  EXPECT_EQ(out.str(),
            "\x1b[2m 2 | \x1b[0mx\n"
            "\x1b[2m   | \x1b[0m\x1b[1;31m^\x1b[0m\n");
}

}  // namespace
}  // namespace v8lint
