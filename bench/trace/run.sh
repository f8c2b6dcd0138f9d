#!/usr/bin/env bash
# Measures trace-log readers side by side, in one run, on the logs that
# bench/trace/make-logs.sh wrote into bench/work/: whole-process wall time,
# CPU time (user + system) and peak memory (/usr/bin/time -v). Compare the
# ratios, not the absolute times: the machine is shared.
#
#   bench/trace/make-logs.sh && bench/trace/run.sh
#   LOGS=small bench/trace/run.sh          # only some of small, large, huge
#   ROUNDS=5 bench/trace/run.sh            # wc and v8lint 5 times each, interleaved; medians
#   PEER=0 bench/trace/run.sh              # leave v8-deopt-parser out (48 s on the large log)
#   THREADS="1 2 4" bench/trace/run.sh     # v8lint trace -jN for each N (default "1 2")
#
# Readers: `wc -l` (the read-bandwidth floor), v8-deopt-parser 0.4.0
# (bench/trace/deopt-parser.mjs on Node 20, given a 16 GB heap, run once) and,
# when it has the subcommand, `v8lint trace -jN LOG --format json -o /dev/null`
# (V8LINT overrides build/v8lint). Prints a Markdown table, also written to
# bench/work/trace-bench.md, with the -j1/-jN speed-up per log (median of the
# per-round wall-time ratios).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/bench/work"
v8lint=${V8LINT:-$root/build/v8lint}
node=$("$root/corpus/trace/node-binary.sh" 20)
table="$work/trace-bench.md"
rounds=${ROUNDS:-1}
threads=${THREADS:-1 2}

if [[ ! -x /usr/bin/time ]]; then
  echo "run.sh: /usr/bin/time is missing: run 'make deps' (it installs the Debian package time)" >&2
  exit 1
fi
if [[ ! -f $work/small.v8.log ]]; then
  echo "run.sh: no logs in $work: run bench/trace/make-logs.sh first" >&2
  exit 1
fi

# Runs one reader on one log; sets wall_s, cpu_s, peak_kb, status and keeps its output in $work/std{out,err}.txt.
measure() {
  local start end
  start=$EPOCHREALTIME
  status=0
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" || status=$?
  end=$EPOCHREALTIME
  wall_s=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
  peak_kb=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$work/time.txt")
  cpu_s=$(awk -F': ' '/User time|System time/ { sum += $2 } END { print sum }' "$work/time.txt")
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

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
    *) if [[ -s $work/stderr.txt ]]; then head -c 90 "$work/stderr.txt" | tr "\n" " "; else echo "no warnings"; fi ;;
  esac
}

# One table row from the medians in walls/cpus/peaks for `key`.
row() {
  local label=$1 tool=$2 key=$3 log_mb=$4 wall cpu
  wall=$(median <<<"${walls[$key]}")
  cpu=$(median <<<"${cpus[$key]}")
  awk -v name="$label" -v tool="$tool" -v s="$wall" -v c="$cpu" -v floor="$floor_wall" -v floor_cpu="$floor_cpu" \
    -v kb="${peaks[$key]}" -v mb="$log_mb" -v status="${statuses[$key]}" -v result="${results[$key]}" \
    'function ratio(a, b) { return b > 0 ? sprintf("%.1f", a / b) : "–" }
     BEGIN { printf "| %s | %s | %.2f | %.2f | %s | %s | %.0f | %.3f | %s | %s |\n", name, tool, s, c, ratio(s, floor), ratio(c, floor_cpu), kb / 1024, kb / 1024 / mb, status, result }'
}

# Measures one reader and files the result under `key`.
record() {
  local key=$1 tool=$2
  shift 2
  measure "$@"
  walls[$key]+=" $wall_s"
  cpus[$key]+=" $cpu_s"
  peaks[$key]=$(( ${peaks[$key]:-0} > peak_kb ? ${peaks[$key]:-0} : peak_kb ))
  statuses[$key]=$status
  results[$key]=$(outcome "$tool")
}

has_trace=0
# `v8lint trace --help` succeeds even without the subcommand (CLI11 prints the
# top-level help), so look for it in the list of subcommands.
if [[ -x $v8lint ]] && "$v8lint" --help 2>/dev/null | grep -qE '^\s+trace\s'; then has_trace=1; fi

{
  echo "| log | reader | wall s | CPU s | wall × wc -l | CPU × wc -l | peak MB | peak / log size | exit | result |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  speedups=()
  for name in ${LOGS:-small large huge}; do
    log="$work/$name.v8.log"
    if [[ ! -f $log ]]; then
      [[ $name == huge ]] || echo "run.sh: $log is missing (bench/trace/make-logs.sh writes it)" >&2
      continue
    fi
    declare -A walls=() cpus=() peaks=() statuses=() results=()
    log_mb=$(awk -v bytes="$(stat -c %s "$log")" 'BEGIN { print bytes / 1048576 }')
    label=$(printf '%s (%.0f MB)' "$name" "$log_mb")
    ratios=""
    for ((round = 0; round < rounds; round++)); do
      record wc "wc -l" wc -l "$log"
      if ((has_trace)); then
        first=""
        for n in $threads; do
          record "j$n" "v8lint trace" "$v8lint" trace -j"$n" "$log" --format json -o /dev/null
          if [[ -z $first ]]; then first=$wall_s; else ratios+=" $(awk -v a="$first" -v b="$wall_s" 'BEGIN { print a / b }')"; fi
        done
      fi
    done
    if [[ ${PEER:-1} != 0 ]]; then
      record peer v8-deopt-parser "$node" --max-old-space-size=16384 "$root/bench/trace/deopt-parser.mjs" "$log"
    fi
    floor_wall=$(median <<<"${walls[wc]}")
    floor_cpu=$(median <<<"${cpus[wc]}")
    row "$label" "wc -l" wc "$log_mb"
    [[ -z ${walls[peer]:-} ]] || row "$label" "v8-deopt-parser" peer "$log_mb"
    if ((has_trace)); then
      for n in $threads; do row "$label" "v8lint trace -j$n" "j$n" "$log_mb"; done
      [[ -z $ratios ]] || speedups+=("$name: -j$(cut -d' ' -f1 <<<"$threads") wall / -j$(awk '{ print $NF }' <<<"$threads") wall = $(median <<<"$ratios" | xargs printf '%.2f') (rounds:$(xargs printf ' %.2f' <<<"$ratios"))")
    fi
  done
  echo
  echo "Rounds: $rounds; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  for line in "${speedups[@]}"; do echo "- $line"; done
} | tee "$table"

if ((!has_trace)); then
  echo
  echo "note: v8lint skipped: $v8lint has no 'trace' subcommand yet (build a tree that has it, or set V8LINT)" | tee -a "$table"
fi
rm -f "$work/time.txt" "$work/stdout.txt" "$work/stderr.txt"
