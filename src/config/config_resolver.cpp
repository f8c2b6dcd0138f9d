#include "config/config_resolver.h"

#include <filesystem>

namespace v8lint {
namespace fs = std::filesystem;
namespace {

// Relative to the working directory when below it, as the user typed paths.
std::string display_path(const fs::path& absolute) {
  std::error_code ec;
  fs::path relative = absolute.lexically_relative(fs::current_path(ec));
  bool below = !ec && !relative.empty() && *relative.begin() != "..";
  return below ? relative.string() : absolute.string();
}

}  // namespace

ConfigResolver::ConfigResolver(ConfigSources sources) : sources_(std::move(sources)) {
  defaults_ = finish(Config{}, "");
  std::lock_guard lock(mutex_);
  if (!sources_.forced_path.empty()) load(sources_.forced_path);  // reported even when no file is linted
}

std::shared_ptr<const LoadedConfig> ConfigResolver::finish(Config config, const std::string& base) const {
  apply_rule_overrides(config, sources_.overrides);
  config.report_unused_disable_directives = sources_.report_unused_disable_directives;
  auto loaded = std::make_shared<LoadedConfig>();
  if (!base.empty()) loaded->ignores.add(base, config.ignore_patterns);
  loaded->config = std::move(config);
  return loaded;
}

// Called with mutex_ held.
std::shared_ptr<const LoadedConfig> ConfigResolver::load(const std::string& file) {
  auto cached = by_file_.find(file);
  if (cached != by_file_.end()) return cached->second;
  Config config;
  ConfigError error;
  std::shared_ptr<const LoadedConfig> loaded;
  if (load_config_file(file, sources_.known_rule, config, error))
    loaded = finish(std::move(config), normal_absolute_path(fs::path(file).parent_path()));
  else
    errors_.push_back(std::move(error));
  by_file_.emplace(file, loaded);
  return loaded;
}

// Called with mutex_ held. Caches the answer for every directory it passed.
std::shared_ptr<const LoadedConfig> ConfigResolver::search_up(const std::string& directory) {
  std::vector<std::string> passed;
  std::shared_ptr<const LoadedConfig> found = defaults_;
  for (fs::path dir = directory;; dir = dir.parent_path()) {
    auto cached = by_directory_.find(dir.string());
    if (cached != by_directory_.end()) {
      found = cached->second;
      break;
    }
    passed.push_back(dir.string());
    std::error_code ec;
    fs::path candidate = dir / kConfigFileName;
    if (fs::exists(candidate, ec)) {
      found = load(display_path(candidate));
      break;
    }
    if (dir == dir.parent_path()) break;
  }
  for (const std::string& dir : passed) by_directory_.emplace(dir, found);
  return found;
}

std::shared_ptr<const LoadedConfig> ConfigResolver::for_directory(const std::string& directory) {
  std::lock_guard lock(mutex_);
  return sources_.forced_path.empty() ? search_up(directory) : load(sources_.forced_path);
}

std::vector<ConfigError> ConfigResolver::errors() const {
  std::lock_guard lock(mutex_);
  return errors_;
}

}  // namespace v8lint
