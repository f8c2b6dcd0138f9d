// A decoded Source Map v3: the original sources and, per generated
// position, the original position it came from.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace v8lint::sourcemap {

inline constexpr uint32_t kNoSource = UINT32_MAX;
inline constexpr uint32_t kNoName = UINT32_MAX;

// One segment of "mappings", with its relative fields summed up. Lines and
// columns are 0-based; columns count UTF-16 code units.
struct Mapping {
  uint32_t generated_line = 0;
  uint32_t generated_column = 0;
  uint32_t source = kNoSource;  // kNoSource: the generated code maps to no source
  uint32_t line = 0;
  uint32_t column = 0;
  uint32_t name = kNoName;
};

// An original position as findings show it: 1-based line, 1-based UTF-16 column.
struct OriginalPosition {
  uint32_t source = 0;  // index into SourceMap::sources
  uint32_t line = 0;
  uint32_t column = 0;
  const std::string* name = nullptr;  // the "names" entry of the segment, if any
};

struct SourceMap {
  // Paths or URLs, resolved against "sourceRoot" and the map's own location.
  std::vector<std::string> sources;
  std::vector<std::optional<std::string>> contents;  // "sourcesContent", one per source
  std::vector<std::string> names;
  std::vector<Mapping> mappings;  // sorted by generated line, then column

  // The original position of generated 1-based `line` and 1-based UTF-16
  // `column` (as V8 reports them): the last segment at or before the column on
  // that line. nullopt when there is none or it maps to no source.
  std::optional<OriginalPosition> lookup(uint32_t line, uint32_t column) const;
};

// Parses a Source Map v3 (plain, or an index map with "sections") read from
// `map_path`: relative sources resolve against its directory (for an inline
// data: URL pass the script's own path). False with `error` set (why, with
// the JSON line where known; the caller names the map) on anything invalid.
bool parse_source_map(std::string_view json, const std::string& map_path, SourceMap& map, std::string& error);

}  // namespace v8lint::sourcemap
