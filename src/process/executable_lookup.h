// Finds a command the way execvp would, but before anything is started, so a
// missing command is a clear error and v8lint knows which binary will run.
#pragma once

#include <optional>
#include <string>

namespace v8lint::process {

// `name` with a '/' is taken as it is; otherwise the first executable regular
// file named `name` in the ':'-separated `search_path` (an empty entry is the
// working directory). Nullopt when there is none.
std::optional<std::string> find_executable(const std::string& name, const std::string& search_path);

// The PATH of this process, or the POSIX default when it is unset.
std::string current_search_path();

}  // namespace v8lint::process
