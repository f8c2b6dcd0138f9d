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

namespace v8lint {

TEST(SourceText, LongLinesKeepAWindowAroundTheSpanNotTheWholeLine) {
  std::string line = std::string(100000, 'a') + "\xC3\xA9" + "target" + std::string(100000, 'b');
  SourceText text("min.js", line);
  uint32_t target = 100002;
  Location loc = text.location(target, target + 6);
  EXPECT_EQ(loc.start, (Position{1, 100002}));  // é is one UTF-16 unit
  EXPECT_LE(loc.line_text.size(), SourceText::kLineWindow + 3);
  size_t found = loc.line_text.find("target");
  ASSERT_NE(found, std::string::npos);
  // The window's first column plus the target's offset inside it (é counts once) is the target's column.
  size_t before_in_window = found - (loc.line_text.find("\xC3\xA9") < found ? 1 : 0);
  EXPECT_EQ(loc.line_text_column + before_in_window, loc.start.column);
}

TEST(SourceText, CheckpointsGiveTheSameColumnsAsAScanFromTheLineStart) {
  std::string bytes;
  for (int i = 0; i < 3000; ++i) bytes += (i % 7 == 0) ? "\xF0\x9F\x98\x80" : (i % 500 == 0 ? "\n" : "xy");
  SourceText text("a.js", bytes);
  uint32_t line = 1, column = 1;
  for (uint32_t i = 0; i < bytes.size(); ++i) {
    if ((static_cast<unsigned char>(bytes[i]) & 0xC0) == 0x80) continue;  // not a character start
    ASSERT_EQ(text.position_of(i), (Position{line, column})) << "offset " << i;
    if (bytes[i] == '\n') {
      ++line;
      column = 1;
    } else {
      column += (static_cast<unsigned char>(bytes[i]) >= 0xF0) ? 2 : 1;
    }
  }
}

}  // namespace v8lint

namespace v8lint {
namespace {

// offset_of starts from the checkpoints on long lines: positions round-trip
// across them, with multi-byte characters before and after, on every line.
TEST(SourceText, OffsetOfRoundTripsAcrossCheckpointsOnLongLines) {
  std::string line;
  for (int i = 0; i < 3000; ++i) line += i % 7 == 0 ? "\xC3\xA9" : i % 11 == 0 ? "\xF0\x9F\x98\x80" : "ab";
  SourceText text("long.js", "\xEF\xBB\xBF" + line + "\n" + line + "\r\nx");
  for (uint32_t byte = 3; byte < text.bytes().size(); byte += 97) {
    while ((static_cast<unsigned char>(text.bytes()[byte]) & 0xC0) == 0x80) ++byte;  // a character boundary
    Position at = text.position_of(byte);
    EXPECT_EQ(text.offset_of(at), byte) << at.line << ":" << at.column;
  }
  EXPECT_EQ(text.offset_of(Position{3, 1}), text.bytes().size() - 1);
  EXPECT_EQ(text.offset_of(Position{1, 1}), 3u);
}

}  // namespace
}  // namespace v8lint
