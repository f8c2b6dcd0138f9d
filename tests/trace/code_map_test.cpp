#include "trace/code_map.h"

#include <gtest/gtest.h>

namespace v8lint::trace {
namespace {

TEST(CodeMap, FindsTheObjectCoveringAnAddressEndExclusive) {
  CodeMap map;
  map.add(0x1000, 0x100, 1);
  map.add(0x2000, 0x10, 2);
  EXPECT_EQ(map.find(0x1000), 1u);
  EXPECT_EQ(map.find(0x10ff), 1u);
  EXPECT_FALSE(map.find(0x1100));
  EXPECT_FALSE(map.find(0xfff));
  EXPECT_EQ(map.find(0x200f), 2u);
  EXPECT_EQ(map.at(0x2000), 2u);
  EXPECT_FALSE(map.at(0x2001));
}

TEST(CodeMap, CreationEvictsEveryOverlappedObject) {
  CodeMap map;
  map.add(0x1000, 0x100, 1);
  map.add(0x1100, 0x100, 2);
  map.add(0x1200, 0x100, 3);
  map.add(0x10f0, 0x120, 4);  // reuses the tail of 1, all of 2, the head of 3
  EXPECT_EQ(map.size(), 1u);
  EXPECT_EQ(map.find(0x1000), std::nullopt);
  EXPECT_EQ(map.find(0x1150), 4u);
  EXPECT_EQ(map.find(0x1250), std::nullopt);
}

TEST(CodeMap, MovesReKeyAndDeletesErase) {
  CodeMap map;
  map.add(0x1000, 0x40, 7);
  map.add(0x5000, 0x40, 8);
  EXPECT_TRUE(map.move(0x1000, 0x5020));  // lands over 8: 8's memory was reused
  EXPECT_FALSE(map.find(0x1000));
  EXPECT_EQ(map.find(0x5030), 7u);
  EXPECT_FALSE(map.find(0x5000));
  EXPECT_FALSE(map.move(0x1000, 0x9000));
  EXPECT_TRUE(map.remove(0x5020));
  EXPECT_FALSE(map.find(0x5030));
  EXPECT_FALSE(map.remove(0x5020));
}

TEST(CodeMap, EvictWithoutAddingAndZeroSizedObjects) {
  CodeMap map;
  map.add(0x1000, 0x100, 1);
  map.evict(0x1080, 0x10);
  EXPECT_FALSE(map.find(0x1000));
  map.add(0x3000, 0, 2);  // a zero-sized object still owns its start address
  EXPECT_EQ(map.find(0x3000), 2u);
  EXPECT_FALSE(map.find(0x3001));
}

}  // namespace
}  // namespace v8lint::trace
