// Arbitrary bytes as a source map, and as a script whose sourceMappingURL
// comment may hold an inline data: URL map: the JSON checks, the mappings
// decoder and the lookup at and around every decoded segment.
#include <string>
#include <string_view>

#include "sourcemap/map_locator.h"
#include "sourcemap/source_map.h"
#include "sourcemap/url.h"

namespace {

void parse_and_look_up(std::string_view json) {
  v8lint::sourcemap::SourceMap map;
  std::string error;
  if (!v8lint::sourcemap::parse_source_map(json, "/fuzz/dist/app.js.map", map, error)) return;
  for (const v8lint::sourcemap::Mapping& m : map.mappings) {
    for (uint32_t column : {m.generated_column, m.generated_column + 1, m.generated_column + 2}) {
      auto found = map.lookup(m.generated_line + 1, column);
      if (found && found->source >= map.sources.size()) __builtin_trap();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  parse_and_look_up(text);
  std::string_view url = v8lint::sourcemap::find_source_mapping_url(text);
  std::string json, error;
  if (v8lint::sourcemap::is_data_url(url) && v8lint::sourcemap::decode_data_url(url, json, error)) parse_and_look_up(json);
  v8lint::sourcemap::resolve_source(url.substr(0, 64), url, "/fuzz/dist/app.js.map");
  return 0;
}
