// Starts the luxterm web app. A file rather than an inline script so that the
// Content-Security-Policy in index.html can forbid inline scripts.
import init from "./luxterm_web.js";

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

init();
