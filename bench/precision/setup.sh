#!/usr/bin/env bash
# Installs the precision corpus (docs/rules-precision.md, "Method"): the pinned
# Node.js servers and libraries of bench/precision/package.json, plus the static
# benchmark corpus of bench/static (installed by its own run.sh --setup-only).
# The only downloads are these two `npm ci --ignore-scripts` runs.
set -euo pipefail

die() { echo "bench/precision/setup.sh: $*" >&2; exit 2; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$REPO/bench/precision
WORK=$REPO/bench/work/precision   # gitignored

command -v npm >/dev/null || die "npm not found (make deps installs it)"
# shellcheck source=../lib/npm-pinned.sh
. "$REPO/bench/lib/npm-pinned.sh"
install_pinned "$HERE" "$WORK"
"$REPO/bench/static/run.sh" --setup-only
