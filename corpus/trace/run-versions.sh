#!/usr/bin/env bash
# Runs `v8lint run` on every corpus/trace program under each Node major, once
# with node as COMMAND (flags on its command line) and once through a shell
# (`sh -c 'node ...'`: flags through the node shim), and checks that every
# stable site of expectations.json is reported. docs/run.md records a run.
#
#   corpus/trace/run-versions.sh                  # build/v8lint, Node 18 20 22 24 26
#   VERSIONS="20 26" corpus/trace/run-versions.sh path/to/v8lint
#
# Node binaries come from node-binary.sh (cached outside the repository).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
v8lint=$(realpath "${1:-$root/build/v8lint}")
versions=${VERSIONS:-"18 20 22 24 26"}
programs=(megamorphic type-change field-representation "path with space" worker)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$root"  # the report's paths, and expectations.json's, are relative to here

failures=0
for major in $versions; do
  node=$("$here/node-binary.sh" "$major")
  for program in "${programs[@]}"; do
    script="corpus/trace/$program/main.js"
    for via in node shim; do
      if [[ $via == node ]]; then command=(node "$script"); else command=(sh -c 'node "$1"' sh "$script"); fi
      code=0
      "$v8lint" run --node "$node" --format json -o "$scratch/report.json" -- "${command[@]}" || code=$?
      echo "node $major ($("$node" --version)) $program via $via: v8lint exit $code"
      # 0 or 1 (findings at the failing level); the programs exit 0 when they computed the right result.
      if ((code > 1)) || ! "$node" "$here/check-run-report.js" "$here/expectations.json" "$scratch/report.json" \
        "$major" "$program"; then
        failures=$((failures + 1))
      fi
    done
  done
done
echo "run-versions: $failures failing run(s)"
((failures == 0))
