// Tests of a project that installed the packed tarball (scripts/check-npm.sh runs them with
// Node's test runner in a fresh temporary project): the package resolves by name, with the
// glossary inside it, and no file of the repository is reachable.
import { test } from "node:test";
import assert from "node:assert/strict";
import { init, search, concept, compareLanguages, check, release, LuxtermError } from "luxterm";

test("the installed package answers by name", async () => {
  await init();
  const hit = search("child pornography").hits[0];
  assert.equal(hit.concept, "child-sexual-abuse-material");
  assert.equal(hit.term.instead.text.text, "child sexual abuse material");
  assert.equal(concept(hit.concept, { lang: "fr" }).name.lang, "fr");
  assert.equal(compareLanguages(hit.concept, { langs: ["es"] }).columns[0].lang, "es");
  assert.equal(check("child porn")[0].instead, "child sexual abuse material");
  assert.match(release().version, /^\d+\.\d+\.\d+$/);
  assert.throws(() => concept("no-such-concept"), LuxtermError);
  console.log(`luxterm from the tarball: glossary ${release().version}`);
});

test("the package's files are its own", async () => {
  const { createRequire } = await import("node:module");
  const require = createRequire(import.meta.url);
  const manifest = require("luxterm/package.json");
  assert.equal(manifest.name, "luxterm");
  assert.equal(manifest.dependencies, undefined, "no runtime dependencies");
  const wasm = import.meta.resolve("luxterm/luxterm.wasm");
  assert.ok(wasm.includes("/node_modules/luxterm/"), wasm);
});
