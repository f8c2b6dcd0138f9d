// The configuration in force for a joined finding's file: the `hot.trace`
// settings of the .v8lintrc.json that governs it (or --config).
#pragma once

#include <string>

#include "config/config.h"
#include "config/config_resolver.h"

namespace v8lint::join {

class JoinSettings {
 public:
  explicit JoinSettings(ConfigSources sources) : configs_(std::move(sources)) {}
  // The defaults when the file's configuration is broken: the static pass
  // has already reported it.
  TraceHotConfig hot_trace(const std::string& path);

 private:
  ConfigResolver configs_;
};

}  // namespace v8lint::join
