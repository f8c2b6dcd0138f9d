// Inputs fuzz_config crashed on (tests/fuzz/crashes), replayed in the normal suite.
#include <gtest/gtest.h>

#include <string>

#include "config/config_loader.h"
#include "config/json_lines.h"
#include "core/source_text.h"

namespace v8lint {
namespace {

// A key the line scan cut differently from the document parser (NUL bytes,
// invalid UTF-8) made JsonLines throw an uncaught parse_error.
TEST(ConfigFuzzRegression, KeyTheLineScanCannotDecode) {
  std::string text, error_text;
  ASSERT_TRUE(read_file(V8LINT_SOURCE_DIR "/tests/fuzz/crashes/fuzz_config-uncaught-parse-error", text, error_text));
  Config config;
  ConfigError error;
  bool ok = true;
  EXPECT_NO_THROW(ok = parse_config(text, "fuzz.json", [](std::string_view) { return true; }, config, error));
  EXPECT_FALSE(ok);
  EXPECT_EQ(error.to_string(), "fuzz.json:1: the configuration must be a JSON object");
}

// A number beyond a double's range made nlohmann throw out_of_range, which
// parse_config did not catch: the run terminated.
TEST(ConfigFuzzRegression, NumberTooLargeForADouble) {
  std::string text, error_text;
  ASSERT_TRUE(read_file(V8LINT_SOURCE_DIR "/tests/fuzz/crashes/fuzz_config-number-overflow", text, error_text));
  Config config;
  ConfigError error;
  bool ok = true;
  EXPECT_NO_THROW(ok = parse_config(text, "fuzz.json", [](std::string_view) { return true; }, config, error));
  EXPECT_FALSE(ok);
  EXPECT_EQ(error.to_string(), "fuzz.json:1: number 333333333e333333333313 is too large");
  EXPECT_NO_THROW(ok = parse_config("{\n  \"rules\": {\"x\": 1e999}\n}", "c.json", [](std::string_view) { return true; },
                                    config, error));
  EXPECT_FALSE(ok);
  EXPECT_EQ(error.to_string(), "c.json:2: number 1e999 is too large");
}

// Brackets after a NUL, which the document parser never reads, were scanned
// for lines with every value's whole pointer copied: length x depth, 840 MB
// and a libFuzzer timeout under the sanitizers for 3.3 KB.
TEST(ConfigFuzzRegression, DeepBracketsAfterANul) {
  std::string text, error_text;
  ASSERT_TRUE(read_file(V8LINT_SOURCE_DIR "/tests/fuzz/crashes/fuzz_config-deep-brackets-after-nul", text, error_text));
  Config config;
  ConfigError error;
  EXPECT_FALSE(parse_config(text, "fuzz.json", [](std::string_view) { return true; }, config, error));
  EXPECT_EQ(error.to_string(), "fuzz.json:1: the configuration must be a JSON object");
}

// The line scan records values down to 64 levels (the deepest a configuration
// may nest); a deeper value takes the line of its ancestor at that depth.
TEST(ConfigFuzzRegression, LinesOfValuesNestedDeeperThan64TakeTheirAncestorsLine) {
  const int depth = 2000;
  std::string text;
  for (int i = 0; i < depth; ++i) text += "[\n";  // the array at depth d opens on line d + 1
  text += "1";
  for (int i = 0; i < depth; ++i) text += "]";
  JsonLines lines(text);
  nlohmann::json::json_pointer at_10, at_64, at_1000;
  for (int i = 0; i < 1000; ++i) {
    at_1000 /= 0;
    if (i < 10) at_10 /= 0;
    if (i < 64) at_64 /= 0;
  }
  EXPECT_EQ(lines.line_of(at_10), 11u);
  EXPECT_EQ(lines.line_of(at_64), 65u);
  EXPECT_EQ(lines.line_of(at_1000), 65u);
}

}  // namespace
}  // namespace v8lint
