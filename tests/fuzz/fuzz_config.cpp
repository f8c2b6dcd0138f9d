// Arbitrary bytes as a .v8lintrc.json: JSONC, then the schema checks.
#include <string_view>

#include "config/config_loader.h"
#include "config/rule_ids.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  v8lint::Config config;
  v8lint::ConfigError error;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  v8lint::parse_config(text, ".v8lintrc.json", v8lint::known_rule_id, config, error);
  return 0;
}
