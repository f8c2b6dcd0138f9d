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

void expect_span(std::string_view line, uint32_t start_column, uint32_t end_column, uint32_t start, uint32_t end) {
  DisplaySpan span = display_span(line, start_column, end_column);
  EXPECT_EQ(span.start, start) << line << " from column " << start_column;
  EXPECT_EQ(span.end, end) << line << " to column " << end_column;
}

TEST(DisplaySpan, TabsExpandToStopsOfFourAndEmojiAreTwoUnitsWide) {
  std::string line = "\tlet s = '\xF0\x9F\x98\x80' + x;";
  expect_span(line, 1, 2, 0, 4);
  expect_span(line, 11, 13, 13, 15);  // the emoji: 2 UTF-16 units, 2 display columns
  expect_span(line, 17, 40, 19, 21);  // past the end: the end of the line
  expect_span(line, 17, 0, 19, 19);   // no end: the start
}

TEST(DisplaySpan, TabStopDependsOnWhatPrecedesIt) {
  expect_span("ab\tc", 4, 5, 4, 5);
  expect_span("abcd\tc", 6, 7, 8, 9);
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
