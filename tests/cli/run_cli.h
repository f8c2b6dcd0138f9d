// Runs the built v8lint binary in a directory and captures what it printed.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "../report/temp_dir.h"

namespace v8lint::testing {

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

enum class Stdout { Captured, Terminal };

// `args` and `env` are shell words, already quoted where needed. With
// Stdout::Terminal the binary runs on a pseudo-terminal (util-linux `script`),
// whose output is then captured.
inline CliRun run_cli(const std::filesystem::path& cwd, const std::string& args, const std::string& env = "",
                      Stdout stdout_kind = Stdout::Captured) {
  TempDir capture;
  std::filesystem::path out = capture.path() / "out", err = capture.path() / "err";
  std::string v8lint = "env -u GITHUB_ACTIONS -u NO_COLOR " + env + " " + shell_quote(V8LINT_BINARY) + " " + args;
  if (stdout_kind == Stdout::Terminal) v8lint = "script -qec " + shell_quote(v8lint) + " /dev/null";
  std::string command = "cd " + shell_quote(cwd.string()) + " && " + v8lint + " > " + shell_quote(out.string()) +
                        " 2> " + shell_quote(err.string());
  int status = std::system(command.c_str());
  CliRun run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = read_whole_file(out);
  run.err = read_whole_file(err);
  return run;
}

}  // namespace v8lint::testing
