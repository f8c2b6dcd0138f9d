// Where the logging flags go on the command line v8lint run starts.
#include "process/node_command.h"

#include <gtest/gtest.h>

namespace v8lint::process {
namespace {

using Args = std::vector<std::string>;
const Args kFlags = {"--log-ic", "--logfile=/tmp/x y/v8.log"};

TEST(NodeCommand, FlagsGoRightAfterTheNodeBinary) {
  CommandLine line = build_command_line({"node", "--inspect", "app.js", "--log-ic"}, "/usr/bin/node", "/usr/bin/node", kFlags);
  EXPECT_EQ(line.program, "/usr/bin/node");
  EXPECT_EQ(line.argv, (Args{"node", "--log-ic", "--logfile=/tmp/x y/v8.log", "--inspect", "app.js", "--log-ic"}));
}

TEST(NodeCommand, BareNodeRunsTheChosenBinary) {
  CommandLine line = build_command_line({"node", "app.js"}, "/usr/bin/node", "/opt/node18/bin/node", kFlags);
  EXPECT_EQ(line.program, "/opt/node18/bin/node");
  EXPECT_EQ(line.argv.front(), "node");
}

TEST(NodeCommand, NodeByPathRunsAsSpelled) {
  CommandLine line = build_command_line({"/opt/node22/bin/node", "app.js"}, "/opt/node22/bin/node", "/usr/bin/node", kFlags);
  EXPECT_EQ(line.program, "/opt/node22/bin/node");
  EXPECT_EQ(line.argv, (Args{"/opt/node22/bin/node", "--log-ic", "--logfile=/tmp/x y/v8.log", "app.js"}));
}

TEST(NodeCommand, OtherCommandsRunUntouched) {
  CommandLine line = build_command_line({"npm", "test"}, "/usr/bin/npm", "/usr/bin/node", kFlags);
  EXPECT_EQ(line.program, "/usr/bin/npm");
  EXPECT_EQ(line.argv, (Args{"npm", "test"}));
  EXPECT_EQ(build_command_line({"sh", "-c", "node a.js"}, "/bin/sh", "/usr/bin/node", kFlags).argv,
            (Args{"sh", "-c", "node a.js"}));
}

TEST(NodeCommand, RecognisesNodeByNameOrAsTheNodeBinary) {
  EXPECT_TRUE(is_node_command("node", ""));
  EXPECT_TRUE(is_node_command("/usr/local/bin/nodejs", ""));
  EXPECT_FALSE(is_node_command("nodemon", "/usr/bin/node"));
  EXPECT_FALSE(is_node_command("/bin/sh", "/usr/bin/node"));
  EXPECT_TRUE(is_node_command("/bin/sh", "/bin/sh"));  // --node names this very file
}

}  // namespace
}  // namespace v8lint::process
