// The trace readers take a path, so fuzz input goes through one temporary file
// per process, rewritten for every input.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>

namespace v8lint::fuzz {

// $TMPDIR, else tmpfs when the machine has one: the file is rewritten for every
// input, and on a disk file system (ext4 flushes a file truncated and written
// again) that made the log fuzzers wait on block I/O for most of their time.
inline std::string temp_directory() {
  if (const char* dir = std::getenv("TMPDIR"); dir != nullptr && *dir != '\0') return dir;
  return access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
}

// Removed when the fuzzer exits normally (it leaves one file per process otherwise).
struct TempFile {
  std::string path = temp_directory() + "/v8lint-fuzz-" + std::to_string(getpid()) + ".log";
  ~TempFile() { unlink(path.c_str()); }
};

inline const std::string& write_temp_file(const uint8_t* data, size_t size) {
  static const TempFile file;
  std::ofstream out(file.path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  return file.path;
}

}  // namespace v8lint::fuzz
