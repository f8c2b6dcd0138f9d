#!/usr/bin/env bash
# Static-pass throughput benchmark: v8lint vs its tree-sitter parse-only floor,
# ESLint and oxlint, all on one pinned real-world corpus, in one interleaved run.
# Usage and the meaning of every column: docs/benchmarks.md, "## Static pass".
set -euo pipefail

usage() {
  cat <<'EOF'
usage: bench/static/run.sh [--runs N] [--build-dir DIR] [--only TOOL,...] [--setup-only]

  --runs N         timed rounds per tool, median reported (default 3)
  --build-dir DIR  CMake build directory holding v8lint and v8lint_parse_only
                   (default: build; relative to the repository root)
  --only LIST      comma-separated subset of: parse-only, parse-walk, parse-only-arena, v8lint-j1,
                   v8lint-jN, eslint, oxlint-j1, oxlint-jN (default: all)
  --setup-only     install the pinned packages and build the corpus, measure nothing
EOF
}

die() { echo "bench/static/run.sh: $*" >&2; exit 2; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$REPO/bench/static
WORK=$REPO/bench/work/static   # gitignored: node_modules, corpus, results
RUNS=3
BUILD_DIR=build
ONLY=""
SETUP_ONLY=0
while [ $# -gt 0 ]; do
  case $1 in
    --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
    --build-dir) BUILD_DIR=${2:?--build-dir needs a directory}; shift 2 ;;
    --only) ONLY=${2:?--only needs a list}; shift 2 ;;
    --setup-only) SETUP_ONLY=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer, got '$RUNS'"
case $BUILD_DIR in /*) ;; *) BUILD_DIR=$REPO/$BUILD_DIR ;; esac

need() { command -v "$1" >/dev/null || die "$1 not found: $2"; }
need node "install Node.js (make deps installs npm and node)"
need npm "install npm (make deps)"
[ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1 ||
  die "GNU /usr/bin/time not found: apt-get install time (it is in the Makefile's APT_PACKAGES)"

# --- set-up: pinned packages (the only download) and the corpus -------------
# npm ci runs again only when the pinned lock file changed.
# shellcheck source=../lib/npm-pinned.sh
. "$REPO/bench/lib/npm-pinned.sh"
install_packages() { install_pinned "$HERE" "$WORK"; }

# The corpus is a copy of the runtime sources of the packages listed under
# "dependencies" (not their own dependencies), made by copy_runtime_sources.
# Its .git also keeps oxlint, which honours the enclosing repository's
# .gitignore, walking it.
build_corpus() {
  local packages
  mapfile -t packages < <(node -e 'console.log(Object.keys(require(process.argv[1]).dependencies).join("\n"))' \
    "$HERE/package.json")
  copy_runtime_sources "$HERE/package-lock.json" "$WORK/node_modules" "$WORK/corpus" "${packages[@]}"
}

install_packages
build_corpus
# Configs are copied next to the corpus so ESLint resolves its parser from
# $WORK/node_modules and its base path contains the corpus.
cp "$HERE/eslint.config.mjs" "$HERE/eslint-count-formatter.cjs" "$WORK/"
[ "$SETUP_ONLY" = 1 ] && { echo "set-up done: $WORK/corpus" >&2; exit 0; }

# --- the tools: nothing below downloads anything -----------------------------
V8LINT=$BUILD_DIR/v8lint
PARSE_ONLY=$BUILD_DIR/bench/parse_only/v8lint_parse_only
[ -x "$V8LINT" ] || die "$V8LINT not built: run make build (or pass --build-dir)"
[ -x "$PARSE_ONLY" ] || die "$PARSE_ONLY not built: cmake --build $BUILD_DIR --target v8lint_parse_only"
[ -x "$WORK/node_modules/.bin/eslint" ] || die "eslint missing from $WORK/node_modules"
[ -x "$WORK/node_modules/.bin/oxlint" ] || die "oxlint missing from $WORK/node_modules"
CORES=$(nproc)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$WORK/results/$STAMP

# One line per tool: name, then the command run from $WORK. Every tool writes
# its findings to a file in results/ (not a terminal); exit codes 0 and 1
# (findings) count as success.
OX_RULES=(-A all -W no-unused-vars -W no-debugger -W no-dupe-keys -W no-unreachable)
set_command() {
  case $1 in
    parse-only) CMD=("$PARSE_ONLY" --times "$RESULTS/parse-only.times" corpus) ;;
    parse-walk) CMD=("$PARSE_ONLY" --walk corpus) ;;
    parse-only-arena) CMD=("$PARSE_ONLY" --arena corpus) ;;
    v8lint-j1) CMD=("$V8LINT" check --include-minified --no-color -j1 corpus) ;;
    v8lint-jN) CMD=("$V8LINT" check --include-minified --no-color -j"$CORES" corpus) ;;
    eslint) CMD=(node_modules/.bin/eslint -c eslint.config.mjs -f ./eslint-count-formatter.cjs corpus) ;;
    oxlint-j1) CMD=(node_modules/.bin/oxlint "${OX_RULES[@]}" --threads 1 corpus) ;;
    oxlint-jN) CMD=(node_modules/.bin/oxlint "${OX_RULES[@]}" --threads "$CORES" corpus) ;;
    *) die "unknown tool '$1' (see --help)" ;;
  esac
}
ALL_TOOLS=(parse-only parse-walk parse-only-arena v8lint-j1 v8lint-jN eslint oxlint-j1 oxlint-jN)
if [ -n "$ONLY" ]; then IFS=, read -r -a TOOLS <<<"$ONLY"; else TOOLS=("${ALL_TOOLS[@]}"); fi
for tool in "${TOOLS[@]}"; do set_command "$tool"; done

mkdir -p "$RESULTS"
COMMIT=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$REPO" diff --quiet HEAD 2>/dev/null || COMMIT="$COMMIT+dirty"
{
  echo "commit	$COMMIT"
  echo "v8lint	$("$V8LINT" --version)"
  echo "rules	$("$V8LINT" rules 2>/dev/null | awk 'NF {print $1}' | paste -sd, -)"
  echo "eslint	$(cd "$WORK" && node_modules/.bin/eslint --version)"
  echo "oxlint	$(cd "$WORK" && node_modules/.bin/oxlint --version | sed "s/^Version: *//")"
  echo "node	$(node --version)"
  echo "cores	$CORES"
  echo "loadavg	$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "date	$STAMP"
  echo "corpus_files	$(find "$WORK/corpus" -type f | wc -l)"
  echo "corpus_bytes	$(find "$WORK/corpus" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}')"
  # oxlint always skips *.min.* files; its throughput is computed without them.
  echo "minified_files	$(find "$WORK/corpus" -type f -name '*.min.*' | wc -l)"
  echo "minified_bytes	$(find "$WORK/corpus" -type f -name '*.min.*' -printf '%s\n' | awk '{s+=$1} END {print s+0}')"
  echo "runs	$RUNS"
  for tool in "${TOOLS[@]}"; do set_command "$tool"; echo "command:$tool	${CMD[*]}"; done
} >"$RESULTS/meta.tsv"

# Warm the page cache so the first tool measured pays no disk reads.
find "$WORK/corpus" -type f -print0 | xargs -0 cat >/dev/null

# Rounds interleave the tools, so background load (other builds on a shared
# machine) spreads over all of them and ratios within a round stay fair.
printf 'tool\tround\twall_s\tuser_s\tsys_s\tmaxrss_kb\texit\n' >"$RESULTS/times.tsv"
for round in $(seq 1 "$RUNS"); do
  for tool in "${TOOLS[@]}"; do
    set_command "$tool"
    status=0
    (cd "$WORK" && /usr/bin/time -f '%e %U %S %M' -o "$RESULTS/$tool.time" \
      "${CMD[@]}" >"$RESULTS/$tool.out" 2>"$RESULTS/$tool.err") || status=$?
    if [ "$status" -gt 1 ]; then
      echo "--- $tool stderr (last 20 lines of $RESULTS/$tool.err):" >&2
      tail -n 20 "$RESULTS/$tool.err" >&2
      die "$tool failed with exit code $status: ${CMD[*]}"
    fi
    # GNU time puts "Command exited with non-zero status" first: take the last line.
    read -r wall user sys rss < <(tail -n 1 "$RESULTS/$tool.time") || die "no timing for $tool in $RESULTS/$tool.time"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$round" "$wall" "$user" "$sys" "$rss" "$status" >>"$RESULTS/times.tsv"
    printf 'round %s/%s  %-10s %7ss  %8s KB\n' "$round" "$RUNS" "$tool" "$wall" "$rss" >&2
  done
done

printf 'loadavg_end\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/meta.tsv"
node "$HERE/summarize.mjs" "$RESULTS" | tee "$RESULTS/summary.md"
echo "raw data: $RESULTS" >&2
