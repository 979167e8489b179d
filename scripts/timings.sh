#!/usr/bin/env bash
# Timings of the web app in headless Chromium (a benchmark, not a test; README.md, "Figures"):
# cold first result (a query typed, its first hit visible), cold concept deep link, first paint
# and first contentful paint (the static skeleton of index.html), on the machine's network and on
# Lighthouse's slow-4G profile with the CPU 4x slower (tests/e2e/timings.mjs).
#
#   scripts/timings.sh [RUNS]      # default 5 cold runs of each; builds web/dist if it is missing
#
# Needs what scripts/setup-web.sh installs (Chromium, the npm packages of tests/e2e).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib/serve-loopback.sh
source scripts/lib/serve-loopback.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
runs=${1:-5}
[ -f web/dist/index.html ] || cargo --locked xtask build
work=$(mktemp -d)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
serve_loopback "$work/serve.log" --no-build || true
if [ -z "$url" ]; then
    cat "$work/serve.log" >&2
    exit 1
fi
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(chromium --version 2>/dev/null || true)"
TIMINGS_RUNS=$runs node tests/e2e/timings.mjs "$url" "$work/artifacts"
