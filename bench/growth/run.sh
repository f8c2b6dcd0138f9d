#!/usr/bin/env bash
# Time and peak memory of one v8lint process against input size: 1, 10 and
# 100 MB of (a) readable source (copies of lodash.js, each in its own
# function so the scopes stay apart), (b) one minified line (copies of
# webpack's generated WebpackOptions.check.js), (c) the first 1/10/100 MB of
# a real V8 log (bench/trace/make-logs.sh: ESLint under --log-maps).
# Linear growth is 10x per step; anything steeper is a quadratic path.
# Results: docs/benchmarks.md, "## Growth with input size".
#
#   bench/growth/run.sh [--build-dir DIR] [--sizes "1 10 100"]
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$REPO/bench/work/growth   # gitignored
CORPUS=$REPO/bench/work/static/corpus
BUILD_DIR=$REPO/build
SIZES="1 10 100"
while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) BUILD_DIR=$(cd "${2:?}" && pwd); shift 2 ;;
    --sizes) SIZES=${2:?}; shift 2 ;;
    *) echo "usage: bench/growth/run.sh [--build-dir DIR] [--sizes \"1 10 100\"]" >&2; exit 2 ;;
  esac
done
V8LINT=$BUILD_DIR/v8lint
PARSE_ONLY=$BUILD_DIR/bench/parse_only/v8lint_parse_only   # the tree-sitter floor
[ -x "$V8LINT" ] || { echo "bench/growth/run.sh: build v8lint first ($V8LINT)" >&2; exit 2; }
[ -d "$CORPUS" ] || "$REPO/bench/static/run.sh" --setup-only
[ -f "$REPO/bench/work/large.v8.log" ] || "$REPO/bench/trace/make-logs.sh"  # a ~280 MB real log
mkdir -p "$WORK"

# repeat_until FILE MB: appends the chunk generator's output until FILE has MB megabytes.
repeat_until() {
  local file=$1 megabytes=$2 generator=$3
  : >"$file"
  while [ "$(stat -c %s "$file")" -lt $((megabytes * 1000000)) ]; do "$generator" >>"$file"; done
}
source_chunk() { printf '(function () {\n'; cat "$CORPUS/lodash/lodash.js"; printf '\n})();\n'; }
minified_chunk() { printf '(function(module){'; tail -n 1 "$CORPUS/webpack/schemas/WebpackOptions.check.js" | tr -d '\n'; printf '})({});'; }

make_inputs() {
  local mb=$1
  [ -f "$WORK/source-$mb.js" ] || repeat_until "$WORK/source-$mb.js" "$mb" source_chunk
  [ -f "$WORK/minified-$mb.js" ] || repeat_until "$WORK/minified-$mb.js" "$mb" minified_chunk
  [ -f "$WORK/trace-$mb.log" ] || head_lines "$REPO/bench/work/large.v8.log" "$mb" >"$WORK/trace-$mb.log"
}

# The first MB megabytes of FILE, cut back to the last whole line.
head_lines() { head -c $(($2 * 1000000)) "$1" | sed '$d'; }

# measure LABEL CMD...: prints "LABEL seconds peak_kb" (time -o: the command's own stderr is dropped;
# its exit status 1 means findings, a normal answer).
measure() {
  local label=$1
  shift
  /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$@" >/dev/null 2>&1 || true
  echo "$label $(tail -n 1 "$WORK/time.txt")"
}

printf '%-10s %6s %10s %12s %12s %14s\n' input MB seconds peak_MB parse_only_s parse_only_MB
for mb in $SIZES; do
  make_inputs "$mb"
  for kind in source minified; do
    read -r _ seconds peak < <(measure "$kind" "$V8LINT" check -j1 --format json -o /dev/null "$WORK/$kind-$mb.js")
    read -r _ floor floor_peak < <(measure parse-only "$PARSE_ONLY" "$WORK/$kind-$mb.js")
    printf '%-10s %6s %10s %12s %12s %14s\n' "$kind" "$mb" "$seconds" "$((peak / 1024))" "$floor" "$((floor_peak / 1024))"
  done
  read -r _ seconds peak < <(measure trace "$V8LINT" trace --format json -o /dev/null "$WORK/trace-$mb.log")
  printf '%-10s %6s %10s %12s\n' trace "$mb" "$seconds" "$((peak / 1024))"
done
