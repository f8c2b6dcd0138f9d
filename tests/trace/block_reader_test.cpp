// BlockSource cuts a file into blocks of whole lines wherever the block
// boundaries fall: the lines of all blocks, in order, are the file's lines.
#include "trace/block_reader.h"

#include <gtest/gtest.h>

#include <random>

#include "trace/line_reader.h"
#include "trace_test_support.h"

namespace v8lint::trace {
namespace {
using namespace testing_support;

// Lines of every length from 0 to 40 bytes, some CRLF, then one line longer
// than several blocks, more short lines and a last line without a newline.
std::string sample_text() {
  std::mt19937 random(7);
  std::string text = "\xEF\xBB\xBF" "first\n";
  for (int line = 0; line < 300; ++line) {
    text += std::string(random() % 41, static_cast<char>('a' + line % 26));
    text += random() % 5 == 0 ? "\r\n" : "\n";
  }
  text += std::string(1000, 'L') + "\n\n";
  for (int line = 0; line < 50; ++line) text += "short " + std::to_string(line) + "\n";
  return text + "unterminated";
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 3;  // after the BOM
  while (start < text.size()) {
    size_t newline = text.find('\n', start);
    std::string line = text.substr(start, newline == std::string::npos ? std::string::npos : newline - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
    if (newline == std::string::npos) break;
    start = newline + 1;
  }
  return lines;
}

// The lines of blocks 0..count-1 read in `order`, put back in block order.
std::vector<std::string> lines_of_blocks(BlockSource& source, const std::vector<uint64_t>& order, uint64_t count) {
  std::vector<std::vector<std::string>> blocks(count);
  TextBlock block;
  for (uint64_t index : order) {
    EXPECT_TRUE(source.read(index, block)) << index;
    BlockLines lines(block);
    for (std::string_view line; lines.next(line);) blocks[index].emplace_back(line);
  }
  EXPECT_FALSE(source.read(count, block));
  std::vector<std::string> all;
  for (const auto& lines : blocks) all.insert(all.end(), lines.begin(), lines.end());
  return all;
}

TEST(BlockSource, PlainFileBlocksHoldEveryLineOnceInAnyReadOrder) {
  ScratchDir dir;
  std::string text = sample_text();
  std::string path = dir.write("v8.log", text);
  for (size_t block_size : {1, 2, 7, 64, 333, 4096}) {
    std::string error;
    auto source = BlockSource::open(path, error, block_size);
    ASSERT_NE(source, nullptr) << error;
    uint64_t count = (text.size() + block_size - 1) / block_size;
    std::vector<uint64_t> backwards;
    for (uint64_t index = count; index-- > 0;) backwards.push_back(index);
    EXPECT_EQ(lines_of_blocks(*source, backwards, count), split_lines(text)) << block_size;
    EXPECT_FALSE(source->failed());
  }
}

TEST(BlockSource, GzipBlocksHoldEveryLineOnce) {
  ScratchDir dir;
  std::string text = sample_text();
  std::string path = dir.write_gz("v8.log.gz", text);
  for (size_t block_size : {1, 7, 333, 4096}) {
    std::string error;
    auto source = BlockSource::open(path, error, block_size);
    ASSERT_NE(source, nullptr) << error;
    std::vector<std::string> lines;
    TextBlock block;
    for (uint64_t index = 0; source->read(index, block); ++index) {
      BlockLines block_lines(block);
      for (std::string_view line; block_lines.next(line);) lines.emplace_back(line);
    }
    EXPECT_EQ(lines, split_lines(text)) << block_size;
  }
}

TEST(BlockSource, LineReaderNumbersLinesAcrossBlocks) {
  ScratchDir dir;
  std::string text = sample_text();
  LineReader reader;
  std::string error;
  ASSERT_TRUE(reader.open(dir.write("v8.log", text), error));
  std::vector<std::string> lines;
  for (std::string_view line; reader.next(line);) lines.emplace_back(line);
  EXPECT_EQ(lines, split_lines(text));
  EXPECT_EQ(reader.line_number(), lines.size());
  EXPECT_EQ(reader.error(), "");
}

TEST(BlockSource, MissingFileIsAnErrorNamingIt) {
  std::string error;
  EXPECT_EQ(BlockSource::open("/nonexistent/v8.log", error), nullptr);
  EXPECT_EQ(error, "/nonexistent/v8.log: cannot open: No such file or directory");
}

}  // namespace
}  // namespace v8lint::trace
