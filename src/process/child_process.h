// One child process: started with fork+execve, the exec error (command not
// found, not executable) reported back through a close-on-exec pipe so it is
// v8lint's clear message rather than a child exiting 127. stdin, stdout and
// stderr are inherited untouched.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

#include "process/node_command.h"

namespace v8lint::process {

class ChildProcess {
 public:
  // Nullopt with `error` set ("cannot run 'X': No such file or directory")
  // when the program could not be executed. `environment` is NAME=VALUE.
  static std::optional<ChildProcess> start(const CommandLine& line, const std::vector<std::string>& environment,
                                           std::string& error);

  pid_t pid() const { return pid_; }
  // Waits until the child ends (through interrupting signals) and returns
  // its wait status.
  int wait() const;

 private:
  explicit ChildProcess(pid_t pid) : pid_(pid) {}
  pid_t pid_;
};

// The shell's convention: the exit status, or 128+N for a child killed by signal N.
int exit_code_of(int wait_status);

}  // namespace v8lint::process
