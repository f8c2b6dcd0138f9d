# Sourced by bench scripts. install_pinned FROM TO: copies FROM's package.json
# and package-lock.json to TO and runs `npm ci --ignore-scripts` there, only
# when the lock file changed or TO has no node_modules yet. The caller defines
# die().
install_pinned() {
  local from=$1 to=$2
  mkdir -p "$to"
  if cmp -s "$from/package-lock.json" "$to/package-lock.json" && [ -d "$to/node_modules" ]; then return 0; fi
  echo "installing pinned packages into $to (npm ci --ignore-scripts)" >&2
  cp "$from/package.json" "$from/package-lock.json" "$to/"
  (cd "$to" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) ||
    { rm -f "$to/package-lock.json"; die "npm ci failed in $to"; }
}
