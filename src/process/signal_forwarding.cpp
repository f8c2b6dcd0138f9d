#include "process/signal_forwarding.h"

#include <atomic>

namespace v8lint::process {
namespace {

std::atomic<pid_t> forward_target{0};
std::atomic<int> held_signal{0};

void forward(int signal, siginfo_t* info, void* /*context*/) {
  if (info != nullptr && info->si_code == SI_KERNEL) return;  // from the terminal: the child got it too
  pid_t child = forward_target.load();
  if (child > 0) {
    ::kill(child, signal);
  } else {
    held_signal.store(signal);
  }
}

}  // namespace

SignalForwarding::SignalForwarding() {
  forward_target.store(0);
  held_signal.store(0);
  struct sigaction action {};
  action.sa_sigaction = forward;
  action.sa_flags = SA_SIGINFO | SA_RESTART;
  sigemptyset(&action.sa_mask);
  for (size_t i = 0; i < kSignals.size(); ++i) sigaction(kSignals[i], &action, &previous_[i]);
}

SignalForwarding::~SignalForwarding() {
  forward_target.store(0);
  for (size_t i = 0; i < kSignals.size(); ++i) sigaction(kSignals[i], &previous_[i], nullptr);
}

void SignalForwarding::forward_to(pid_t child) {
  forward_target.store(child);
  int held = held_signal.exchange(0);
  if (held != 0) ::kill(child, held);
}

}  // namespace v8lint::process
