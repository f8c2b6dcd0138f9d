#include "core/source_text.h"

#include <gtest/gtest.h>

namespace v8lint {

TEST(SourceText, PositionsCountUtf16UnitsAndLines) {
  SourceText text("a.js", "ab\r\n\xC3\xA9x\xF0\x9F\x98\x80y\n");
  EXPECT_EQ(text.position_of(0), (Position{1, 1}));
  EXPECT_EQ(text.position_of(4), (Position{2, 1}));
  EXPECT_EQ(text.position_of(6), (Position{2, 2}));   // after é (2 bytes, 1 unit)
  EXPECT_EQ(text.position_of(11), (Position{2, 5}));  // after the emoji (4 bytes, 2 units)
  EXPECT_EQ(text.line_text(1), "ab");                 // CR stripped
  EXPECT_EQ(text.offset_of(Position{2, 5}), 11u);
}

TEST(SourceText, BomIsNotAColumn) {
  SourceText text("a.js", "\xEF\xBB\xBFlet x;");
  EXPECT_EQ(text.position_of(3), (Position{1, 1}));
  EXPECT_EQ(text.line_text(1), "let x;");
}

TEST(SourceText, InvalidUtf8CountsOneUnitPerByte) {
  SourceText text("a.js", "\xFF\xFEx");
  EXPECT_EQ(text.position_of(2), (Position{1, 3}));
}

}  // namespace v8lint
