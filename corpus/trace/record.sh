#!/usr/bin/env bash
# Records real V8 logs of the corpus/trace programs with real Node binaries.
#
#   corpus/trace/record.sh              # all versions below
#   VERSIONS="20 22" corpus/trace/record.sh
#   PROGRAMS="cross-module" corpus/trace/record.sh   # only these programs
#
# Node binaries come from node-binary.sh (official binaries from the npm
# registry, cached outside the repository). Outputs, committed to the
# repository:
#   <program>/logs/node<major>.v8.log.gz               --log-ic --log-deopt --log-code
#   worker/logs/node<major>.isolate-<n>.v8.log.gz      one per isolate: 0 = main thread, 1 = worker
#   <program>/logs/node<major>.trace-deopt.txt.gz      stdout of --trace-deopt --trace-opt
#   <program>/logs/node<major>.trace-deopt-verbose.txt.gz  stdout of --trace-deopt-verbose --trace-opt
#                                                      (only the verbose form prints `deoptimize at <file:line:col>`)
# Logs are gzipped as they are: nothing is stripped, the parser must see real logs.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
versions=${VERSIONS:-"18 20 22 24 26"}
# A worker isolate compiles ~100 internal modules from source and --log-code
# logs each whole source (script-source), so its log alone is 230-570 KB
# gzipped. Only two versions are kept: 20 (old log format, one file per
# isolate by default) and 26 (newest; its logs stay under 300 KB).
worker_versions=${WORKER_VERSIONS:-"20 26"}

log_flags=(--log-ic --log-deopt --log-code)
single_isolate_programs=(megamorphic type-change field-representation "path with space" array-callback class-shapes
  cross-module)
trace_deopt_programs=(megamorphic type-change field-representation)

# Runs a program and fails loudly if it did not compute its expected result
# (each program sets a non-zero exit code on a wrong answer).
run_program() {
  local program=$1
  shift
  if ! "$@"; then
    echo "record.sh: $program failed under: $*" >&2
    exit 1
  fi
}

# Whether PROGRAMS (space-separated names, default all) selects a program.
selected() { [[ -z ${PROGRAMS:-} || " $PROGRAMS " == *" $1 "* ]]; }

# gzip without name and timestamp, so the same log gives the same bytes.
store() { gzip -9 -n -c "$1" >"$2"; }

record_single() {
  local node=$1 major=$2 program=$3 scratch=$4
  local out="$here/$program/logs"
  mkdir -p "$out"
  # Node 18-20 default to one file per isolate; one isolate here, one file.
  run_program "$program" "$node" "${log_flags[@]}" --no-logfile-per-isolate \
    --logfile="$scratch/v8.log" "$here/$program/main.js"
  store "$scratch/v8.log" "$out/node$major.v8.log.gz"
}

record_worker() {
  local node=$1 major=$2 scratch=$3
  local out="$here/worker/logs"
  mkdir -p "$out"
  run_program worker "$node" "${log_flags[@]}" --logfile-per-isolate \
    --logfile="$scratch/v8.log" "$here/worker/main.js"
  # V8 names the files isolate-<address>-<pid>-v8.log; the address changes on
  # every run. Name them by role instead: the worker isolate is the one that
  # compiled worker.js.
  local file worker_log="" main_log=""
  for file in "$scratch"/isolate-*-v8.log; do
    if grep -q "^code-creation,.*/worker/worker\.js:" "$file"; then worker_log=$file; else main_log=$file; fi
  done
  if [[ -z $worker_log || -z $main_log ]]; then
    echo "record.sh: expected one main and one worker isolate log in $scratch" >&2
    exit 1
  fi
  store "$main_log" "$out/node$major.isolate-0.v8.log.gz"
  store "$worker_log" "$out/node$major.isolate-1.v8.log.gz"
}

record_trace_deopt() {
  local node=$1 major=$2 program=$3 scratch=$4
  local variant
  for variant in trace-deopt trace-deopt-verbose; do
    run_program "$program" "$node" "--$variant" --trace-opt "$here/$program/main.js" >"$scratch/trace.txt"
    store "$scratch/trace.txt" "$here/$program/logs/node$major.$variant.txt.gz"
  done
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for major in $versions; do
  node=$("$here/node-binary.sh" "$major")
  echo "node $major: $("$node" --version)"
  for program in "${single_isolate_programs[@]}"; do
    selected "$program" || continue
    rm -rf "${scratch:?}"/*
    record_single "$node" "$major" "$program" "$scratch"
  done
  if [[ " $worker_versions " == *" $major "* ]] && selected worker; then
    rm -rf "${scratch:?}"/*
    record_worker "$node" "$major" "$scratch"
  fi
  for program in "${trace_deopt_programs[@]}"; do
    selected "$program" || continue
    rm -rf "${scratch:?}"/*
    record_trace_deopt "$node" "$major" "$program" "$scratch"
  done
done
# The TypeScript program, built by tsc and esbuild (source maps): its own script.
if selected typescript; then VERSIONS="$versions" "$here/record-typescript.sh"; fi
