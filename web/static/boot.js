// Starts the luxterm web app. A file rather than an inline script so that the
// Content-Security-Policy in index.html can forbid inline scripts.
import init from "./luxterm_web.js";
init();

// The Download menu's panel (web/export/downloads.js), imported on its first click.
let downloads;
globalThis.luxtermDownloadMenu = (...args) =>
  (downloads ??= import("./exporter/downloads.js").catch((e) => {
    downloads = undefined;
    throw e;
  })).then((m) => m.toggle(...args));
