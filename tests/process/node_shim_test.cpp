// The node shim execs the real node with the flags and every argument intact.
#include "process/node_shim.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "../cli/run_cli.h"
#include "../report/temp_dir.h"

namespace v8lint::process {
namespace {
using v8lint::testing::TempDir;

// Runs `shim` with `args` (shell words) and returns what it printed.
std::string run_shim(const std::filesystem::path& shim, const std::string& args, const TempDir& temp) {
  std::string out = (temp.path() / "out").string();
  std::string command = testing::shell_quote(shim.string()) + " " + args + " > " + testing::shell_quote(out);
  EXPECT_EQ(std::system(command.c_str()), 0);
  return testing::read_whole_file(out);
}

TEST(NodeShim, ExecsTheRealNodeWithFlagsThenTheArguments) {
  TempDir temp;
  // printf stands in for node: it prints each argument it receives on a line.
  std::filesystem::path printer = temp.write("real node/print-args", "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
  std::filesystem::permissions(printer, std::filesystem::perms::owner_all);
  std::string error;
  std::filesystem::path bin = temp.path() / "shim's bin";
  ASSERT_TRUE(write_node_shim(bin, printer.string(), {"--log-ic", "--logfile=/tmp/it's here/v8.log"}, error)) << error;
  struct stat info {};
  ASSERT_EQ(::stat((bin / "node").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0755u);
  EXPECT_EQ(run_shim(bin / "node", "'a b' \"c'd\" '$HOME'", temp),
            "--log-ic\n--logfile=/tmp/it's here/v8.log\na b\nc'd\n$HOME\n");
}

TEST(NodeShim, QuotesEveryWordForTheShell) {
  EXPECT_EQ(shell_word("a b"), "'a b'");
  EXPECT_EQ(shell_word("it's"), "'it'\\''s'");
  EXPECT_EQ(node_shim_script("/n", {"--x"}).substr(node_shim_script("/n", {"--x"}).rfind("exec")),
            "exec '/n' '--x' \"$@\"\n");
}

TEST(NodeShim, UnwritableDirectoryIsAnError) {
  std::string error;
  EXPECT_FALSE(write_node_shim("/proc/v8lint-no-such-dir", "/usr/bin/node", {}, error));
  EXPECT_NE(error.find("cannot write the node shim /proc/v8lint-no-such-dir/node"), std::string::npos) << error;
}

}  // namespace
}  // namespace v8lint::process
