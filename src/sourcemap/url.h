// The URLs a source map deals in: sourceMappingURL values (file paths,
// file:// URLs, data: URLs) and "sources" entries.
#pragma once

#include <string>
#include <string_view>

namespace v8lint::sourcemap {

// "C:/x" or "C:\\x".
bool is_drive_path(std::string_view path);
// "%20" -> ' '; a '%' not followed by two hex digits stays as it is.
std::string percent_decode(std::string_view text);
// "file:///a/b%20c.ts" -> "/a/b c.ts", "file:///C:/x" -> "C:/x"; anything else unchanged.
std::string file_url_path(std::string_view url);
// A scheme other than file: ("http:", "webpack:", "data:"): not a path on disk.
bool is_non_file_url(std::string_view url);

bool is_data_url(std::string_view url);
// The JSON text of a data: URL, base64 (";base64,") or percent-encoded. False
// with `error` set when the media type is not JSON or the payload is invalid.
bool decode_data_url(std::string_view url, std::string& out, std::string& error);

// A "sources" entry joined to "sourceRoot" and made a path: relative ones
// against the directory of `map_path`, file:// URLs decoded, other URLs kept.
std::string resolve_source(std::string_view source_root, std::string_view source, const std::string& map_path);

}  // namespace v8lint::sourcemap
