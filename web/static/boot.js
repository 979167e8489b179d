// Starts the luxterm web app. A file rather than an inline script so that the
// Content-Security-Policy in index.html can forbid inline scripts.
import init from "./luxterm_web.js";

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
init().then(registerWorker);

// The Download menu's panel (web/export/downloads.js), imported on its first click.
let downloads;
globalThis.luxtermDownloadMenu = (...args) =>
  (downloads ??= import("./exporter/downloads.js").catch((e) => {
    downloads = undefined;
    throw e;
  })).then((m) => m.toggle(...args));
