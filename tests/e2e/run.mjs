// End-to-end and accessibility tests of the luxterm web app in Debian's Chromium.
//
//   node tests/e2e/run.mjs http://127.0.0.1:PORT/ [artifacts-dir]
//
// Run by scripts/test-web.sh against `cargo xtask serve`. Drives real Chromium with playwright-core
// (no browser download: executablePath /usr/bin/chromium), checks every page for console errors
// and requests leaving the origin, runs axe-core (WCAG 2.2 A/AA and best-practice rules, no
// violation of any impact: harness.mjs), and keeps
// screenshots at 360 px and 1280 px. Ends with "N passed, N failed".
//
// The harness (browser, `test`, `assert`, `open`, `search`, `axe`) is in harness.mjs. Tests of one
// area go in a module of their own in suites/ (run after the tests below, in name order).

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { artifacts, assert, axe, base, close, consoleErrors, context, firstResultHref, foreignRequests, newPage, open, results, search, test } from "./harness.mjs";

// ----- search in four languages and scripts -----

await test("search in English finds the concept", async (page) => {
  await search(page, "sale of children");
  assert((await firstResultHref(page)) === "/concept/sale-of-children", `first result: ${await firstResultHref(page)}`);
  assert(page.url().includes("q=sale"), `the query is in the URL: ${page.url()}`);
});

await test("search in French finds the concept, apostrophes and accents folded", async (page) => {
  await search(page, "traite d’enfants");
  assert((await firstResultHref(page)) === "/concept/trafficking-in-children", `first result: ${await firstResultHref(page)}`);
  await page.fill("#q", "vente d'enfa");
  await page.waitForFunction(() => document.querySelector(".results li a.result-term")?.getAttribute("href") === "/concept/sale-of-children");
  const lang = await page.getAttribute(".results li:first-child a.result-term", "lang");
  assert(lang === "fr", `matched term carries lang=fr, got ${lang}`);
});

await test("search in Arabic finds the concept (with or without hamza)", async (page) => {
  await search(page, "بيع الأطفال");
  assert((await firstResultHref(page)) === "/concept/sale-of-children", `first result: ${await firstResultHref(page)}`);
  const dir = await page.getAttribute(".results li:first-child a.result-term", "dir");
  assert(dir === "rtl", `Arabic term carries dir=rtl, got ${dir}`);
  await page.fill("#q", "بيع الاطفال");
  await page.waitForFunction(() => document.querySelector(".results li a.result-term")?.getAttribute("href") === "/concept/sale-of-children");
});

await test("search in Chinese finds the concept", async (page) => {
  await search(page, "儿童性虐待材料");
  assert((await firstResultHref(page)) === "/concept/child-sexual-abuse-material", `first result: ${await firstResultHref(page)}`);
  await page.fill("#q", "买卖儿童");
  await page.waitForFunction(() => document.querySelector(".results li a.result-term")?.getAttribute("href") === "/concept/sale-of-children");
});

await test("a term to avoid leads to its replacement and why", async (page) => {
  await search(page, "child pornography");
  const first = page.locator(".results li").first();
  assert(await first.evaluate((li) => li.classList.contains("result-avoid")), "first hit is marked as a term to avoid");
  const text = await first.innerText();
  assert(/Avoid/.test(text), `status badge shown: ${text}`);
  assert(text.includes("child sexual abuse material"), `replacement shown: ${text}`);
  assert(/Why:/.test(text), `reason shown: ${text}`);
  await first.locator("a.result-term").click();
  await page.waitForSelector("#concept-title");
  assert((await page.textContent("#concept-title")).trim() === "child sexual abuse material", "the concept's preferred term is the title");
  const note = await page.innerText(".from-term");
  assert(note.includes("child pornography") && note.includes("child sexual abuse material"), `from-term note: ${note}`);
  assert(page.url().includes("/concept/child-sexual-abuse-material"), page.url());
});

// ----- concept and instrument pages -----

await test("a concept page shows all six UN languages, legal terms, provisions and links", async (page) => {
  await open(page, "/concept/child-sexual-abuse-material");
  for (const lang of ["ar", "zh", "en", "fr", "ru", "es"]) {
    assert(await page.isVisible(`#terms-${lang}`), `terms in ${lang}`);
  }
  assert((await page.getAttribute("section[aria-labelledby=terms-ar] .term-text", "dir")) === "rtl", "Arabic terms are rtl");
  assert((await page.locator(".legal-term").count()) > 0, "legal terms marked");
  const provisionLinks = page.locator(".provisions-cited a[href^='/instrument/']");
  assert((await provisionLinks.count()) > 0, "cited provisions link to instrument pages");
  assert((await page.locator(".provisions-cited a.external").count()) > 0, "official text links");
  assert((await page.locator(".badge.unverified").count()) > 0, "unverified facts are marked");
  assert(await page.isVisible("#cite-heading"), "cite this");
  const permalink = await page.inputValue("#permalink");
  assert(/\/concept\/child-sexual-abuse-material\?release=\d+\.\d+\.\d+$/.test(permalink), `permalink pinned to a release: ${permalink}`);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base.origin });
  await page.click("text=Copy link");
  await page.waitForFunction(() => document.querySelector(".copy-status").textContent.trim() !== "");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert(copied === permalink, `copied ${copied}`);
  const formatted = await page.inputValue("#citation");
  assert(formatted.includes("child sexual abuse material") && formatted.includes(permalink), `formatted citation: ${formatted}`);
  // Follow the first cited provision to its instrument page.
  const href = await provisionLinks.first().getAttribute("href");
  await provisionLinks.first().click();
  await page.waitForSelector("#instrument-title");
  assert(page.url().endsWith(href), `went to ${href}, at ${page.url()}`);
  const highlighted = page.locator(".provision.highlight");
  assert((await highlighted.count()) === 1, "the cited provision is highlighted");
  const citing = await highlighted.locator(".citing").innerText();
  assert(citing.includes("child sexual abuse material"), `concepts citing the provision: ${citing}`);
});

await test("an instrument page lists provisions and the concepts citing each", async (page) => {
  await open(page, "/instrument/opsc");
  assert((await page.locator(".provision").count()) >= 3, "provisions listed");
  assert((await page.locator(".provision .citing a[href^='/concept/']").count()) > 0, "concepts citing provisions");
  await axe(page, "instrument");
});

await test("links from the data are https to official publishers only, upgraded where the data says http", async (page) => {
  await open(page, "/instrument/directive-2011-93-eu");
  const external = await page.locator("a.external").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert(external.includes("https://data.europa.eu/eli/dir/2011/93/oj"), `the Directive's ELI link is https: ${external.join(", ")}`);
  for (const path of ["/instrument/directive-2011-93-eu", "/instrument/ilo-c182", "/instrument/opsc", "/concept/child-sexual-abuse-material", "/concept/child"]) {
    await open(page, path);
    const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const bad = hrefs.filter((h) => !h.startsWith("/") && !h.startsWith("#") && !h.startsWith("https://"));
    assert(bad.length === 0, `${path}: links that are neither in-app nor https: ${bad.join(", ")}`);
  }
});

// ----- compare -----

await test("compare shows two concepts side by side", async (page) => {
  await open(page, "/compare?c=child-sexual-abuse-material,sale-of-children");
  const heads = page.locator(".compare-table thead th a");
  assert((await heads.count()) === 2, `two columns, got ${await heads.count()}`);
  assert((await heads.nth(0).getAttribute("href")) === "/concept/child-sexual-abuse-material", "first column");
  assert((await heads.nth(1).getAttribute("href")) === "/concept/sale-of-children", "second column");
  // Add a third concept with the picker.
  await page.selectOption("#concept-3", "child");
  await page.waitForFunction(() => document.querySelectorAll(".compare-table thead th a").length === 3);
  assert(page.url().includes("c=child-sexual-abuse-material%2Csale-of-children%2Cchild") || page.url().includes("c=child-sexual-abuse-material,sale-of-children,child"), page.url());
  await axe(page, "compare");
});

await test("compare one concept across chosen languages and across releases", async (page) => {
  await open(page, "/compare/languages/child?langs=en,ar,zh");
  const cols = await page.locator(".compare-table thead th").allInnerTexts();
  assert(cols.length === 3, `three language columns: ${cols}`);
  await page.check("#lang-fr");
  await page.waitForFunction(() => document.querySelectorAll(".compare-table thead th").length === 4);
  await open(page, "/compare/releases/child-sexual-abuse-material");
  assert(await page.isVisible("#release-from"), "release pickers");
  const releases = await page.locator("#release-from option").allInnerTexts();
  if (releases.length >= 2) {
    // From the first release to the current one: a table of changes, or a note that there are none.
    await page.selectOption("#release-from", releases[0]);
    await page.selectOption("#release-to", releases[releases.length - 1]);
    await page.waitForFunction(() => document.querySelector(".diff-table, .compare .hint") !== null);
    assert(page.url().includes(`from=${releases[0]}`), page.url());
    await page.screenshot({ path: path.join(artifacts, "compare-releases-1280.png"), fullPage: true });
    await axe(page, "compare-releases");
  }
});

await test("the element matrix compares instruments with a citation in every answer", async (page) => {
  await open(page, "/compare/instruments/child-sexual-abuse-material");
  const columns = await page.locator(".matrix thead th a").count();
  assert(columns >= 2, `instruments as columns: ${columns}`);
  const answers = page.locator(".matrix tbody td > .badge[class*=cell-]");
  assert((await answers.count()) > 0, "answers");
  const uncited = await page.evaluate(() =>
    [...document.querySelectorAll(".matrix tbody td > .badge[class*=cell-]")].filter((b) => !b.parentElement.querySelector(".citation a[href^='/instrument/']")).length);
  assert(uncited === 0, `${uncited} answers without a citation`);
  await page.screenshot({ path: path.join(artifacts, "matrix-1280.png"), fullPage: true });
  await axe(page, "matrix");
});

await test("the Arabic interface labels every release change in Arabic, with no English label from the core", async (page) => {
  await open(page, "/");
  await page.selectOption("#ui-lang", "ar");
  await page.waitForFunction(() => document.documentElement.getAttribute("dir") === "rtl");
  await open(page, "/compare/releases/sexual-abuse-of-children?from=1.0.0&to=1.1.0");
  await page.waitForSelector(".diff-table tbody tr");
  const rows = await page.locator(".diff-table tbody tr").count();
  assert(rows > 0, "changes between 1.0.0 and 1.1.0");
  // Entry kinds, field names and change kinds are the interface's; only glossary texts (terms,
  // definitions) may be in other languages, and each of those carries its own lang attribute.
  const labels = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll(".diff-table th, .diff-table .field-name, .diff-table .badge, .diff-table caption")) {
      const clone = el.cloneNode(true);
      for (const own of clone.querySelectorAll("[lang], bdi")) own.remove();
      out.push(clone.textContent);
    }
    return out;
  });
  const english = /\b(term|definition|guidance|citation|relation|element|category|status|note|text|advice|reason|verified|answer|detail|source|added|removed|modified|legal term|use instead|why)\b/i;
  const leaks = labels.filter((t) => english.test(t));
  assert(leaks.length === 0, `English labels in the Arabic interface: ${JSON.stringify(leaks.slice(0, 5))}`);
  assert(labels.some((t) => /[\u0600-\u06FF]/.test(t)), "labels in Arabic");
  await page.screenshot({ path: path.join(artifacts, "compare-releases-ar-1280.png"), fullPage: true });
  await axe(page, "compare-releases-ar");
});

await test("a view pinned to 1.0.0 shows the entries of 1.0.0, retired ones included", async (page) => {
  // In 1.1.0 the English term "sexual abuse of children" stopped being given as the legal term of
  // CRC art. 34 (it is now tied to the Lanzarote Convention's preamble).
  await open(page, "/concept/sexual-abuse-of-children?release=1.0.0");
  const english = "section[aria-labelledby=terms-en]";
  await page.waitForSelector(`${english} .legal-term`);
  const pinned = await page.locator(english).innerText();
  assert(pinned.includes("CRC art. 34"), `1.0.0 shows the CRC art. 34 legal term: ${pinned.slice(0, 400)}`);
  assert(await page.isVisible(".pinned-notice"), "pinned notice");
  await open(page, "/concept/sexual-abuse-of-children");
  await page.waitForSelector(`${english} .legal-term`);
  const current = await page.locator(english).innerText();
  assert(!current.includes("CRC art. 34"), "the current release no longer does");
});

// ----- downloads: the Download menu's files are the CLI's exports, byte for byte -----

// The CLI binary (scripts/test-web.sh builds it and names it in LUXTERM_CLI).
const cliPath = process.env.LUXTERM_CLI ?? path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../target/debug/luxterm");
function cliExport(args) {
  return execFileSync(cliPath, ["export", ...args], { maxBuffer: 256 << 20 });
}

// What the app may request: its own files, the whole glossary, the export files and module.
// (The build names them after their content: `boot-<16 hex>.js`.)
const ownFile = /^\/(|concept\/[^/]+|category\/[^/]+|compare|boot-[0-9a-f]{16}\.js|luxterm_web(_lite)?-[0-9a-f]{16}\.js|luxterm_web(_lite)?_bg-[0-9a-f]{16}\.wasm|style-[0-9a-f]{16}\.css|favicon-[0-9a-f]{16}\.svg|glossary-[0-9a-f]{16}\.lxtg(\.gz)?|exports\/manifest\.json|exports\/luxterm-[0-9.]+-[a-z0-9-]+-[0-9a-f]{16}\.[a-z]+|exporter\/(downloads-[0-9a-f]{16}\.js|downloads-[0-9a-f]{16}\.css|luxterm_web_export(_xlsx)?(-[0-9a-f]{16}\.js|_bg-[0-9a-f]{16}\.wasm)))$/;
function watchRequests(page) {
  const seen = [];
  page.on("request", (r) => seen.push(r.url()));
  return () => {
    const bad = seen.filter((u) => {
      const url = new URL(u);
      if (url.protocol === "blob:") return url.href.slice(5, 5 + base.origin.length) !== base.origin;
      return url.origin !== base.origin || !ownFile.test(url.pathname);
    });
    assert(bad.length === 0, `requests other than the app's own files: ${bad.join(", ")}`);
    return seen;
  };
}

async function openDownloads(page) {
  await page.click(".download-button");
  await page.waitForSelector("#download-panel:not([hidden]) .download-files a", { timeout: 20000 });
}

async function downloaded(page, action) {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60000 }), action()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), url: download.url(), bytes: fs.readFileSync(file) };
}

function sameBytes(got, want, what) {
  assert(got.length > 100, `${what}: a real file (${got.length} bytes)`);
  assert(got.equals(want), `${what}: ${got.length} bytes downloaded, the CLI writes ${want.length}; first difference at byte ${got.findIndex((b, i) => b !== want[i])}`);
}

await test("download: every whole-glossary file is the CLI's `export --format F`, byte for byte", async (page) => {
  const requests = watchRequests(page);
  await open(page, "/");
  await openDownloads(page);
  const formats = await page.$$eval(".download-files a", (links) => links.map((a) => a.getAttribute("href").match(/-([a-z0-9-]+)-[0-9a-f]{16}\.[a-z]+$/)[1]));
  for (const want of ["tbx", "tbx2", "csv", "xlsx", "skos-ttl", "skos-jsonld", "json"]) {
    assert(formats.includes(want), `a ${want} file is offered: ${formats.join(", ")}`);
  }
  for (const format of formats) {
    const link = page.locator(`.download-files a[href*="-${format}-"]`);
    assert((await link.count()) === 1, `one ${format} link`);
    const href = await link.getAttribute("href");
    assert(new RegExp(`^/exports/luxterm-\\d+\\.\\d+\\.\\d+-${format}-[0-9a-f]{16}\\.[a-z]+$`).test(href), `fingerprinted static file: ${href}`);
    const got = await downloaded(page, () => link.click());
    assert(new URL(got.url).pathname === href, `downloaded ${got.url}`);
    assert(got.name === (await link.getAttribute("download")) && got.name.includes(`-${format}.`), `saved as ${got.name}`);
    sameBytes(got.bytes, cliExport(["--format", format]), `whole glossary, ${format}`);
  }
  const seen = requests();
  assert(!seen.some((u) => u.includes("luxterm_web_export")), "the export module is not loaded for whole-glossary files");
});

await test("download: a concept page's \"this concept\" file is the CLI's `export --concept`, in every format, in all languages or one", async (page) => {
  const requests = watchRequests(page);
  await open(page, "/concept/child-sexual-abuse-material");
  const before = requests();
  assert(!before.some((u) => u.includes("/exporter/")), "neither the menu's panel nor the export module is in the first load");
  await openDownloads(page);
  assert(await page.isChecked("input[name=download-langs][value=all]"), "all languages by default");
  const all = await downloaded(page, () => page.click('.download-make[data-format="tbx"]'));
  assert(all.url.startsWith("blob:"), `made in the browser: ${all.url}`);
  assert(/^luxterm-\d+\.\d+\.\d+-child-sexual-abuse-material-tbx\.tbx$/.test(all.name), `saved as ${all.name}`);
  sameBytes(all.bytes, cliExport(["--format", "tbx", "--concept", "child-sexual-abuse-material"]), "this concept, tbx");
  await page.waitForFunction(() => document.querySelector(".download-status").textContent.includes("luxterm-"));
  // Every other format the panel offers, made in the browser, is the CLI's too.
  const formats = await page.$$eval(".download-make", (buttons) => buttons.map((b) => b.dataset.format));
  for (const format of formats.filter((f) => f !== "tbx")) {
    const got = await downloaded(page, () => page.click(`.download-make[data-format="${format}"]`));
    sameBytes(got.bytes, cliExport(["--format", format, "--concept", "child-sexual-abuse-material"]), `this concept, ${format}`);
  }
  // Only the language of terms.
  const lang = await page.inputValue("#content-lang");
  await page.check("input[name=download-langs][value=one]");
  const one = await downloaded(page, () => page.click('.download-make[data-format="tbx2"]'));
  assert(one.name.endsWith(`-${lang}-tbx2.tbx`), `saved as ${one.name}`);
  sameBytes(one.bytes, cliExport(["--format", "tbx2", "--concept", "child-sexual-abuse-material", "--lang", lang]), `this concept in ${lang}, tbx2`);
  const seen = requests();
  assert(seen.filter((u) => /\/exporter\/luxterm_web_export_bg-[0-9a-f]{16}\.wasm$/.test(u)).length === 1, "the export module is fetched once, on demand");
});

await test("download: the menu works by keyboard (Enter opens, Tab reaches the files, Escape closes) on a category page", async (page) => {
  const requests = watchRequests(page);
  await open(page, "/category/material");
  await page.focus(".download-button");
  assert((await page.getAttribute(".download-button", "aria-expanded")) === "false", "closed at first");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#download-panel:not([hidden]) .download-files a");
  assert((await page.getAttribute(".download-button", "aria-expanded")) === "true", "aria-expanded=true when open");
  await page.keyboard.press("Tab");
  assert(await page.evaluate(() => document.activeElement.closest(".download-files") !== null), "Tab goes into the list of files");
  await page.keyboard.press("Escape");
  assert(await page.isHidden("#download-panel"), "Escape closes the panel");
  assert(await page.evaluate(() => document.activeElement.classList.contains("download-button")), "focus is back on the button");
  await page.keyboard.press("Space");
  await page.waitForSelector("#download-panel:not([hidden])");
  await page.focus('.download-make[data-format="tbx"]');
  const got = await downloaded(page, () => page.keyboard.press("Enter"));
  sameBytes(got.bytes, cliExport(["--format", "tbx", "--category", "material"]), "this category, tbx");
  requests();
});

await test("download: \"these concepts\" on the compare page is the CLI's `export --concept a --concept b`", async (page) => {
  const requests = watchRequests(page);
  await open(page, "/compare?c=child,sale-of-children");
  await openDownloads(page);
  const got = await downloaded(page, () => page.click('.download-make[data-format="tbx"]'));
  sameBytes(got.bytes, cliExport(["--format", "tbx", "--concept", "child", "--concept", "sale-of-children"]), "these concepts, tbx");
  requests();
});

await test("download: axe finds no violation with the menu open (home, concept, in Arabic too)", async (page) => {
  await open(page, "/");
  await openDownloads(page);
  await axe(page, "download-home");
  await open(page, "/concept/child");
  await openDownloads(page);
  await page.screenshot({ path: path.join(artifacts, "download-concept-1280.png") });
  await axe(page, "download-concept");
  await page.selectOption("#ui-lang", "ar");
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  assert((await page.textContent(".download-button")).trim() === "تنزيل", "the menu in Arabic");
  await axe(page, "download-concept-ar");
  await page.selectOption("#ui-lang", "en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
});

// ----- languages, permalinks, keyboard -----

await test("switching the interface to Arabic sets dir=rtl and survives a reload", async (page) => {
  await open(page, "/");
  await page.selectOption("#ui-lang", "ar");
  await page.waitForFunction(() => document.documentElement.getAttribute("dir") === "rtl");
  assert((await page.getAttribute("html", "lang")) === "ar", "lang=ar");
  const label = await page.textContent("label[for=q]");
  assert(/[\u0600-\u06FF]/.test(label), `interface in Arabic: ${label}`);
  await page.screenshot({ path: path.join(artifacts, "home-ar-1280.png"), fullPage: true });
  await axe(page, "home-ar");
  await page.reload();
  await page.waitForSelector("main#main h1");
  assert((await page.getAttribute("html", "dir")) === "rtl", "still rtl after reload");
  // Back to English for the other tests (the choice is saved in this browser profile).
  await page.selectOption("#ui-lang", "en");
  await page.waitForFunction(() => document.documentElement.getAttribute("dir") === "ltr");
});

await test("a French interface shows preferred terms in French, with a visible fallback", async (page) => {
  await open(page, "/");
  await page.selectOption("#ui-lang", "fr");
  await page.waitForFunction(() => document.documentElement.lang === "fr");
  // The language of terms is a setting of its own (the interface language does not change it).
  await page.selectOption("#content-lang", "fr");
  await open(page, "/concept/child");
  assert((await page.textContent("#concept-title")).trim() === "enfant", "title in French");
  // Terms in Russian: definitions written in English only say so.
  await page.selectOption("#content-lang", "ru");
  await page.waitForFunction(() => document.querySelector("#concept-title")?.getAttribute("lang") === "ru");
  const fallback = await page.locator(".definitions .fallback").count();
  const russianDefinition = await page.locator(".definitions [lang=ru]").count();
  assert(fallback > 0 || russianDefinition > 0, "a definition in Russian, or a visible fallback");
  await page.selectOption("#ui-lang", "ar");
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: path.join(artifacts, "concept-ar-360.png"), fullPage: true });
  await page.selectOption("#ui-lang", "en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await page.selectOption("#content-lang", "en");
  await page.waitForFunction(() => document.querySelector("#concept-title")?.getAttribute("lang") === "en");
});

await test("a permalink pinned to a release survives a reload", async (page) => {
  await open(page, "/concept/child?release=0.1.0");
  assert(await page.isVisible(".pinned-notice"), "pinned notice");
  const title = await page.textContent("#concept-title");
  await page.reload();
  await page.waitForSelector("#concept-title");
  assert((await page.textContent("#concept-title")) === title, "same concept after reload");
  assert(await page.isVisible(".pinned-notice"), "still pinned after reload");
  await open(page, "/?q=enfant");
  assert((await page.inputValue("#q")) === "enfant", "search query restored");
  await page.waitForSelector(".results li");
  await open(page, "/concept/child?release=99.0.0");
  assert((await page.textContent("main")).includes("99.0.0"), "unknown release explained");
});

await test("keyboard: skip link first, arrow down from the search box reaches the results", async (page) => {
  await open(page, "/");
  await page.keyboard.press("Tab");
  assert((await page.evaluate(() => document.activeElement.className)) === "skip-link", "skip link is the first stop");
  await page.fill("#q", "child");
  await page.waitForSelector(".results li");
  await page.focus("#q");
  await page.keyboard.press("ArrowDown");
  const active = await page.evaluate(() => document.activeElement.closest(".results") !== null);
  assert(active, "focus moved to the first result");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#concept-title");
});

await test("unknown addresses show a page, not an error", async (page) => {
  await open(page, "/no/such/page");
  assert((await page.textContent("h1")).includes("not found"), "not found page");
});

// ----- accessibility and layout -----

await test("axe: home, results and concept page have no violations", async (page) => {
  await open(page, "/");
  await axe(page, "home");
  await page.fill("#q", "child");
  await page.waitForSelector(".results li");
  await axe(page, "results");
  await open(page, "/concept/child-sexual-abuse-material");
  await axe(page, "concept");
});

await test("screenshots at 360 px and 1280 px; no horizontal overflow at 360 px", async (page) => {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await open(page, "/");
    await page.screenshot({ path: path.join(artifacts, `home-${width}.png`), fullPage: true });
    await page.fill("#q", "child pornography");
    await page.waitForSelector(".results li");
    await page.screenshot({ path: path.join(artifacts, `results-${width}.png`), fullPage: true });
    await open(page, "/concept/child-sexual-abuse-material");
    await page.screenshot({ path: path.join(artifacts, `concept-${width}.png`), fullPage: true });
    if (width === 360) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert(overflow <= 1, `page wider than the screen by ${overflow}px`);
    }
    await open(page, "/compare?c=child-sexual-abuse-material,sale-of-children");
    await page.screenshot({ path: path.join(artifacts, `compare-${width}.png`), fullPage: true });
  }
  await page.emulateMedia({ media: "print" });
  await open(page, "/concept/child-sexual-abuse-material");
  assert(!(await page.isVisible(".site-header")), "the header is hidden in print");
  await page.screenshot({ path: path.join(artifacts, "concept-print.png"), fullPage: true });
});

// ----- the glossary in two parts: the search part in the app, the whole glossary after first paint -----

await test("search works from the first paint; a concept page waits for the whole glossary", async (page) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const requested = [];
  await page.route("**/glossary-*.lxtg*", async (route) => {
    requested.push(new URL(route.request().url()).pathname);
    await held;
    await route.continue();
  });
  await open(page, "/");
  await page.fill("#q", "pédopornographie");
  await page.waitForSelector(".results li", { timeout: 10000 });
  assert(requested.length === 1 && /^\/glossary-[0-9a-f]{16}\.lxtg\.gz$/.test(requested[0]), `the whole glossary is requested once, compressed, same origin: ${requested}`);
  await page.click(".results li:first-child a.result-term");
  await page.waitForSelector("main .loading[role=status]", { timeout: 10000 });
  release();
  await page.waitForSelector("#terms-fr", { timeout: 20000 });
  assert(!(await page.isVisible("main .loading")), "the loading notice is gone");
});

await test("a failed download of the glossary is explained and can be retried", async () => {
  // A page of its own: the failed request is logged by the browser on purpose.
  const page = await context.newPage();
  try {
    let fail = true;
    await page.route("**/glossary-*.lxtg*", (route) => (fail ? route.abort("internetdisconnected") : route.continue()));
    await page.goto(new URL("/concept/child", base).href, { waitUntil: "load" });
    await page.waitForSelector(".load-failed[role=alert]", { timeout: 20000 });
    const text = await page.innerText(".load-failed");
    assert(/Search still works/.test(text) && /glossary-[0-9a-f]{16}\.lxtg/.test(text), `reason shown: ${text}`);
    await page.screenshot({ path: path.join(artifacts, "load-failed-1280.png") });
    await axe(page, "load-failed");
    assert(await page.isVisible(".load-failed a[href='/']"), "a way back to search");
    fail = false;
    await page.click(".load-failed button");
    await page.waitForSelector("#terms-en", { timeout: 20000 });
  } finally {
    await page.close();
  }
});

await test("the glossary loads without DecompressionStream, and from hosts that decompress it themselves", async (page) => {
  // A browser without DecompressionStream fetches the plain file.
  const requested = [];
  page.on("request", (r) => { if (r.url().includes("/glossary-")) requested.push(new URL(r.url()).pathname); });
  await page.addInitScript(() => { delete window.DecompressionStream; });
  await open(page, "/concept/child");
  await page.waitForSelector("#terms-en", { timeout: 20000 });
  assert(requested.length === 1 && /\.lxtg$/.test(requested[0]), `plain file fetched: ${requested}`);
  // A host answering the .gz name with already-decoded bytes (Content-Encoding: gzip).
  const other = await context.newPage();
  try {
    const plain = await (await fetch(new URL(requested[0], base))).arrayBuffer();
    await other.route("**/glossary-*.lxtg.gz", (route) =>
      route.fulfill({ status: 200, contentType: "application/octet-stream", body: Buffer.from(plain) }));
    await other.goto(new URL("/concept/child", base).href, { waitUntil: "load" });
    await other.waitForSelector("#terms-en", { timeout: 20000 });
  } finally {
    await other.close();
  }
});

await test("once loaded, the app works offline", async (page) => {
  await open(page, "/concept/child-sexual-abuse-material");
  await page.waitForSelector("#terms-en");
  await context.setOffline(true);
  try {
    const before = foreignRequests.length;
    let requests = 0;
    page.on("request", () => { requests += 1; });
    await page.click(".provisions-cited a[href^='/instrument/']");
    await page.waitForSelector("#instrument-title");
    await page.goBack();
    await page.waitForSelector("#terms-en");
    await page.click("a[href='/']");
    await page.fill("#q", "sale of children");
    await page.waitForSelector(".results li");
    assert(requests === 0 && foreignRequests.length === before, `requests while offline: ${requests}`);
  } finally {
    await context.setOffline(false);
  }
});

// ----- Content-Security-Policy and Trusted Types (issue 16) -----

// Every page type, opened with the policy `cargo xtask serve` sends (the same as dist/_headers):
// no violation is reported, by securitypolicyviolation events or on the console, and the page
// works. Then the policy is shown to be enforced: inline script, eval, an HTML string given to
// innerHTML and a request to another origin are all refused.
const cspPages = [
  ["/", "main#main h1"],
  ["/search?q=child", ".results li"],
  ["/concept/child-sexual-abuse-material", "#terms-en"],
  ["/instrument/opsc", "#instrument-title"],
  ["/instruments", "main#main h1"],
  ["/category/material", "main#main h1"],
  ["/compare?c=child-sexual-abuse-material,sale-of-children", "main#main h1"],
  ["/compare/languages/child?langs=en,ar,zh", "main#main h1"],
  ["/compare/instruments/child-sexual-abuse-material", "main#main h1"],
  ["/compare/releases/child-sexual-abuse-material", "main#main h1"],
  ["/releases", "main#main h1"],
  ["/no/such/page", "main#main h1"],
];

async function watchCsp(page) {
  const reported = [];
  page.on("console", (msg) => {
    if (/Content[- ]Security[- ]Policy|Trusted Type/i.test(msg.text())) reported.push(`console: ${msg.text()}`);
  });
  // Init scripts run through the DevTools protocol, before the page's own, outside its policy.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return async () => reported.concat(await page.evaluate(() => window.__cspViolations));
}

await test("CSP: the served policy is strict, and every page type works under it with no violation", async (page) => {
  const violations = await watchCsp(page);
  const response = await page.goto(new URL("/", base).href, { waitUntil: "load" });
  const csp = response.headers()["content-security-policy"] ?? "";
  for (const directive of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "connect-src 'self'", "require-trusted-types-for 'script'"]) {
    assert(csp.includes(directive), `the policy has ${directive}: ${csp}`);
  }
  assert(!csp.includes("unsafe-inline") && !csp.includes("'unsafe-eval'"), `no unsafe-inline or unsafe-eval: ${csp}`);
  assert(response.headers()["x-content-type-options"] === "nosniff", "nosniff");
  assert(response.headers()["referrer-policy"] === "no-referrer", "no-referrer");
  const metaCsp = await page.getAttribute("meta[http-equiv=Content-Security-Policy]", "content");
  assert(metaCsp && metaCsp.includes("require-trusted-types-for 'script'"), `index.html carries the policy too: ${metaCsp}`);
  for (const [address, selector] of cspPages) {
    await page.goto(new URL(address, base).href, { waitUntil: "load" });
    await page.waitForSelector(selector, { timeout: 20000 });
    const found = await violations();
    assert(found.length === 0, `${address}: ${found.slice(0, 3).join("; ")}`);
  }
  // The app works under it: type a search, follow a result, switch the interface language.
  await page.goto(new URL("/", base).href, { waitUntil: "load" });
  await page.waitForSelector("#q");
  await page.fill("#q", "sale of children");
  await page.waitForSelector(".results li a.result-term");
  await page.click(".results li:first-child a.result-term");
  await page.waitForSelector("#concept-title");
  const found = await violations();
  assert(found.length === 0, `while using the app: ${found.slice(0, 3).join("; ")}`);
});

await test("CSP: inline script, eval, HTML strings in sinks and foreign requests are refused", async () => {
  // A page of its own, outside the console and request checks below: the refusals are on purpose.
  const page = await context.newPage();
  try {
  const violations = await watchCsp(page);
  await open(page, "/concept/child-sexual-abuse-material");
  const outcome = await page.evaluate(async () => {
    const result = {};
    window.__ran = [];
    // An inline <script> (its text is a Trusted Types sink too).
    try {
      const s = document.createElement("script");
      s.text = "window.__ran.push('inline script')";
      document.body.append(s);
      result.inlineScript = "appended";
    } catch (e) {
      result.inlineScript = e.name;
    }
    // An HTML string with an event handler, through innerHTML.
    try {
      const div = document.createElement("div");
      div.innerHTML = "<img src=x onerror=\"window.__ran.push('onerror')\">";
      document.body.append(div);
      result.innerHTML = "assigned";
    } catch (e) {
      result.innerHTML = e.name;
    }
    // eval and the Function constructor, from page code (a setTimeout string runs as page code).
    try {
      setTimeout("window.__ran.push('setTimeout string')", 0);
      result.timeoutString = "scheduled";
    } catch (e) {
      result.timeoutString = e.name;
    }
    // A policy of its own: `trusted-types luxterm-sw` allows only boot.js's, already made.
    try {
      window.trustedTypes.createPolicy("attacker", { createHTML: (s) => s });
      result.policy = "created";
    } catch (e) {
      result.policy = e.name;
    }
    try {
      window.trustedTypes.createPolicy("luxterm-sw", { createHTML: (s) => s, createScriptURL: (s) => s });
      result.workerPolicy = "created";
    } catch (e) {
      result.workerPolicy = e.name;
    }
    // A request to another origin.
    try {
      await fetch("http://127.0.0.2:9/steal", { mode: "no-cors" });
      result.fetch = "sent";
    } catch (e) {
      result.fetch = e.name;
    }
    // An inline style attribute.
    const p = document.createElement("p");
    p.setAttribute("style", "color: rgb(1, 2, 3)");
    document.body.append(p);
    result.inlineStyle = getComputedStyle(p).color;
    await new Promise((r) => setTimeout(r, 200));
    result.ran = window.__ran;
    return result;
  });
  assert(outcome.ran.length === 0, `code ran: ${outcome.ran.join(", ")}`);
  assert(outcome.inlineScript === "TypeError", `inline script text refused by Trusted Types: ${outcome.inlineScript}`);
  assert(outcome.innerHTML === "TypeError", `innerHTML with a string refused by Trusted Types: ${outcome.innerHTML}`);
  assert(outcome.policy === "TypeError", `no Trusted Types policy can be made: ${outcome.policy}`);
  assert(outcome.workerPolicy === "TypeError", `the service worker's policy cannot be made again: ${outcome.workerPolicy}`);
  assert(outcome.fetch === "TypeError", `fetch to another origin refused: ${outcome.fetch}`);
  assert(outcome.inlineStyle !== "rgb(1, 2, 3)", "inline style refused");
  const found = (await violations()).join("\n");
  for (const directive of ["require-trusted-types-for", "connect-src", "style-src"]) {
    assert(found.includes(directive), `a ${directive} violation is reported: ${found}`);
  }
  } finally {
    await page.close();
    for (let i = foreignRequests.length - 1; i >= 0; i -= 1) {
      if (foreignRequests[i].startsWith("http://127.0.0.2:9/")) foreignRequests.splice(i, 1);
    }
  }
});

// ----- Check a text: the checker's module, loaded on demand -----

const docxFixture = fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), "../../crates/luxterm/tests/fixtures/check/report.docx"));

async function openCheck(page) {
  await open(page, "/check");
  await page.waitForSelector("#check-text", { timeout: 20000 });
}

async function checkText(page, text) {
  await page.fill("#check-text", text);
  await page.click(".check-form button[type=submit]");
  await page.waitForFunction(() => {
    const s = document.querySelector(".check-status")?.textContent ?? "";
    return s && !/…/.test(s);
  }, null, { timeout: 20000 });
}

await test("check: the first load does not carry the checker; the Check page imports it", async (page) => {
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await open(page, "/");
  await page.waitForTimeout(500);
  assert(!requested.some((p) => p.startsWith("/checker/")), `home loads no checker: ${requested}`);
  await page.click("nav.main-nav a[href='/check']");
  await page.waitForSelector("#check-text", { timeout: 20000 });
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => /\/checker\/luxterm_web_check_bg-[0-9a-f]{16}\.wasm$/.test(e.name)), null, { timeout: 20000 });
  assert(requested.some((p) => /^\/checker\/luxterm_web_check-[0-9a-f]{16}\.js$/.test(p)), `the checker's glue is imported: ${requested}`);
});

await test("check: a pasted paragraph marks child pornography with its replacement, reason, source and concept", async (page) => {
  const violations = await watchCsp(page);
  await openCheck(page);
  const during = [];
  // From here on, only the checker's module and the glossary may be fetched.
  page.on("request", (r) => during.push(new URL(r.url()).pathname));
  await checkText(page, "The report describes how child pornography is shared online.\n\nA second paragraph with nothing to flag.");
  const mark = await page.textContent("mark .finding-mark");
  assert(mark === "child pornography", `marked: ${mark}`);
  const marks = await page.$$eval(".checked-text mark", (m) => m.length);
  assert(marks === 1, `one mark: ${marks}`);
  const finding = await page.textContent("#finding-0");
  assert(/child sexual abuse material/.test(finding), `replacement shown: ${finding}`);
  assert(/Use instead:/.test(finding) && /Why:/.test(finding) && /Sources:/.test(finding), `instead, why and sources shown: ${finding}`);
  const concept = await page.$$eval("#finding-0 a[href^='/concept/']", (a) => a.map((x) => x.getAttribute("href")));
  assert(concept.includes("/concept/child-sexual-abuse-material"), `concept link: ${concept}`);
  const source = await page.$$eval("#finding-0 .finding-sources a[href^='/instrument/']", (a) => a.length);
  assert(source >= 1, "a cited instrument is linked");
  const status = await page.textContent(".check-status");
  assert(/Findings: 1/.test(status) && /Avoid: 1/.test(status), `live region counts: ${status}`);
  assert((await page.getAttribute(".check-status", "aria-live")) === "polite", "the count is announced");
  const counts = await page.textContent(".check-counts");
  assert(/Avoid: 1/.test(counts) && /Use with caution: 0/.test(counts), `counts per level: ${counts}`);
  // The text is shown as text: markup typed in is never parsed.
  await checkText(page, "<img src=x> child porn <b>bold</b>");
  assert((await page.$$eval(".checked-text img, .checked-text b", (e) => e.length)) === 0, "no element made from the text");
  assert(/<img src=x>/.test(await page.textContent(".checked-text")), "markup shown as typed");
  const unexpected = during.filter((p) => !p.startsWith("/checker/") && !/^\/glossary-[0-9a-f]{16}\.lxtg(\.gz)?$/.test(p));
  assert(unexpected.length === 0, `requests while checking: ${unexpected}`);
  const found = await violations();
  assert(found.length === 0, `CSP: ${found.slice(0, 3).join("; ")}`);
  await axe(page, "check-results");
  await page.screenshot({ path: path.join(artifacts, "check-1280.png"), fullPage: true });
  // A concept link in a finding opens in the app.
  await page.evaluate(() => { window.__samePage = true; });
  await page.click("#finding-0 a[href='/concept/child-sexual-abuse-material']");
  await page.waitForSelector("#concept-title", { timeout: 20000 });
  assert(await page.evaluate(() => window.__samePage === true), "opened by the app's router, not a reload");
});

await test("check: Arabic text is laid out right to left, in an Arabic interface too", async (page) => {
  await openCheck(page);
  await checkText(page, "يتناول التقرير استغلال الأطفال في المواد الإباحية على الإنترنت.");
  const dir = await page.getAttribute(".checked-block", "dir");
  assert(dir === "rtl", `block dir: ${dir}`);
  const lang = await page.getAttribute(".checked-block", "lang");
  assert(lang === "ar", `block lang: ${lang}`);
  const instead = await page.textContent("#finding-0 .finding-instead");
  assert(/مواد الاعتداء الجنسي على الأطفال/.test(instead), `Arabic replacement: ${instead}`);
  await page.selectOption("#ui-lang", "ar");
  await page.waitForFunction(() => document.documentElement.getAttribute("dir") === "rtl");
  const heading = await page.textContent("h1");
  assert(/[\u0600-\u06FF]/.test(heading), `page in Arabic: ${heading}`);
  await page.waitForFunction(() => /[\u0600-\u06FF]/.test(document.querySelector(".check-counts")?.textContent ?? ""));
  assert(/[\u0600-\u06FF]/.test(await page.textContent("label[for=check-text]")), "the form is in Arabic");
  await axe(page, "check-arabic");
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: path.join(artifacts, "check-ar-360.png"), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert(!overflow, "no horizontal overflow at 360 px");
  await page.selectOption("#ui-lang", "en");
});

await test("check: a .docx made by python-docx, dropped on the page, shows its findings", async (page) => {
  await openCheck(page);
  const data = await page.evaluateHandle((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], "report.docx", { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
    return dt;
  }, docxFixture.toString("base64"));
  await page.dispatchEvent(".drop-zone", "drop", { dataTransfer: data });
  await page.waitForSelector(".checked-text mark", { timeout: 20000 });
  const marks = await page.$$eval(".checked-text mark", (m) => m.map((x) => x.textContent));
  assert(marks.includes("child pornography") && marks.includes("pédopornographie"), `marks: ${marks}`);
  const status = await page.textContent(".check-status");
  assert(/Avoid: 2/.test(status) && /For information: 1/.test(status), `counts: ${status}`);
  assert(/report\.docx/.test(await page.textContent(".checked-file")), "the file is named");
  const fr = await page.$$eval(".checked-block[lang=fr]", (b) => b.length);
  assert(fr >= 1, "the French paragraph carries lang=fr");
});

await test("check: a bad file is explained, never a crash", async (page) => {
  await openCheck(page);
  const cases = [
    ["not-a-zip.docx", Buffer.from("this is not a zip"), /not a \.docx document/],
    ["broken.xlf", Buffer.from("<xliff version=\"2.0\"><file><unit id=\"1\"><segment><target>child porn</segment>"), /not well-formed XML|not XLIFF/],
    ["latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9]), /not plain text in UTF-8/],
  ];
  for (const [name, buffer, expected] of cases) {
    await page.setInputFiles("#check-file", { name, mimeType: "application/octet-stream", buffer });
    await page.waitForSelector(".check-page [role=alert]", { timeout: 20000 });
    const alert = await page.textContent(".check-page [role=alert]");
    assert(expected.test(alert) && alert.includes(name), `${name}: ${alert}`);
  }
  // Still working afterwards.
  await checkText(page, "child porn");
  assert((await page.$$eval(".checked-text mark", (m) => m.length)) === 1, "checks again after a bad file");
});

await test("check: keyboard: a mark leads to its finding and back", async (page) => {
  await openCheck(page);
  await page.focus("#check-text");
  await page.keyboard.type("Child pornography and child prostitution.");
  await page.focus(".check-form button[type=submit]");
  await page.keyboard.press("Enter");
  await page.waitForSelector(".checked-text mark .finding-mark", { timeout: 20000 });
  await page.keyboard.press("Tab");
  let active = await page.evaluate(() => document.activeElement.id);
  assert(active === "mark-0", `Tab from the button reaches the first mark: ${active}`);
  await page.keyboard.press("Enter");
  active = await page.evaluate(() => document.activeElement.id);
  assert(active === "finding-0", `Enter on a mark moves to its finding: ${active}`);
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement.classList.contains("link-button"))) break;
  }
  await page.keyboard.press("Enter");
  active = await page.evaluate(() => document.activeElement.id);
  assert(active === "mark-0", `"Back to the text" returns to the mark: ${active}`);
  await page.keyboard.press("Tab");
  active = await page.evaluate(() => document.activeElement.id);
  assert(active === "mark-1", `Tab goes on to the next mark: ${active}`);
});

// ----- the suites in suites/, one module per area, in name order -----

const suites = path.join(path.dirname(new URL(import.meta.url).pathname), "suites");
for (const file of fs.existsSync(suites) ? fs.readdirSync(suites).filter((f) => f.endsWith(".mjs")).sort() : []) {
  await import(path.join(suites, file));
}

// ----- checks across every page opened above -----

await test("no console errors on any page", async () => {
  assert(consoleErrors.length === 0, consoleErrors.slice(0, 5).join("\n"));
});

await test("no request leaves the origin", async () => {
  assert(foreignRequests.length === 0, foreignRequests.slice(0, 5).join("\n"));
});

await close();
const { passed, failed, failures } = results();
if (failures.length) console.log(`failed: ${failures.join("; ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
