// Finding the isolate logs of a run and keeping them.
#include "process/log_files.h"

#include <gtest/gtest.h>

#include "../report/temp_dir.h"
#include "process/node_log_flags.h"

namespace v8lint::process {
namespace {
using v8lint::testing::TempDir;

TEST(LogFiles, OnlyIsolateLogsSortedByName) {
  TempDir temp;
  temp.write("isolate-0x7f01-42-v8.log", "b");
  temp.write("isolate-0x2a00-42-v8.log", "a");
  temp.write("code-traces.txt", "[bailout");
  temp.write("v8.log.gz", "");
  std::filesystem::create_directories(temp.path() / "isolate-0x1-1-v8.log.d");
  std::vector<std::filesystem::path> logs = isolate_logs(temp.path());
  ASSERT_EQ(logs.size(), 2u);
  EXPECT_EQ(logs[0].filename(), "isolate-0x2a00-42-v8.log");
  EXPECT_EQ(logs[1].filename(), "isolate-0x7f01-42-v8.log");
}

TEST(LogFiles, KeepCopiesIntoANewDirectoryAndReplaces) {
  TempDir temp;
  std::vector<std::filesystem::path> logs = {temp.write("run/isolate-0x1-7-v8.log", "new")};
  temp.write("kept here/isolate-0x1-7-v8.log", "old");
  std::string error;
  ASSERT_TRUE(keep_logs(logs, temp.path() / "kept here", error)) << error;
  EXPECT_EQ(testing::read_whole_file(temp.path() / "kept here/isolate-0x1-7-v8.log"), "new");
  ASSERT_TRUE(keep_logs(logs, temp.path() / "new/deeper", error)) << error;
  EXPECT_EQ(testing::read_whole_file(temp.path() / "new/deeper/isolate-0x1-7-v8.log"), "new");
}

TEST(LogFiles, KeepIntoAFileIsAnError) {
  TempDir temp;
  std::filesystem::path file = temp.write("a-file", "");
  std::string error;
  EXPECT_FALSE(keep_logs({temp.write("isolate-0x1-7-v8.log", "")}, file / "sub", error));
  EXPECT_TRUE(error.starts_with("--keep-logs: cannot create " + (file / "sub").string())) << error;
}

TEST(NodeLogFlags, OneLogPerIsolateInTheDirectoryAndTracesKeptOffStdout) {
  std::vector<std::string> flags = node_log_flags({"/tmp/run x/logs", false});
  EXPECT_EQ(flags, (std::vector<std::string>{"--log-ic", "--log-deopt", "--log-code", "--logfile-per-isolate",
                                             "--logfile=/tmp/run x/logs/v8.log", "--redirect-code-traces",
                                             "--redirect-code-traces-to=/tmp/run x/logs/code-traces.txt"}));
  std::vector<std::string> with_maps = node_log_flags({"/l", true});
  EXPECT_EQ(with_maps[3], "--log-maps");
  EXPECT_TRUE(is_isolate_log("/l/isolate-0x55d0c3a8e000-1234-v8.log"));
  EXPECT_FALSE(is_isolate_log("/l/code-traces.txt"));
}

}  // namespace
}  // namespace v8lint::process
