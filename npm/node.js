// The entry for Node (the "node" condition of package.json's exports): the WebAssembly module is
// read with `fs` and instantiated synchronously on import, so every function works at once.
// `init()` exists for code shared with browsers and resolves immediately.
import { readFileSync } from "node:fs";
import { initSync } from "./pkg/luxterm_js.js";
import { markReady } from "./api.js";

initSync({ module: readFileSync(new URL("./pkg/luxterm_js_bg.wasm", import.meta.url)) });
markReady();

export {
  LuxtermError,
  check,
  compareConcepts,
  compareInstruments,
  compareLanguages,
  concept,
  lookup,
  release,
  releases,
  search,
} from "./api.js";

export async function init() {}
