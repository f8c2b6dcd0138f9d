// Turns V8 script names (absolute paths, file:// URLs, Windows paths,
// node:internals) into the paths findings show, decides which scripts are
// reported at all, and finds the source line for code frames.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/source_text.h"
#include "trace/trace_data.h"

namespace v8lint::trace {

struct PathOptions {
  std::string source_root = ".";                             // where recorded paths are matched
  std::vector<std::pair<std::string, std::string>> path_maps;  // FROM=TO prefix rewrites
  bool include_internals = false;                            // node:*, natives, <unknown>
  bool include_dependencies = false;                         // node_modules
};

enum class ScriptOrigin { User, Dependency, Internal };

// The path part of a script name: file:// URLs decoded, "/C:/x" -> "C:/x".
std::string script_path_of(std::string_view script_name);
ScriptOrigin origin_of(std::string_view script_name);
// A path with a node_modules segment.
bool is_dependency_path(std::string_view path);

// Fills location.line_text with a window of `text` around location.start (nothing when `text` is null).
void add_line_text(const SourceText* text, Location& location);

class ScriptResolver {
 public:
  ScriptResolver(const ScriptTable& scripts, PathOptions options);

  bool is_reported(uint32_t script);
  bool reports_dependencies() const { return options_.include_dependencies; }
  const std::string& display_path(uint32_t script);
  // Fills location.line_text (a window of the start line) from the file on
  // disk, else from the log's script-source; leaves it empty when neither is known.
  void add_line_text(uint32_t script, Location& location);
  // The file on disk, else the log's script-source; null when neither is known.
  const SourceText* source_text(uint32_t script) { return resolve(script).text.get(); }
  // Whether the script was found as a file (not just in the log's script-source).
  bool is_on_disk(uint32_t script) { return resolve(script).on_disk; }
  // A recorded path with the first matching --path-map applied.
  std::string mapped_path(std::string path) const;
  // The path a file is shown by when it exists: the recorded path, else the
  // longest suffix of it under the source root; nullopt when neither exists.
  std::optional<std::string> find_on_disk(const std::string& path) const;

 private:
  struct Resolved {
    bool reported = false;
    std::string path;
    std::unique_ptr<SourceText> text;  // null when neither file nor script-source is known
    bool on_disk = false;
  };
  Resolved& resolve(uint32_t script);

  const ScriptTable& scripts_;
  PathOptions options_;
  std::map<uint32_t, Resolved> resolved_;
};

}  // namespace v8lint::trace
