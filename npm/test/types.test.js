// index.d.ts is written by hand: these tests keep it true to the serde form of the core's views.
// 1. Each interface names the same fields as the JSON Schema of the Rust type it describes
//    (the schemas committed in crates/luxterm-cli/schema/ and crates/luxterm/schema/, generated
//    from the Rust types).
// 2. Real values returned by the package match the declared types exactly: the same keys, and
//    each field of its declared type (string literal unions included), recursively.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as luxterm from "../node.js";

const dts = readFileSync(new URL("../index.d.ts", import.meta.url), "utf8");

/** The interfaces (name → field → type) and type aliases (name → type) of index.d.ts. */
function declarations(text) {
  const interfaces = new Map();
  const aliases = new Map();
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  for (const m of code.matchAll(/export interface (\w+)(?: extends (\w+))? \{([^}]*)\}/g)) {
    const fields = new Map();
    for (const f of m[3].matchAll(/^\s*(\w+)(\??): ([^;]+);/gm)) fields.set(f[1], f[3].trim());
    interfaces.set(m[1], { fields, extends: m[2] });
  }
  for (const m of code.matchAll(/export type (\w+) =([^;]+);/g)) aliases.set(m[1], m[2].replace(/\s+/g, " ").trim());
  return { interfaces, aliases };
}

const { interfaces, aliases } = declarations(dts);

/** Splits a type expression at its top-level `|`. */
function alternatives(expr) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    if (expr[i] === "(") depth++;
    if (expr[i] === ")") depth--;
    if (expr[i] === "|" && depth === 0) {
      out.push(expr.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(expr.slice(start).trim());
  return out.filter((s) => s.length > 0);
}

/** Why `value` is not of type `expr`, or null if it is. */
function mismatch(value, expr, path) {
  const alts = alternatives(expr);
  if (alts.length > 1) {
    const errors = alts.map((a) => mismatch(value, a, path));
    return errors.includes(null) ? null : `${path}: ${JSON.stringify(value)?.slice(0, 60)} is none of ${expr}`;
  }
  const t = alts[0];
  if (t.endsWith("[]")) {
    if (!Array.isArray(value)) return `${path}: not an array (${t})`;
    const inner = t.slice(0, -2).replace(/^\((.*)\)$/, "$1");
    for (const [i, v] of value.entries()) {
      const e = mismatch(v, inner, `${path}[${i}]`);
      if (e) return e;
    }
    return null;
  }
  if (t === "null") return value === null ? null : `${path}: not null`;
  if (["string", "number", "boolean"].includes(t)) return typeof value === t ? null : `${path}: not a ${t}`;
  if (t.startsWith('"')) return value === JSON.parse(t) ? null : `${path}: ${JSON.stringify(value)} is not ${t}`;
  if (aliases.has(t)) return mismatch(value, aliases.get(t), path);
  const decl = interfaces.get(t);
  if (!decl) return `${path}: index.d.ts declares no type ${t}`;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return `${path}: not an object (${t})`;
  const want = [...decl.fields.keys()].sort();
  const have = Object.keys(value).sort();
  if (JSON.stringify(want) !== JSON.stringify(have)) {
    return `${path} (${t}): fields ${JSON.stringify(have)}, declared ${JSON.stringify(want)}`;
  }
  for (const [name, type] of decl.fields) {
    const e = mismatch(value[name], type, `${path}.${name}`);
    if (e) return e;
  }
  return null;
}

function assertType(value, type) {
  const e = mismatch(value, type, type);
  assert.equal(e, null, e ?? "");
}

test("the checker of declared types itself catches a wrong field", () => {
  assert.equal(mismatch({ text: "a", lang: "en", dir: "ltr", fallback: false }, "LangText", "x"), null);
  assert.notEqual(mismatch({ text: "a", lang: "en", dir: "up", fallback: false }, "LangText", "x"), null);
  assert.notEqual(mismatch({ text: "a", lang: "en", dir: "ltr" }, "LangText", "x"), null);
  assert.notEqual(mismatch({ text: 1, lang: "en", dir: "ltr", fallback: false }, "LangText", "x"), null);
});

test("the package exports what index.d.ts declares, and nothing else", async () => {
  const declared = [...dts.matchAll(/^export (?:function|class) (\w+)/gm)].map((m) => m[1]).sort();
  assert.deepEqual(Object.keys(luxterm).sort(), declared);
  const browser = await import("../index.js");
  assert.deepEqual(Object.keys(browser).sort(), declared);
});

test("each view interface names the fields of its JSON Schema", () => {
  const schemas = [
    "../../crates/luxterm-cli/schema/show.schema.json",
    "../../crates/luxterm-cli/schema/search.schema.json",
    "../../crates/luxterm-cli/schema/compare.schema.json",
    "../../crates/luxterm-cli/schema/releases.schema.json",
    "../../crates/luxterm/schema/check-report.schema.json",
  ].map((p) => JSON.parse(readFileSync(new URL(p, import.meta.url), "utf8")));
  const defs = new Map();
  for (const s of schemas) {
    if (s.properties) defs.set(s.title, s);
    for (const [name, d] of Object.entries(s.$defs ?? {})) defs.set(name, d);
  }
  const views = [...interfaces.keys()].filter((n) => !n.endsWith("Options"));
  assert.ok(views.length >= 30, `${views.length} view interfaces`);
  for (const name of views) {
    const d = defs.get(name);
    assert.ok(d?.properties, `no JSON Schema of ${name}`);
    assert.deepEqual([...interfaces.get(name).fields.keys()].sort(), Object.keys(d.properties).sort(), name);
  }
  // String enums: the same values as the schema's.
  for (const [name, expr] of aliases) {
    const d = defs.get(name);
    if (!d?.oneOf) continue;
    const values = d.oneOf.map((v) => v.const).sort();
    assert.deepEqual(alternatives(expr).map((v) => JSON.parse(v)).sort(), values, name);
  }
});

test("real values have exactly the declared types", () => {
  const ids = ["child-sexual-abuse-material", "child", "sale-of-children", "grooming"].filter((id) => {
    try {
      luxterm.concept(id);
      return true;
    } catch {
      return false;
    }
  });
  assert.ok(ids.length >= 2);
  for (const id of ids) {
    assertType(luxterm.concept(id, { lang: "fr" }), "ConceptPage");
    assertType(luxterm.concept(id, { lang: "ar", release: "1.1.0" }), "ConceptPage");
    assertType(luxterm.compareLanguages(id), "AcrossLanguages");
    assertType(luxterm.compareInstruments(id, { lang: "es" }), "ElementMatrix");
  }
  for (const page of luxterm.lookup("pédopornographie")) assertType(page, "ConceptPage");
  assertType(luxterm.compareConcepts(ids, { lang: "ru" }), "SideBySide");
  for (const q of ["child pornography", "pedopornographie", "儿童", "CSAM", "grooming"]) {
    assertType(luxterm.search(q, { perConcept: false, limit: 50 }), "SearchResults");
  }
  const findings = luxterm.check(
    "Child pornography and child prostitution. The Optional Protocol on the sale of children, child prostitution and child pornography.\n\nLa pédopornographie.",
  );
  assert.ok(findings.length >= 3);
  for (const f of findings) assertType(f, "Finding");
  assertType(luxterm.releases(), "ReleaseList");
  assertType(luxterm.release(), "ReleaseView");
});
