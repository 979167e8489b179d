#!/usr/bin/env bash
# Runs every luxterm test, from a fresh clone on a fresh Debian machine of this kind:
#   formatting, cargo deny (licences, bans, sources), clippy (-D warnings), rustdoc (warnings as
#   errors), the workspace's unit, integration, snapshot and doc tests (with the fuzz seed replay
#   and the local server's hostile-request tests), the feature matrix, `cargo package` with the
#   declared rust-version and the embedding examples, then the web app's component, end-to-end and
#   accessibility tests in headless Chromium (scripts/test-web.sh, which installs what it needs).
# Ends with one line "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
# Disk: a run builds the workspace for the host (debug, release, fuzz seeds) and for wasm (tests,
# the app, the npm package). With incremental caches and full debug info that took 12 GB of
# target/ on a fresh clone, and a CI run once stopped on "No space left on device". A test run
# needs neither: line tables keep file and line in backtraces. Set either variable to override.
export CARGO_INCREMENTAL=${CARGO_INCREMENTAL:-0}
export CARGO_PROFILE_DEV_DEBUG=${CARGO_PROFILE_DEV_DEBUG:-line-tables-only}
say() { echo "test: $*" >&2; }

passed=0
failed=0
step() {
    local name=$1
    shift
    say "$name"
    if "$@"; then
        passed=$((passed + 1))
    else
        say "FAILED: $name"
        failed=$((failed + 1))
    fi
}

for component in rustfmt clippy; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
        say "installing the $component component"
        rustup component add "$component"
    fi
done

step "cargo fmt --check" cargo fmt --all -- --check
# The fuzz crate (fuzz/, outside the workspace, built by scripts/fuzz.sh on nightly) keeps a lockfile
# of its own: a dependency added to the library must be locked there too, or fuzz.sh stops.
step "fuzz/Cargo.lock is current" cargo metadata --locked --format-version 1 --manifest-path fuzz/Cargo.toml -q >/dev/null
# Supply chain (deny.toml): licences, banned crates and sources. RustSec advisories need the
# advisory database from GitHub, which the test machines cannot reach: LUXTERM_DENY_ADVISORIES=1
# adds them where it can be fetched.
if ! cargo deny --version >/dev/null 2>&1; then
    say "installing cargo-deny (a few minutes, once)"
    cargo install --locked cargo-deny
fi
deny_checks=(licenses bans sources)
if [ "${LUXTERM_DENY_ADVISORIES:-0}" = 1 ]; then
    deny_checks+=(advisories)
else
    say "cargo deny: advisories skipped (no access to the RustSec database; LUXTERM_DENY_ADVISORIES=1 adds them)"
fi
step "cargo deny check ${deny_checks[*]}" cargo deny --locked check "${deny_checks[@]}"
step "cargo clippy -D warnings" cargo clippy --workspace --all-targets --locked -- -D warnings
# The web app's first-load module is the same crate without its `full` feature (web/Cargo.toml).
step "cargo clippy -D warnings, the web app's first-load module" cargo clippy -p luxterm-web --lib --bins --no-default-features --locked -- -D warnings
step "rustdoc, warnings as errors" env RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked -p luxterm -p luxterm-data -p luxterm-text -p luxterm-cli

# Unit, integration, snapshot and doc tests of every crate (the web crate's tests run in a browser below).
log=$(mktemp)
say "cargo test --workspace"
cargo test --workspace --exclude luxterm-web --locked 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
read -r p f < <(grep -E '^test result: ' "$log" |
    sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/' |
    awk '{ p += $1; f += $2 } END { print p + 0, f + 0 }')
passed=$((passed + p))
failed=$((failed + f))
if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    say "FAILED: cargo test exited $status before running every test"
    failed=$((failed + 1))
fi
rm -f "$log"

# The checker's SARIF output against the official SARIF 2.1.0 schema (a pinned Python venv).
step "check: SARIF 2.1.0 schema" scripts/check-sarif.sh

# TBX-Basic against the official TBX core RNG and DCA Schematron; TBX 2008 read by translate-toolkit.
step "export: TBX validators" scripts/check-tbx.sh

# The CSV, XLSX, SKOS and JSON exports of the whole glossary, read by rdflib, skosify, openpyxl
# and Python's csv (a pinned Python venv).
step "export: CSV, XLSX, SKOS validators" scripts/check-exports.sh

# The npm package: built (wasm32, wasm-bindgen), Node's test runner, npm pack, the tarball
# installed into a fresh project and used there, tsc on its types.
step "npm package: build, node --test, pack, install" scripts/check-npm.sh

# Every feature of the library crates alone, none and all (cargo check; tests where cheap).
step "feature matrix" scripts/check-features.sh
# cargo package (each crate built from its tarball), the declared rust-version, the examples.
step "cargo package, rust-version and examples" scripts/check-package.sh

# Browser tests: component (wasm-bindgen-test), end-to-end and accessibility, in headless Chromium.
log=$(mktemp)
scripts/test-web.sh 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n1)
if [ -n "$line" ]; then
    passed=$((passed + $(echo "$line" | cut -d' ' -f1)))
    failed=$((failed + $(echo "$line" | cut -d' ' -f3)))
fi
if [ "$status" -ne 0 ] && { [ -z "$line" ] || [ "$(echo "$line" | cut -d' ' -f3)" -eq 0 ]; }; then
    say "FAILED: the web tests exited $status"
    failed=$((failed + 1))
fi
rm -f "$log"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
