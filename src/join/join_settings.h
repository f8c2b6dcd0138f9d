// The configuration in force for a joined finding's file: the `hot.trace`
// settings and rule levels of the .v8lintrc.json that governs it (or --config).
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
  // The level of `rule` in the file's configuration (with --rule on top), else `fallback`.
  Severity rule_severity(const std::string& path, const std::string& rule, Severity fallback);

 private:
  std::shared_ptr<const LoadedConfig> config_for(const std::string& path);

  ConfigResolver configs_;
};

}  // namespace v8lint::join
