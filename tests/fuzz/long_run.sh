#!/usr/bin/env bash
# Long fuzz run (docs/reliability.md, "Long runs"): runs one libFuzzer target
# of build dir BUILD until the fuzzer process itself has used CPU_SECONDS of
# CPU time. On a shared machine wall time says little about how much fuzzing
# was done, so a watchdog reads the process's own CPU time from /proc and
# interrupts it at the budget (libFuzzer then prints its final stats).
# The run resumes from and grows BUILD/fuzz-corpus/TARGET, the generated
# seeds are read too, crash reproducers land in BUILD/fuzz-artifacts.
# WALL_SECONDS, if given, also stops the run after that much wall time.
#
#   tests/fuzz/long_run.sh BUILD TARGET CPU_SECONDS [WALL_SECONDS]
#
# Prints executions, final cov/ft, corpus size and CPU seconds used; exits 1
# when the fuzzer found a crash, leak or timeout.
set -euo pipefail

[ $# -ge 3 ] || { echo "usage: tests/fuzz/long_run.sh BUILD TARGET CPU_SECONDS [WALL_SECONDS]" >&2; exit 2; }
build=$(cd "$1" && pwd)
target=$2
cpu_budget=$3
wall_budget=${4:-0}  # libFuzzer's -max_total_time=0 means no limit
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fuzzer=$build/tests/fuzz/$target
[ -x "$fuzzer" ] || { echo "tests/fuzz/long_run.sh: no $fuzzer (build the fuzz_targets target first)" >&2; exit 2; }

# Seeds are made once per build dir; the lock keeps two concurrent runs from
# regenerating them under each other.
# shellcheck disable=SC2016 # the inner script expands its own arguments
flock "$build/fuzz-seeds.lock" sh -c '[ -d "$2/fuzz-seeds/$3" ] || "$1/make_seeds.sh" "$2/fuzz-seeds"' \
  _ "$here" "$build" "$target"
corpus=$build/fuzz-corpus/$target
mkdir -p "$corpus" "$build/fuzz-artifacts" "$build/fuzz-logs"
log=$build/fuzz-logs/$target-$(date -u +%Y%m%dT%H%M%SZ).log
# shellcheck source=tests/fuzz/target_options.sh
. "$here/target_options.sh"
read -r -a options <<<"$(fuzz_target_options "$target" "$here")"

# CPU seconds (user + system, all threads) of a running process and of its
# children it has waited for: LeakSanitizer checks for leaks from a child that
# stops the fuzzer with ptrace (fuzz_lint spent a seventh of its CPU there).
ticks_per_second=$(getconf CLK_TCK)
cpu_seconds_of() {
  local stat
  read -r -a stat <"/proc/$1/stat" || return 1
  echo $(((stat[13] + stat[14] + stat[15] + stat[16]) / ticks_per_second))
}

started=$(date +%s)
"$fuzzer" -timeout=10 -print_final_stats=1 -max_total_time="$wall_budget" "${options[@]}" \
  -artifact_prefix="$build/fuzz-artifacts/$target-" "$corpus" "$build/fuzz-seeds/$target" >"$log" 2>&1 &
pid=$!
trap 'kill -INT "$pid" 2>/dev/null || true' INT TERM
cpu_used=0
while used=$(cpu_seconds_of "$pid" 2>/dev/null); do
  cpu_used=$used
  if [ "$cpu_used" -ge "$cpu_budget" ]; then
    kill -INT "$pid" 2>/dev/null || true
    break
  fi
  sleep 2
done
status=0
wait "$pid" || status=$?

# libFuzzer exits 0 at -max_total_time and 72 when interrupted; anything else is a finding.
executions=$(grep -oP 'stat::number_of_executed_units: \K[0-9]+' "$log" | tail -n 1 || true)
cov_ft=$(grep -oP 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1 || true)
printf '%s: %s CPU s in %s wall s, %s executions, %s, corpus %s files; log %s\n' "$target" "$cpu_used" \
  "$(($(date +%s) - started))" "${executions:-?}" "${cov_ft:-no cov line}" "$(find "$corpus" -type f | wc -l)" "$log"
case $status in
  0 | 72) exit 0 ;;
  *) echo "$target: fuzzer exited $status; findings:" >&2
     grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' "$log" >&2 || true
     exit 1 ;;
esac
