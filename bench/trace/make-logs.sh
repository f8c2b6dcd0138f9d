#!/usr/bin/env bash
# Writes the V8 logs that bench/trace/run.sh measures, into bench/work/
# (gitignored; these logs are never committed):
#
#   small.v8.log   a corpus log (corpus/trace/megamorphic, Node 20), ~1 MB
#   large.v8.log   ESLint 10 (recommended rules) linting three TypeScript
#                  bundles (5.9.3 typescript.js and _tsc.js, 4.9.5 typescript.js)
#                  under Node 20 with --log-ic --log-deopt --log-code --log-maps:
#                  ~280 MB, ~2.5 min, ~3.5 GB RSS to record
#   huge.v8.log    only with HUGE=N: large.v8.log concatenated N times (N=15: ~4.2 GB)
#
# Every tool version is pinned: Node by corpus/trace/node-binary.sh, npm
# packages by bench/trace/package-lock.json (npm ci).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
bench="$root/bench/trace"
work="$root/bench/work"
node=$("$root/corpus/trace/node-binary.sh" 20)
mkdir -p "$work"

if [[ ! -f $bench/node_modules/.package-lock.json || $bench/package-lock.json -nt $bench/node_modules/.package-lock.json ]]; then
  (cd "$bench" && npm ci --no-audit --no-fund)
fi

gzip -dc "$root/corpus/trace/megamorphic/logs/node20.v8.log.gz" >"$work/small.v8.log"

if [[ ! -f $work/large.v8.log ]]; then
  lint="$work/eslint-input"
  rm -rf "$lint"
  mkdir -p "$lint"
  # Copies: ESLint ignores node_modules/, and the config must sit above the files.
  cp "$bench/node_modules/typescript/lib/typescript.js" "$lint/typescript-5.9.3.js"
  cp "$bench/node_modules/typescript/lib/_tsc.js" "$lint/tsc-5.9.3.js"
  cp "$bench/node_modules/typescript-4/lib/typescript.js" "$lint/typescript-4.9.5.js"
  cat >"$lint/eslint.config.mjs" <<CONFIG
import js from '$bench/node_modules/@eslint/js/src/index.js';
export default [js.configs.recommended, { languageOptions: { sourceType: 'commonjs', ecmaVersion: 2022 } }];
CONFIG
  # ESLint exits 1 because it finds problems (undefined globals in bundles):
  # that is the workload working, so only exit codes above 1 are failures.
  status=0
  (cd "$lint" && "$node" --log-ic --log-deopt --log-code --log-maps --no-logfile-per-isolate \
    --logfile="$work/large.v8.log.tmp" "$bench/node_modules/eslint/bin/eslint.js" \
    typescript-5.9.3.js tsc-5.9.3.js typescript-4.9.5.js >"$work/eslint.out" 2>&1) || status=$?
  if ((status > 1)); then
    echo "make-logs.sh: ESLint failed ($status), see $work/eslint.out" >&2
    exit 1
  fi
  mv "$work/large.v8.log.tmp" "$work/large.v8.log"
fi

if [[ -n ${HUGE:-} ]]; then
  rm -f "$work/huge.v8.log"
  for ((copy = 0; copy < HUGE; copy++)); do cat "$work/large.v8.log" >>"$work/huge.v8.log"; done
fi
ls -l "$work"/*.v8.log
