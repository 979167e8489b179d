#!/usr/bin/env bash
# Fuzzes luxterm's parsers with cargo-fuzz (libFuzzer), one target after the other:
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     # default: 60 seconds for each of load, compact, search,
#                                             # check, docx, xliff, import, index
#
# Installs what it needs, idempotently: the nightly toolchain (rustup) and cargo-fuzz (crates.io).
# Each target starts from its seed corpus in fuzz/corpus/<target>/ (committed; replayed on stable
# by `cargo test -p luxterm-tests --test fuzz_seeds`) and keeps what it finds in fuzz/work/<target>/
# (not committed). A crash, timeout or out-of-memory stops the target with its input in
# fuzz/artifacts/<target>/: fix the bug, then copy the input to fuzz/regressions/<target>/ so that
# `cargo test` replays it for good. Prints executions per target and in total; exits non-zero on
# any failure. Runs at low priority (nice) on one core per target.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
say() { echo "fuzz: $*" >&2; }

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(load compact search check docx xliff import index)
case $seconds in
'' | *[!0-9]*)
    say "usage: scripts/fuzz.sh [SECONDS] [TARGET...]"
    exit 2
    ;;
esac

if ! rustup toolchain list | grep -q '^nightly'; then
    say "installing the nightly toolchain (libFuzzer needs -Z flags)"
    rustup toolchain install nightly --profile minimal || exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    say "installing cargo-fuzz from crates.io (a minute or two, once)"
    cargo install --locked cargo-fuzz || exit 1
fi

# The largest input each target is given: seeds are a few KB; larger inputs only slow it down.
max_len() {
    case $1 in
    load) echo 8192 ;;
    compact) echo 16384 ;;
    docx) echo 65536 ;;
    xliff) echo 16384 ;;
    check) echo 4096 ;;
    import) echo 32768 ;;
    *) echo 1024 ;;
    esac
}

# cargo-fuzz has no --locked: check that fuzz/Cargo.lock is current before it builds anything.
if [ -f fuzz/Cargo.lock ] && ! cargo +nightly metadata --locked --format-version 1 \
    --manifest-path fuzz/Cargo.toml >/dev/null; then
    say "fuzz/Cargo.lock is out of date"
    exit 1
fi

# The address sanitizer finds memory errors in dependencies' unsafe code (ours has none: the
# workspace forbids it) at about half the speed; FUZZ_SANITIZER=none for raw throughput.
sanitizer=${FUZZ_SANITIZER:-address}
say "building the targets (nightly, sanitizer: $sanitizer)"
if ! nice -n 10 cargo +nightly fuzz build --fuzz-dir fuzz --sanitizer "$sanitizer" >fuzz/build.log 2>&1; then
    tail -n 30 fuzz/build.log >&2
    say "build failed"
    exit 1
fi

total=0
failed=0
logs=fuzz/work/logs
mkdir -p "$logs"
for target in "${targets[@]}"; do
    work=fuzz/work/$target
    mkdir -p "$work" "fuzz/artifacts/$target"
    log=$logs/$target.log
    say "$target: ${seconds}s"
    nice -n 10 cargo +nightly fuzz run --fuzz-dir fuzz --sanitizer "$sanitizer" "$target" "$work" "fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$target/" >"$log" 2>&1
    status=$?
    runs=$(grep -E '^stat::number_of_executed_units:' "$log" | awk '{ print $2 }' | tail -n1)
    runs=${runs:-0}
    total=$((total + runs))
    if [ "$status" -ne 0 ]; then
        failed=$((failed + 1))
        say "$target: FAILED after $runs executions (exit $status); see $log and fuzz/artifacts/$target/"
        grep -E 'ERROR|panicked|SUMMARY|Test unit written' "$log" | head -n 8 >&2
    fi
    printf '%-8s %12d executions%s\n' "$target" "$runs" "$([ "$status" -eq 0 ] && echo ", no crash, timeout or OOM")"
done
printf '%-8s %12d executions in %d targets, %d failed\n' total "$total" "${#targets[@]}" "$failed"
[ "$failed" -eq 0 ]
