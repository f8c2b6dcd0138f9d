// A scratch directory tree for tests that touch the file system; removed on
// destruction.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace v8lint::testing {

class TempTree {
 public:
  TempTree() {
    std::string pattern = (std::filesystem::temp_directory_path() / "v8lint-test-XXXXXX").string();
    root_ = mkdtemp(pattern.data());
  }
  ~TempTree() {
    std::error_code ec;
    for (auto& entry : std::filesystem::recursive_directory_iterator(root_, ec))
      std::filesystem::permissions(entry.path(), std::filesystem::perms::owner_all,
                                   std::filesystem::perm_options::add | std::filesystem::perm_options::nofollow, ec);
    std::filesystem::remove_all(root_, ec);
  }
  TempTree(const TempTree&) = delete;
  TempTree& operator=(const TempTree&) = delete;

  const std::filesystem::path& root() const { return root_; }
  std::filesystem::path path(const std::string& relative) const { return root_ / relative; }

  // Writes `content` to `relative`, creating parent directories.
  std::filesystem::path write(const std::string& relative, const std::string& content = "") const {
    std::filesystem::path file = path(relative);
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file;
  }

 private:
  std::filesystem::path root_;
};

}  // namespace v8lint::testing
