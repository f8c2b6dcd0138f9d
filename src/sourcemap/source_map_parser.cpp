// parse_source_map: the JSON of a Source Map v3 into SourceMap.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <tuple>

#include "sourcemap/mappings_decoder.h"
#include "sourcemap/source_map.h"
#include "sourcemap/url.h"

namespace v8lint::sourcemap {
namespace {
using Json = nlohmann::json;

// nlohmann's message without its "[json.exception.parse_error.101] " tag;
// it already says "parse error at line L, column C: ...".
std::string parse_error_text(const nlohmann::json::exception& e) {
  std::string text = e.what();
  size_t tag_end = text.find("] ");
  return tag_end == std::string::npos ? text : text.substr(tag_end + 2);
}

// `key` as an array whose entries are strings (or null, when `nulls`).
bool read_strings(const Json& map, const char* key, bool nulls, std::vector<std::optional<std::string>>& out,
                  std::string& error) {
  auto it = map.find(key);
  if (it == map.end() || it->is_null()) return true;
  bool ok = it->is_array() && std::all_of(it->begin(), it->end(), [&](const Json& entry) {
              return entry.is_string() || (nulls && entry.is_null());
            });
  if (!ok) {
    error = std::string("\"") + key + "\" is not an array of strings" + (nulls ? " (or nulls)" : "");
    return false;
  }
  for (const Json& entry : *it) out.push_back(entry.is_string() ? std::optional(entry.get<std::string>()) : std::nullopt);
  return true;
}

class MapReader {
 public:
  MapReader(SourceMap& map, const std::string& map_path) : map_(map), map_path_(map_path) {}
  bool read(const Json& document, std::string& error);

 private:
  bool read_plain(const Json& map, uint32_t line_offset, uint32_t column_offset, std::string& error);
  bool read_sections(const Json& sections, std::string& error);
  bool read_section(const Json& section, std::string& error);

  SourceMap& map_;
  const std::string& map_path_;
};

bool check_version(const Json& map, std::string& error) {
  auto version = map.find("version");
  if (version != map.end() && version->is_number_integer() && *version == 3) return true;
  error = version == map.end() ? "no \"version\" (expected 3)" : "\"version\" is " + version->dump().substr(0, 20) + ", not 3";
  return false;
}

bool MapReader::read(const Json& document, std::string& error) {
  if (!document.is_object()) {
    error = "not a JSON object";
    return false;
  }
  if (!check_version(document, error)) return false;
  auto sections = document.find("sections");
  return sections != document.end() ? read_sections(*sections, error) : read_plain(document, 0, 0, error);
}

bool MapReader::read_plain(const Json& map, uint32_t line_offset, uint32_t column_offset, std::string& error) {
  std::vector<std::optional<std::string>> sources, contents, names;
  auto mappings = map.find("mappings");
  auto root = map.find("sourceRoot");
  bool root_ok = root == map.end() || root->is_string() || root->is_null();
  if (!root_ok) error = "\"sourceRoot\" is not a string";
  if (!root_ok || !read_strings(map, "sources", true, sources, error) ||
      !read_strings(map, "sourcesContent", true, contents, error) || !read_strings(map, "names", false, names, error))
    return false;
  if (map.find("sources") == map.end() || mappings == map.end() || !mappings->is_string()) {
    error = map.find("sources") == map.end() ? "no \"sources\"" : "\"mappings\" is missing or not a string";
    return false;
  }
  MappingsFrame frame{line_offset, column_offset, static_cast<uint32_t>(map_.sources.size()),
                      static_cast<uint32_t>(sources.size()), static_cast<uint32_t>(map_.names.size()),
                      static_cast<uint32_t>(names.size())};
  std::string source_root = root != map.end() && root->is_string() ? root->get<std::string>() : "";
  for (size_t i = 0; i < sources.size(); ++i) {
    map_.sources.push_back(sources[i] ? resolve_source(source_root, *sources[i], map_path_) : "");
    map_.contents.push_back(i < contents.size() ? contents[i] : std::nullopt);
  }
  for (auto& name : names) map_.names.push_back(std::move(*name));
  return decode_mappings(mappings->get_ref<const std::string&>(), frame, map_.mappings, error);
}

bool MapReader::read_sections(const Json& sections, std::string& error) {
  if (!sections.is_array()) {
    error = "\"sections\" is not an array";
    return false;
  }
  for (size_t i = 0; i < sections.size(); ++i) {
    if (!read_section(sections[i], error)) {
      error = "section " + std::to_string(i + 1) + ": " + error;
      return false;
    }
  }
  return true;
}

bool MapReader::read_section(const Json& section, std::string& error) {
  const Json* offset = section.is_object() && section.contains("offset") ? &section["offset"] : nullptr;
  auto is_count = [](const Json& value) { return value.is_number_unsigned() && value <= UINT32_MAX; };
  if (offset == nullptr || !offset->is_object() || !is_count(offset->value("line", Json())) ||
      !is_count(offset->value("column", Json()))) {
    error = "no \"offset\" with a non-negative \"line\" and \"column\"";
    return false;
  }
  if (section.contains("url")) {
    error = "a section by \"url\" (only embedded \"map\" sections are supported)";
    return false;
  }
  const Json* map = section.contains("map") ? &section["map"] : nullptr;
  if (map == nullptr || !map->is_object() || map->contains("sections")) {
    error = map == nullptr || !map->is_object() ? "no \"map\" object" : "a nested index map";
    return false;
  }
  if (!check_version(*map, error)) return false;
  return read_plain(*map, (*offset)["line"].get<uint32_t>(), (*offset)["column"].get<uint32_t>(), error);
}

bool by_generated_position(const Mapping& a, const Mapping& b) {
  return std::tie(a.generated_line, a.generated_column) < std::tie(b.generated_line, b.generated_column);
}

}  // namespace

bool parse_source_map(std::string_view json, const std::string& map_path, SourceMap& map, std::string& error) {
  map = SourceMap();
  if (json.starts_with("\xEF\xBB\xBF")) json.remove_prefix(3);
  if (json.starts_with(")]}'")) json.remove_prefix(json.find('\n') == std::string_view::npos ? json.size() : json.find('\n'));
  Json document;
  try {
    document = Json::parse(json.begin(), json.end());
  } catch (const nlohmann::json::exception& e) {
    error = "not JSON: " + parse_error_text(e);
    return false;
  }
  if (!MapReader(map, map_path).read(document, error)) return false;
  if (!std::is_sorted(map.mappings.begin(), map.mappings.end(), by_generated_position))
    std::stable_sort(map.mappings.begin(), map.mappings.end(), by_generated_position);
  return true;
}

}  // namespace v8lint::sourcemap
