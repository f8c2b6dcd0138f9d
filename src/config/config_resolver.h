// Finds the configuration in force for each directory: --config when given,
// else the nearest .v8lintrc.json walking up (nearest wins, no merging), else
// the defaults; then the command line's settings on top. Thread-safe: files
// are linted in parallel, and each directory is resolved and each file read
// once.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "config/config.h"
#include "config/config_loader.h"
#include "files/ignore_list.h"

namespace v8lint {

// What the command line says about configuration.
struct ConfigSources {
  std::string forced_path;                    // --config FILE; empty: search
  std::map<std::string, Severity> overrides;  // --rule ID=LEVEL
  bool report_unused_disable_directives = false;
  RuleIdFilter known_rule;
};

// A configuration ready to use: the Config and its compiled ignorePatterns
// (relative to the configuration file's directory).
struct LoadedConfig {
  Config config;
  IgnoreList ignores;
};

class ConfigResolver {
 public:
  explicit ConfigResolver(ConfigSources sources);

  // For files directly in `directory` (normal_absolute_path form). Null when
  // the configuration in force failed to load: see errors().
  std::shared_ptr<const LoadedConfig> for_directory(const std::string& directory);

  // Each configuration file that failed, once, in the order they were met.
  std::vector<ConfigError> errors() const;

 private:
  std::shared_ptr<const LoadedConfig> load(const std::string& file);
  std::shared_ptr<const LoadedConfig> finish(Config config, const std::string& base) const;
  std::shared_ptr<const LoadedConfig> search_up(const std::string& directory);

  ConfigSources sources_;
  mutable std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const LoadedConfig>> by_directory_;
  std::map<std::string, std::shared_ptr<const LoadedConfig>> by_file_;
  std::shared_ptr<const LoadedConfig> defaults_;
  std::vector<ConfigError> errors_;
};

}  // namespace v8lint
