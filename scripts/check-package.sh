#!/usr/bin/env bash
# Checks that the crates can leave the workspace (issue 12):
#
#   1. MSRV: the declared `rust-version` (Cargo.toml, [workspace.package]) builds every
#      publishable crate with all features: `cargo +<rust-version> check`, the toolchain installed
#      with rustup (minimal profile, ~25 s once) if missing.
#   2. `cargo package` of every publishable crate (members without `publish = false`): each
#      tarball is unpacked and built on its own, its luxterm dependencies taken from the other
#      tarballs (cargo's local registry overlay, Rust >= 1.90), never from workspace paths.
#   3. What each tarball holds: the licences and README, the glossary (equal to glossary/) in
#      luxterm's; no tests, fixtures, snapshots, benches or web assets.
#   4. examples/embed (a program) runs and examples/embed-wasm builds for wasm32-unknown-unknown,
#      both as crates.io users build them: `luxterm = "0.1"` with crates.io patched to the
#      unpacked tarballs of step 2.
#
# About 3.5–6 minutes on two shared cores with a warm target/, 8 the first time (README, "Embedding
# in Rust").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
say() { echo "check-package: $*" >&2; }
fail() {
    say "error: $*"
    exit 1
}

meta=$(cargo metadata --no-deps --format-version 1 --locked)
# name version, one line per publishable member
publishable=$(python3 -c '
import json, sys
meta = json.load(sys.stdin)
members = set(meta["workspace_members"])
for p in meta["packages"]:
    if p["id"] in members and p["publish"] != []:
        print(p["name"], p["version"])
' <<<"$meta")
[ -n "$publishable" ] || fail "no publishable crate"
rust_version=$(python3 -c '
import json, sys
versions = {p["rust_version"] for p in json.load(sys.stdin)["packages"] if p["publish"] != []}
if len(versions) != 1:
    sys.exit(f"publishable crates declare different rust-versions: {sorted(map(str, versions))}")
print(versions.pop())
' <<<"$meta")

# 1. MSRV
toolchain=$rust_version
if ! rustup run "$toolchain" rustc --version >/dev/null 2>&1; then
    say "installing Rust $toolchain (the declared rust-version)"
    rustup toolchain install "$toolchain" --profile minimal ||
        fail "cannot install Rust $toolchain, so the declared rust-version cannot be tested here"
fi
have=$(rustup run "$toolchain" rustc --version | awk '{ print $2 }')
case "$have" in
"$rust_version" | "$rust_version".*) ;;
*) fail "toolchain $toolchain is rustc $have, not the declared rust-version $rust_version" ;;
esac
packages=()
while read -r name _; do packages+=(-p "$name"); done <<<"$publishable"
say "rust-version $rust_version: cargo +$toolchain check ${packages[*]} --all-features"
cargo "+$toolchain" check --locked --quiet --all-features "${packages[@]}" --target-dir target/msrv

# 2. Package, and build each package from its tarball.
say "cargo package ${packages[*]}"
# --allow-dirty: this checks what the working tree would publish; `cargo publish` itself keeps
# the clean-tree check.
# Cargo unpacks the tarballs of its local registry overlay into $CARGO_HOME/registry/src/-<hash>/
# and never unpacks a name and version again once there: without this, a crate would be verified
# against the sources of its dependencies as they were packaged the first time (seen with cargo
# 1.95). These directories are caches of local tarballs only (crates.io's are under
# index.crates.io-*), so removing ours costs one unpacking.
# Likewise cargo fingerprints a registry crate by name and version, not by its files, so the
# verification builds run in a target directory of their own, where the artifacts of our crates
# are cleaned first (the registry's other crates stay built).
cargo_home=${CARGO_HOME:-$HOME/.cargo}
while read -r name version; do
    for stale in "$cargo_home"/registry/src/-*/"$name-$version"; do
        if [ -d "$stale" ]; then rm -rf "$stale"; fi
    done
done <<<"$publishable"
verify=target/package-check
if [ -d "$verify" ]; then
    cargo clean --quiet --target-dir "$verify" "${packages[@]}"
fi
log=$(mktemp)
status=0
cargo package --locked --allow-dirty --target-dir "$verify" "${packages[@]}" >"$log" 2>&1 || status=$?
grep -vE '^ +(Compiling|Checking|Blocking|Updating|Unpacking|Locking|Adding|Downloaded|Downloading) ' "$log" >&2 || true
rm -f "$log"
[ "$status" -eq 0 ] || fail "cargo package failed"

# 3. What each package holds.
while read -r name version; do
    crate=$verify/package/$name-$version.crate
    [ -f "$crate" ] || fail "$crate was not written"
    files=$(tar -tzf "$crate" | sed "s|^$name-$version/||")
    for required in Cargo.toml README.md LICENSE-MIT LICENSE-APACHE; do
        grep -qx "$required" <<<"$files" || fail "$crate lacks $required"
    done
    if stray=$(grep -E '^(tests|benches|examples|bench|fixtures|proptest-regressions|dist|web)/|(^|/)(snapshots|fixtures)/|\.(snap|html|css|js|mjs|docx|xlf)$' <<<"$files"); then
        fail "$crate holds files only the workspace needs: $(echo "$stray" | head -n 5 | tr '\n' ' ')"
    fi
    say "$name $version: $(wc -l <<<"$files") files, $(du -k "$crate" | cut -f1) KiB"
done <<<"$publishable"
luxterm_version=$(awk '$1 == "luxterm" { print $2 }' <<<"$publishable")
[ -n "$luxterm_version" ] || fail "luxterm is not publishable"
unpacked=$verify/package/luxterm-$luxterm_version
# The glossary travels with luxterm: the packaged copy is the repository's glossary/, file for
# file (the crate's glossary/ is a symbolic link to it, which cargo follows).
diff -r glossary "$unpacked/glossary" >/dev/null ||
    fail "the glossary in the luxterm package differs from glossary/ (diff -r glossary $unpacked/glossary)"

# 4. The embedding examples, against the unpacked tarballs.
patch=()
while read -r name version; do
    [ "$name" = luxterm-cli ] && continue
    patch+=(--config "patch.crates-io.$name.path=\"$root/$verify/package/$name-$version\"")
done <<<"$publishable"
for example in embed embed-wasm; do
    # The workspace's lock file, so the examples build with the dependency versions tested here
    # (cargo drops what they do not use).
    cp Cargo.lock "examples/$example/Cargo.lock"
done
# The verification builds' target directory: the registry crates are built there already.
export CARGO_TARGET_DIR=$root/$verify
say "examples/embed: cargo run"
out=$(cargo run --quiet --manifest-path examples/embed/Cargo.toml "${patch[@]}" -- "child pornography")
echo "$out" >&2
grep -q 'say instead: child sexual abuse material' <<<"$out" ||
    fail "examples/embed did not print the concept"
grep -q "luxterm glossary $(awk -F'"' '/^version = /{ v = $2 } END { print v }' glossary/releases.toml)" <<<"$out" ||
    fail "examples/embed does not embed the newest glossary release"
say "examples/embed-wasm: cargo test (native), cargo build --target wasm32-unknown-unknown"
cargo test --quiet --manifest-path examples/embed-wasm/Cargo.toml "${patch[@]}" >&2
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi
cargo build --quiet --release --target wasm32-unknown-unknown \
    --manifest-path examples/embed-wasm/Cargo.toml "${patch[@]}"
wasm=$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/luxterm_embed_wasm_example.wasm
[ -s "$wasm" ] || fail "$wasm was not built"
say "wasm module: $(du -k "$wasm" | cut -f1) KiB ($(gzip -9c "$wasm" | wc -c | awk '{ printf "%d", $1 / 1024 }') KiB gzip)"
say "ok: rust-version $rust_version builds, $(wc -l <<<"$publishable") crates package and build alone, the examples build against them"
