// Starts the luxterm web app. A file rather than an inline script so that the
// Content-Security-Policy in index.html can forbid inline scripts.
import init from "./luxterm_web.js";
init();

// The Download menu's panel (and, through it, the exporter of a selection, web/export) is
// imported on the menu's first click only; a failed load may be tried again.
let downloads;
globalThis.luxtermDownloadMenu = (...args) =>
  (downloads ??= import("./exporter/downloads.js").catch((e) => {
    downloads = undefined;
    throw e;
  })).then((m) => m.toggle(...args));
