// The entry for browsers and bundlers (the "default" condition of package.json's exports):
// `await init()` once, then call the functions. Without an argument the module is fetched from
// `new URL("./pkg/luxterm_js_bg.wasm", import.meta.url)`, which bundlers (webpack 5, Vite,
// Rollup, esbuild with a file loader) resolve as an asset; pass a URL, a Response, the bytes
// or a compiled WebAssembly.Module to load it from elsewhere.
import load from "./pkg/luxterm_js.js";
import { markReady } from "./api.js";

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

let loading;

export function init(source) {
  if (loading === undefined) {
    const arg = source === undefined ? undefined : { module_or_path: source };
    loading = load(arg).then(() => {
      markReady();
    });
    // A failed load can be retried.
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}
