// Starts the luxterm web app. A file rather than an inline script so that the
// Content-Security-Policy in index.html can forbid inline scripts.
import init from "./luxterm_web.js";
init();
