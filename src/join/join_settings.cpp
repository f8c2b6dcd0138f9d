#include "join/join_settings.h"

#include <filesystem>

#include "files/ignore_list.h"

namespace v8lint::join {

TraceHotConfig JoinSettings::hot_trace(const std::string& path) {
  std::shared_ptr<const LoadedConfig> loaded =
      configs_.for_directory(normal_absolute_path(std::filesystem::path(path).parent_path()));
  return loaded ? loaded->config.hot.trace : TraceHotConfig{};
}

}  // namespace v8lint::join
