#!/usr/bin/env bash
# Checks the CSV, XLSX, SKOS and JSON exports of the whole real glossary with the tools that
# must read them, in a venv of pinned versions from PyPI (target/venv-exports):
# - rdflib parses the SKOS Turtle and JSON-LD, and the two graphs are isomorphic;
# - skosify (the SKOS checker and converter Skosmos users run) reports no warning or error;
# - openpyxl reads the XLSX: the same header and cells as the CSV;
# - Python's csv module reads the CSV: one row a concept, every row as long as the header;
# - jsonschema validates the JSON export against its committed schema
#   (crates/luxterm/schema/export.schema.json);
# - every format holds the JSON export's concepts, preferred terms and terms to avoid, and the
#   release's version;
# - a text with quotes, a backslash, line breaks, a tab and characters outside the BMP (the
#   example's --tricky) reads back unchanged from each format.
# The files are written by `luxterm export`; the tricky ones by the core's example `export`
# (crates/luxterm/examples/export.rs), which can plant the text. Exits non-zero on the first
# failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
venv=target/venv-exports
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q rdflib==7.6.0 skosify==2.3.0 openpyxl==3.1.5 jsonschema==4.23.0
cargo build -q -p luxterm-cli --locked
cargo build -q -p luxterm --features export,xlsx --example export --locked
cli=target/debug/luxterm
example=target/debug/examples/export
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for format in csv xlsx json; do
    "$cli" export --format "$format" -o "$out/all.$format"
    "$example" "$format" --tricky -o "$out/tricky.$format"
done
"$cli" export --format skos-ttl -o "$out/all.ttl"
"$cli" export --format skos-jsonld -o "$out/all.jsonld"
"$example" skos-ttl --tricky -o "$out/tricky.ttl"
"$example" skos-jsonld --tricky -o "$out/tricky.jsonld"
# An older release and selections (the scheme's version must follow the release).
"$cli" export --format skos-ttl --release 1.0.0 -o "$out/r100.ttl"
"$cli" export --format json --release 1.0.0 --lang fr --lang ar -o "$out/r100.json"
"$cli" export --format csv --bom --category material --lang en --lang fr -o "$out/material.csv"
"$cli" export --format skos-ttl --category material --lang en -o "$out/material.ttl"

"$venv/bin/python" - "$out" <<'PY'
import csv
import io
import json
import logging
import sys
from pathlib import Path

import jsonschema
import openpyxl
import rdflib
import skosify
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, SKOS

out = Path(sys.argv[1])
TRICKY = ("Tricky \"quoted\" text, a back\\slash, a comma; a semicolon | a bar,\na new line,"
          "\r\na CRLF,\ta tab, and 𝒳😀 outside the BMP.")
SKOSXL = rdflib.Namespace("http://www.w3.org/2008/05/skos-xl#")
LT = rdflib.Namespace("https://luxterm.github.io/luxterm/vocab#")
BASE = "https://luxterm.github.io/luxterm"


def fail(msg):
    print(f"check-exports: FAILED: {msg}", file=sys.stderr)
    sys.exit(1)


def terms(page, lang, status):
    for lt in page["languages"]:
        if lt["lang"] == lang:
            for g in lt["groups"]:
                if g["status"] == status:
                    return [t["text"] for t in g["terms"]]
    return []


# The JSON export: what the others are checked against.
doc = json.loads((out / "all.json").read_text("utf-8"))
if doc["format"] != "luxterm-export" or not doc["concepts"]:
    fail("all.json is not a luxterm export with concepts")
schema = json.loads(Path("crates/luxterm/schema/export.schema.json").read_text("utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
for name in ["all.json", "tricky.json", "r100.json"]:
    jsonschema.Draft202012Validator(schema).validate(json.loads((out / name).read_text("utf-8")))
print(f"check-exports: JSON valid against export.schema.json (jsonschema 4.23.0)")
version = doc["release"]["version"]
langs = doc["languages"]
pages = doc["concepts"]
ids = [p["id"] for p in pages]

# CSV, read by Python's csv module.
with open(out / "all.csv", encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
if len(header) != 4 + 7 * len(langs):
    fail(f"CSV header has {len(header)} columns, expected {4 + 7 * len(langs)}")
if [r[0] for r in body] != ids:
    fail("CSV rows are not the JSON export's concepts, in order")
if any(len(r) != len(header) for r in body):
    fail("a CSV row is not as long as the header")
col = {name: i for i, name in enumerate(header)}
for p, r in zip(pages, body):
    if r[col["release"]] != version:
        fail(f"CSV row {p['id']}: release {r[col['release']]!r}, expected {version}")
    for lang in langs:
        for status, suffix in [("preferred", ""), ("admitted", " admitted"), ("avoid", " avoid")]:
            want = "; ".join(terms(p, lang, status))
            if r[col[lang + suffix]] != want:
                fail(f"CSV {p['id']} {lang + suffix!r}: {r[col[lang + suffix]]!r} != {want!r}")
with open(out / "material.csv", "rb") as f:
    raw = f.read()
if not raw.startswith(b"\xef\xbb\xbfid,category,release,release date,en,"):
    fail("material.csv: no BOM, or not the English and French columns")
material = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
if len(material[0]) != 4 + 7 * 2 or not all(r[1] == "material" for r in material[1:]):
    fail("material.csv: not the two languages and the material category")
print(f"check-exports: CSV read by Python's csv: {len(body)} concepts x {len(header)} columns")

# XLSX, read by openpyxl: the same cells as the CSV.
wb = openpyxl.load_workbook(out / "all.xlsx", read_only=True)
ws = wb["luxterm"]
cells = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
if cells != rows:
    for i, (a, b) in enumerate(zip(cells, rows)):
        if a != b:
            fail(f"XLSX row {i + 1} differs from the CSV: {a[:6]} != {b[:6]}")
    fail(f"XLSX has {len(cells)} rows, the CSV {len(rows)}")
if version not in (wb.properties.title or ""):
    fail(f"XLSX title {wb.properties.title!r} does not name release {version}")
print(f"check-exports: XLSX read by openpyxl {openpyxl.__version__}: {len(cells) - 1} rows, "
      f"same cells as the CSV")

# SKOS: rdflib parses both, the graphs are isomorphic.
ttl = rdflib.Graph().parse(out / "all.ttl", format="turtle")
jsonld = rdflib.Graph().parse(out / "all.jsonld", format="json-ld")
if not isomorphic(ttl, jsonld):
    fail("the Turtle and JSON-LD graphs are not isomorphic")
scheme = rdflib.URIRef(BASE + "/")
if (scheme, RDF.type, SKOS.ConceptScheme) not in ttl:
    fail("no skos:ConceptScheme")
if str(ttl.value(scheme, OWL.versionInfo)) != version:
    fail(f"owl:versionInfo is {ttl.value(scheme, OWL.versionInfo)}, expected {version}")
concepts = set(ttl.subjects(RDF.type, SKOS.Concept))
if concepts != {rdflib.URIRef(f"{BASE}/concept/{i}") for i in ids}:
    fail("the SKOS concepts are not the JSON export's")
for p in pages:
    c = rdflib.URIRef(f"{BASE}/concept/{p['id']}")
    for lang in langs:
        pref = [str(o) for o in ttl.objects(c, SKOS.prefLabel) if o.language == lang]
        want = terms(p, lang, "preferred")[:1]
        if pref != want:
            fail(f"{p['id']}: prefLabel@{lang} {pref} != {want}")
        hidden = sorted(str(o) for o in ttl.objects(c, SKOS.hiddenLabel) if o.language == lang)
        if hidden != sorted(set(terms(p, lang, "avoid"))):
            fail(f"{p['id']}: hiddenLabel@{lang} {hidden} != the terms to avoid")
    for xl in ttl.objects(c, SKOSXL.hiddenLabel):
        if ttl.value(xl, LT.status) != LT.avoid:
            fail(f"{p['id']}: SKOS-XL hidden label {xl} without lt:status lt:avoid")
old = rdflib.Graph().parse(out / "r100.ttl", format="turtle")
if str(old.value(scheme, OWL.versionInfo)) != "1.0.0":
    fail("the 1.0.0 export does not say owl:versionInfo 1.0.0")
print(f"check-exports: SKOS parsed by rdflib {rdflib.__version__}: {len(ttl)} triples in Turtle "
      f"and JSON-LD, isomorphic; {len(concepts)} concepts")


# skosify: no warning or error (it logs what it finds; it exits on what it cannot read).
class Records(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append(record)


records = Records()
logging.getLogger().addHandler(records)
# The whole glossary, and a category in one language (relations to concepts outside it).
for name in ["all.ttl", "material.ttl"]:
    try:
        skosify.skosify(str(out / name), from_format="turtle", label="luxterm")
    except SystemExit:
        fail(f"skosify could not process {name}: " +
             "; ".join(r.getMessage() for r in records.records))
    if records.records:
        for r in records.records:
            print(f"  skosify {r.levelname}: {r.getMessage()}", file=sys.stderr)
        fail(f"skosify reported {len(records.records)} warnings or errors in {name}")
print("check-exports: skosify 2.3.0: no warning, no error (whole glossary; a category in English)")

# The tricky text reads back unchanged from every format.
tricky_id = json.loads((out / "tricky.json").read_text("utf-8"))["concepts"][0]["id"]
c = rdflib.URIRef(f"{BASE}/concept/{tricky_id}")
for name, fmt in [("tricky.ttl", "turtle"), ("tricky.jsonld", "json-ld")]:
    g = rdflib.Graph().parse(out / name, format=fmt)
    if TRICKY not in [str(o) for o in g.objects(c, SKOS.definition)]:
        fail(f"{name}: the tricky definition did not read back unchanged")
# In table cells, line breaks are LF (the CSV and XLSX exports write a CR LF as LF).
TRICKY_CELL = TRICKY.replace("\r\n", "\n")
with open(out / "tricky.csv", encoding="utf-8", newline="") as f:
    trows = list(csv.reader(f))
if not any(TRICKY_CELL in cell for cell in trows[1]):
    fail("tricky.csv: the tricky definition did not read back unchanged")
tws = openpyxl.load_workbook(out / "tricky.xlsx", read_only=True)["luxterm"]
trow = next(tws.iter_rows(min_row=2, max_row=2, values_only=True))
if not any(TRICKY_CELL in (v or "") for v in trow):
    fail("tricky.xlsx: the tricky definition did not read back unchanged")
tdoc = json.loads((out / "tricky.json").read_text("utf-8"))
if TRICKY not in [d["text"]["text"] for d in tdoc["concepts"][0]["definitions"]]:
    fail("tricky.json: the tricky definition did not read back unchanged")
print("check-exports: quotes, backslash, line breaks, tab and non-BMP text read back unchanged "
      "from Turtle, JSON-LD, CSV, XLSX and JSON")
PY
