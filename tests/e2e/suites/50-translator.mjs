// Translator tools and the search's usability (issue 13): a copy button per term, the language
// pair, language tags on mixed-language results, two independent language settings, the default
// languages of /compare/languages, our own wording labelled as ours, a search box on every page,
// arrow keys through the results, filters of the results in the URL.

import { assert, axe, base, context, open, search, test } from "../harness.mjs";

/** English interface, English terms (the settings persist in the shared browser profile). */
async function reset(page) {
  await open(page, "/");
  await page.evaluate(() => {
    localStorage.setItem("luxterm.ui", "en");
    localStorage.setItem("luxterm.lang", "en");
  });
  await page.reload();
  await page.waitForSelector("main#main h1");
}

const hits = (page) => page.locator(".results > li");
const active = (page) => page.evaluate(() => {
  const el = document.activeElement;
  if (el.id) return `#${el.id}`;
  const li = el.closest(".results > li");
  return li ? `hit ${[...li.parentElement.children].indexOf(li)}` : el.tagName;
});

await test("translator: a copy button copies the term exactly, by keyboard, and says so", async (page) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base.origin });
  await reset(page);
  await open(page, "/concept/child-sexual-abuse-material");
  await page.waitForSelector(".lang-block button.copy-term");
  // A French term to avoid, copied exactly (accents and all).
  const button = page.locator('.lang-block button.copy-term[data-copy="pédopornographie"]');
  assert((await button.count()) === 1, "a copy button beside the French term");
  await button.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /Copied/.test(document.querySelector(".copy-announce")?.textContent ?? ""));
  assert((await page.getAttribute(".copy-announce", "aria-live")) === "polite", "a polite live region");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert(copied === "pédopornographie", `clipboard: ${JSON.stringify(copied)}`);
  // Every term on the page has one, named for its term.
  const terms = await page.locator(".lang-block .term-text").count();
  const buttons = await page.locator(".lang-block li.term > button.copy-term").count();
  assert(buttons === terms && terms > 10, `${buttons} buttons for ${terms} terms`);
  const name = await button.getAttribute("aria-label");
  assert(name.startsWith("Copy") && name.endsWith("pédopornographie"), `accessible name: ${name}`);
  // And in the results.
  await search(page, "child pornography");
  await page.click(".results li:first-child .result-head button.copy-term");
  await page.waitForFunction(() => /Copied/.test(document.querySelector(".results-section .copy-announce")?.textContent ?? ""));
  const fromResult = await page.evaluate(() => navigator.clipboard.readText());
  assert(fromResult === "child pornography", `clipboard from a result: ${JSON.stringify(fromResult)}`);
  await axe(page, "translator-copy-results");
});

await test("translator: the language pair fr → ar is labelled, every cell with its lang and dir", async (page) => {
  await reset(page);
  await open(page, "/compare/pair?from=fr&to=ar&c=child-sexual-abuse-material");
  await page.waitForSelector(".pair-table tbody tr");
  assert((await page.textContent(".pair-label")).trim() === "fr → ar", "labelled fr → ar");
  assert((await page.textContent("#pair-caption")).includes("French → Arabic"), "the caption names both languages");
  const fr = page.locator("td.pair-cell[data-lang=fr]");
  const ar = page.locator("td.pair-cell[data-lang=ar]");
  assert((await fr.getAttribute("lang")) === "fr" && (await fr.getAttribute("dir")) === "ltr", "French cell lang/dir");
  assert((await ar.getAttribute("lang")) === "ar" && (await ar.getAttribute("dir")) === "rtl", "Arabic cell lang/dir");
  assert((await fr.textContent()).includes("pédopornographie"), "French terms to avoid");
  assert((await fr.locator(".group-preferred").count()) === 1 && (await ar.locator(".group-preferred").count()) === 1, "preferred terms both sides");
  assert(/[\u0600-\u06FF]/.test(await ar.locator(".group-preferred .term-text").first().textContent()), "Arabic preferred term");
  assert((await fr.locator(".lang-tag").textContent()).includes("fr") && (await ar.locator(".lang-tag").textContent()).includes("ar"), "language tags");
  // Swapping keeps it in the URL.
  await page.click(".pair-swap");
  await page.waitForFunction(() => location.search.includes("from=ar") && location.search.includes("to=fr"));
  await page.waitForFunction(() => document.querySelector(".pair-label")?.textContent.trim() === "ar → fr");
  await axe(page, "translator-pair");
  // Every concept, when none is named.
  await page.click(".pair-all");
  await page.waitForFunction(() => document.querySelectorAll(".pair-table tbody tr").length > 50);
  // Reachable from a concept page and from the compare pages.
  await open(page, "/concept/child");
  await page.click(".actions a.pair-link");
  await page.waitForFunction(() => location.pathname === "/compare/pair" && location.search.includes("c=child"));
  await page.waitForSelector(".pair-table tbody tr");
  await open(page, "/compare/languages/child");
  const tab = page.locator('.compare-tabs a[href^="/compare/pair"]');
  assert((await tab.count()) === 1, "a Language pair tab on the compare pages");
});

await test("translator: a result in French terms labels the language of every term", async (page) => {
  await reset(page);
  await page.selectOption("#content-lang", "fr");
  await page.fill("#q", "child pornography");
  await page.waitForSelector(".results li");
  const first = page.locator(".results > li").first();
  const preferred = first.locator(".result-preferred");
  assert((await preferred.textContent()).includes("matériel"), `preferred term in French: ${await preferred.textContent()}`);
  assert((await preferred.locator(".lang-tag").getAttribute("data-lang")) === "fr", "preferred term tagged fr");
  const instead = first.locator(".result-instead");
  assert((await instead.textContent()).includes("child sexual abuse material"), "replacement in English");
  assert((await instead.locator(".lang-tag").getAttribute("data-lang")) === "en", "replacement tagged en");
  assert((await instead.locator(".lang-tag").getAttribute("title")) === "English", "the tag names the language");
  assert((await first.locator(".result-head .badge.lang").textContent()).trim() === "English", "the matched term's language");
  assert((await page.textContent(".terms-language")).includes("French"), "the language of terms is shown");
  await axe(page, "translator-labels");
  await reset(page);
});

await test("translator: a result found by a close spelling, or inside a longer query, says so", async (page) => {
  await reset(page);
  const badges = async () => page.$$eval(".results > li", (li) => li.map((x) => {
    const b = x.querySelector(".result-head .badge.match");
    return b ? `${b.className.split(" ").pop()}:${b.textContent.trim()}` : "";
  }));
  // A phrase that no term matches whole: the terms it holds, each labelled.
  await page.fill("#q", "sexual exploitation of children online");
  await page.waitForSelector(".results li");
  const first = page.locator(".results > li").first();
  assert((await first.locator("a.result-term").textContent()).trim() === "sexual exploitation of children",
    `the term the phrase holds first: ${await first.locator("a.result-term").textContent()}`);
  const within = await badges();
  assert(within.length > 0 && within.every((b) => b === "match-within:in your search"), `within badges: ${within}`);
  // A typo: the close spellings are labelled.
  await page.fill("#q", "sextrotion");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "sextrotion");
  await page.waitForSelector(".results li .badge.match-fuzzy");
  const fuzzy = await badges();
  assert(fuzzy[0] === "match-fuzzy:close spelling", `fuzzy badge: ${fuzzy}`);
  await axe(page, "translator-match-badges");
  // A term as typed: no badge.
  await page.fill("#q", "sextortion");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "sextortion");
  await page.waitForFunction(() => !document.querySelector(".results li .badge.match-fuzzy"));
  const exact = await badges();
  assert(exact.length > 0 && exact[0] === "", `no badge on a hit as typed: ${exact}`);
  // In French, in French.
  await page.evaluate(() => localStorage.setItem("luxterm.ui", "fr"));
  await page.reload();
  await page.fill("#q", "sexual exploitation of children online");
  await page.waitForSelector(".results li .badge.match-within");
  assert((await badges())[0] === "match-within:dans votre recherche", `French badge: ${await badges()}`);
  await reset(page);
});

await test("translator: changing the interface language keeps the language of terms", async (page) => {
  await reset(page);
  await page.selectOption("#content-lang", "fr");
  await page.selectOption("#ui-lang", "es");
  await page.waitForFunction(() => document.documentElement.lang === "es");
  assert((await page.inputValue("#content-lang")) === "fr", "terms still in French after the interface changed");
  await page.selectOption("#ui-lang", "ar");
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  assert((await page.inputValue("#content-lang")) === "fr", "still French in the Arabic interface");
  await page.reload();
  await page.waitForSelector("main#main h1");
  assert((await page.inputValue("#ui-lang")) === "ar" && (await page.inputValue("#content-lang")) === "fr", "both settings saved");
  await open(page, "/concept/child");
  assert((await page.getAttribute("#concept-title", "lang")) === "fr", "the concept named in French");
  await search(page, "enfant");
  assert((await page.textContent(".terms-language")).includes("الفرنسية"), "the language of terms shown, named in Arabic");
  await reset(page);
});

await test("translator: /compare/languages shows the reader's languages and every language with terms by default", async (page) => {
  await reset(page);
  await page.selectOption("#content-lang", "fr");
  await page.selectOption("#ui-lang", "ar");
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  await open(page, "/compare/languages/child");
  await page.waitForSelector(".compare-table thead th");
  const langs = await page.$$eval(".lang-choices input:checked", (inputs) => inputs.map((i) => i.id.replace("lang-", "")));
  for (const l of ["fr", "ar", "en", "zh", "ru", "es"]) assert(langs.includes(l), `${l} shown by default: ${langs}`);
  const columns = await page.locator(".compare-table thead th").count();
  assert(columns === langs.length && columns >= 6, `${columns} columns`);
  await reset(page);
  await open(page, "/compare/languages/child");
  await page.waitForSelector(".compare-table thead th");
  assert((await page.locator(".compare-table thead th").count()) >= 6, "more than English for an English reader");
});

await test("translator: definitions are labelled as luxterm's own wording; verified and quotations are explained", async (page) => {
  await reset(page);
  await open(page, "/concept/child-sexual-abuse-material");
  await page.waitForSelector(".definition .source");
  const source = await page.textContent(".definition .source");
  assert(source.includes("luxterm's own wording") && source.includes("based on"), `definition source: ${source}`);
  assert(!source.startsWith("Source"), "not presented as a bare source");
  assert((await page.locator(".definition .source .lang-tag").first().getAttribute("data-lang")) === "en", "the definition's language");
  assert((await page.textContent(".own-wording-note")).includes("not the text of the instrument"), "what our wording is");
  const verified = page.locator(".definition .badge.verified").first();
  assert((await verified.getAttribute("title")).includes("checked against the instrument's text"), "verified explained");
  const details = page.locator(".definition details.evidence:has(.verified-means)").first();
  await details.locator("summary").click();
  assert(await details.locator(".verified-means").isVisible(), "the explanation in the evidence");
  // Treaty words appear as quotations, with their language.
  const quote = page.locator(".provisions-cited figure.quote blockquote").first();
  assert((await quote.count()) === 1, "a quotation of the instrument's exact words");
  assert((await quote.getAttribute("lang")) !== null, "the quotation's language");
  assert((await page.textContent(".provisions-cited figure.quote figcaption")).includes("Quotation"), "labelled as a quotation");
  await axe(page, "translator-own-wording");
});

await test("translator: the header search on a concept page opens the results", async (page) => {
  await reset(page);
  assert((await page.locator("#site-q").count()) === 0, "home has only the main search box");
  await open(page, "/concept/child");
  await page.fill("#site-q", "sale of children");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => location.pathname === "/search" && new URLSearchParams(location.search).get("q") === "sale of children");
  await page.waitForSelector(".results li");
  assert((await page.inputValue("#q")) === "sale of children", "the query in the main box");
  assert((await page.getAttribute(".results li:first-child a.result-term", "href")).startsWith("/concept/sale-of-children"), "the concept found");
  for (const path of ["/instruments", "/compare?c=child", "/releases", "/check"]) {
    await open(page, path);
    assert((await page.locator("header form[role=search] #site-q").count()) === 1, `a search box on ${path}`);
  }
  await axe(page, "translator-header-search");
});

await test("translator: arrow keys walk the results up and down, Escape returns to the box", async (page) => {
  await reset(page);
  await page.fill("#q", "child");
  await page.waitForSelector(".results li:nth-child(3)");
  await page.focus("#q");
  await page.keyboard.press("ArrowDown");
  assert((await active(page)) === "hit 0", `ArrowDown: ${await active(page)}`);
  await page.keyboard.press("ArrowDown");
  assert((await active(page)) === "hit 1", `ArrowDown again: ${await active(page)}`);
  await page.keyboard.press("ArrowDown");
  assert((await active(page)) === "hit 2", `third: ${await active(page)}`);
  await page.keyboard.press("ArrowUp");
  assert((await active(page)) === "hit 1", `ArrowUp: ${await active(page)}`);
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  assert((await active(page)) === "#q", `ArrowUp from the first: ${await active(page)}`);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Escape");
  assert((await active(page)) === "#q", `Escape: ${await active(page)}`);
  assert((await page.inputValue("#q")) === "child", "Escape from the results keeps the query");
  // From a copy button inside a hit, the arrows still move between hits.
  await page.focus(".results li:nth-child(2) button.copy-term");
  await page.keyboard.press("ArrowDown");
  assert((await active(page)) === "hit 2", `from a copy button: ${await active(page)}`);
  await page.keyboard.press("End");
  const last = (await hits(page).count()) - 1;
  assert((await active(page)) === `hit ${last}`, `End: ${await active(page)}`);
  await page.keyboard.press("Home");
  const href = await page.evaluate(() => document.activeElement.getAttribute("href"));
  await page.keyboard.press("Enter");
  await page.waitForFunction((h) => location.pathname + location.search === h, href);
  await page.waitForSelector("#concept-title");
});

await test("translator: each filter narrows the results and is kept in the URL", async (page) => {
  await reset(page);
  await page.fill("#q", "child");
  await page.waitForSelector(".results li");
  const all = await hits(page).count();
  const narrows = async (id, value, param, check) => {
    await page.selectOption(id, value);
    await page.waitForFunction(([p, v]) => new URLSearchParams(location.search).get(p) === v, [param, value]);
    await page.waitForFunction((n) => document.querySelectorAll(".results > li").length < n, all);
    const n = await hits(page).count();
    assert(n > 0, `${param}=${value} keeps some results`);
    if (check) await check();
    // Kept across a reload.
    await page.reload();
    await page.waitForSelector(".results li");
    assert((await page.inputValue(id)) === value, `${param} restored after a reload`);
    assert((await hits(page).count()) === n, `same results after a reload (${param})`);
    await page.click(".clear-filters");
    await page.waitForFunction(() => !/(lang|status|category|instrument)=/.test(location.search));
    await page.waitForFunction((n) => document.querySelectorAll(".results > li").length === n, all);
  };
  await narrows("#filter-status", "avoid", "status", async () => {
    const statuses = await page.$$eval(".results > li .result-head .badge[class*=status-]", (b) => b.map((x) => x.className));
    assert(statuses.every((c) => c.includes("status-avoid")), `only terms to avoid: ${statuses}`);
  });
  await narrows("#filter-category", "material", "category");
  await page.waitForSelector("#filter-instrument option[value=opsc]", { state: "attached" });
  await narrows("#filter-instrument", "opsc", "instrument");
  // The language of the term: French terms for "exploitation" (the same word in English).
  await page.fill("#q", "exploitation");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "exploitation");
  await page.waitForSelector(".results li");
  const before = await page.$$eval(".results > li a.result-term", (a) => a.map((x) => x.lang));
  assert(before.some((l) => l !== "fr"), `terms in other languages first: ${before}`);
  await page.selectOption("#filter-lang", "fr");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("lang") === "fr");
  await page.waitForFunction(() => [...document.querySelectorAll(".results > li a.result-term")].every((a) => a.lang === "fr"));
  const langs = await page.$$eval(".results > li a.result-term", (a) => a.map((x) => x.lang));
  assert(langs.length > 0 && langs.every((l) => l === "fr"), `only French terms: ${langs}`);
  // Typing keeps the filters.
  await page.fill("#q", "exploitation sexuelle");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "exploitation sexuelle" && new URLSearchParams(location.search).get("lang") === "fr");
  await axe(page, "translator-filters");
});
