#include "process/child_process.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace v8lint::process {
namespace {

// NULL-terminated char* views of `strings`, built before fork: after fork
// the child may only make async-signal-safe calls.
std::vector<char*> c_strings(const std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  pointers.reserve(strings.size() + 1);
  for (const std::string& s : strings) pointers.push_back(const_cast<char*>(s.c_str()));
  pointers.push_back(nullptr);
  return pointers;
}

[[noreturn]] void exec_or_report(const std::string& program, char* const* argv, char* const* envp, int error_pipe) {
  ::execve(program.c_str(), argv, envp);
  int exec_errno = errno;
  ssize_t ignored = ::write(error_pipe, &exec_errno, sizeof exec_errno);
  (void)ignored;
  ::_exit(127);
}

// The exec errno the child wrote, or 0 when the pipe closed on a successful exec.
int read_exec_errno(int error_pipe) {
  int exec_errno = 0;
  ssize_t got;
  do {
    got = ::read(error_pipe, &exec_errno, sizeof exec_errno);
  } while (got < 0 && errno == EINTR);
  return got == static_cast<ssize_t>(sizeof exec_errno) ? exec_errno : 0;
}

}  // namespace

std::optional<ChildProcess> ChildProcess::start(const CommandLine& line, const std::vector<std::string>& environment,
                                                std::string& error) {
  std::vector<char*> argv = c_strings(line.argv);
  std::vector<char*> envp = c_strings(environment);
  int error_pipe[2];
  if (::pipe2(error_pipe, O_CLOEXEC) != 0) {
    error = std::string("cannot start a process: ") + std::strerror(errno);
    return std::nullopt;
  }
  pid_t pid = ::fork();
  if (pid == 0) {
    ::close(error_pipe[0]);
    exec_or_report(line.program, argv.data(), envp.data(), error_pipe[1]);
  }
  int fork_errno = errno;
  ::close(error_pipe[1]);
  int exec_errno = pid < 0 ? fork_errno : read_exec_errno(error_pipe[0]);
  ::close(error_pipe[0]);
  if (exec_errno == 0) return ChildProcess(pid);
  if (pid > 0) ChildProcess(pid).wait();
  std::string resolved = line.program == line.argv.front() ? "" : " (" + line.program + ")";
  error = "cannot run '" + line.argv.front() + "'" + resolved + ": " + std::strerror(exec_errno);
  return std::nullopt;
}

int ChildProcess::wait() const {
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return status;
}

int exit_code_of(int wait_status) {
  if (WIFEXITED(wait_status)) return WEXITSTATUS(wait_status);
  if (WIFSIGNALED(wait_status)) return 128 + WTERMSIG(wait_status);
  return 2;  // waitpid failed: not the child's verdict
}

}  // namespace v8lint::process
