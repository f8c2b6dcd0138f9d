#!/bin/sh
# Runs every fuzz target of build dir $1 for $2 seconds each, starting from
# seeds made by make_seeds.sh; new inputs land in $1/fuzz-corpus/<target>,
# crash reproducers in $1/fuzz-artifacts. Fails on the first crash.
# FUZZ_SEED (default 0: libFuzzer picks one) fixes the mutation sequence, so a
# CI smoke run retraces the same inputs every time.
set -eu
build=$1
seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
"$here/make_seeds.sh" "$build/fuzz-seeds"
mkdir -p "$build/fuzz-artifacts"
# shellcheck source=tests/fuzz/target_options.sh
. "$here/target_options.sh"
for target in fuzz_v8_log fuzz_trace_stdout fuzz_config fuzz_suppressions fuzz_lint fuzz_source_map; do
  extra=$(fuzz_target_options "$target" "$here")
  mkdir -p "$build/fuzz-corpus/$target"
  echo "== $target ($seconds s)"
  # shellcheck disable=SC2086
  "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 -seed="${FUZZ_SEED:-0}" $extra \
    -artifact_prefix="$build/fuzz-artifacts/$target-" "$build/fuzz-corpus/$target" "$build/fuzz-seeds/$target"
done
