#!/usr/bin/env bash
# Rebuilds the TypeScript corpus program and records its V8 logs: the tsc
# build (dist/, a .js.map beside each file) and the esbuild bundle
# (bundle/app.js, inline data: URL map), each under every Node version.
#
#   corpus/trace/record-typescript.sh            # Node 18 20 22 24 26
#   VERSIONS="22" corpus/trace/record-typescript.sh
#
# Called by record.sh. Compilers are the exact versions pinned in
# typescript/package-lock.json (installed into typescript/node_modules,
# which is not committed). Outputs, committed:
#   typescript/dist/*.js, *.js.map        tsc output
#   typescript/bundle/app.js              esbuild bundle, map inline
#   typescript/logs/node<major>.tsc.v8.log.gz      node dist/main.js
#   typescript/logs/node<major>.bundle.v8.log.gz   node bundle/app.js
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
program="$here/typescript"
versions=${VERSIONS:-"18 20 22 24 26"}

(
  cd "$program"
  npm ci --no-audit --no-fund >&2
  rm -rf dist bundle
  node_modules/.bin/tsc -p .
  node node_modules/esbuild-wasm/bin/esbuild src/main.ts --bundle --platform=node --format=cjs \
    --sourcemap=inline --sources-content=true --outfile=bundle/app.js --log-level=warning
)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$program/logs"
for major in $versions; do
  node=$("$here/node-binary.sh" "$major")
  echo "node $major: $("$node" --version) (typescript)"
  for build in tsc:dist/main.js bundle:bundle/app.js; do
    rm -f "$scratch/v8.log"
    if ! "$node" --log-ic --log-deopt --log-code --no-logfile-per-isolate --logfile="$scratch/v8.log" \
      "$program/${build#*:}"; then
      echo "record-typescript.sh: ${build#*:} failed under node $major" >&2
      exit 1
    fi
    gzip -9 -n -c "$scratch/v8.log" >"$program/logs/node$major.${build%%:*}.v8.log.gz"
  done
done
