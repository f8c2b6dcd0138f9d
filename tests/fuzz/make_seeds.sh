#!/bin/sh
# Builds the seed corpus of every fuzz target under $1 from the repository's
# own inputs (corpus/, recorded logs, tests/trace/data); nothing is committed.
# Logs are cut into line-aligned 32 KB pieces so each seed stays fast to run.
set -eu
out=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$out"
mkdir -p "$out/fuzz_v8_log" "$out/fuzz_trace_stdout" "$out/fuzz_config" "$out/fuzz_suppressions" "$out/fuzz_lint" \
  "$out/fuzz_source_map"

n=0
find "$src/corpus" "$src/tests/trace/data" -name '*.gz' | sort | while IFS= read -r log; do
  n=$((n + 1))
  case $log in
    *v8.log.gz) zcat "$log" | head -c 65536 | split -C 32k -d -a 2 - "$out/fuzz_v8_log/log$n-" ;;
    *) zcat "$log" | head -c 65536 > "$out/fuzz_trace_stdout/stdout$n" ;;
  esac
done

find "$src" -name '.v8lintrc.json' -not -path '*/node_modules/*' -not -path '*/build*' | sort | while IFS= read -r config; do
  n=$((n + 1))
  cp "$config" "$out/fuzz_config/config$n.json"
done
printf '{\n  // comment\n  "rules": { "holey-array": "error", "oversized-function": ["warn", { "maxBytes": 10 }], },\n  "ignore": ["dist/**"],\n  "hot": { "functions": ["render*"], "files": ["src/**"] }\n}\n' > "$out/fuzz_config/handwritten.json"

# fuzz_lint reads its first byte as the dialect: 0 JavaScript, 1 TypeScript, 2 TSX.
find "$src/corpus" "$src/tests/trace/data" \( -name '*.js' -o -name '*.ts' -o -name '*.tsx' \) | sort | while IFS= read -r file; do
  n=$((n + 1))
  case $file in *.tsx) dialect='\002' ;; *.ts) dialect='\001' ;; *) dialect='\000' ;; esac
  { printf "$dialect"; head -c 32768 "$file"; } > "$out/fuzz_lint/file$n"
  head -c 32768 "$file" > "$out/fuzz_suppressions/file$n"
done
printf '// v8lint-disable-next-line holey-array, delete-property -- why\nconst a = [1, , 3];\n/* v8lint-disable */ x; /* v8lint-enable delete-property */\ndelete o.p; // v8lint-disable-line\n' > "$out/fuzz_suppressions/directives.js"

# fuzz_source_map: the corpus's maps, and the scripts that name them (the bundle's map is an inline data: URL).
find "$src/corpus" \( -name '*.js.map' -o -path '*/typescript/bundle/*.js' -o -path '*/typescript/dist/*.js' \) \
  -not -path '*/node_modules/*' | sort | while IFS= read -r file; do
  n=$((n + 1))
  head -c 16384 "$file" > "$out/fuzz_source_map/map$n"
done
printf '{"version":3,"sections":[{"offset":{"line":0,"column":0},"map":{"version":3,"sources":["a.ts"],"names":["x"],"mappings":"AAAAA;AACA"}},{"offset":{"line":2,"column":4},"map":{"version":3,"sourceRoot":"src","sources":["b.ts",null],"sourcesContent":["let b;",null],"mappings":"AAAA,EAAE,G"}}]}' > "$out/fuzz_source_map/sections.json"
