#include "join/join_settings.h"

#include <filesystem>

#include "files/ignore_list.h"

namespace v8lint::join {

std::shared_ptr<const LoadedConfig> JoinSettings::config_for(const std::string& path) {
  return configs_.for_directory(normal_absolute_path(std::filesystem::path(path).parent_path()));
}

TraceHotConfig JoinSettings::hot_trace(const std::string& path) {
  std::shared_ptr<const LoadedConfig> loaded = config_for(path);
  return loaded ? loaded->config.hot.trace : TraceHotConfig{};
}

Severity JoinSettings::rule_severity(const std::string& path, const std::string& rule, Severity fallback) {
  std::shared_ptr<const LoadedConfig> loaded = config_for(path);
  if (!loaded) return Severity::Off;  // a broken configuration: its files get no findings
  auto setting = loaded->config.rules.find(rule);
  return setting == loaded->config.rules.end() ? fallback : setting->second.severity;
}

}  // namespace v8lint::join
