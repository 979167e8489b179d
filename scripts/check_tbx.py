"""Checks luxterm's TBX exports with the official tools; run by scripts/check-tbx.sh in its venv.

    check_tbx.py SCHEMAS_DIR GLOSSARY_DIR BASIC.tbx V2.tbx [MORE_BASIC.tbx ...]

- TBX-Basic (ISO 30042:2019, DCA), the whole glossary's file and any smaller selections given
  after V2.tbx: the TBX core RELAX NG schema (lxml) and the TBX-Basic DCA
  Schematron rules, compiled with lxml's bundled ISO skeleton (binding `xslt`) and run as XSLT 2
  by Saxon (saxonche). The publisher's valid example must pass and a broken copy of our file must
  fail, so that a pass means something. Skipped, saying so, when SCHEMAS_DIR does not exist.
- TBX 2008: translate-toolkit's translate.storage.tbx reads it; every term and status of the
  current release in the glossary's TOML sources must come back, exactly.

Every failed assertion is printed; exits 1 if any check failed.
"""

import collections
import pathlib
import re
import sys
import tomllib

import lxml.isoschematron
from lxml import etree

SVRL = "{http://purl.oclc.org/dsdl/svrl}"
TBX = "{urn:iso:std:iso:30042:ed-2}"
STATUS = {
    "preferred": "preferredTerm-admn-sts",
    "admitted": "admittedTerm-admn-sts",
    "use-with-caution": "admittedTerm-admn-sts",
    "avoid": "deprecatedTerm-admn-sts",
}
CAUTION = "luxterm status: use-with-caution"

failures = 0


def fail(message):
    global failures
    failures += 1
    print(f"check-tbx: FAIL {message}")


def ok(message):
    print(f"check-tbx: ok   {message}")


# --- TBX-Basic: RNG and Schematron -------------------------------------------------------------


def parse(path):
    # No DTD loading, no entities, no network: the files are data.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.parse(str(path), parser)


def rng_errors(rng, path):
    doc = parse(path)
    if rng.validate(doc):
        return []
    return [f"{path.name}:{e.line}:{e.column}: {e.message}" for e in rng.error_log]


def compile_schematron(sch_path):
    """The Schematron rules as an XSLT stylesheet (text), via lxml's ISO skeleton for XSLT 1."""
    xsl = pathlib.Path(lxml.isoschematron.__file__).parent / "resources/xsl/iso-schematron-xslt1"
    schema = parse(sch_path)
    # The rules declare queryBinding="xslt2", which the XSLT 1 skeleton refuses; the generated
    # stylesheet is run by an XSLT 2 processor, so the XPath 2 functions (matches()) work.
    schema.getroot().set("queryBinding", "xslt")
    step = schema
    for name in ("iso_dsdl_include.xsl", "iso_abstract_expand.xsl", "iso_svrl_for_xslt1.xsl"):
        step = etree.XSLT(etree.parse(str(xsl / name)))(step)
    root = step.getroot()
    root.set("version", "2.0")
    return etree.tostring(root, encoding="unicode")


def schematron_failures(executable, path):
    """Every failed assert (and successful report) of the rules on the file: (location, text)."""
    svrl = executable.transform_to_string(source_file=str(path))
    doc = etree.fromstring(svrl.encode("utf-8"))
    out = []
    for node in doc.iter(SVRL + "failed-assert", SVRL + "successful-report"):
        text = " ".join("".join(node.itertext()).split())
        out.append((node.get("location"), text))
    return out


def fired_rules(executable, path):
    svrl = executable.transform_to_string(source_file=str(path))
    doc = etree.fromstring(svrl.encode("utf-8"))
    return sum(1 for _ in doc.iter(SVRL + "fired-rule"))


def dangling_targets(path):
    """Every @target that is neither an id of the file nor an http(s) URI: what the Schematron's
    coreEnforcement rule means to forbid, checked on every element."""
    doc = parse(path)
    ids = set(doc.xpath("//@id"))
    return [
        t
        for t in doc.xpath("//@target")
        if t not in ids and not re.match(r"https?://.+", t)
    ]


def broken_copy(ours, dest):
    """Our file with four defects the validators must catch."""
    text = ours.read_text("utf-8")
    # 1. A status not in the picklist (Schematron).
    text = text.replace(
        ">preferredTerm-admn-sts</termNote>", ">preferred</termNote>", 1
    )
    # 2. A reference to an id that does not exist (Schematron, and the RNG's IDREF).
    text = re.sub(r'target="([^"]+)"', 'target="no-such-id"', text, count=1)
    # 3. A definition at the term level (Schematron).
    text = text.replace(
        "</termSec>", '<descrip type="definition">misplaced</descrip></termSec>', 1
    )
    # 4. A note before the termNotes (RNG: element order inside termSec).
    text = re.sub(
        r"(<term>[^<]*</term>)(\s*<termNote)", r"\1<note>out of order</note>\2", text, count=1
    )
    dest.write_text(text, "utf-8")
    return dest


def check_basic(schemas, basic, more, work):
    rng_path = schemas / "tbx" / "TBXcoreStructV03.rng"
    sch_path = schemas / "tbx" / "TBX-Basic_DCA.sch"
    example = schemas / "tbx" / "Example_Astronomy_DCA_VALID.tbx"
    missing = [p for p in (rng_path, sch_path, example) if not p.is_file()]
    if missing:
        print(
            "check-tbx: SKIPPED the TBX-Basic RNG and Schematron checks: the official schemas are "
            f"not in {schemas} (missing: {', '.join(p.name for p in missing)}). Set "
            "LUXTERM_INTEROP_SCHEMAS to the folder holding tbx/TBXcoreStructV03.rng, "
            "tbx/TBX-Basic_DCA.sch and tbx/Example_Astronomy_DCA_VALID.tbx."
        )
        return
    from saxonche import PySaxonProcessor

    rng = etree.RelaxNG(parse(rng_path))
    stylesheet = compile_schematron(sch_path)
    broken = broken_copy(basic, work / "broken.tbx")
    with PySaxonProcessor(license=False) as saxon:
        xslt = saxon.new_xslt30_processor()
        executable = xslt.compile_stylesheet(stylesheet_text=stylesheet)
        if executable is None:
            fail(f"Saxon could not compile the Schematron rules: {xslt.error_message}")
            return
        files = [("publisher's example", example), ("luxterm TBX-Basic", basic)]
        files += [(f"luxterm TBX-Basic selection {p.stem}", p) for p in more]
        for name, path in files:
            errors = rng_errors(rng, path)
            for e in errors:
                fail(f"{name}: RNG: {e}")
            if not errors:
                ok(f"{name} ({path.name}) is valid against {rng_path.name}")
            asserts = schematron_failures(executable, path)
            for location, text in asserts:
                fail(f"{name}: Schematron at {location}: {text}")
            dangling = dangling_targets(path)
            for t in dangling:
                fail(f"{name}: @target {t!r} is no id of the file")
            rules = fired_rules(executable, path)
            if rules == 0:
                fail(f"{name}: no Schematron rule fired: the rules did not run")
            elif not asserts:
                ok(f"{name} passes {sch_path.name} ({rules} rule checks, 0 failed asserts)")
        # The broken copy must fail both, each for the defects planted.
        errors = rng_errors(rng, broken)
        for needle in ("IDREF", "Expecting element"):
            # The Schematron's IDREF rule never fires on typed elements (an earlier rule of its
            # pattern matches them first), so a dangling target is the RNG's to catch.
            if any(needle in e for e in errors):
                ok(f"broken copy rejected by the RNG: {next(e for e in errors if needle in e)}")
            else:
                fail(f"broken copy not rejected by the RNG for `{needle}`: {errors}")
        dangling = dangling_targets(broken)
        if dangling:
            ok(f"broken copy: {len(dangling)} dangling @target found by the script's own check")
        else:
            fail("broken copy: the dangling @target was not found")
        asserts = [t for _, t in schematron_failures(executable, broken)]
        for needle in ("/administrativeStatus/ type may be", "/definition/ may only appear"):
            if any(needle in t for t in asserts):
                ok(f"broken copy rejected by the Schematron: {needle} …")
            else:
                fail(f"broken copy not rejected by the Schematron for `{needle}`: {asserts}")


# --- TBX 2008: translate-toolkit ---------------------------------------------------------------


def version(s):
    return tuple(int(p) for p in s.split("."))


def expected_terms(glossary):
    """(concept, lang, text, status) of every current term and abbreviation in the TOML sources."""
    releases = tomllib.loads((glossary / "releases.toml").read_text("utf-8"))["release"]
    current = max(version(r["version"]) for r in releases)
    out = collections.Counter()
    caution = collections.Counter()
    for path in sorted((glossary / "concepts").glob("*.toml")):
        c = tomllib.loads(path.read_text("utf-8"))
        added = version(c["added"])
        if added > current or ("removed" in c and version(c["removed"]) <= current):
            continue
        for t in c.get("term", []):
            since = version(t.get("since", c["added"]))
            if since > current or ("until" in t and version(t["until"]) <= current):
                continue
            for text in filter(None, (t["text"], t.get("abbreviation"))):
                out[(c["id"], t["lang"], text, STATUS[t["status"]])] += 1
                if t["status"] == "use-with-caution":
                    caution[(c["id"], t["lang"], text)] += 1
    return ".".join(map(str, current)), out, caution


def check_v2(glossary, v2):
    from translate.storage import tbx

    release, expected, caution = expected_terms(glossary)
    store = tbx.tbxfile(v2.open("rb"), sourcelanguage="en")
    got = collections.Counter()
    got_caution = collections.Counter()
    for unit in store.units:
        for node in unit.getlanguageNodes():
            lang = node.get("{http://www.w3.org/XML/1998/namespace}lang")
            for term in unit.get_target_terms(lang):
                got[(unit.getid(), lang, term.text, term.administrative_status)] += 1
                if any(n.text == CAUTION and n.scope == "term" for n in term.notes):
                    got_caution[(unit.getid(), lang, term.text)] += 1
    concepts = {k[0] for k in expected}
    if len(store.units) != len(concepts):
        fail(f"TBX v2: translate-toolkit read {len(store.units)} entries, the sources have {len(concepts)} concepts")
    for key in sorted(set(expected) | set(got)):
        if expected[key] != got[key]:
            fail(f"TBX v2: term {key}: {expected[key]} in the sources, {got[key]} read by translate-toolkit")
    if got_caution != caution:
        fail(f"TBX v2: use-with-caution notes differ: sources {sum(caution.values())}, read {sum(got_caution.values())}")
    statuses = collections.Counter(k[3] for k in got.elements())
    if got == expected:
        ok(
            f"TBX v2 ({v2.name}, release {release}) read by translate-toolkit: {len(store.units)} "
            f"concepts, {sum(got.values())} terms and abbreviations with their status "
            f"({', '.join(f'{n} {s}' for s, n in sorted(statuses.items()))}; "
            f"{sum(got_caution.values())} use-with-caution), as in the sources"
        )
    # A sample the reader can check by eye.
    for key in (
        ("child-sexual-abuse-material", "en", "child pornography"),
        ("child-sexual-abuse-material", "en", "CSAM"),
    ):
        found = [k[3] for k in got if k[:3] == key]
        print(f"check-tbx:      {key[0]} [{key[1]}] {key[2]!r}: {found}")


def check_headers(glossary, basic, v2):
    """Both files name the current release and its date, as releases.toml has them."""
    releases = tomllib.loads((glossary / "releases.toml").read_text("utf-8"))["release"]
    current = max(releases, key=lambda r: version(r["version"]))
    want = f"luxterm glossary, release {current['version']} of {current['date']}"
    for path, xpath, ns in (
        (basic, "/t:tbx/t:tbxHeader/t:fileDesc/t:publicationStmt/t:p/text()", {"t": TBX[1:-1]}),
        (v2, "/martif/martifHeader/fileDesc/publicationStmt/p/text()", {}),
    ):
        got = parse(path).xpath(xpath, namespaces=ns)
        if want in got:
            ok(f"{path.name} header: {want!r}")
        else:
            fail(f"{path.name} header: expected {want!r}, found {got}")


def main():
    schemas, glossary, basic, v2, *more = (pathlib.Path(a) for a in sys.argv[1:])
    work = basic.parent
    check_headers(glossary, basic, v2)
    check_basic(schemas, basic, more, work)
    check_v2(glossary, v2)
    if failures:
        print(f"check-tbx: {failures} check(s) failed")
        sys.exit(1)
    print("check-tbx: all TBX checks passed")


if __name__ == "__main__":
    main()
