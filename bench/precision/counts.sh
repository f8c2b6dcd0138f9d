#!/usr/bin/env bash
# The golden test of rule precision (docs/rules-precision.md): installs the
# precision corpus into a cache (npm ci only when a lock file changed, so it
# runs offline once installed), runs `v8lint check --format json` with every
# rule at `warn` over both halves, and compares the findings per rule with
# bench/precision/expected-counts.json. Exits 1, after a table of the counts
# that changed, when any did: re-judge those rules, then run it with --update.
# Usage: bench/precision/counts.sh [--build-dir DIR] [--cache DIR] [--update]
#   --build-dir DIR  where v8lint is built (default: build)
#   --cache DIR      where the pinned packages and the corpus go (default: DIR/precision-corpus)
#   --update         write the counts found to expected-counts.json instead of comparing
set -euo pipefail

die() { echo "bench/precision/counts.sh: $*" >&2; exit 2; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
EXPECTED=$REPO/bench/precision/expected-counts.json
BUILD_DIR=build
CACHE=
UPDATE=0
while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) BUILD_DIR=${2:?--build-dir needs a directory}; shift 2 ;;
    --cache) CACHE=${2:?--cache needs a directory}; shift 2 ;;
    --update) UPDATE=1; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) die "unknown argument: $1" ;;
  esac
done
case $BUILD_DIR in /*) ;; *) BUILD_DIR=$REPO/$BUILD_DIR ;; esac
CACHE=${CACHE:-$BUILD_DIR/precision-corpus}
V8LINT=$BUILD_DIR/v8lint
[ -x "$V8LINT" ] || die "$V8LINT not built: run make build (or pass --build-dir)"
command -v node >/dev/null || die "node not found (make deps installs it)"

# shellcheck source=../lib/npm-pinned.sh
. "$REPO/bench/lib/npm-pinned.sh"
# servers: every installed package; static: the benchmark's listed packages only (no linters).
install_pinned "$REPO/bench/precision" "$CACHE/servers"
copy_runtime_sources "$REPO/bench/precision/package-lock.json" "$CACHE/servers/node_modules" "$CACHE/servers/corpus"
install_pinned "$REPO/bench/static" "$CACHE/static" --omit=dev
mapfile -t static_packages < <(node -e 'console.log(Object.keys(require(process.argv[1]).dependencies).join("\n"))' \
  "$REPO/bench/static/package.json")
copy_runtime_sources "$REPO/bench/static/package-lock.json" "$CACHE/static/node_modules" "$CACHE/static/corpus" \
  "${static_packages[@]}"

# Every rule at `warn`, those off by default too: their counts are pinned as well.
mapfile -t rule_args < <("$V8LINT" rules | awk 'NF {print "--rule=" $1 "=warn"}')
for half in servers static; do
  (cd "$CACHE/$half" && "$V8LINT" check --format json --no-color corpus "${rule_args[@]}" > findings.json) ||
    [ $? -eq 1 ] || die "v8lint failed on $CACHE/$half/corpus"
done

node - "$EXPECTED" "$UPDATE" "$CACHE/servers/findings.json" "$CACHE/static/findings.json" <<'EOF'
const fs = require('fs');
const [expectedPath, update, serversPath, staticPath] = process.argv.slice(2);
const countsOf = (path) => {
  const counts = {};
  for (const d of JSON.parse(fs.readFileSync(path, 'utf8')).diagnostics) counts[d.ruleId] = (counts[d.ruleId] || 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
};
const found = { servers: countsOf(serversPath), static: countsOf(staticPath) };
if (update === '1') {
  fs.writeFileSync(expectedPath, JSON.stringify(found, null, 2) + '\n');
  console.log(`wrote ${expectedPath}`);
  process.exit(0);
}
const expected = JSON.parse(fs.readFileSync(expectedPath, 'utf8'));
const changed = [];
for (const half of ['servers', 'static']) {
  const rules = new Set([...Object.keys(expected[half] || {}), ...Object.keys(found[half])]);
  for (const rule of [...rules].sort()) {
    const was = (expected[half] || {})[rule] || 0, now = found[half][rule] || 0;
    if (was !== now) changed.push([rule, half, String(was), String(now), (now > was ? '+' : '') + (now - was)]);
  }
}
if (changed.length === 0) {
  console.log('findings per rule on the precision corpus match bench/precision/expected-counts.json');
  process.exit(0);
}
const rows = [['rule', 'half', 'expected', 'found', 'change'], ...changed];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log('findings per rule on the precision corpus changed:\n');
for (const row of rows) console.log('  ' + row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
console.log('\nRe-judge the changed rules in docs/rules-precision.md (bench/precision/run.sh lists their findings),\n' +
            'then pin the new counts: bench/precision/counts.sh --update');
process.exit(1);
EOF
