// Finds a generated script's source map: the URL of its last
// `//# sourceMappingURL=` comment (a file, a file:// URL or an inline data:
// URL), else `<script>.map` beside it, else the URL V8 logged for it.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace v8lint::sourcemap {

// The map's JSON text and where it came from.
struct MapText {
  std::string json;
  std::string name;      // for messages: the map file's path, or "inline data: URL"
  std::string map_path;  // what relative "sources" resolve against
};

// The URL of the script's last `//# sourceMappingURL=` (or `//@`) comment
// that ends its line; empty when it has none.
std::string_view find_source_mapping_url(std::string_view script);

enum class MapSearch {
  None,    // the script names no map and none is beside it
  Found,   // `out` holds the map's text
  Failed,  // a map is named but cannot be read; `out.name` and `error` say which and why
};

// Where an absolute path recorded on another machine is on this one.
using LocalPath = std::function<std::string(const std::string&)>;

// `script_path` is where the script is (relative URLs resolve against it);
// `logged_url` the sourceMappingURL the log carries for it, or empty;
// `local_path`, when given, relocates absolute map paths.
MapSearch locate_source_map(const std::string& script_path, std::string_view script_text, std::string_view logged_url,
                            MapText& out, std::string& error, const LocalPath& local_path = {});

}  // namespace v8lint::sourcemap
