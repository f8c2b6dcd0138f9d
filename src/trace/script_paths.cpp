#include "trace/script_paths.h"

#include <filesystem>

#include "sourcemap/url.h"

namespace v8lint::trace {
namespace fs = std::filesystem;
namespace {

// Relative to the working directory when below it (as `check` shows paths), else as found.
std::string shown_path(const fs::path& found) {
  std::error_code ec;
  fs::path absolute = fs::absolute(found, ec).lexically_normal();
  fs::path relative = absolute.lexically_relative(fs::current_path(ec));
  if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
  return found.lexically_normal().generic_string();
}

bool is_web_url(std::string_view name) { return name.starts_with("http://") || name.starts_with("https://"); }

}  // namespace

std::string script_path_of(std::string_view script_name) { return sourcemap::file_url_path(script_name); }

bool is_dependency_path(std::string_view path) {
  return path.starts_with("node_modules/") || path.starts_with("node_modules\\") ||
         path.find("/node_modules/") != std::string_view::npos || path.find("\\node_modules\\") != std::string_view::npos;
}

ScriptOrigin origin_of(std::string_view script_name) {
  std::string path = script_path_of(script_name);
  bool user = path.starts_with('/') || sourcemap::is_drive_path(path) || path.starts_with("\\\\") || is_web_url(path);
  if (!user) return ScriptOrigin::Internal;
  return is_dependency_path(path) ? ScriptOrigin::Dependency : ScriptOrigin::User;
}

ScriptResolver::ScriptResolver(const ScriptTable& scripts, PathOptions options)
    : scripts_(scripts), options_(std::move(options)) {}

bool ScriptResolver::is_reported(uint32_t script) { return resolve(script).reported; }

const std::string& ScriptResolver::display_path(uint32_t script) { return resolve(script).path; }

void add_line_text(const SourceText* text, Location& location) {
  if (text == nullptr) return;
  uint32_t offset = text->offset_of(location.start);
  Location framed = text->location(offset, offset);  // a window of the line, not all of it
  location.line_text = std::move(framed.line_text);
  location.line_text_column = framed.line_text_column;
}

void ScriptResolver::add_line_text(uint32_t script, Location& location) {
  trace::add_line_text(resolve(script).text.get(), location);
}

std::string ScriptResolver::mapped_path(std::string path) const {
  for (const auto& [from, to] : options_.path_maps) {
    if (path.starts_with(from)) return to + path.substr(from.size());
  }
  return path;
}

// The recorded path when it exists, else the longest suffix of it that exists
// under the source root (logs are often recorded on another machine or in CI).
std::optional<std::string> ScriptResolver::find_on_disk(const std::string& path) const {
  std::error_code ec;
  fs::path recorded(path);
  if (recorded.is_absolute() && fs::is_regular_file(recorded, ec)) return shown_path(recorded);
  std::string generic = path;
  for (char& c : generic) {
    if (c == '\\') c = '/';
  }
  if (is_web_url(generic)) generic = generic.substr(generic.find('/', generic.find("//") + 2));
  fs::path root(options_.source_root);
  for (size_t slash = generic.find('/'); slash != std::string::npos; slash = generic.find('/', slash + 1)) {
    std::string suffix = generic.substr(slash + 1);
    if (suffix.empty()) break;
    fs::path candidate = root / suffix;
    if (fs::is_regular_file(candidate, ec)) return shown_path(candidate);
  }
  return std::nullopt;
}

ScriptResolver::Resolved& ScriptResolver::resolve(uint32_t script) {
  auto [it, added] = resolved_.try_emplace(script);
  Resolved& resolved = it->second;
  if (!added) return resolved;
  const std::string& name = scripts_.name(script);
  ScriptOrigin origin = origin_of(name);
  resolved.reported = origin == ScriptOrigin::User || (origin == ScriptOrigin::Dependency && options_.include_dependencies) ||
                      (origin == ScriptOrigin::Internal && options_.include_internals);
  resolved.path = mapped_path(script_path_of(name));
  std::string bytes, error;
  if (origin != ScriptOrigin::Internal) {
    auto on_disk = find_on_disk(resolved.path);
    if (on_disk && read_file(*on_disk, bytes, error)) {
      resolved.path = *on_disk;
      resolved.on_disk = true;
      resolved.text = std::make_unique<SourceText>(resolved.path, std::move(bytes));
      return resolved;
    }
  }
  if (const std::string* source = scripts_.source(script)) {
    resolved.text = std::make_unique<SourceText>(resolved.path, *source);
  }
  return resolved;
}

}  // namespace v8lint::trace
