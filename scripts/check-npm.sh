#!/usr/bin/env bash
# Builds and tests the npm package `luxterm` (npm/):
#   1. scripts/build-npm.sh (the binding crate for wasm32, wasm-bindgen, wasm-opt when present);
#   2. Node's own test runner over npm/test/*.test.js (the API, the bad-input cases, and the
#      hand-written types against the JSON Schemas and real values);
#   3. `npm pack`, then the tarball installed into a fresh temporary project with
#      `npm install --offline` (it has no dependencies, so no registry is needed), where Node's
#      test runner runs a small ES module test that imports it by name and uses it;
#   4. `tsc --noEmit` (TypeScript pinned by npm/test/install/package-lock.json, `npm ci`) on a
#      TypeScript program against the installed package's types.
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
say() { echo "check-npm: $*" >&2; }

scripts/build-npm.sh

say "node --test npm/test/*.test.js"
(cd npm && node --test test/*.test.js)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
say "npm pack"
tarball=$(cd npm && npm pack --silent --pack-destination "$tmp")
tarball="$tmp/$tarball"
say "packed $(basename "$tarball"): $(wc -c < "$tarball") bytes"
if tar -tzf "$tarball" | grep -vE '^package/(package\.json|README\.md|LICENSE[^/]*|index\.js|node\.js|api\.js|index\.d\.ts|pkg/luxterm_js\.js|pkg/luxterm_js_bg\.wasm)$'; then
    say "error: the tarball holds the files above, which package.json's \"files\" should not let in"
    exit 1
fi

project="$tmp/project"
mkdir -p "$project"
cat > "$project/package.json" <<'JSON'
{ "name": "luxterm-consumer", "private": true, "type": "module" }
JSON
say "npm install --offline $(basename "$tarball") in a fresh project"
(cd "$project" && npm install --offline --no-audit --no-fund --loglevel=error "$tarball")
deps=$(find "$project/node_modules" -mindepth 1 -maxdepth 1 ! -name .package-lock.json | wc -l)
if [ "$deps" -ne 1 ]; then
    say "error: installing the tarball brought $deps packages into node_modules, not only luxterm"
    exit 1
fi
cp npm/test/install/consumer.test.mjs npm/test/install/consumer.ts npm/test/install/tsconfig.json "$project/"
say "node --test in the fresh project (the installed package, by name)"
(cd "$project" && node --test consumer.test.mjs)

# TypeScript for the types check, pinned, installed once with `npm ci` (re-installed when the lock changes).
install=npm/test/install
stamp=$install/node_modules/.luxterm-lock
lock_sum=$(sha256sum "$install/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
    say "npm ci in $install (TypeScript, pinned)"
    (cd "$install" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_sum" > "$stamp"
fi
say "tsc --noEmit on consumer.ts against the installed types ($("$root/$install/node_modules/.bin/tsc" --version))"
(cd "$project" && "$root/$install/node_modules/.bin/tsc" -p tsconfig.json)
say "ok"
