#include "sourcemap/map_locator.h"

#include <filesystem>

#include "core/source_text.h"
#include "sourcemap/url.h"

namespace v8lint::sourcemap {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kKey = "sourceMappingURL=";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Only whitespace up to the end of the line: a comment, not a string literal that quotes one.
bool rest_of_line_blank(std::string_view text) {
  for (char c : text) {
    if (c == '\n') return true;
    if (!is_space(c)) return false;
  }
  return true;
}

MapSearch read_map_file(const std::string& path, MapText& out, std::string& error) {
  out.name = path;
  out.map_path = path;
  std::string problem;
  if (read_file(path, out.json, problem)) return MapSearch::Found;
  // read_file names the file first; the caller names it already.
  error = problem.starts_with(path + ": ") ? problem.substr(path.size() + 2) : problem;
  return MapSearch::Failed;
}

MapSearch read_url(const std::string& script_path, std::string_view url, MapText& out, std::string& error) {
  if (is_data_url(url)) {
    out.name = "inline data: URL";
    out.map_path = script_path;
    return decode_data_url(url, out.json, error) ? MapSearch::Found : MapSearch::Failed;
  }
  if (is_non_file_url(url)) {
    out.name = std::string(url.substr(0, 200));
    error = "not a file or data: URL";
    return MapSearch::Failed;
  }
  fs::path path(url.starts_with("file:") ? file_url_path(url) : percent_decode(url));
  if (path.is_relative()) path = fs::path(script_path).parent_path() / path;
  return read_map_file(path.lexically_normal().generic_string(), out, error);
}

}  // namespace

std::string_view find_source_mapping_url(std::string_view script) {
  for (size_t at = script.rfind(kKey); at != std::string_view::npos && at >= 4; at = script.rfind(kKey, at - 1)) {
    std::string_view marker = script.substr(at - 4, 4);
    if (marker != "//# " && marker != "//@ ") continue;
    std::string_view url = script.substr(at + kKey.size());
    size_t end = 0;
    while (end < url.size() && !is_space(url[end])) ++end;
    if (end > 0 && rest_of_line_blank(url.substr(end))) return url.substr(0, end);
  }
  return {};
}

MapSearch locate_source_map(const std::string& script_path, std::string_view script_text, std::string_view logged_url,
                            MapText& out, std::string& error) {
  std::string_view url = find_source_mapping_url(script_text);
  if (!url.empty()) return read_url(script_path, url, out, error);
  std::error_code ec;
  if (fs::is_regular_file(script_path + ".map", ec)) return read_map_file(script_path + ".map", out, error);
  if (!logged_url.empty()) return read_url(script_path, logged_url, out, error);
  return MapSearch::None;
}

}  // namespace v8lint::sourcemap
