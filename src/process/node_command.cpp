#include "process/node_command.h"

#include <filesystem>

namespace v8lint::process {

bool is_node_command(const std::string& command, const std::string& node_binary) {
  std::string name = std::filesystem::path(command).filename().string();
  if (name == "node" || name == "nodejs") return true;
  std::error_code error;
  return command.find('/') != std::string::npos && std::filesystem::equivalent(command, node_binary, error);
}

CommandLine build_command_line(const std::vector<std::string>& command, const std::string& program,
                               const std::string& node_binary, const std::vector<std::string>& node_flags) {
  CommandLine line{program, command};
  if (!is_node_command(command.front(), node_binary)) return line;
  // A bare "node" is whichever node v8lint resolved (--node, else PATH); a
  // path the user spelled out runs as spelled.
  if (command.front().find('/') == std::string::npos) line.program = node_binary;
  line.argv.insert(line.argv.begin() + 1, node_flags.begin(), node_flags.end());
  return line;
}

}  // namespace v8lint::process
