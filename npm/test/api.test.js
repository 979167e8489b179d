// The package's functions, in Node, against the glossary it includes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as luxterm from "../node.js";
import { currentRelease, terms } from "./glossary.js";

const CSAM = "child-sexual-abuse-material";

test("search finds a term to avoid and leads to its concept", () => {
  const r = luxterm.search("child pornography");
  assert.equal(r.query, "child pornography");
  assert.equal(r.per_concept, true);
  const first = r.hits[0];
  assert.equal(first.concept, CSAM);
  assert.equal(first.term.status, "avoid");
  assert.equal(first.term.instead.text.text, "child sexual abuse material");
  // One hit per concept unless asked otherwise.
  const ids = r.hits.map((h) => h.concept);
  assert.equal(new Set(ids).size, ids.length);
  const all = luxterm.search("child pornography", { perConcept: false, limit: 50 });
  assert.equal(all.per_concept, false);
  assert.ok(all.hits.length >= r.hits.length);
});

test("search options: language, limit, typos and accents", () => {
  const fr = luxterm.search("pedopornographie", { lang: "fr", limit: 3 });
  assert.ok(fr.hits.length > 0 && fr.hits.length <= 3);
  assert.equal(fr.lang, "fr");
  assert.ok(fr.hits.every((h) => h.term.lang === "fr"));
  assert.equal(fr.hits[0].concept, CSAM);
  assert.equal(luxterm.search("chlid sexual abuse materal").hits[0].concept, CSAM);
});

test("a concept view has the preferred French term of the sources", () => {
  const preferred = terms(CSAM).find((t) => t.lang === "fr" && t.status === "preferred").text;
  const page = luxterm.concept(CSAM, { lang: "fr" });
  assert.equal(page.id, CSAM);
  assert.equal(page.name.text, preferred);
  assert.equal(page.name.lang, "fr");
  assert.equal(page.name.fallback, false);
  const fr = page.languages.find((l) => l.lang === "fr");
  assert.equal(page.languages[0], fr, "the reader's language comes first");
  const group = fr.groups.find((g) => g.status === "preferred");
  assert.deepEqual(group.terms.map((t) => t.text), [preferred]);
  assert.equal(page.release.version, currentRelease().version);
  assert.equal(page.pinned, false);
});

test("a concept as of an earlier release, and a lookup by term", () => {
  const page = luxterm.concept(CSAM, { release: "1.0.0" });
  assert.equal(page.pinned, true);
  assert.equal(page.release.version, "1.0.0");
  const pages = luxterm.lookup("pédopornographie", { lang: "fr" });
  assert.equal(pages[0].id, CSAM);
  assert.equal(pages[0].matched.status, "avoid");
});

test("comparisons: concepts side by side, across languages, across instruments", () => {
  const side = luxterm.compareConcepts([CSAM, "child-sexual-exploitation-material"], { lang: "es" });
  assert.equal(side.lang, "es");
  assert.deepEqual(side.columns.map((c) => c.concept.id), [CSAM, "child-sexual-exploitation-material"]);
  assert.equal(side.columns[0].preferred.lang, "es");

  const langs = luxterm.compareLanguages("child", { langs: ["ar", "fr"] });
  assert.deepEqual(langs.columns.map((c) => c.lang), ["ar", "fr"]);
  assert.equal(langs.columns[0].dir, "rtl");
  assert.equal(langs.columns[0].groups.length, 4, "all four status groups, so rows line up");

  const matrix = luxterm.compareInstruments(CSAM);
  assert.ok(matrix.columns.some((c) => c.instrument === "opsc"));
  assert.ok(matrix.rows.length > 0);
  for (const row of matrix.rows) assert.equal(row.cells.length, matrix.columns.length);
});

test("the checker flags child pornography with the replacement", () => {
  const text = "The report is about child pornography online.";
  const findings = luxterm.check(text);
  const f = findings.find((x) => x.kind === "term");
  assert.equal(f.level, "avoid");
  assert.equal(f.concept, CSAM);
  assert.equal(f.term, "child pornography");
  assert.equal(f.instead, "child sexual abuse material");
  assert.equal(text.slice(f.span.start_utf16, f.span.end_utf16), "child pornography");
  assert.ok(f.citations.length > 0);
  // UTF-16 offsets index JavaScript strings past non-ASCII text too.
  const fr = "Élément : « pédopornographie » 😀 pédopornographie.";
  for (const x of luxterm.check(fr, { lang: "fr" })) {
    assert.equal(fr.slice(x.span.start_utf16, x.span.end_utf16), x.found);
  }
  assert.deepEqual(luxterm.check("A clean sentence about the weather."), []);
  // Markdown: code and link addresses are not prose; spans index the Markdown source.
  const md = "# Report\n\n`child pornography` in code, [a link](https://example.org/child-pornography), and child pornography.\n";
  const mdFindings = luxterm.check(md, { format: "markdown" });
  assert.equal(mdFindings.length, 1);
  assert.equal(md.slice(mdFindings[0].span.start_utf16, mdFindings[0].span.end_utf16), "child pornography");
  assert.equal(mdFindings[0].span.start_utf16, md.lastIndexOf("child pornography"));
  assert.ok(luxterm.check(md).length >= 2, "as plain text, the code span counts too");
});

test("the release is the glossary's current release", () => {
  const current = currentRelease();
  const r = luxterm.release();
  assert.equal(r.version, current.version);
  assert.equal(r.date, current.date);
  assert.equal(r.current, true);
  const list = luxterm.releases();
  assert.equal(list.releases[0].version, current.version, "newest first");
  assert.ok(list.releases.some((x) => x.version === "1.0.0"));
});

test("bad input throws a LuxtermError with a code, or gives an empty result", () => {
  const code = (fn, expected) =>
    assert.throws(fn, (e) => e instanceof luxterm.LuxtermError && e.code === expected && e.message.length > 0);
  code(() => luxterm.concept("no-such-concept"), "unknown-concept");
  code(() => luxterm.compareInstruments("no-such-concept"), "unknown-concept");
  code(() => luxterm.compareConcepts([CSAM, "nope"]), "unknown-concept");
  code(() => luxterm.lookup("zzzz no such term zzzz"), "unknown-concept");
  code(() => luxterm.concept(CSAM, { release: "9.9.9" }), "unknown-release");
  code(() => luxterm.concept(CSAM, { release: "latest" }), "bad-version");
  code(() => luxterm.search("child", { limt: 3 }), "bad-options");
  code(() => luxterm.search("child", { limit: -1 }), "bad-options");
  code(() => luxterm.search("child", "fr"), "bad-options");
  code(() => luxterm.check("child porn", { format: "docx" }), "bad-options");
  code(() => luxterm.search(42), "bad-argument");
  code(() => luxterm.compareConcepts(CSAM), "bad-argument");

  assert.deepEqual(luxterm.search("").hits, []);
  assert.deepEqual(luxterm.search("   \u0000\uFFFF").hits, []);
  assert.deepEqual(luxterm.check(""), []);
  // A huge query (4.5 MiB), a huge text (4 MiB) and a lone surrogate are answered, not a crash.
  assert.ok(Array.isArray(luxterm.search("child pornography ".repeat(1 << 18)).hits));
  const prose = "The weather is fine today and nothing else happens here. ".repeat(64) + "\n\n";
  const findings = luxterm.check(prose.repeat(1200) + "Child pornography.");
  assert.deepEqual(findings.map((f) => f.found), ["Child pornography"]);
  assert.equal(luxterm.check("child pornography\n\n".repeat(2000)).length, 2000);
  assert.ok(Array.isArray(luxterm.search("\uD800child").hits));
  // The module still answers after all that.
  assert.equal(luxterm.search("child pornography").hits[0].concept, CSAM);
});

test("init() resolves in Node, where the module is loaded on import", async () => {
  await luxterm.init();
  assert.equal(luxterm.search("CSAM").hits[0].concept, CSAM);
});

test("the browser entry: calls before init() throw not-initialized, then init(bytes) loads it", () => {
  // In a process of its own: in this one node.js has already instantiated the module.
  const program = `
    import { readFileSync } from "node:fs";
    import * as l from ${JSON.stringify(new URL("../index.js", import.meta.url).href)};
    let code;
    try { l.search("child"); } catch (e) { code = e.code; }
    const wasm = readFileSync(new URL("../pkg/luxterm_js_bg.wasm", ${JSON.stringify(import.meta.url)}));
    await Promise.all([l.init(wasm), l.init(wasm)]);
    console.log(JSON.stringify({ code, hit: l.search("child pornography").hits[0].concept }));
  `;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", program], { encoding: "utf8" });
  assert.deepEqual(JSON.parse(out), { code: "not-initialized", hit: CSAM });
});

test("the browser entry fetches the module from a URL (as browsers do)", () => {
  const program = `
    import { createServer } from "node:http";
    import { readFileSync } from "node:fs";
    import * as l from ${JSON.stringify(new URL("../index.js", import.meta.url).href)};
    const wasm = readFileSync(new URL("../pkg/luxterm_js_bg.wasm", ${JSON.stringify(import.meta.url)}));
    const server = createServer((req, res) => {
      res.writeHead(200, { "content-type": "application/wasm" }).end(wasm);
    });
    await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
    const url = new URL("http://127.0.0.1:" + server.address().port + "/luxterm.wasm");
    let failed;
    try { await l.init(new URL("http://127.0.0.1:1/nothing.wasm")); } catch { failed = true; }
    await l.init(url);
    server.close();
    console.log(JSON.stringify({ failed, hit: l.search("child pornography").hits[0].concept }));
  `;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", program], { encoding: "utf8" });
  assert.deepEqual(JSON.parse(out), { failed: true, hit: CSAM });
});
