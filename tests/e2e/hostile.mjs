// Hostile content in the browser: the web app built from a glossary of hostile content
// (scripts/test-web-hostile.sh) must show all of it as text.
//
//   node tests/e2e/hostile.mjs http://127.0.0.1:PORT/ [artifacts-dir]
//
// On every page (home, searches for the hostile strings and a 100 KB query, the hostile concept
// pages, the hostile instruments, compare, categories, releases, the Check page with hostile text
// pasted and a hostile .docx dropped) it asserts that no script from
// the data runs (alert/confirm/prompt/print trapped by an init script, `window.__pwned` never set,
// no dialog event), no element the app's own markup does not have appears (<script>, <img>,
// <svg>, <iframe>, <object>, <embed> … counted against a clean page), no attribute is an event
// handler, every `href` is in-app or `https:` to a host of `luxterm::view::OFFICIAL_HOSTS`,
// every `src` is same-origin, no Content-Security-Policy violation is reported, no request
// leaves the origin, and no console error appears. The hostile texts must be on the page, as
// text. Ends with "N passed, N failed".

import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
const base = new URL(process.argv[2] ?? "http://127.0.0.1:8080/");
const artifacts = path.resolve(process.argv[3] ?? path.join(here, "artifacts", "hostile"));
fs.mkdirSync(artifacts, { recursive: true });
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";

// The hosts the app may link to: read from the Rust source, the one list there is.
const linkRs = fs.readFileSync(path.join(here, "../../crates/luxterm/src/view/link.rs"), "utf8");
const hostList = linkRs.match(/pub const OFFICIAL_HOSTS: &\[&str\] = &\[([\s\S]*?)\];/);
if (!hostList) throw new Error("OFFICIAL_HOSTS not found in crates/luxterm/src/view/link.rs");
const officialHosts = new Set([...hostList[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]));

// The hostile strings of tests/e2e/hostile/ (as read, after XML and TOML unescaping).
const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";
const SVG = "<svg onload=alert(1)>";
const JS_URL = "javascript:alert(1)";
const DATA_URL = "data:text/html,<script>alert(1)</script>";
const BIDI = "\u202Elmth.exe\u202C bidi override";
const TEMPLATE = "{{7*7}} ${7*7} %s%n%x";
const QUERIES = [SCRIPT, IMG, SVG, JS_URL, DATA_URL, BIDI, TEMPLATE, "<svg/onload=alert(1)>", "\"><script>alert(1)</script>", "%3Cscript%3E", "' OR 1=1 --", "\u0000\u202E\uFEFF"];

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "luxterm-hostile-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  viewport: { width: 1280, height: 900 },
  locale: "en-US",
});

// Traps, installed before any of the page's own scripts run. Evaluated through the DevTools
// protocol, which the page's Content-Security-Policy does not govern.
await context.addInitScript(() => {
  window.__pwned = 0;
  window.__violations = [];
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    window[name] = (...args) => {
      window.__pwned = window.__pwned || `${name}(${args.join(",")})`;
    };
  }
  document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
});

const consoleErrors = [];
// A document answered with HTTP 404 (an unknown path: the server's answer, the app then shows its
// not-found page) is logged by the browser as "Failed to load resource"; only that one is not an error.
const notFoundDocument = (page, msg) => msg.text().includes("status of 404") && msg.location().url === page.url();
const foreignRequests = [];
const dialogs = [];
context.on("request", (request) => {
  const url = new URL(request.url());
  if (url.protocol === "blob:" || url.protocol === "about:") return;
  if (url.origin !== base.origin) foreignRequests.push(request.url().slice(0, 200));
});

let passed = 0;
let failed = 0;
const failures = [];

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function newPage() {
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error" && !notFoundDocument(page, msg)) consoleErrors.push(`${page.url().slice(0, 200)}: ${msg.text().slice(0, 300)}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`${page.url().slice(0, 200)}: ${error.message.slice(0, 300)}`));
  page.on("dialog", (dialog) => {
    dialogs.push(`${page.url().slice(0, 200)}: ${dialog.type()} ${dialog.message().slice(0, 100)}`);
    dialog.dismiss().catch(() => {});
  });
  return page;
}

async function open(page, address, selector = "main#main h1") {
  await page.goto(new URL(address, base).href, { waitUntil: "load" });
  await page.waitForSelector(selector, { timeout: 60000 });
}

async function test(name, body) {
  const page = await newPage();
  try {
    await body(page);
    passed += 1;
    console.log(`ok     ${name}`);
  } catch (error) {
    failed += 1;
    failures.push(name);
    console.log(`FAILED ${name}\n       ${String(error && error.stack ? error.stack : error).split("\n").slice(0, 4).join("\n       ").slice(0, 2000)}`);
    const file = path.join(artifacts, `failure-${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase().slice(0, 80)}.png`);
    await page.screenshot({ path: file }).catch(() => {});
  } finally {
    await page.close();
  }
}

// Elements no text from the data may become. Counted on a clean page first: the app's own markup
// (index.html's one <script>) is the baseline.
const FOREIGN = ["script", "img", "svg", "iframe", "object", "embed", "frame", "frameset", "video", "audio", "source", "math", "base", "form", "meta[http-equiv=refresh]", "style", "link:not([rel=icon]):not([rel=stylesheet])"];

async function census(page) {
  return page.evaluate((selectors) => Object.fromEntries(selectors.map((s) => [s, document.querySelectorAll(s).length])), FOREIGN);
}

let baseline = null;

// Everything that must hold of a page built from hostile data.
async function inert(page, label, own = null) {
  // Let anything the data could have started (an onerror, an onload, a timer) happen first.
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => {
    const handlers = [];
    const sources = [];
    for (const el of document.querySelectorAll("*")) {
      for (const a of el.attributes) {
        if (a.name.toLowerCase().startsWith("on")) handlers.push(`<${el.localName} ${a.name}>`);
        if (["src", "srcset", "data", "formaction", "action", "poster", "background", "xlink:href"].includes(a.name.toLowerCase())) sources.push(`${el.localName} ${a.name}=${a.value.slice(0, 80)}`);
      }
    }
    const hrefs = [...document.querySelectorAll("[href]")].map((el) => [el.localName, el.getAttribute("href")]);
    return { pwned: window.__pwned, violations: window.__violations, handlers, sources, hrefs };
  });
  assert(state.pwned === 0, `${label}: script from the data ran: ${state.pwned}`);
  assert(state.violations.length === 0, `${label}: CSP violations: ${state.violations.slice(0, 3).join("; ")}`);
  assert(state.handlers.length === 0, `${label}: event-handler attributes: ${state.handlers.slice(0, 3).join(", ")}`);
  const badSources = state.sources.filter((s) => {
    const value = s.split("=").slice(1).join("=");
    try {
      return new URL(value, base).origin !== base.origin;
    } catch {
      return true;
    }
  });
  assert(badSources.length === 0, `${label}: sources off the origin: ${badSources.slice(0, 3).join(", ")}`);
  const badLinks = state.hrefs.filter(([tag, href]) => {
    if (tag === "link") return !href.startsWith("/") || href.startsWith("//");
    if (href.startsWith("#") || (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\"))) return false;
    try {
      const url = new URL(href);
      return !(url.protocol === "https:" && officialHosts.has(url.hostname) && !url.username && !url.port);
    } catch {
      return true;
    }
  });
  assert(badLinks.length === 0, `${label}: links neither in-app nor https to an official host: ${badLinks.slice(0, 3).map((l) => l[1].slice(0, 80)).join(", ")}`);
  const counts = await census(page);
  const extra = Object.entries(counts).filter(([s, n]) => n > Math.max(baseline?.[s] ?? 0, own?.[s] ?? 0));
  assert(extra.length === 0, `${label}: elements the app's markup does not have: ${extra.map(([s, n]) => `${n} ${s}`).join(", ")}`);
  assert(dialogs.length === 0, `${label}: dialogs opened: ${dialogs.slice(0, 3).join("; ")}`);
}

async function bodyText(page) {
  return page.evaluate(() => document.body.innerText);
}

// ----- a clean page first: the baseline of the app's own markup -----

await test("baseline: the home page and a real instrument page (the app's own markup)", async (page) => {
  await open(page, "/");
  const home = await census(page);
  await open(page, "/instrument/opsc");
  const instrument = await census(page);
  // The compare page has a form of its own (choosing concepts) beside the header's search.
  await open(page, "/compare");
  const compare = await census(page);
  baseline = Object.fromEntries(FOREIGN.map((s) => [s, Math.max(home[s], instrument[s], compare[s])]));
  assert(baseline.script <= 1 && baseline.img === 0 && baseline.iframe === 0 && baseline.object === 0, `the app's markup: ${JSON.stringify(baseline)}`);
  await inert(page, "/instrument/opsc");
});

await test("the home page of the hostile glossary is inert", async (page) => {
  await open(page, "/");
  await inert(page, "/");
});

// ----- searches -----

await test("searching the hostile terms finds them, shown as text", async (page) => {
  await open(page, "/");
  for (const [query, concept] of [[SCRIPT, "hostile-script"], [IMG, "hostile-script"], [JS_URL, "hostile-urls"], [TEMPLATE, "hostile-text"]]) {
    await page.fill("#q", query);
    await page.waitForSelector(".results li a.result-term", { timeout: 20000 });
    const hrefs = await page.locator(".results li a.result-term").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    // A term to avoid links to its concept with the term (`?term=`).
    assert(hrefs.some((h) => h === `/concept/${concept}` || h.startsWith(`/concept/${concept}?`)), `${query}: results ${hrefs.join(", ")}`);
    const shown = await page.locator(".results").innerText();
    assert(shown.includes(query), `${query}: the term is shown as text: ${shown.slice(0, 200)}`);
    await inert(page, `search ${query}`);
  }
  await page.screenshot({ path: path.join(artifacts, "search-script-1280.png") });
});

await test("hostile queries typed in the search box, and a 100 KB query, do not break the app", async (page) => {
  await open(page, "/");
  for (const query of [...QUERIES, "<img src=x onerror=alert(1)>".repeat(3700)]) {
    await page.fill("#q", query);
    await page.waitForTimeout(200);
    await page.waitForSelector("main#main h1", { timeout: 20000 });
    await inert(page, `query ${query.slice(0, 40)} (${query.length} chars)`);
  }
  // The app still answers.
  await page.fill("#q", "hostile megabyte");
  await page.waitForSelector(".results li a.result-term[href='/concept/hostile-megabyte']", { timeout: 20000 });
});

await test("hostile queries in the address (deep links) are inert", async (page) => {
  for (const query of QUERIES.slice(0, 6)) {
    await open(page, `/search?q=${encodeURIComponent(query)}`);
    await inert(page, `/search?q=${query}`);
  }
  // Longer addresses are refused by the server (a request line is at most 8 KiB).
  await open(page, `/search?q=${encodeURIComponent(IMG.repeat(100))}`);
  await inert(page, "/search?q=<img …>×100");
});

// ----- concept pages -----

await test("concept page: markup, event handlers and SVG in terms, notes and definitions are text", async (page) => {
  await open(page, "/concept/hostile-script", "#concept-title");
  const text = await bodyText(page);
  for (const s of [SCRIPT, IMG, "<svg onload=alert(1)><circle r=\"9\"/></svg>", "<iframe src=\"javascript:alert(1)\"></iframe>", "<svg/onload=alert(1)>"]) {
    assert(text.includes(s), `shown as text: ${s}`);
  }
  await inert(page, "/concept/hostile-script");
  await page.screenshot({ path: path.join(artifacts, "concept-hostile-script-1280.png"), fullPage: true });
  // The French view too (the SVG with a script inside).
  await open(page, "/concept/hostile-script?lang=fr", "#concept-title");
  await inert(page, "/concept/hostile-script?lang=fr");
});

await test("concept page: javascript: and data: URLs are text, never links", async (page) => {
  await open(page, "/concept/hostile-urls", "#concept-title");
  const text = await bodyText(page);
  assert(text.includes(JS_URL) && text.includes("data:text/html;base64,") && text.includes("http://evil.example/"), "the URLs are shown as text");
  const hrefs = await page.locator("[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert(!hrefs.some((h) => /javascript:|data:|vbscript:|evil\.example/i.test(h)), `a URL from the data became a link: ${hrefs.filter((h) => /javascript:|data:|evil/.test(h)).join(", ")}`);
  await inert(page, "/concept/hostile-urls");
});

await test("concept page: bidi overrides, template and format strings are text", async (page) => {
  await open(page, "/concept/hostile-text", "#concept-title");
  const text = await bodyText(page);
  for (const s of ["{{constructor.constructor('alert(1)')()}}", "${alert(1)}", "%s%n%x%d%%", "\u202Eevil\u202C", "\u202Elmth.exe\u202C"]) {
    assert(text.includes(s), `shown as text: ${JSON.stringify(s)}`);
  }
  assert(text.includes("{{7*7}} ${7*7} %s%n%x"), "a template or format string was evaluated");
  await inert(page, "/concept/hostile-text");
});

await test("concept page: a 1 MB definition and note render, as text", async (page) => {
  const started = Date.now();
  await open(page, "/concept/hostile-megabyte", "#concept-title");
  const length = await page.evaluate(() => document.body.innerText.length);
  assert(length > 1_000_000, `the megabyte is on the page: ${length} characters`);
  console.log(`       (the 1 MB page took ${Date.now() - started} ms, ${length} characters of text)`);
  await inert(page, "/concept/hostile-megabyte");
});

// ----- instruments -----

await test("instrument pages: a javascript: URL and an http:// URL to a look-alike host are not links", async (page) => {
  for (const id of ["evil-javascript", "evil-http"]) {
    await open(page, `/instrument/${id}`);
    const external = await page.locator("a.external").count();
    assert(external === 0, `${id}: ${external} external links`);
    const text = await bodyText(page);
    assert(text.includes("<script>window.__pwned='body'</script>") || text.includes("<svg onload="), `${id}: the hostile texts are shown as text`);
    await inert(page, `/instrument/${id}`);
  }
  await open(page, "/instruments");
  await inert(page, "/instruments");
  await page.screenshot({ path: path.join(artifacts, "instrument-evil-1280.png"), fullPage: true });
});

// ----- compare, categories, releases -----

await test("compare, the element matrix, categories and releases are inert", async (page) => {
  for (const address of [
    "/compare?c=hostile-script,hostile-urls,hostile-text",
    "/compare/languages/hostile-script?langs=en,fr",
    "/compare/instruments/hostile-script",
    "/compare/releases/hostile-script",
    "/category/umbrella",
    "/category/ict",
    "/releases",
    // Unknown ids made of markup (no `/`: an encoded one is refused by the server).
    `/concept/${encodeURIComponent(IMG)}`,
    `/instrument/${encodeURIComponent(SVG)}`,
  ]) {
    await open(page, address);
    await inert(page, address);
  }
});

// ----- Check a text: pasted and dropped hostile text -----

// The Check page's own markup (its form, the checker's style sheet) is its baseline.
async function openCheck(page) {
  await open(page, "/check");
  await page.waitForSelector("#check-text", { timeout: 60000 });
  return census(page);
}

async function checkText(page, text) {
  await page.fill("#check-text", text);
  await page.click(".check-form button[type=submit]");
  await page.waitForFunction(() => {
    const s = document.querySelector(".check-status")?.textContent ?? "";
    return s && !/…/.test(s);
  }, null, { timeout: 60000 });
}

await test("check: hostile text pasted, and the hostile terms it finds, are shown as text", async (page) => {
  const clean = await openCheck(page);
  await checkText(page, `A report on ${IMG} and ${SCRIPT}.\n\n${SVG} ${JS_URL} ${DATA_URL} <iframe src="javascript:alert(1)"></iframe>\n\n${BIDI} ${TEMPLATE}`);
  const shown = await page.textContent(".checked-text");
  for (const s of [IMG, SCRIPT, SVG, JS_URL, "<iframe src=\"javascript:alert(1)\"></iframe>", TEMPLATE]) {
    assert(shown.includes(s), `shown as typed: ${s}`);
  }
  const marks = await page.$$eval(".checked-text mark", (m) => m.map((x) => x.textContent));
  assert(marks.length > 0, `the hostile glossary's terms are found in the text: ${marks}`);
  await inert(page, "/check, pasted", clean);
  await page.screenshot({ path: path.join(artifacts, "check-hostile-1280.png"), fullPage: true });
  // 100 KB of markup.
  await checkText(page, `${IMG} `.repeat(3500));
  await inert(page, "/check, 100 KB pasted", clean);
});

await test("check: a hostile .docx dropped on the page is shown as text", async (page) => {
  const clean = await openCheck(page);
  const docx = fs.readFileSync(path.join(here, "hostile", "hostile.docx"));
  const data = await page.evaluateHandle((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], "<img src=x onerror=alert(1)>.docx", { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
    return dt;
  }, docx.toString("base64"));
  await page.dispatchEvent(".drop-zone", "drop", { dataTransfer: data });
  await page.waitForFunction(() => (document.querySelector(".checked-text")?.textContent ?? "").includes("in a report"), null, { timeout: 60000 });
  const shown = await page.textContent(".checked-text");
  assert(shown.includes('<script>window.__pwned="docx"</script>') && shown.includes(IMG), `the document's markup is text: ${shown.slice(0, 200)}`);
  await inert(page, "/check, dropped .docx", clean);
});

// ----- the checks themselves can fail -----

await test("control: the checks catch a script that ran, a foreign element and a javascript: link", async (page) => {
  const caught = async (label, change) => {
    await open(page, "/concept/hostile-script", "#concept-title");
    await page.evaluate(change);
    let error = null;
    await inert(page, label).catch((e) => (error = e));
    assert(error !== null, `${label}: not caught`);
  };
  await caught("window.__pwned set", () => (window.__pwned = "control"));
  await caught("an <img> added", () => document.querySelector("main").append(document.createElement("img")));
  await caught("an <svg> added", () => document.querySelector("main").append(document.createElementNS("http://www.w3.org/2000/svg", "svg")));
  await caught("a javascript: link", () => {
    const a = document.createElement("a");
    a.setAttribute("href", "javascript:void 0");
    document.querySelector("main").append(a);
  });
  await caught("an http link to a listed host", () => {
    const a = document.createElement("a");
    a.setAttribute("href", "http://treaties.un.org/");
    document.querySelector("main").append(a);
  });
});

// ----- across every page opened above -----

await test("no dialog opened on any page", async () => {
  assert(dialogs.length === 0, dialogs.slice(0, 5).join("\n"));
});

await test("no console errors on any page", async () => {
  assert(consoleErrors.length === 0, consoleErrors.slice(0, 5).join("\n"));
});

await test("no request leaves the origin", async () => {
  assert(foreignRequests.length === 0, foreignRequests.slice(0, 5).join("\n"));
});

await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
if (failures.length) console.log(`failed: ${failures.join("; ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
