// `v8lint run` on a terminal: Ctrl-C signals the whole foreground process
// group, v8lint and the child; the child decides what to do, and v8lint
// outlives it and exits with its code.
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "../report/temp_dir.h"

namespace v8lint::testing {
namespace {

// Reads the terminal until `wanted` appears or it closes; false if it never appeared.
bool read_until(int terminal, const std::string& wanted, std::string& seen) {
  char buffer[512];
  while (seen.find(wanted) == std::string::npos) {
    pollfd ready{terminal, POLLIN, 0};
    if (::poll(&ready, 1, 60'000) <= 0) return false;  // a bound against a hang, not a timing
    ssize_t got = ::read(terminal, buffer, sizeof buffer);
    if (got <= 0) return false;  // EIO: every process on the terminal is gone
    seen.append(buffer, static_cast<size_t>(got));
  }
  return true;
}

TEST(RunCommandTerminal, CtrlCLeavesV8lintWaitingForTheChild) {
  TempDir temp;
  // Ends by itself after a minute if no SIGINT comes.
  const char* program =
      "process.on('SIGINT', () => process.exit(5)); setTimeout(() => {}, 60000); console.log('ready');";
  int terminal = -1;
  pid_t pid = ::forkpty(&terminal, nullptr, nullptr, nullptr);
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    if (::chdir(temp.path().c_str()) != 0) ::_exit(126);
    ::execl(V8LINT_BINARY, "v8lint", "run", "-o", "report.json", "--", "node", "-e", program, nullptr);
    ::_exit(127);
  }
  std::string seen;
  ASSERT_TRUE(read_until(terminal, "ready", seen)) << seen;
  ASSERT_EQ(::write(terminal, "\x03", 1), 1);  // the terminal's interrupt character
  read_until(terminal, "\x01never\x01", seen);  // drain until everything on the terminal has exited
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ::close(terminal);
  ASSERT_TRUE(WIFEXITED(status)) << seen;  // v8lint itself was not killed by the SIGINT
  EXPECT_EQ(WEXITSTATUS(status), 5) << seen;
  EXPECT_TRUE(std::filesystem::exists(temp.path() / "report.json"));  // the logs were analyzed after all
}

}  // namespace
}  // namespace v8lint::testing
