#!/usr/bin/env bash
# Checks `luxterm export --format tbx` and `--format tbx2` on the whole real glossary with the
# official tools (mapping: docs/tbx.md). TBX-Basic (ISO 30042:2019, DCA): the TBX core RELAX NG
# schema (lxml) and the TBX-Basic 1.2.1 DCA Schematron (lxml's ISO skeleton, run as XSLT 2 by
# Saxon/saxonche), after proving the validators on the publisher's valid example and on a broken
# copy of our file. TBX 2008: translate-toolkit's translate.storage.tbx must read every term and
# status of the sources. The schemas are read from $LUXTERM_INTEROP_SCHEMAS (default
# ../shared/interop-schemas next to the repository) and never copied into it; without them the
# script says so and runs the TBX 2008 check. Versions pinned. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
schemas=${LUXTERM_INTEROP_SCHEMAS:-$(pwd)/../shared/interop-schemas}
venv=target/venv-tbx
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q lxml==6.1.3 saxonche==13.1.1 translate-toolkit==3.20.4
cargo build -q -p luxterm-cli --locked
out=target/check-tbx
mkdir -p "$out"
target/debug/luxterm export --format tbx -o "$out/luxterm.tbx"
target/debug/luxterm export --format tbx2 -o "$out/luxterm-v2.tbx"
# Smaller selections: a sparse language (most concepts have no pt-BR term: they are left out) and
# one category of an older release in two languages.
target/debug/luxterm export --format tbx --lang pt-BR -o "$out/pt-BR.tbx"
target/debug/luxterm export --format tbx --category material --release 1.0.0 --lang en --lang fr \
    -o "$out/material-1.0.0-en-fr.tbx"
# The same selection gives the same bytes.
target/debug/luxterm export --format tbx | cmp -s - "$out/luxterm.tbx" ||
    { echo "check-tbx: two exports of the same selection differ" >&2; exit 1; }
"$venv/bin/python" scripts/check_tbx.py "$schemas" glossary "$out/luxterm.tbx" "$out/luxterm-v2.tbx" \
    "$out/pt-BR.tbx" "$out/material-1.0.0-en-fr.tbx"
