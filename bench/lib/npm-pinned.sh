# Sourced by bench scripts. The caller defines die().

# install_pinned FROM TO [NPM_ARG...]: copies FROM's package.json and
# package-lock.json to TO and runs `npm ci --ignore-scripts [NPM_ARG...]` there,
# only when the lock file changed or TO has no node_modules yet.
install_pinned() {
  local from=$1 to=$2
  shift 2
  mkdir -p "$to"
  if cmp -s "$from/package-lock.json" "$to/package-lock.json" && [ -d "$to/node_modules" ]; then return 0; fi
  echo "installing pinned packages into $to (npm ci --ignore-scripts $*)" >&2
  cp "$from/package.json" "$from/package-lock.json" "$to/"
  (cd "$to" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error "$@") ||
    { rm -f "$to/package-lock.json"; die "npm ci failed in $to"; }
}

# copy_runtime_sources LOCK NODE_MODULES DEST [PACKAGE...]: copies the runtime
# sources (.js .mjs .cjs .ts, no type declarations, which V8 never runs) of the
# given packages (default: every installed package), without their nested
# node_modules, to DEST, outside node_modules, which v8lint and the other tools
# skip; only when DEST was not yet copied from the install of lock file LOCK.
# DEST gets a .git (holding that lock file as its stamp): it becomes its own
# root, so the .gitignore around it (ignoring bench/work/ and build/) does not
# apply, and every tool skips .git itself.
copy_runtime_sources() {
  local lock=$1 modules=$2 dest=$3
  shift 3
  if cmp -s "$lock" "$dest/.git/package-lock.json"; then return 0; fi
  echo "copying the runtime sources of $modules to $dest" >&2
  [ $# -gt 0 ] || set -- .
  rm -rf "$dest"
  mkdir -p "$dest/.git"
  dest=$(cd "$dest" && pwd)  # the copy runs from inside NODE_MODULES
  local pkg
  for pkg in "$@"; do
    [ -d "$modules/$pkg" ] || die "package $pkg missing from $modules"
    (cd "$modules" &&
      find "$pkg" -mindepth 1 -type d -name node_modules -prune -o -type f \
        \( -name '*.js' -o -name '*.mjs' -o -name '*.cjs' -o -name '*.ts' \) \
        ! -name '*.d.ts' ! -name '*.d.mts' ! -name '*.d.cts' -print0 |
      xargs -0 -r cp --parents -t "$dest")
  done
  cp "$lock" "$dest/.git/package-lock.json"
}
