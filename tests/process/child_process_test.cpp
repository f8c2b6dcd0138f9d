// Starting the child: exec errors reported by v8lint, exit codes as a shell gives them.
#include "process/child_process.h"

#include <gtest/gtest.h>

#include "../report/temp_dir.h"

namespace v8lint::process {
namespace {
using v8lint::testing::TempDir;

std::vector<std::string> plain_environment() { return {"PATH=/usr/bin:/bin"}; }

int run_to_end(const CommandLine& line) {
  std::string error;
  std::optional<ChildProcess> child = ChildProcess::start(line, plain_environment(), error);
  EXPECT_TRUE(child.has_value()) << error;
  return child ? exit_code_of(child->wait()) : -1;
}

TEST(ChildProcess, ExitCodeIsTheChilds) {
  EXPECT_EQ(run_to_end({"/bin/sh", {"sh", "-c", "exit 3"}}), 3);
  EXPECT_EQ(run_to_end({"/bin/sh", {"sh", "-c", "exit 0"}}), 0);
}

TEST(ChildProcess, KilledBySignalIs128PlusTheSignal) {
  EXPECT_EQ(run_to_end({"/bin/sh", {"sh", "-c", "kill -TERM $$"}}), 128 + SIGTERM);
  EXPECT_EQ(run_to_end({"/bin/sh", {"sh", "-c", "kill -KILL $$"}}), 128 + SIGKILL);
}

TEST(ChildProcess, TheEnvironmentIsExactlyTheOneGiven) {
  TempDir temp;
  std::string out = (temp.path() / "env").string();
  EXPECT_EQ(run_to_end({"/bin/sh", {"sh", "-c", "echo \"$PATH|${HOME-unset}\" > '" + out + "'"}}), 0);
  EXPECT_EQ(testing::read_whole_file(out), "/usr/bin:/bin|unset\n");
}

TEST(ChildProcess, AMissingProgramIsAnErrorNotAnExitCode) {
  std::string error;
  EXPECT_FALSE(ChildProcess::start({"/no/such/program", {"program", "x"}}, plain_environment(), error));
  EXPECT_EQ(error, "cannot run 'program' (/no/such/program): No such file or directory");
  EXPECT_FALSE(ChildProcess::start({"./no-such-script", {"./no-such-script"}}, plain_environment(), error));
  EXPECT_EQ(error, "cannot run './no-such-script': No such file or directory");
}

TEST(ChildProcess, ANonExecutableFileIsAnError) {
  TempDir temp;
  std::filesystem::path file = temp.write("data.txt", "not a program\n");
  std::filesystem::permissions(file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  std::string error;
  EXPECT_FALSE(ChildProcess::start({file.string(), {"data.txt"}}, plain_environment(), error));
  EXPECT_EQ(error, "cannot run 'data.txt' (" + file.string() + "): Permission denied");
}

}  // namespace
}  // namespace v8lint::process
