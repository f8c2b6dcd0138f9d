// While v8lint waits for the child, SIGINT, SIGTERM and SIGHUP sent to
// v8lint go to the child instead of ending v8lint, so the child shuts down
// its own way and v8lint still analyzes the logs it wrote. Signals the
// terminal sends (Ctrl-C) reach the whole foreground process group, the
// child included, so those are not sent a second time.
#pragma once

#include <signal.h>
#include <sys/types.h>

#include <array>

namespace v8lint::process {

class SignalForwarding {
 public:
  // Installs the handlers; a signal that arrives before forward_to() is held.
  SignalForwarding();
  // Restores the previous handlers and stops forwarding.
  ~SignalForwarding();
  SignalForwarding(const SignalForwarding&) = delete;
  SignalForwarding& operator=(const SignalForwarding&) = delete;

  // From now on signals go to `child`; one held signal is sent now.
  void forward_to(pid_t child);

  static constexpr std::array<int, 3> kSignals = {SIGINT, SIGTERM, SIGHUP};

 private:
  std::array<struct sigaction, kSignals.size()> previous_{};
};

}  // namespace v8lint::process
