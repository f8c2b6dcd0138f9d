#include "process/environment.h"

#include <unistd.h>

#include <string_view>

namespace v8lint::process {

std::vector<std::string> environment_with_path_first(const std::string& directory, const std::string& search_path) {
  std::vector<std::string> environment;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    if (!std::string_view(*entry).starts_with("PATH=")) environment.emplace_back(*entry);
  }
  environment.push_back("PATH=" + directory + ":" + search_path);
  return environment;
}

}  // namespace v8lint::process
