// Signals sent to v8lint while it waits go to the child; v8lint lives on.
#include "process/signal_forwarding.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "process/child_process.h"

namespace v8lint::process {
namespace {

// A child that sleeps until a signal ends it.
ChildProcess start_sleeper() {
  std::string error;
  std::optional<ChildProcess> child =
      ChildProcess::start({"/bin/sh", {"sh", "-c", "exec sleep 60"}}, {"PATH=/usr/bin:/bin"}, error);
  if (!child) throw std::runtime_error(error);
  return *child;
}

TEST(SignalForwarding, ASignalToV8lintEndsTheChildNotV8lint) {
  SignalForwarding forwarding;
  ChildProcess child = start_sleeper();
  forwarding.forward_to(child.pid());
  ASSERT_EQ(::kill(::getpid(), SIGINT), 0);  // without forwarding this would end the test binary
  EXPECT_EQ(exit_code_of(child.wait()), 128 + SIGINT);
}

TEST(SignalForwarding, ASignalBeforeTheChildStartsIsHeldForIt) {
  SignalForwarding forwarding;
  ASSERT_EQ(::kill(::getpid(), SIGTERM), 0);
  ChildProcess child = start_sleeper();
  forwarding.forward_to(child.pid());
  EXPECT_EQ(exit_code_of(child.wait()), 128 + SIGTERM);
}

TEST(SignalForwarding, ThePreviousHandlerIsBackAfterwards) {
  struct sigaction before {};
  sigaction(SIGHUP, nullptr, &before);
  { SignalForwarding forwarding; }
  struct sigaction after {};
  sigaction(SIGHUP, nullptr, &after);
  EXPECT_EQ(after.sa_handler, before.sa_handler);
}

}  // namespace
}  // namespace v8lint::process
