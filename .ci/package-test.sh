#!/usr/bin/env bash
# The package as a user gets it: `npm pack` (which builds), install the tarball into an empty project, then
# type-check a TypeScript consumer against it, run an ES module and a CommonJS consumer, and run the installed
# `results` binary, all on the Worcester 2016 results. Exits non-zero on the first failure; the last line is
# `package test: ok` or `package test: FAILED: <step>`. KEEP_PACKAGE_TEST=1 keeps the temporary folder.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
smoke="$repo/.ci/package-smoke"
work=$(mktemp -d "${TMPDIR:-/tmp}/package-test.XXXXXX")
if [ "${KEEP_PACKAGE_TEST:-}" = 1 ]; then echo "package test: working in $work"; else trap 'rm -rf "$work"' EXIT; fi

fail() {
  echo "package test: FAILED: $*"
  exit 1
}
# step NAME COMMAND...: runs the command with its output in $work/NAME.log, shown only when it fails.
step() {
  local name=$1
  shift
  "$@" >"$work/$name.log" 2>&1
  local status=$?
  if [ $status -ne 0 ]; then
    cat "$work/$name.log"
    fail "$name (exit status $status; command: $*)"
  fi
}
# expect NAME TEXT: the output of step NAME contains TEXT.
expect() {
  grep -qF -- "$2" "$work/$1.log" || {
    cat "$work/$1.log"
    fail "$1 printed no line containing '$2'"
  }
}

step pack npm pack --pack-destination "$work" --prefix "$repo"
tarball=$(ls "$work"/psephology-*.tgz 2>/dev/null | head -n 1)
[ -n "$tarball" ] || fail "npm pack left no tarball in $work"

project="$work/project"
mkdir -p "$project"
cat >"$project/package.json" <<'EOF'
{ "name": "psephology-consumer", "version": "1.0.0", "private": true, "type": "module" }
EOF
cp "$repo/fixtures/worcester-2016.csv" "$smoke"/consumer.* "$project/"
cd "$project" || fail "cannot enter $project"
step install npm install --no-audit --no-fund --no-package-lock "$tarball"

# The repository's own compiler and Node types, so the check needs nothing more from the registry; no
# skipLibCheck, so the package's own declarations are checked too.
step typecheck "$repo/node_modules/.bin/tsc" --strict --noEmit --module nodenext --moduleResolution nodenext --target es2022 \
  --typeRoots "$repo/node_modules/@types" --types node consumer.ts consumer.cts

step esm node consumer.mjs
expect esm 'Battenhall majority 194'
expect esm 'from text: majority 194'
expect esm 'streamed 12 contests'
step cjs node consumer.cjs
expect cjs 'Battenhall majority 194'
expect cjs 'bad row: DataError at bad.csv:2'

step binary env NO_COLOR=1 npx --no-install results tally worcester-2016.csv --area Battenhall
expect binary 'majority 194 (1,081 vs 887)'

echo "package test: ok"
