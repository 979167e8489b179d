// Starts the luxterm web app. A file rather than an inline script so that the
// Content-Security-Policy in index.html can forbid inline scripts.

// The app comes as two builds of one crate (web/Cargo.toml, feature `full`): the full module,
// and a first-load module without the views over the whole glossary (concepts, instruments,
// comparisons, releases, the checker), a quarter smaller. A first visit to the home page, the
// results or a category starts the first-load module; any other view it is asked for loads
// the page again, and that load starts the full one. A page the service worker controls has
// the full module in its cache and always starts it. Both files of the module are fetched at
// once, the glue and the WebAssembly, so the choice costs no round trip after this file.
const FULL = { glue: "./luxterm_web.js", wasm: "/luxterm_web_bg.wasm" };
const FIRST_LOAD = { glue: "./luxterm_web_lite.js", wasm: "/luxterm_web_lite_bg.wasm" };
const FIRST_LOAD_PATHS = /^\/(?:search\/?|category\/[^/]+\/?)?$/;
const controlled = "serviceWorker" in navigator && navigator.serviceWorker.controller !== null;
const app = !controlled && FIRST_LOAD_PATHS.test(location.pathname) ? FIRST_LOAD : FULL;
const wasm = fetch(app.wasm);

// The service worker (dist/sw.js, written by `cargo xtask build`): the app offline, and a return
// visit that downloads nothing but a revalidation of the page. Under the page's Trusted Types
// policy a worker's script URL must be a TrustedScriptURL: the CSP allows one policy,
// `luxterm-sw`, made here first (so no other script can take the name) and accepting this one
// URL only.
const WORKER = "/sw.js";
const workerPolicy =
  "serviceWorker" in navigator && globalThis.trustedTypes
    ? trustedTypes.createPolicy("luxterm-sw", {
        createScriptURL: (url) => {
          if (url !== WORKER) throw new TypeError(`luxterm-sw: not the service worker: ${url}`);
          return url;
        },
      })
    : null;

function registerWorker() {
  if (!("serviceWorker" in navigator)) return;
  const url = workerPolicy ? workerPolicy.createScriptURL(WORKER) : WORKER;
  navigator.serviceWorker
    .register(url, { scope: "/" })
    .catch((e) => console.warn("luxterm: no offline copy:", e));
}

// The text checker is a module of its own (web/check), imported only when the Check page asks
// for it, and built once over the whole glossary's bytes; a failed load may be tried again.
let checker;
globalThis.luxtermChecker = (whole) =>
  (checker ??= import("./checker/luxterm_web_check.js")
    .then(async (m) => {
      await m.default();
      return new m.WebChecker(whole);
    })
    .catch((e) => {
      checker = undefined;
      throw e;
    }));

// Registered once the app runs, so that precaching does not compete with the first load.
import(app.glue)
  .then((m) => m.default({ module_or_path: wasm }))
  .then(registerWorker);

// The Download menu's panel (web/export/downloads.js), imported on its first click.
let downloads;
globalThis.luxtermDownloadMenu = (...args) =>
  (downloads ??= import("./exporter/downloads.js").catch((e) => {
    downloads = undefined;
    throw e;
  })).then((m) => m.toggle(...args));
