// A directory only this process can use (mode 0700, a fresh random name under
// $TMPDIR or /tmp), removed with everything in it when the owner goes away.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

namespace v8lint::process {

class PrivateTempDir {
 public:
  // Null with `error` set when the directory cannot be made.
  static std::unique_ptr<PrivateTempDir> create(const std::string& name_prefix, std::string& error);
  ~PrivateTempDir();
  PrivateTempDir(const PrivateTempDir&) = delete;
  PrivateTempDir& operator=(const PrivateTempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  explicit PrivateTempDir(std::filesystem::path path) : path_(std::move(path)) {}
  std::filesystem::path path_;
};

}  // namespace v8lint::process
