#include "sourcemap/vlq.h"

#include <gtest/gtest.h>

namespace v8lint::sourcemap {
namespace {

std::vector<int32_t> all_values(std::string_view text) {
  std::vector<int32_t> values;
  while (!text.empty()) {
    auto value = next_vlq(text);
    if (!value) break;
    values.push_back(*value);
  }
  return values;
}

TEST(Vlq, DecodesSignsAndContinuations) {
  EXPECT_EQ(all_values("AAAA"), (std::vector<int32_t>{0, 0, 0, 0}));
  EXPECT_EQ(all_values("CDEF"), (std::vector<int32_t>{1, -1, 2, -2}));
  EXPECT_EQ(all_values("gB"), (std::vector<int32_t>{16}));
  EXPECT_EQ(all_values("2H"), (std::vector<int32_t>{123}));
  EXPECT_EQ(all_values("3H"), (std::vector<int32_t>{-123}));
  EXPECT_EQ(all_values("+/////D"), (std::vector<int32_t>{INT32_MAX}));
}

TEST(Vlq, ConsumesOneValueAndStopsAtTheSeparator) {
  std::string_view text = "gB,A";
  EXPECT_EQ(next_vlq(text), 16);
  EXPECT_EQ(text, ",A");
}

TEST(Vlq, RejectsBadDigitsCutValuesAndOverflow) {
  std::string_view bad = "A!";
  EXPECT_EQ(next_vlq(bad), 0);
  EXPECT_EQ(next_vlq(bad), std::nullopt);
  EXPECT_EQ(bad, "!");
  std::string_view cut = "g";  // continuation bit set, then the end
  EXPECT_EQ(next_vlq(cut), std::nullopt);
  std::string_view too_big = "gggggggB";
  EXPECT_EQ(next_vlq(too_big), std::nullopt);
  std::string_view just_past = "ggggggE";  // 2^31: not an int32
  EXPECT_EQ(next_vlq(just_past), std::nullopt);
}

}  // namespace
}  // namespace v8lint::sourcemap
