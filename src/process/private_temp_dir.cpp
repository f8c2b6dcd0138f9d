#include "process/private_temp_dir.h"

#include <stdlib.h>

#include <cerrno>
#include <cstring>

namespace v8lint::process {

std::unique_ptr<PrivateTempDir> PrivateTempDir::create(const std::string& name_prefix, std::string& error) {
  std::error_code no_temp;
  std::filesystem::path base = std::filesystem::temp_directory_path(no_temp);
  if (no_temp) base = "/tmp";
  std::string pattern = (base / (name_prefix + "XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {  // mkdtemp makes it 0700
    error = "cannot create a temporary directory in " + base.string() + ": " + std::strerror(errno);
    return nullptr;
  }
  return std::unique_ptr<PrivateTempDir>(new PrivateTempDir(pattern));
}

PrivateTempDir::~PrivateTempDir() {
  std::error_code ignored;  // nothing useful to do about a leftover temp file at exit
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace v8lint::process
