#!/usr/bin/env bash
# The luxterm-text benchmarks, native and against MiniSearch (see ../BENCHMARKS.md).
#
#   crates/luxterm-text/bench/run.sh [SIZES] [QUERIES_PER_KIND] [SHAPES]
#
# SIZES is a comma-separated list of concept counts: default 10k,100k; the full run adds 1m
# (1m needs ~10 GB of memory, mostly for MiniSearch, and ~1 h on 2 cores). SHAPES is
# growing,zipf (default: both; see BENCHMARKS.md).
# Set SKIP_NATIVE=1 to run only the Node comparison. Generated data goes to $BENCH_DATA
# (default: <target dir>/luxterm-text-bench).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
sizes=${1:-10k,100k}
queries=${2:-200}
shapes=${3:-growing,zipf}
shape_arg=$([ "$shapes" = growing,zipf ] && echo both || echo "$shapes")
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
data=${BENCH_DATA:-$CARGO_TARGET_DIR/luxterm-text-bench}

echo "# luxterm-text benchmarks: shapes $shapes, sizes $sizes, $queries queries per kind, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "# $(uname -m), $(nproc) cores, $(rustc --version), node $(node --version)"
echo

if [ "${SKIP_NATIVE:-0}" != 1 ]; then
  echo "# native (x86_64, release)"
  cargo run --release -q -p luxterm-text --example bench -- --sizes "$sizes" --queries "$queries" --shape "$shape_arg"
fi

echo "# generating data for the Node comparison into $data"
cargo run --release -q -p luxterm-text --example bench -- --export "$data" --sizes "$sizes" --queries "$queries" --shape "$shape_arg"
rustup target list --installed | grep -q wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
(cd "$here/wasm" && cargo build --release -q --target wasm32-unknown-unknown)
wasm="$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/luxterm_text_bench_wasm.wasm"
(cd "$here/node" && npm ci --silent --no-audit --no-fund)

echo
echo "# wasm in Node against MiniSearch"
node --expose-gc --max-old-space-size=20000 "$here/node/bench.mjs" "$data" "$wasm" "$sizes" "$shapes"
