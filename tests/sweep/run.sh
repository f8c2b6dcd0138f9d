#!/usr/bin/env bash
# Real-world sweep (docs/reliability.md, "Real-world sweep"): lints every
# .js/.mjs/.cjs/.jsx/.ts/.mts/.cts/.tsx file of the pinned npm corpora one
# process per file under the sanitizer build, with a time limit per file, and
# runs the trace pass over every recorded log in the repository and in
# ../shared. Prints files, bytes, crashes, timeouts, parse-error files and
# seconds taken; exits 1 when anything crashed or timed out, or the sweep was
# stopped before the end (its figures then cover the files finished).
#
#   tests/sweep/run.sh [--build-dir DIR] [--timeout SECONDS] [--jobs N] [DIR...]
#
# Default build dir: build-sanitize (make test-sanitize builds it). Default
# directories: the static benchmark corpus and the precision corpus's
# node_modules (bench/static/run.sh --setup-only, bench/precision/setup.sh).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=$REPO/build-sanitize
TIMEOUT=120
JOBS=$(nproc)
DIRS=()
while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) BUILD_DIR=$(cd "${2:?}" && pwd); shift 2 ;;
    --timeout) TIMEOUT=${2:?}; shift 2 ;;
    --jobs) JOBS=${2:?}; shift 2 ;;
    -*) echo "usage: tests/sweep/run.sh [--build-dir DIR] [--timeout SECONDS] [--jobs N] [DIR...]" >&2; exit 2 ;;
    *) DIRS+=("$1"); shift ;;
  esac
done
if [ ${#DIRS[@]} -eq 0 ]; then
  "$REPO/bench/precision/setup.sh" >&2
  DIRS=("$REPO/bench/work/static/corpus" "$REPO/bench/work/precision/node_modules")
fi
V8LINT=$BUILD_DIR/v8lint
[ -x "$V8LINT" ] || { echo "tests/sweep/run.sh: no $V8LINT (run make test-sanitize first)" >&2; exit 2; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export V8LINT OUT TIMEOUT

# One file: exit 0/1 are answers; 2 with a parse-error-free message is an I/O
# problem; 124 is the time limit; anything else (a sanitizer report, a signal)
# is a crash. Results go to one line per file in $OUT/results (appends of a
# line this short are atomic, so parallel jobs share the file).
lint_one() {
  local file=$1 status=0
  timeout "$TIMEOUT" "$V8LINT" check -j1 --include-minified --format json -o "$OUT/$$.json" -- "$file" \
    >/dev/null 2>"$OUT/$$.err" || status=$?
  local verdict=ok
  case $status in
    0 | 1) grep -q '"ruleId": *"parse-error"' "$OUT/$$.json" 2>/dev/null && verdict=parse-error ;;
    124) verdict=timeout ;;
    126 | 127) verdict=not-run; cat "$OUT/$$.err" >>"$OUT/not-run.txt" ;;  # v8lint itself missing or replaced
    *) verdict=crash; { echo "== $file (exit $status)"; head -n 40 "$OUT/$$.err"; } >>"$OUT/crashes.txt" ;;
  esac
  printf '%s\t%s\t%s\n' "$verdict" "$(stat -c %s -- "$file")" "$file" >>"$OUT/results"
}
export -f lint_one

# Stopped (INT/TERM to the process group), the sweep still reports the files
# it finished, so a run cut short on a loaded machine is not wasted.
interrupted=0
trap 'interrupted=1' INT TERM
started=$(date +%s)
find "${DIRS[@]}" -type f \( -name '*.js' -o -name '*.mjs' -o -name '*.cjs' -o -name '*.jsx' -o -name '*.ts' \
  -o -name '*.mts' -o -name '*.cts' -o -name '*.tsx' \) -print0 |
  xargs -0 -n 1 -P "$JOBS" bash -c 'lint_one "$1"' _ || [ "$interrupted" -eq 1 ]
touch "$OUT/results"  # an empty directory list still gets a report

# Every recorded log: the corpus's and the shared real-world ones.
logs=$(find "$REPO/corpus" "$REPO/tests/trace/data" "$REPO/../shared/fixtures/v8-logs" -type f \
  \( -name '*.log' -o -name '*.log.gz' -o -name '*.txt.gz' \) 2>/dev/null | sort)
[ "$interrupted" -eq 0 ] || logs=""
log_count=0 log_crashes=0
while IFS= read -r log; do
  [ -n "$log" ] || continue
  log_count=$((log_count + 1))
  status=0
  timeout "$TIMEOUT" "$V8LINT" trace --format json -o /dev/null -- "$log" >/dev/null 2>"$OUT/trace.err" || status=$?
  if [ "$status" -gt 2 ]; then
    log_crashes=$((log_crashes + 1))
    { echo "== $log (exit $status)"; head -n 40 "$OUT/trace.err"; } >>"$OUT/crashes.txt"
  fi
done <<<"$logs"

[ "$interrupted" -eq 0 ] || echo "interrupted: the figures cover the files finished so far; no logs traced"
awk -F'\t' -v seconds=$(($(date +%s) - started)) '{n++; bytes+=$2; count[$1]++}
  END {printf "files %d, bytes %d (%.1f MB), crashes %d, timeouts %d, parse-error files %d, not run %d, %d s\n",
       n, bytes, bytes/1e6, count["crash"], count["timeout"], count["parse-error"], count["not-run"], seconds}' "$OUT/results"
[ -f "$OUT/not-run.txt" ] && head -n 3 "$OUT/not-run.txt"
echo "logs $log_count, log crashes or timeouts $log_crashes"
grep -P '^timeout\t' "$OUT/results" | cut -f3 | sed 's/^/timeout: /' || true
[ -f "$OUT/crashes.txt" ] && cat "$OUT/crashes.txt"
crashed=$(grep -cP '^(crash|timeout|not-run)\t' "$OUT/results" || true)
[ "$crashed" -eq 0 ] && [ "$log_crashes" -eq 0 ] && [ "$interrupted" -eq 0 ]
