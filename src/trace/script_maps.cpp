#include "trace/script_maps.h"

#include <filesystem>

#include "sourcemap/map_locator.h"

namespace v8lint::trace {
namespace fs = std::filesystem;

ScriptMaps::ScriptMap& ScriptMaps::load(uint32_t script) {
  auto [it, added] = maps_.try_emplace(script);
  ScriptMap& script_map = it->second;
  if (!added) return script_map;
  const SourceText* text = resolver_.source_text(script);
  const std::string& path = resolver_.display_path(script);
  sourcemap::MapText found;
  std::string error;
  auto local_path = [this](const std::string& recorded) {
    return resolver_.find_on_disk(resolver_.mapped_path(recorded)).value_or(recorded);
  };
  auto search = sourcemap::locate_source_map(path, text ? text->bytes() : std::string_view(), scripts_.source_map_url(script),
                                             found, error, local_path);
  sourcemap::SourceMap map;
  if (search == sourcemap::MapSearch::Found && sourcemap::parse_source_map(found.json, found.map_path, map, error)) {
    script_map.sources.assign(map.sources.size(), nullptr);
    script_map.map = std::move(map);
  } else if (search != sourcemap::MapSearch::None) {
    warnings_.push_back(path + ": source map " + found.name + ": " + error + "; findings use generated positions");
  }
  return script_map;
}

ScriptMaps::OriginalSource& ScriptMaps::source(ScriptMap& script_map, uint32_t index) {
  if (script_map.sources[index] != nullptr) return *script_map.sources[index];
  const std::string& resolved = script_map.map->sources[index];
  auto [it, added] = sources_.try_emplace(resolved);
  OriginalSource& original = it->second;
  script_map.sources[index] = &original;
  if (!added) return original;
  std::string bytes, error;
  std::error_code ec;
  // A relative path is relative to a map found relative to the working directory; an absolute one may be recorded elsewhere.
  bool found_relative = fs::path(resolved).is_relative() && fs::is_regular_file(resolved, ec);
  auto on_disk = found_relative ? std::optional(resolved) : resolver_.find_on_disk(resolver_.mapped_path(resolved));
  original.on_disk = on_disk && read_file(*on_disk, bytes, error);
  original.path = original.on_disk ? *on_disk : resolved;
  const std::optional<std::string>& content = script_map.map->contents[index];
  if (original.on_disk || content) original.text = std::make_unique<SourceText>(original.path, original.on_disk ? bytes : *content);
  return original;
}

std::optional<OriginalPoint> ScriptMaps::original(const SourcePoint& point) {
  // Internals and unreported dependencies (met in inlining chains) keep their positions and raise no map warnings.
  if (!resolver_.is_reported(point.script)) return std::nullopt;
  ScriptMap& script_map = load(point.script);
  if (!script_map.map) return std::nullopt;
  auto position = script_map.map->lookup(point.line, point.column);
  if (!position || script_map.map->sources[position->source].empty()) return std::nullopt;  // empty: a null source
  OriginalSource& original = source(script_map, position->source);
  return OriginalPoint{&original.path, original.text.get(), {position->line, position->column}};
}

bool ScriptMaps::is_reported(const SourcePoint& point) {
  if (!resolver_.is_reported(point.script)) return false;
  auto found = original(point);
  return !found || resolver_.reports_dependencies() || !is_dependency_path(*found->path);
}

std::vector<std::string> ScriptMaps::sources_on_disk(uint32_t script) {
  ScriptMap& script_map = load(script);
  std::vector<std::string> files;
  for (uint32_t index = 0; index < script_map.sources.size(); ++index) {
    OriginalSource& original = source(script_map, index);
    bool reported = resolver_.reports_dependencies() || !is_dependency_path(original.path);
    if (original.on_disk && reported) files.push_back(original.path);
  }
  return files;
}

}  // namespace v8lint::trace
