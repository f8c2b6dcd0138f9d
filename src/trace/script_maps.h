// The source maps of the generated scripts the logs ran (TypeScript output,
// bundles): each script's map is found and parsed once, and trace positions
// in it are mapped to the original sources findings then point at.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/source_text.h"
#include "sourcemap/source_map.h"
#include "trace/script_paths.h"
#include "trace/trace_data.h"

namespace v8lint::trace {

struct OriginalPoint {
  const std::string* path = nullptr;      // as findings show it
  const SourceText* text = nullptr;       // the file on disk, else sourcesContent; null when neither
  Position position;
};

class ScriptMaps {
 public:
  ScriptMaps(const ScriptTable& scripts, ScriptResolver& resolver) : scripts_(scripts), resolver_(resolver) {}

  // Where `point` came from; nullopt when its script is not reported or has no
  // usable map, or the map leaves the position unmapped (findings then keep the generated one).
  std::optional<OriginalPoint> original(const SourcePoint& point);
  // Whether findings at `point` are reported: its script is, and the original
  // source it maps to is not a dependency (bundles hold node_modules code) unless those are reported.
  bool is_reported(const SourcePoint& point);
  // Whether the script has a usable map.
  bool has_map(uint32_t script) { return load(script).map.has_value(); }
  // The reported original sources of the script's map that are files on disk.
  std::vector<std::string> sources_on_disk(uint32_t script);
  // One per script whose map is named but missing or broken.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  struct OriginalSource {
    std::string path;
    std::unique_ptr<SourceText> text;
    bool on_disk = false;
  };
  struct ScriptMap {
    std::optional<sourcemap::SourceMap> map;
    std::vector<OriginalSource*> sources;  // per map source, loaded on first use
  };
  ScriptMap& load(uint32_t script);
  OriginalSource& source(ScriptMap& script_map, uint32_t index);

  const ScriptTable& scripts_;
  ScriptResolver& resolver_;
  std::map<uint32_t, ScriptMap> maps_;
  std::map<std::string, OriginalSource> sources_;  // by resolved path: maps may share sources
  std::vector<std::string> warnings_;
};

}  // namespace v8lint::trace
