// Starts the luxterm web app. A file rather than an inline script so that the
// Content-Security-Policy in index.html can forbid inline scripts.
import init from "./luxterm_web.js";
init();

// The exporter of a selection (web/export) is a module of its own, imported only when the
// Download menu is asked for "this selection", and built once over the whole glossary's bytes;
// a failed load may be tried again.
let exporter;
globalThis.luxtermExporter = (whole) =>
  (exporter ??= import("./exporter/luxterm_web_export.js")
    .then(async (m) => {
      await m.default();
      return new m.WebExporter(whole);
    })
    .catch((e) => {
      exporter = undefined;
      throw e;
    }));
