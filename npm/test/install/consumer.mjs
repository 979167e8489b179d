// A program of a project that installed the packed tarball (scripts/check-npm.sh runs it in a
// fresh temporary project): the package resolves by name, the glossary is inside it.
import assert from "node:assert/strict";
import { init, search, concept, check, release, LuxtermError } from "luxterm";

await init();
const hit = search("child pornography").hits[0];
assert.equal(hit.concept, "child-sexual-abuse-material");
assert.equal(concept(hit.concept, { lang: "fr" }).name.lang, "fr");
assert.equal(check("child porn")[0].instead, "child sexual abuse material");
assert.throws(() => concept("no-such-concept"), LuxtermError);
console.log(`luxterm from the tarball: glossary ${release().version}, "${hit.term.text}" -> ${hit.term.instead.text.text}`);
