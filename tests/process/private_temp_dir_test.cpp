// The run's scratch directory: private, and gone afterwards.
#include "process/private_temp_dir.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

namespace v8lint::process {
namespace {

TEST(PrivateTempDir, IsPrivateAndRemovedWithItsContents) {
  std::string error;
  std::filesystem::path where;
  {
    std::unique_ptr<PrivateTempDir> temp = PrivateTempDir::create("v8lint-test-run-", error);
    ASSERT_NE(temp, nullptr) << error;
    where = temp->path();
    EXPECT_TRUE(where.filename().string().starts_with("v8lint-test-run-"));
    struct stat info {};
    ASSERT_EQ(::stat(where.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0700u);
    std::filesystem::create_directories(where / "logs");
    std::ofstream(where / "logs" / "isolate-1-2-v8.log") << "v8-version,11\n";
  }
  EXPECT_FALSE(std::filesystem::exists(where));
}

TEST(PrivateTempDir, AnUnusableTmpdirIsAnError) {
  const char* saved = std::getenv("TMPDIR");
  std::string previous = saved != nullptr ? saved : "";
  ::setenv("TMPDIR", "/proc/self/v8lint-not-a-dir", 1);
  std::string error;
  std::unique_ptr<PrivateTempDir> temp = PrivateTempDir::create("v8lint-test-run-", error);
  if (saved != nullptr) ::setenv("TMPDIR", previous.c_str(), 1); else ::unsetenv("TMPDIR");
  // temp_directory_path() rejects a TMPDIR that is not a directory: /tmp is used instead.
  ASSERT_NE(temp, nullptr) << error;
  EXPECT_EQ(temp->path().parent_path(), "/tmp");
}

}  // namespace
}  // namespace v8lint::process
