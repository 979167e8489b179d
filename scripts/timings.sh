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
cargo --locked xtask serve --no-build --port 0 >"$work/serve.log" 2>&1 &
server=$!
url=""
for _ in $(seq 1 300); do
    url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' "$work/serve.log" | head -n1 || true)
    [ -n "$url" ] && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.2
done
if [ -z "$url" ]; then
    cat "$work/serve.log" >&2
    exit 1
fi
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(chromium --version 2>/dev/null || true)"
TIMINGS_RUNS=$runs node tests/e2e/timings.mjs "$url" "$work/artifacts"
