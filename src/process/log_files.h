// The logs a run produced, and keeping them (--keep-logs DIR) before the
// private directory they were written to is removed.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace v8lint::process {

// The isolate logs in `dir`, sorted by name.
std::vector<std::filesystem::path> isolate_logs(const std::filesystem::path& dir);

// Copies `logs` into `destination` (created if needed, same-named files
// replaced); false with `error` naming the file that failed.
bool keep_logs(const std::vector<std::filesystem::path>& logs, const std::filesystem::path& destination,
               std::string& error);

}  // namespace v8lint::process
