// The trace readers take a path, so fuzz input goes through one temporary file
// per process, rewritten for every input.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

namespace v8lint::fuzz {

inline const std::string& write_temp_file(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/v8lint-fuzz-" + std::to_string(getpid()) + ".log";
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  return path;
}

}  // namespace v8lint::fuzz
