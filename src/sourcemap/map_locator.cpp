#include "sourcemap/map_locator.h"

#include <algorithm>
#include <filesystem>

#include "core/source_text.h"
#include "sourcemap/url.h"

namespace v8lint::sourcemap {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kKey = "sourceMappingURL=";
constexpr std::string_view kSpaces = " \t\r\n";

MapSearch read_map_file(const std::string& path, MapText& out, std::string& error) {
  out.name = path;
  out.map_path = path;
  std::string problem;
  if (read_file(path, out.json, problem)) return MapSearch::Found;
  // read_file names the file first; the caller names it already.
  error = problem.starts_with(path + ": ") ? problem.substr(path.size() + 2) : problem;
  return MapSearch::Failed;
}

MapSearch read_url(const std::string& script_path, std::string_view url, const LocalPath& local_path, MapText& out,
                   std::string& error) {
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
  if (path.is_relative()) {
    path = fs::path(script_path).parent_path() / path;  // the script's path is local already
  } else if (local_path) {
    path = local_path(path.lexically_normal().generic_string());
  }
  return read_map_file(path.lexically_normal().generic_string(), out, error);
}

}  // namespace

std::string_view find_source_mapping_url(std::string_view script) {
  // Each candidate is read only up to the next (later) one, so a text made
  // of nothing but markers still costs linear time.
  size_t limit = script.size();
  for (size_t at = script.rfind(kKey); at != std::string_view::npos && at >= 4; at = script.rfind(kKey, at - 1)) {
    std::string_view marker = script.substr(at - 4, 4);
    bool reaches_script_end = limit == script.size();
    std::string_view url = script.substr(at + kKey.size(), limit - std::min(limit, at + kKey.size()));
    limit = at - 4;
    size_t end = std::min(url.find_first_of(kSpaces), url.size());
    if ((marker != "//# " && marker != "//@ ") || end == 0) continue;
    std::string_view rest = url.substr(end);
    size_t line_end = rest.find('\n');
    bool blank = rest.substr(0, line_end).find_first_not_of(kSpaces) == std::string_view::npos;
    if (blank && (line_end != std::string_view::npos || reaches_script_end)) return url.substr(0, end);
  }
  return {};
}

MapSearch locate_source_map(const std::string& script_path, std::string_view script_text, std::string_view logged_url,
                            MapText& out, std::string& error, const LocalPath& local_path) {
  std::string_view url = find_source_mapping_url(script_text);
  if (!url.empty()) return read_url(script_path, url, local_path, out, error);
  std::error_code ec;
  if (fs::is_regular_file(script_path + ".map", ec)) return read_map_file(script_path + ".map", out, error);
  if (!logged_url.empty()) return read_url(script_path, logged_url, local_path, out, error);
  return MapSearch::None;
}

}  // namespace v8lint::sourcemap
