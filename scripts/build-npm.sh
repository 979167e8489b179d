#!/usr/bin/env bash
# Builds the npm package `luxterm` in npm/: the binding crate crates/luxterm-js compiled for
# wasm32-unknown-unknown with the `wasm-release` profile (opt-level z), wasm-bindgen's `web`
# output (an ES module whose init takes the module's bytes, a URL or a Response) in npm/pkg/,
# then wasm-opt -Oz when it is installed. The hand-written entries npm/node.js (loads the
# .wasm with `fs`, synchronously) and npm/index.js (browsers and bundlers: `await init()`
# fetches it from `new URL(…, import.meta.url)`) wrap it; npm/index.d.ts types them.
#
# Installs the wasm32 target and the wasm-bindgen CLI at the version Cargo.lock pins when they
# are missing (scripts/setup-web.sh). Sets npm/package.json's version to the crate's.
#   scripts/build-npm.sh            build npm/pkg/
#   scripts/build-npm.sh --pack     and `npm pack` it into target/npm/luxterm-VERSION.tgz (under cargo's target dir)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
say() { echo "build-npm: $*" >&2; }

want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ] || ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "the wasm32 target or wasm-bindgen $want is missing: scripts/setup-web.sh installs them"
    scripts/setup-web.sh
fi

# The package's version is the crate's (the workspace's).
version=$(cargo pkgid --locked -p luxterm-js | sed -E 's/.*[#@]//')
node -e '
    const fs = require("fs"), file = "npm/package.json", v = process.argv[1];
    const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
    if (pkg.version !== v) {
        console.error(`build-npm: npm/package.json: version ${pkg.version} -> ${v}, the crate version`);
        pkg.version = v;
        fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
    }' "$version"

say "cargo build -p luxterm-js --target wasm32-unknown-unknown --profile wasm-release"
cargo build -p luxterm-js --target wasm32-unknown-unknown --profile wasm-release --locked
# Where cargo puts it (CARGO_TARGET_DIR and build.target-dir respected).
target_dir=$(cargo metadata --format-version 1 --no-deps --locked |
    node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => process.stdout.write(JSON.parse(s).target_directory))')
compiled=$target_dir/wasm32-unknown-unknown/wasm-release/luxterm_js.wasm

out=npm/pkg
rm -rf "$out"
say "wasm-bindgen --target web"
wasm-bindgen --target web --no-typescript --out-name luxterm_js --out-dir "$out" "$compiled"

wasm_opt=$(command -v wasm-opt || true)
[ -n "$wasm_opt" ] || [ ! -x tests/e2e/node_modules/.bin/wasm-opt ] || wasm_opt=tests/e2e/node_modules/.bin/wasm-opt
if [ -n "$wasm_opt" ]; then
    say "wasm-opt -Oz"
    # The features rustc enables by default for wasm32-unknown-unknown (as cargo xtask build).
    "$wasm_opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
        --enable-mutable-globals --enable-reference-types --enable-multivalue \
        --strip-debug --strip-producers "$out/luxterm_js_bg.wasm" -o "$out/luxterm_js_bg.wasm"
else
    say "warning: wasm-opt not found (scripts/setup-web.sh installs it in tests/e2e); the module is not size-optimised"
fi
# The licence files of the repository, if any, travel with the package (npm/LICENSE* is ignored by git).
rm -f npm/LICENSE*
for f in LICENSE* LICENCE*; do
    if [ -f "$f" ]; then cp "$f" npm/; fi
done
say "built $out ($(wc -c < "$out/luxterm_js_bg.wasm") bytes of wasm), version $version"

if [ "${1:-}" = "--pack" ]; then
    mkdir -p "$target_dir/npm"
    (cd npm && npm pack --silent --pack-destination "$target_dir/npm" >/dev/null)
    say "packed $target_dir/npm/luxterm-$version.tgz"
fi
