#!/usr/bin/env bash
# Builds the luxterm web app and serves it on http://127.0.0.1:8080/ (the README's main command).
#
#   scripts/serve.sh              # http://127.0.0.1:8080/
#   scripts/serve.sh --port 9000  # another port (0 picks a free one)
#
# Installs what is missing first (scripts/setup-web.sh), so it works from a fresh clone.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
scripts/setup-web.sh
exec cargo --locked xtask serve "$@"
