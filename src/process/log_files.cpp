#include "process/log_files.h"

#include <algorithm>

#include "process/node_log_flags.h"

namespace v8lint::process {

std::vector<std::filesystem::path> isolate_logs(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> logs;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    if (entry.is_regular_file(error) && is_isolate_log(entry.path())) logs.push_back(entry.path());
  }
  std::sort(logs.begin(), logs.end());
  return logs;
}

bool keep_logs(const std::vector<std::filesystem::path>& logs, const std::filesystem::path& destination,
               std::string& error) {
  std::error_code fs_error;
  std::filesystem::create_directories(destination, fs_error);
  if (fs_error) {
    error = "--keep-logs: cannot create " + destination.string() + ": " + fs_error.message();
    return false;
  }
  for (const std::filesystem::path& log : logs) {
    std::filesystem::path target = destination / log.filename();
    std::filesystem::copy_file(log, target, std::filesystem::copy_options::overwrite_existing, fs_error);
    if (fs_error) {
      error = "--keep-logs: cannot copy " + log.string() + " to " + target.string() + ": " + fs_error.message();
      return false;
    }
  }
  return true;
}

}  // namespace v8lint::process
