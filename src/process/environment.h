// The child's environment: v8lint's own, with one directory put first on PATH.
#pragma once

#include <string>
#include <vector>

namespace v8lint::process {

// NAME=VALUE strings of this process's environment, PATH replaced by
// `directory` followed by `search_path` (the PATH v8lint resolved with).
std::vector<std::string> environment_with_path_first(const std::string& directory, const std::string& search_path);

}  // namespace v8lint::process
