// Arbitrary bytes linted end to end with every static rule on and every
// function hot. The first byte picks the dialect (JS, TS, TSX).
#include <string>

#include "lint/every_rule_config.h"
#include "lint/file_linter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const v8lint::Config config = v8lint::every_rule_config();
  if (size == 0) return 0;
  const v8lint::Dialect dialect = static_cast<v8lint::Dialect>(data[0] % 3);
  v8lint::SourceText source("fuzz.ts", std::string(reinterpret_cast<const char*>(data + 1), size - 1));
  v8lint::lint_source(source, dialect, config);
  return 0;
}
