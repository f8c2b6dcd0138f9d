#!/usr/bin/env bash
# Calibrates v8lint's bytecode size estimate against the machine's Node 20.
#
#   bench/calibration/calibrate.sh [BUILD_DIR]
#
# 1. installs the pinned packages of packages.txt under bench/work/ (gitignored);
# 2. compiles the files of files.txt eagerly with `node --no-lazy --print-bytecode`
#    (print_bytecode.js), which prints every function's "Bytecode length";
# 3. lists the same files' functions with v8lint's FunctionModel
#    (function_sizes.cpp: estimate and node-kind counts);
# 4. fit.py pairs the two by source position and fits the per-kind costs.
# Results go to bench/calibration/data/ (samples.tsv, costs.txt, summary.md).
# Copy costs.txt into kCosts in src/semantic/bytecode_estimate.cpp, rebuild
# and rerun to see the error of the table in the source.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
work=$root/bench/work
data=$here/data
mkdir -p "$work" "$data"

node --version | grep -q '^v20\.' || { echo "calibrate.sh: needs Node 20 (found $(node --version))" >&2; exit 1; }
# shellcheck disable=SC2046
(cd "$work" && npm install --no-audit --no-fund --ignore-scripts --no-package-lock \
  $(grep -v '^#' "$here/packages.txt") >/dev/null)
mapfile -t files < <(grep -v '^#' "$here/files.txt" | sed "s|^|$work/node_modules/|")

printf '%s\n' "${files[@]}" >"$work/files.list"

cmake --build "$build" --target v8lint_function_sizes -j2 >/dev/null
node --no-lazy --print-bytecode "$here/print_bytecode.js" "${files[@]}" >"$work/bytecode.txt"
"$build/v8lint_function_sizes" "${files[@]}" >"$work/functions.tsv"
python3 "$here/fit.py" "$work/bytecode.txt" "$work/functions.tsv" "$work/files.list" "$root/src/semantic/bytecode_estimate.cpp" "$data"
# Paths in the committed data are relative to bench/work/node_modules.
sed -i "s|$work/node_modules/||" "$data/samples.tsv"
