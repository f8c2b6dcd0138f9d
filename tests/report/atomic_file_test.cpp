#include "report/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

#include "temp_dir.h"

namespace v8lint {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

size_t entries_in(const fs::path& directory) {
  return static_cast<size_t>(std::distance(fs::directory_iterator(directory), fs::directory_iterator()));
}

TEST(AtomicFile, WritesTheWholeFileAndLeavesNoTemporary) {
  TempDir dir;
  std::string path = (dir.path() / "report.sarif").string(), error;
  ASSERT_TRUE(write_file_atomically(path, "{\"a\": 1}\n", error)) << error;
  EXPECT_EQ(testing::read_whole_file(path), "{\"a\": 1}\n");
  EXPECT_EQ(entries_in(dir.path()), 1u);
  struct stat info;
  ASSERT_EQ(::stat(path.c_str(), &info), 0);
  mode_t mask = ::umask(0);
  ::umask(mask);
  EXPECT_EQ(info.st_mode & 0777, 0666 & ~mask);  // as open() would make it, not mkstemp's 0600
}

TEST(AtomicFile, ReplacesAnExistingFileKeepingItsMode) {
  TempDir dir;
  fs::path path = dir.write("out.txt", "old contents that are longer");
  fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  std::string error;
  ASSERT_TRUE(write_file_atomically(path.string(), "new", error)) << error;
  EXPECT_EQ(testing::read_whole_file(path), "new");
  EXPECT_EQ(fs::status(path).permissions(), fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

TEST(AtomicFile, MissingDirectoryIsAnErrorNamingThePathAndCreatesNothing) {
  TempDir dir;
  std::string path = (dir.path() / "missing" / "r.json").string(), error;
  EXPECT_FALSE(write_file_atomically(path, "x", error));
  EXPECT_EQ(error, "cannot write '" + path + "': directory '" + (dir.path() / "missing").string() + "' does not exist");
  EXPECT_EQ(entries_in(dir.path()), 0u);
}

TEST(AtomicFile, ParentThatIsAFileIsAnError) {
  TempDir dir;
  dir.write("plain", "");
  std::string path = (dir.path() / "plain" / "r.json").string(), error;
  EXPECT_FALSE(write_file_atomically(path, "x", error));
  EXPECT_EQ(error, "cannot write '" + path + "': Not a directory");
  EXPECT_EQ(testing::read_whole_file(dir.path() / "plain"), "");
}

TEST(AtomicFile, TargetThatIsADirectoryFailsAndTheTemporaryIsRemoved) {
  TempDir dir;
  fs::create_directory(dir.path() / "out");
  std::string path = (dir.path() / "out").string(), error;
  EXPECT_FALSE(write_file_atomically(path, "x", error));
  EXPECT_EQ(error, "cannot write '" + path + "': Is a directory");
  EXPECT_EQ(entries_in(dir.path()), 1u);  // just out/, no leftover temporary beside it
  EXPECT_EQ(entries_in(dir.path() / "out"), 0u);
}

TEST(AtomicFile, RelativePathWithoutDirectoryWritesIntoTheWorkingDirectory) {
  TempDir dir;
  fs::path previous = fs::current_path();
  fs::current_path(dir.path());
  std::string error;
  bool ok = write_file_atomically("plain.txt", "here", error);
  fs::current_path(previous);
  ASSERT_TRUE(ok) << error;
  EXPECT_EQ(testing::read_whole_file(dir.path() / "plain.txt"), "here");
}

}  // namespace
}  // namespace v8lint
