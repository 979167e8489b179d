// The package's functions over the WebAssembly exports of crates/luxterm-js. Each export takes
// strings and returns a JSON reply, {"ok": value} or {"error": {code, message}}: this module
// turns options into JSON, parses the reply, and returns the value or throws a LuxtermError.
// Nothing here decides anything about the glossary; the views are the core's serde form.
import * as wasm from "./pkg/luxterm_js.js";

/** An error of luxterm, with a stable `code` (see index.d.ts). */
export class LuxtermError extends Error {
  constructor(code, message) {
    super(message);
    this.name = "LuxtermError";
    this.code = code;
  }
}

let ready = false;

/** Called by the entry module once the WebAssembly module is instantiated. */
export function markReady() {
  ready = true;
}

function argument(name, value) {
  if (typeof value !== "string") {
    throw new LuxtermError("bad-argument", `${name} must be a string, not ${value === null ? "null" : typeof value}`);
  }
  return value;
}

function options(value) {
  if (value === undefined || value === null) return "";
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new LuxtermError("bad-options", "options must be an object");
  }
  return JSON.stringify(value);
}

function call(fn, ...args) {
  if (!ready) {
    throw new LuxtermError("not-initialized", "luxterm is not initialised: `await init()` first");
  }
  let raw;
  try {
    raw = fn(...args);
  } catch (e) {
    // A trap of the module (it never panics on input; this would be a bug to report).
    throw new LuxtermError("internal", `the luxterm module failed: ${e && e.message ? e.message : e}`);
  }
  const reply = JSON.parse(raw);
  if (reply.error !== undefined) throw new LuxtermError(reply.error.code, reply.error.message);
  return reply.ok;
}

export function search(query, opts) {
  return call(wasm.search, argument("query", query), options(opts));
}

export function concept(id, opts) {
  return call(wasm.concept, argument("id", id), options(opts));
}

export function lookup(term, opts) {
  return call(wasm.lookup, argument("term", term), options(opts));
}

export function compareConcepts(ids, opts) {
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === "string")) {
    throw new LuxtermError("bad-argument", "ids must be an array of concept ids (strings)");
  }
  return call(wasm.compareConcepts, JSON.stringify(ids), options(opts));
}

export function compareLanguages(id, opts) {
  return call(wasm.compareLanguages, argument("id", id), options(opts));
}

export function compareInstruments(id, opts) {
  return call(wasm.compareInstruments, argument("id", id), options(opts));
}

export function check(text, opts) {
  return call(wasm.check, argument("text", text), options(opts));
}

export function releases(opts) {
  return call(wasm.releases, options(opts));
}

export function release(opts) {
  return call(wasm.release, options(opts));
}
