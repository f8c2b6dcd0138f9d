// The command line `v8lint run` starts: when COMMAND is node itself the
// logging flags go right after the node binary; any other command (npm test,
// a shell script) runs as given and reaches node through the shim on PATH.
#pragma once

#include <string>
#include <vector>

namespace v8lint::process {

struct CommandLine {
  std::string program;            // the file to execute
  std::vector<std::string> argv;  // argv[0] as the user wrote it
};

// Whether the user's COMMAND names node: a file called node or nodejs, or
// the --node binary itself.
bool is_node_command(const std::string& command, const std::string& node_binary);

// `command` (non-empty, command[0] resolved to `program`) with `node_flags`
// inserted after argv[0] when it is node; then `program` is `node_binary`
// for a bare "node", so --node picks the binary.
CommandLine build_command_line(const std::vector<std::string>& command, const std::string& program,
                               const std::string& node_binary, const std::vector<std::string>& node_flags);

}  // namespace v8lint::process
