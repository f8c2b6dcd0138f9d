#!/usr/bin/env bash
# Instruction counts of the static pass against its floors, on a fixed subset of
# the benchmark corpus: the deterministic companion of run.sh, whose times on a
# shared VM move ±10 % from round to round. Counts come from valgrind's
# callgrind; a run takes a few minutes. Meaning of the rows: docs/benchmarks.md,
# "Instruction counts".
set -euo pipefail

usage() {
  cat <<'EOF'
usage: bench/static/instructions.sh [--every N] [--build-dir DIR] [--v8lint PATH]

  --every N        take every Nth corpus file in path order (default 16: 299 files)
  --build-dir DIR  CMake build directory holding v8lint and v8lint_parse_only
                   (default: build; relative to the repository root)
  --v8lint PATH    measure this v8lint binary instead of the build directory's
                   (an older build, for a before/after pair)
EOF
}

die() { echo "bench/static/instructions.sh: $*" >&2; exit 2; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$REPO/bench/work/static
EVERY=16
BUILD_DIR=build
V8LINT=""
while [ $# -gt 0 ]; do
  case $1 in
    --every) EVERY=${2:?--every needs a number}; shift 2 ;;
    --build-dir) BUILD_DIR=${2:?--build-dir needs a directory}; shift 2 ;;
    --v8lint) V8LINT=${2:?--v8lint needs a path}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done
[[ $EVERY =~ ^[1-9][0-9]*$ ]] || die "--every must be a positive integer, got '$EVERY'"
case $BUILD_DIR in /*) ;; *) BUILD_DIR=$REPO/$BUILD_DIR ;; esac
V8LINT=${V8LINT:-$BUILD_DIR/v8lint}
PARSE_ONLY=$BUILD_DIR/bench/parse_only/v8lint_parse_only

command -v valgrind >/dev/null || die "valgrind not found: apt-get install valgrind"
[ -x "$V8LINT" ] || die "$V8LINT not built: run make build (or pass --build-dir / --v8lint)"
[ -x "$PARSE_ONLY" ] || die "$PARSE_ONLY not built: cmake --build $BUILD_DIR --target v8lint_parse_only"
[ -d "$WORK/corpus" ] || die "no corpus in $WORK: run bench/static/run.sh --setup-only first"

# The subset: the same files for every program and every run (paths relative to $WORK).
cd "$WORK"
mapfile -t FILES < <(find corpus -type f \( -name '*.js' -o -name '*.mjs' -o -name '*.cjs' -o -name '*.jsx' \
  -o -name '*.ts' -o -name '*.mts' -o -name '*.cts' -o -name '*.tsx' \) | LC_ALL=C sort | awk -v n="$EVERY" 'NR % n == 0')
[ ${#FILES[@]} -gt 0 ] || die "the corpus in $WORK has no files"

# Total instructions of one program run, from callgrind's summary line.
instructions() {
  local log
  log=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" >/dev/null 2>"$log" || true
  local count
  count=$(sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$log")
  [ -n "$count" ] || { tail -5 "$log" >&2; rm -f "$log"; die "callgrind gave no count for: $*"; }
  rm -f "$log"
  echo "$count"
}

floor=$(instructions "$PARSE_ONLY" "${FILES[@]}")
walk=$(instructions "$PARSE_ONLY" --walk "${FILES[@]}")
arena=$(instructions "$PARSE_ONLY" --arena "${FILES[@]}")
lint=$(instructions "$V8LINT" check --include-minified --no-color -j1 "${FILES[@]}")

commit=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
{
  echo "### Instructions: commit $commit, $(date -u +%Y-%m-%dT%H:%MZ), every ${EVERY}th corpus file (${#FILES[@]} files)"
  echo
  echo "| program | M instructions | × parse-only |"
  echo "| --- | ---: | ---: |"
  awk -v f="$floor" -v w="$walk" -v a="$arena" -v l="$lint" -v v="$V8LINT" 'BEGIN {
    printf "| parse-only | %d | 1.00 |\n", f / 1e6
    printf "| parse-walk | %d | %.2f |\n", w / 1e6, w / f
    printf "| parse-only --arena (parsing as v8lint does) | %d | %.2f |\n", a / 1e6, a / f
    printf "| v8lint check -j1 (%s) | %d | %.2f |\n", v, l / 1e6, l / f
  }'
} | tee "$WORK/results/instructions-$(date -u +%Y%m%dT%H%M%SZ).md"
