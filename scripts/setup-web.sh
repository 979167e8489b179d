#!/usr/bin/env bash
# Installs what the luxterm web app needs to build, serve and test, on a fresh Debian machine.
# Idempotent: each step is skipped when what it installs is already there.
#
#   - the wasm32-unknown-unknown target (rustup)
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock (cargo install, ~4 min once)
#   - Chromium, ChromeDriver and a Chinese font from Debian's packages (only those missing)
#   - the npm packages of tests/e2e (playwright-core, axe-core, binaryen's wasm-opt) with `npm ci`
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
say() { echo "setup-web: $*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

[ -f Cargo.lock ] || cargo metadata --format-version 1 >/dev/null
want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$want" ]; then
    say "error: no wasm-bindgen in Cargo.lock"
    exit 1
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (found: ${have:-none}); this takes a few minutes once"
    # Not --locked: the CLI's own lockfile names a crate version the registry mirror may lack.
    cargo install wasm-bindgen-cli --version "=$want"
fi

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
[ -x /usr/bin/chromedriver ] || packages+=(chromium-driver)
# A font with Chinese characters, so that the screenshots the tests keep show Chinese terms.
fc-list :lang=zh 2>/dev/null | grep -q . || packages+=(fonts-wqy-microhei)
if [ ${#packages[@]} -gt 0 ]; then
    say "installing ${packages[*]} from Debian's packages"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${packages[@]}"
fi

stamp=tests/e2e/node_modules/.luxterm-lock
lock_sum=$(sha256sum tests/e2e/package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
    say "installing the npm packages of tests/e2e"
    (cd tests/e2e && npm ci --no-audit --no-fund)
    echo "$lock_sum" > "$stamp"
fi
say "ready"
