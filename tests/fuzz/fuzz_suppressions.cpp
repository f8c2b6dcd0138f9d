// Arbitrary bytes as a JS file whose comments are read as disable
// directives, then applied to findings on every line of the file.
#include <string>
#include <vector>

#include "lint/suppressions.h"

namespace {

std::vector<v8lint::Diagnostic> one_finding_per_line(const v8lint::SourceText& source, size_t size) {
  std::vector<v8lint::Diagnostic> findings;
  for (size_t offset = 0; offset < size; offset += 16) {
    v8lint::Diagnostic& d = findings.emplace_back();
    d.rule_id = offset % 32 == 0 ? "delete-property" : "holey-array";
    d.location = source.location(static_cast<uint32_t>(offset), static_cast<uint32_t>(offset));
  }
  return findings;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  v8lint::SourceText source("fuzz.js", std::string(reinterpret_cast<const char*>(data), size));
  std::vector<v8lint::Diagnostic> findings = one_finding_per_line(source, size);
  v8lint::drop_suppressed(source, v8lint::Dialect::JavaScript, findings, {true, nullptr, nullptr});
  return 0;
}
