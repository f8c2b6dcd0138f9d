// Finding COMMAND on PATH before starting it, like execvp.
#include "process/executable_lookup.h"

#include <gtest/gtest.h>

#include "../report/temp_dir.h"

namespace v8lint::process {
namespace {
using v8lint::testing::TempDir;

std::filesystem::path write_program(const TempDir& temp, const std::string& relative, bool executable) {
  std::filesystem::path file = temp.write(relative, "#!/bin/sh\n");
  std::filesystem::permissions(file, executable ? std::filesystem::perms::owner_all : std::filesystem::perms::owner_read);
  return file;
}

TEST(ExecutableLookup, FirstExecutableOnThePathWins) {
  TempDir temp;
  write_program(temp, "a/tool", false);
  std::filesystem::create_directories(temp.path() / "b/tool");  // a directory is not a program
  std::filesystem::path found = write_program(temp, "c d/tool", true);
  write_program(temp, "e/tool", true);
  std::string path = (temp.path() / "a").string() + ":" + (temp.path() / "b").string() + ":" +
                     (temp.path() / "c d").string() + ":" + (temp.path() / "e").string();
  EXPECT_EQ(find_executable("tool", path), found.string());
  EXPECT_EQ(find_executable("missing", path), std::nullopt);
  EXPECT_EQ(find_executable("", path), std::nullopt);
}

TEST(ExecutableLookup, NamesWithASlashAreTakenAsTheyAre) {
  EXPECT_EQ(find_executable("./no/such/tool", "/usr/bin"), "./no/such/tool");  // exec reports what is wrong
}

TEST(ExecutableLookup, AnEmptyPathEntryIsTheWorkingDirectory) {
  TempDir temp;
  write_program(temp, "tool", true);
  std::filesystem::path before = std::filesystem::current_path();
  std::filesystem::current_path(temp.path());
  EXPECT_EQ(find_executable("tool", "/nonexistent::/also-not"), "./tool");
  std::filesystem::current_path(before);
}

}  // namespace
}  // namespace v8lint::process
