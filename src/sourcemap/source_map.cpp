#include "sourcemap/source_map.h"

#include <algorithm>

namespace v8lint::sourcemap {

std::optional<OriginalPosition> SourceMap::lookup(uint32_t line, uint32_t column) const {
  if (line == 0 || column == 0) return std::nullopt;
  uint32_t wanted_line = line - 1, wanted_column = column - 1;
  auto after = std::upper_bound(mappings.begin(), mappings.end(), std::make_pair(wanted_line, wanted_column),
                                [](const std::pair<uint32_t, uint32_t>& at, const Mapping& m) {
                                  return at < std::make_pair(m.generated_line, m.generated_column);
                                });
  if (after == mappings.begin()) return std::nullopt;
  const Mapping& found = *(after - 1);
  if (found.generated_line != wanted_line || found.source == kNoSource) return std::nullopt;
  OriginalPosition position{found.source, found.line + 1, found.column + 1};
  if (found.name != kNoName) position.name = &names[found.name];
  return position;
}

}  // namespace v8lint::sourcemap
