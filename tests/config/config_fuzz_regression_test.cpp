// Inputs fuzz_config crashed on (tests/fuzz/crashes), replayed in the normal suite.
#include <gtest/gtest.h>

#include <string>

#include "config/config_loader.h"
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

}  // namespace
}  // namespace v8lint
