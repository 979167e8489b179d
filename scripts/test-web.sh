#!/usr/bin/env bash
# Tests the luxterm web app in headless Chromium:
#   1. component tests (wasm-bindgen-test, in Chromium through ChromeDriver)
#   2. a build of the app (cargo xtask build)
#   3. end-to-end and accessibility tests (playwright-core + axe-core) against the app served on loopback
#   4. hostile content: the app built from a glossary of hostile content (scripts/test-web-hostile.sh)
# Screenshots go to tests/e2e/artifacts/. Ends with "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/serve-loopback.sh
source scripts/lib/serve-loopback.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
say() { echo "test-web: $*" >&2; }

passed=0
failed=0
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}

if ! scripts/setup-web.sh; then
    say "setup failed"
    failed=$((failed + 1))
    finish
fi

artifacts=tests/e2e/artifacts
rm -rf "$artifacts"
mkdir -p "$artifacts"
work=$(mktemp -d)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

say "component tests (wasm-bindgen-test in headless Chromium)"
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-180}
# ChromeDriver leaves each session's profile (~50 MB) in TMPDIR when the runner stops it: keep
# them in $work, which cleanup removes.
mkdir -p "$work/tmp"
TMPDIR="$work/tmp" cargo test --locked --target wasm32-unknown-unknown -p luxterm-web 2>&1 | tee "$work/component.log"
status=${PIPESTATUS[0]}
counts=$(grep -E '^test result: ' "$work/component.log" |
    sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/' |
    awk '{ p += $1; f += $2 } END { print p + 0, f + 0 }')
read -r p f <<<"$counts"
passed=$((passed + p))
failed=$((failed + f))
if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    say "the component tests did not run (exit $status)"
    failed=$((failed + 1))
fi

say "building the app"
if ! cargo --locked xtask build; then
    say "build failed"
    failed=$((failed + 1))
    finish
fi

# The first load of the home page within its budget (300 KB gzip), on the optimised build.
say "first-load budget: cargo xtask size --no-build --check"
if cargo --locked xtask size --no-build --check >"$work/size.log" 2>&1; then
    grep -E '^within budget' "$work/size.log" >&2
    passed=$((passed + 1))
else
    cat "$work/size.log" >&2
    say "FAILED: the first load is over its budget (or the size report failed)"
    failed=$((failed + 1))
fi

# The download tests compare the Download menu's files with the CLI's exports.
say "building the CLI (the download tests compare with its exports)"
if ! cargo build --locked -q -p luxterm-cli; then
    say "the CLI did not build"
    failed=$((failed + 1))
    finish
fi
export LUXTERM_CLI="${CARGO_TARGET_DIR:-target}/debug/luxterm"

say "serving web/dist on a free loopback port"
serve_loopback "$work/serve.log" --no-build || true
if [ -z "$url" ]; then
    say "the server did not start:"
    cat "$work/serve.log" >&2
    failed=$((failed + 1))
    finish
fi

say "end-to-end and accessibility tests against $url"
node tests/e2e/run.mjs "$url" "$artifacts" 2>&1 | tee "$work/e2e.log"
status=${PIPESTATUS[0]}
line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$work/e2e.log" | tail -n1)
if [ -n "$line" ]; then
    passed=$((passed + $(echo "$line" | cut -d' ' -f1)))
    failed=$((failed + $(echo "$line" | cut -d' ' -f3)))
fi
if [ "$status" -ne 0 ] && [ -z "$line" ]; then
    say "the end-to-end tests did not run (exit $status)"
    failed=$((failed + 1))
fi

say "hostile content: the app built from a hostile glossary (scripts/test-web-hostile.sh)"
scripts/test-web-hostile.sh "$artifacts/hostile" 2>&1 | tee "$work/hostile.log"
status=${PIPESTATUS[0]}
line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$work/hostile.log" | tail -n1)
if [ -n "$line" ]; then
    passed=$((passed + $(echo "$line" | cut -d' ' -f1)))
    failed=$((failed + $(echo "$line" | cut -d' ' -f3)))
fi
if [ "$status" -ne 0 ] && [ -z "$line" ]; then
    say "the hostile-content tests did not run (exit $status)"
    failed=$((failed + 1))
fi
finish
