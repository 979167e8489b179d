#!/usr/bin/env bash
# Hostile content in the browser: builds the web app from a glossary made of hostile content and
# checks in headless Chromium that all of it renders as text (tests/e2e/hostile.mjs).
#
#   scripts/test-web-hostile.sh      # run by scripts/test-web.sh, after its own build and tests
#
# The glossary: a copy of glossary/instruments (with releases.toml and elements.toml), two hostile
# instruments of tests/e2e/hostile/ (a `javascript:` and an `http://evil.example` URL, markup in
# every text), and tests/e2e/hostile/hostile.tbx imported with `luxterm import tbx` (markup,
# event handlers, `javascript:` and `data:` URLs, SVG, bidi overrides, template and format
# strings, and a 1 MB string put in place of MEGABYTE here); the browser test also pastes hostile
# text into the Check page and drops tests/e2e/hostile/hostile.docx on it. The app is built from it with
# `LUXTERM_GLOSSARY_DIR` into target/hostile-dist (web/dist is left alone; the same target dir, so
# that only the luxterm crate and the app are compiled again) and served by `cargo xtask serve
# --dir` on a free loopback port. Ends with "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/serve-loopback.sh
source scripts/lib/serve-loopback.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
say() { echo "test-web-hostile: $*" >&2; }

passed=0
failed=0
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}

work=$(mktemp -d)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

glossary=$work/glossary
dist=$PWD/target/hostile-dist
artifacts=${1:-tests/e2e/artifacts/hostile}
mkdir -p "$glossary/concepts" "$artifacts"
cp glossary/releases.toml glossary/elements.toml "$glossary/"
cp -r glossary/instruments "$glossary/"
cp tests/e2e/hostile/evil-*.toml "$glossary/instruments/"
# 1 MB and more of markup once the XML is read (35 bytes escaped, 29 read, 40,000 times).
node -e '
const fs = require("fs");
const [from, to] = process.argv.slice(1);
const mb = "&lt;img src=x onerror=alert(1)&gt; ".repeat(40000);
fs.writeFileSync(to, fs.readFileSync(from, "utf8").replaceAll("MEGABYTE", mb));
' tests/e2e/hostile/hostile.tbx "$work/hostile.tbx"

say "importing the hostile TBX into a copy of the instruments"
# LUXTERM_CLI: a luxterm binary already built (else cargo builds and runs luxterm-cli).
if [ -n "${LUXTERM_CLI:-}" ]; then
    luxterm=("$LUXTERM_CLI")
else
    luxterm=(cargo --locked run -q -p luxterm-cli --)
fi
if ! "${luxterm[@]}" import tbx "$work/hostile.tbx" --into "$glossary" >"$work/import.log" 2>&1; then
    cut -c1-300 "$work/import.log" | head -n 40 >&2
    say "the import failed"
    failed=$((failed + 1))
    finish
fi
cut -c1-300 "$work/import.log" | head -n 3 >&2

say "building the app from it into $dist"
export LUXTERM_GLOSSARY_DIR=$glossary
start=$(date +%s)
if ! cargo --locked xtask build --out "$dist" >"$work/build.log" 2>&1; then
    grep -v '^ *[0-9]* │' "$work/build.log" | cut -c1-300 | tail -n 30 >&2
    say "build failed"
    failed=$((failed + 1))
    finish
fi
say "built in $(($(date +%s) - start)) s"

# The same environment, so that cargo runs the xtask just built instead of building it again.
serve_loopback "$work/serve.log" --dir "$dist" || true
if [ -z "$url" ]; then
    say "the server did not start:"
    cat "$work/serve.log" >&2
    failed=$((failed + 1))
    finish
fi

say "hostile content against $url"
node tests/e2e/hostile.mjs "$url" "$artifacts" 2>&1 | tee "$work/e2e.log"
status=${PIPESTATUS[0]}
line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$work/e2e.log" | tail -n1)
if [ -n "$line" ]; then
    passed=$((passed + $(echo "$line" | cut -d' ' -f1)))
    failed=$((failed + $(echo "$line" | cut -d' ' -f3)))
fi
if [ "$status" -ne 0 ] && [ -z "$line" ]; then
    say "the hostile-content tests did not run (exit $status)"
    failed=$((failed + 1))
fi
finish
