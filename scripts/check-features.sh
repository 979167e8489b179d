#!/usr/bin/env bash
# The feature matrix of the publishable library crates (luxterm, luxterm-data, luxterm-text):
# for each, `cargo check` of the library with no default features, with each feature alone (on
# top of none) and with all features; then `cargo test` of the combinations that are cheap to
# test and that the workspace's `cargo test` does not already run (it unifies the features its
# members ask for). The features are read from `cargo metadata`, so a new one is checked without
# editing this file. A plain loop: no cargo-hack to install.
#
# 28 cargo runs: 39 s when nothing changed, 3–4 min after a change to the crates, on two
# shared cores (README, "Feature flags").
# Exits non-zero if any combination fails, after trying them all.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
say() { echo "check-features: $*" >&2; }

crates=(luxterm-text luxterm-data luxterm)
failed=()
run() {
    say "$*"
    if ! "$@" --locked --quiet; then
        failed+=("$*")
    fi
}

metadata=$(cargo metadata --no-deps --format-version 1 --locked) || exit 1
for crate in "${crates[@]}"; do
    features=$(python3 -c '
import json, sys
meta = json.load(sys.stdin)
pkg = next(p for p in meta["packages"] if p["name"] == sys.argv[1])
print(" ".join(sorted(f for f in pkg["features"] if f != "default")))
' "$crate" <<<"$metadata") || exit 1
    run cargo check -p "$crate" --lib --no-default-features
    for feature in $features; do
        run cargo check -p "$crate" --lib --no-default-features --features "$feature"
    done
    run cargo check -p "$crate" --lib --all-features
done

# Tests where they are cheap: the model and compact form without the loader (unit tests: the
# doctests load the glossary, so they need `load`), the text crate
# without its optional parts, and the core with everything on (doctests included: `export`,
# `parts` and the readers are not all enabled by any other member).
run cargo test -p luxterm-data --no-default-features --features compact --lib
run cargo test -p luxterm-text --no-default-features --lib
run cargo test -p luxterm --all-features

if [ ${#failed[@]} -gt 0 ]; then
    say "FAILED:"
    printf '  %s\n' "${failed[@]}" >&2
    exit 1
fi
say "every combination builds"
