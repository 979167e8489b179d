#!/usr/bin/env bash
# The npm package's figures: tarball and unpacked size, the WebAssembly module raw and gzip, and
# the time to first search in Node (module load + first query) over fresh processes.
# Builds the package first (scripts/build-npm.sh). RUNS=N sets the number of processes (15).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/build-npm.sh
node npm/bench/bench.mjs
