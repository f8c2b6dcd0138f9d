#!/usr/bin/env bash
# Measures trace-log readers side by side, in one run, on the logs that
# bench/trace/make-logs.sh wrote into bench/work/: whole-process wall time and
# peak memory (/usr/bin/time -v). Compare the ratios, not the absolute times:
# the machine is shared.
#
#   bench/trace/make-logs.sh && bench/trace/run.sh
#   LOGS=small bench/trace/run.sh          # only some of small, large, huge
#
# Readers: `wc -l` (the read-bandwidth floor), v8-deopt-parser 0.4.0
# (bench/trace/deopt-parser.mjs on Node 20, given a 16 GB heap) and, when it
# has the subcommand, `v8lint trace LOG --format json -o /dev/null`
# (V8LINT overrides build/v8lint). Prints a Markdown table, also written to
# bench/work/trace-bench.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/bench/work"
v8lint=${V8LINT:-$root/build/v8lint}
node=$("$root/corpus/trace/node-binary.sh" 20)
table="$work/trace-bench.md"

if [[ ! -x /usr/bin/time ]]; then
  echo "run.sh: /usr/bin/time is missing: run 'make deps' (it installs the Debian package time)" >&2
  exit 1
fi
if [[ ! -f $work/small.v8.log ]]; then
  echo "run.sh: no logs in $work: run bench/trace/make-logs.sh first" >&2
  exit 1
fi

# Runs one reader on one log; sets wall_s, peak_kb, status and keeps its output in $work/std{out,err}.txt.
measure() {
  local start end
  start=$EPOCHREALTIME
  status=0
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" || status=$?
  end=$EPOCHREALTIME
  wall_s=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
  peak_kb=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$work/time.txt")
}

# What a reader's stderr says about its result, in one table cell.
outcome() {
  local tool=$1
  case $tool in
    v8-deopt-parser)
      local errors summary
      errors=$(grep -c '^v8-deopt-parser - Error parsing' "$work/stderr.txt" || true)
      summary=$(grep -E 'IC sites|ERR_|heap out of memory|Error: Cannot create a string' "$work/stderr.txt" | tail -n 1 | sed 's|^.*/||' | cut -c1-90)
      echo "$errors lines rejected; ${summary:-no result}"
      ;;
    "wc -l") echo "$(cut -d' ' -f1 "$work/stdout.txt") lines" ;;
    *) head -c 90 "$work/stderr.txt" | tr '\n' ' ' ;;
  esac
}

row() {
  local log=$1 tool=$2 floor_s=$3 log_mb=$4
  awk -v name="$log" -v tool="$tool" -v s="$wall_s" -v floor="$floor_s" -v kb="$peak_kb" -v mb="$log_mb" \
    -v status="$status" -v result="$(outcome "$tool")" \
    'BEGIN { printf "| %s | %s | %.2f | %.1f | %.0f | %.2f | %s | %s |\n", name, tool, s, s / floor, kb / 1024, kb / 1024 / mb, status, result }'
}

has_trace=0
# `v8lint trace --help` succeeds even without the subcommand (CLI11 prints the
# top-level help), so look for it in the list of subcommands.
if [[ -x $v8lint ]] && "$v8lint" --help 2>/dev/null | grep -qE '^\s+trace\s'; then has_trace=1; fi

{
  echo "| log | reader | wall s | × wc -l | peak MB | peak / log size | exit | result |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
  for name in ${LOGS:-small large huge}; do
    log="$work/$name.v8.log"
    if [[ ! -f $log ]]; then
      [[ $name == huge ]] || echo "run.sh: $log is missing (bench/trace/make-logs.sh writes it)" >&2
      continue
    fi
    log_mb=$(awk -v bytes="$(stat -c %s "$log")" 'BEGIN { print bytes / 1048576 }')
    label=$(printf '%s (%.0f MB)' "$name" "$log_mb")
    measure wc -l "$log"
    floor_s=$wall_s
    row "$label" "wc -l" "$floor_s" "$log_mb"
    measure "$node" --max-old-space-size=16384 "$root/bench/trace/deopt-parser.mjs" "$log"
    row "$label" "v8-deopt-parser" "$floor_s" "$log_mb"
    if ((has_trace)); then
      measure "$v8lint" trace "$log" --format json -o /dev/null
      row "$label" "v8lint trace" "$floor_s" "$log_mb"
    fi
  done
} | tee "$table"

if ((!has_trace)); then
  echo
  echo "note: v8lint skipped: $v8lint has no 'trace' subcommand yet (build a tree that has it, or set V8LINT)" | tee -a "$table"
fi
rm -f "$work/time.txt" "$work/stdout.txt" "$work/stderr.txt"
