// Decodes the "mappings" string of one source map (or of one section of an
// index map) into absolute Mapping records.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sourcemap/source_map.h"

namespace v8lint::sourcemap {

// Where one map's mappings land in the combined map: an index map's section
// starts at an offset, and its sources and names follow the earlier sections'.
struct MappingsFrame {
  uint32_t line_offset = 0;
  uint32_t column_offset = 0;  // applies to the section's first line only
  uint32_t first_source = 0;
  uint32_t source_count = 0;
  uint32_t first_name = 0;
  uint32_t name_count = 0;
};

// Appends the decoded segments to `out` (unsorted). False with `error` naming
// the generated line and segment on a bad VLQ, a segment of 2, 3 or more
// than 5 fields, a negative position or an index out of range.
bool decode_mappings(std::string_view text, const MappingsFrame& frame, std::vector<Mapping>& out, std::string& error);

}  // namespace v8lint::sourcemap
