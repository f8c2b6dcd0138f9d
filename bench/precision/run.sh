#!/usr/bin/env bash
# Reproduces the counts table of docs/rules-precision.md: runs each leak/worker
# rule alone (`--rule <id>=warn`, every other rule off) over the two halves of
# the real-world corpus and writes, per rule and corpus, the JSON report and a
# TSV of its findings (path, line, column, message) to judge by hand.
# Usage: bench/precision/run.sh [--build-dir DIR]   (default: build)
set -euo pipefail

die() { echo "bench/precision/run.sh: $*" >&2; exit 2; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$REPO/bench/work/precision
BUILD_DIR=build
while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) BUILD_DIR=${2:?--build-dir needs a directory}; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) die "unknown argument: $1" ;;
  esac
done
case $BUILD_DIR in /*) ;; *) BUILD_DIR=$REPO/$BUILD_DIR ;; esac
V8LINT=$BUILD_DIR/v8lint
[ -x "$V8LINT" ] || die "$V8LINT not built: run make build (or pass --build-dir)"
command -v node >/dev/null || die "node not found (make deps installs it)"

RULES=(interval-without-clear listener-leak unbounded-cache closure-retains-large worker-per-task sync-in-handler
  worker-for-io)

"$REPO/bench/precision/setup.sh"
# shellcheck source=../lib/npm-pinned.sh
. "$REPO/bench/lib/npm-pinned.sh"

# The servers' corpus: every installed package's runtime sources (the pinned
# packages and their dependencies).
copy_runtime_sources "$REPO/bench/precision/package-lock.json" "$WORK/node_modules" "$WORK/corpus"

# Every rule off but one, as `--rule` arguments (last on the command line:
# CLI11 would take a path after them for one more rule setting).
rule_args() {
  local only=$1 id
  "$V8LINT" rules | awk 'NF {print $1}' | while read -r id; do
    [ "$id" = "$only" ] && echo "--rule=$id=warn" || echo "--rule=$id=off"
  done
}

RESULTS=$WORK/results
mkdir -p "$RESULTS"
printf 'rule\tservers\tstatic\n' > "$RESULTS/counts.tsv"
for rule in "${RULES[@]}"; do
  mapfile -t args < <(rule_args "$rule")
  counts=()
  for corpus in servers static; do
    dir=$WORK/corpus
    [ "$corpus" = static ] && dir=$REPO/bench/work/static/corpus
    out=$RESULTS/$rule.$corpus.json
    (cd "$dir" && "$V8LINT" check --format json . "${args[@]}" > "$out") || [ $? -eq 1 ] ||
      die "v8lint failed on $dir for $rule"
    node -e '
      const r = require(process.argv[1]);
      for (const d of r.diagnostics.filter((d) => d.ruleId === process.argv[2]))
        console.log([d.path, d.line, d.column, d.message.replace(/\s+/g, " ")].join("\t"));
    ' "$out" "$rule" > "$RESULTS/$rule.$corpus.tsv"
    counts+=("$(wc -l < "$RESULTS/$rule.$corpus.tsv")")
  done
  printf '%s\t%s\t%s\n' "$rule" "${counts[0]}" "${counts[1]}" >> "$RESULTS/counts.tsv"
done
column -t -s $'\t' "$RESULTS/counts.tsv"
echo "findings per rule: $RESULTS/<rule>.<corpus>.tsv" >&2
