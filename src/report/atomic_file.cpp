#include "report/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace v8lint {
namespace {

bool write_all(int fd, std::string_view contents) {
  while (!contents.empty()) {
    ssize_t written = ::write(fd, contents.data(), contents.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    contents.remove_prefix(static_cast<size_t>(written));
  }
  return true;
}

// The mode the file would get from a plain open(): an existing file keeps its
// own, a new one gets 0666 less the umask (mkstemp would leave it 0600).
mode_t mode_for(const std::string& path) {
  struct stat existing;
  if (::stat(path.c_str(), &existing) == 0) return existing.st_mode & 07777;
  mode_t mask = ::umask(0);  // the only way to read the umask; restored at once
  ::umask(mask);
  return 0666 & ~mask;
}

std::string describe_failure(const std::string& path, const std::filesystem::path& directory, int error_number) {
  std::string message = "cannot write '";  // built by appending: GCC 12 misreports `"literal" + string`
  message.append(path).append("': ");
  if (error_number == ENOENT) return message.append("directory '").append(directory.string()).append("' does not exist");
  return message.append(std::strerror(error_number));
}

}  // namespace

bool write_file_atomically(const std::string& path, std::string_view contents, std::string& error) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (directory / target.filename()).string().append(".XXXXXX");
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    error = describe_failure(path, directory, errno);
    return false;
  }
  bool ok = write_all(fd, contents) && ::fchmod(fd, mode_for(path)) == 0 && ::fsync(fd) == 0;
  int failure = ok ? 0 : errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    failure = errno;
  }
  if (ok && ::rename(temp.c_str(), path.c_str()) == 0) return true;
  if (ok) failure = errno;
  ::unlink(temp.c_str());
  error = describe_failure(path, directory, failure);
  return false;
}

}  // namespace v8lint
