// The element matrix (/compare/instruments/ID): what drafters come for. A table that scrolls in
// its own box with its header row and first column in view, empty columns hidden until asked for,
// the instruments chosen in the URL, cards on a phone, landscape on paper, "cite this table" and
// the core's CSV, legal terms in the language of terms, complete answers, and why the tabs of
// /compare wait for a concept.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { artifacts, assert, axe, open, test } from "../harness.mjs";

const CSAM = "/compare/instruments/child-sexual-abuse-material";
const cliPath = process.env.LUXTERM_CLI ?? path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../../target/debug/luxterm");

/** Column headers' instrument links, in order. */
async function columnIds(page) {
  return page.$$eval(".matrix thead th a", (links) => links.map((a) => a.getAttribute("href").replace("/instrument/", "")));
}

await test("matrix: the header row and first column stay in view when the table scrolls", async (page) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await open(page, `${CSAM}?empty=1`);
  await page.waitForSelector(".matrix tbody tr[data-element]");
  const box = page.locator(".matrix-scroll");
  const before = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
  assert(before.page <= before.view, `the page does not scroll sideways: ${before.page} > ${before.view}`);
  const can = await box.evaluate((el) => ({ down: el.scrollHeight > el.clientHeight, right: el.scrollWidth > el.clientWidth }));
  assert(can.down && can.right, `the table scrolls in its own box both ways: ${JSON.stringify(can)}`);
  await box.evaluate((el) => { el.scrollTop = 900; el.scrollLeft = 700; });
  await page.waitForTimeout(100);
  const r = await page.evaluate(() => {
    const box = document.querySelector(".matrix-scroll").getBoundingClientRect();
    const head = document.querySelector(".matrix thead th:last-child").getBoundingClientRect();
    const rows = [...document.querySelectorAll(".matrix tbody tr[data-element]")];
    const row = rows[rows.length - 1].querySelector("th").getBoundingClientRect();
    return { boxTop: box.top, boxLeft: box.left, headTop: head.top, headBottom: head.bottom, rowLeft: row.left, rowRight: row.right };
  });
  assert(Math.abs(r.headTop - r.boxTop) <= 2, `header row at the top of the box after scrolling down: ${JSON.stringify(r)}`);
  assert(Math.abs(r.rowLeft - r.boxLeft) <= 2, `first column at the start of the box after scrolling sideways: ${JSON.stringify(r)}`);
  // The header is really on top, not covered by the cells scrolled under it.
  const onTop = await page.evaluate(() => {
    const head = document.querySelector(".matrix thead th:last-child");
    const b = head.getBoundingClientRect();
    const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
    return head.contains(hit);
  });
  assert(onTop, "the header cell is the element drawn at its place");
  await page.screenshot({ path: path.join(artifacts, "matrix-scrolled-1280.png") });
});

await test("matrix: columns with no entry are hidden by default and shown on request", async (page) => {
  await open(page, CSAM);
  await page.waitForSelector(".matrix thead th a");
  const shown = await columnIds(page);
  const json = JSON.parse(execFileSync(cliPath, ["compare", "child-sexual-abuse-material", "--by", "instruments", "--json"])).table;
  const empty = json.columns.filter((c) => c.empty).map((c) => c.instrument);
  assert(empty.length > 0, "the concept has empty columns (else the test could not fail)");
  assert(empty.every((id) => !shown.includes(id)), `no empty column shown: ${shown.join(", ")}`);
  assert(shown.length === json.columns.length - empty.length, `every other column shown: ${shown.join(", ")}`);
  const note = await page.textContent(".hidden-empty");
  assert(/Hidden/.test(note), `the hiding is said: ${note}`);
  await page.click("#show-empty");
  await page.waitForFunction((n) => document.querySelectorAll(".matrix thead th a").length === n, json.columns.length);
  assert(page.url().includes("empty=1"), `the choice is in the URL: ${page.url()}`);
  const all = await columnIds(page);
  assert(empty.every((id) => all.includes(id)), `empty columns shown: ${all.join(", ")}`);
  // Every cell of an empty column is "—".
  const dashes = await page.evaluate((ids) => {
    const heads = [...document.querySelectorAll(".matrix thead th")];
    return ids.map((id) => {
      const n = heads.findIndex((h) => h.querySelector(`a[href="/instrument/${id}"]`)) + 1;
      return [...document.querySelectorAll(`.matrix tbody tr > :nth-child(${n + 1})`)].every((td) => td.textContent.trim() === "—");
    });
  }, empty);
  assert(dashes.every(Boolean), `empty columns hold only dashes: ${dashes}`);
  await page.click("#hide-empty");
  await page.waitForFunction((n) => document.querySelectorAll(".matrix thead th a").length === n, shown.length);
  await axe(page, "matrix-choices");
});

await test("matrix: the choice of instruments is kept in the URL and restored from it", async (page) => {
  await open(page, CSAM);
  await page.waitForSelector(".instrument-choices input");
  await page.uncheck("#instrument-budapest-convention");
  await page.waitForFunction(() => !document.querySelector('.matrix thead a[href="/instrument/budapest-convention"]'));
  await page.uncheck("#instrument-directive-2011-93-eu");
  await page.waitForFunction(() => !document.querySelector('.matrix thead a[href="/instrument/directive-2011-93-eu"]'));
  const url = new URL(page.url());
  assert(url.searchParams.get("i") === "opsc,lanzarote-convention,un-cybercrime-convention", `instruments in the URL: ${url.search}`);
  // A shared link shows the same view.
  await open(page, `${CSAM}?i=un-cybercrime-convention,opsc`);
  await page.waitForSelector(".matrix thead th a");
  const ids = await columnIds(page);
  assert(ids.join() === "opsc,un-cybercrime-convention", `the URL's instruments, in order of adoption: ${ids}`);
  const rows = await page.$$eval(".matrix tbody tr", (trs) => trs.map((tr) => tr.querySelectorAll("td").length));
  assert(rows.every((n) => n === 2), `two cells a row: ${rows}`);
  assert(await page.isChecked("#instrument-opsc") && !(await page.isChecked("#instrument-lanzarote-convention")), "the checkboxes say what is shown");
  await page.click(".instrument-choices .link-button");
  await page.waitForFunction(() => document.querySelectorAll(".matrix thead th a").length > 2);
  assert(!new URL(page.url()).searchParams.has("i"), `"All instruments" clears the choice: ${page.url()}`);
});

await test("matrix: on a 360 px phone, cards without sideways scrolling and cells of a readable height", async (page) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, `${CSAM}?empty=1`);
  await page.waitForSelector(".matrix-card");
  const m = await page.evaluate(() => {
    const cells = [...document.querySelectorAll(".matrix-card .card-cell")].filter((c) => c.offsetParent !== null);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      table: document.querySelector(".matrix-scroll").offsetParent === null,
      cards: document.querySelectorAll(".matrix-card").length,
      cells: cells.length,
      tallest: Math.max(...cells.map((c) => c.getBoundingClientRect().height)),
      narrowest: Math.min(...cells.map((c) => c.getBoundingClientRect().width)),
      fontSize: parseFloat(getComputedStyle(cells[0].querySelector("p, li, span")).fontSize),
    };
  });
  assert(m.scrollWidth <= 360, `no sideways scrolling: scrollWidth ${m.scrollWidth}`);
  assert(m.table, "the wide table is not shown on a phone");
  assert(m.cards > 5 && m.cells > 20, `one card an element: ${m.cards} cards, ${m.cells} cells`);
  assert(m.tallest < 600, `the tallest cell is ${m.tallest} px`);
  assert(m.narrowest > 250, `cells use the width of the screen: ${m.narrowest} px`);
  assert(m.fontSize >= 13, `readable text: ${m.fontSize} px`);
  const age = await page.textContent('.matrix-card[data-element="age-limit"]');
  assert(age.includes("Budapest Convention") && age.includes("not below 16"), `each instrument's answer in the card: ${age.slice(0, 200)}`);
  await page.screenshot({ path: path.join(artifacts, "matrix-360.png"), fullPage: true });
  await axe(page, "matrix-360");
});

await test("matrix: printed landscape with every column header within the printable width", async (page) => {
  await open(page, `${CSAM}?empty=1`);
  await page.waitForSelector(".matrix thead th a");
  const ids = await columnIds(page);
  assert(ids.includes("un-cybercrime-convention"), "the last column is the UN Convention against Cybercrime");
  // A4 landscape with 1 cm margins is 277 mm wide (1047 px); US Letter 259 mm (979 px). Lay the
  // page out at the narrower of the two.
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 979, height: 700 });
  const r = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const heads = [...document.querySelectorAll(".matrix thead th")].map((th) => th.getBoundingClientRect());
    return {
      width,
      scrollWidth: document.documentElement.scrollWidth,
      heads: heads.map((b) => [Math.round(b.left), Math.round(b.right)]),
      visible: heads.every((b) => b.width > 20 && b.height > 0),
      cards: document.querySelector(".matrix-cards").offsetParent === null,
    };
  });
  assert(r.heads.length === ids.length, `every column printed: ${r.heads.length} of ${ids.length}`);
  assert(r.visible, `every header drawn: ${JSON.stringify(r.heads)}`);
  assert(r.heads.every(([l, rt]) => l >= 0 && rt <= r.width), `every header within ${r.width} px: ${JSON.stringify(r.heads)}`);
  assert(r.scrollWidth <= r.width, `nothing wider than the page: ${r.scrollWidth}`);
  assert(r.cards, "no phone cards on paper");
  // The PDF Chromium prints is landscape.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  fs.writeFileSync(path.join(artifacts, "matrix-print.pdf"), pdf);
  const box = pdf.toString("latin1").match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  assert(box && Number(box[1]) > Number(box[2]), `the first page is landscape: ${box && box.slice(1)}`);
  await page.emulateMedia({ media: "screen" });
});

await test("matrix: \"cite this table\" names the release, the instruments, the provisions and the view's URL", async (page) => {
  await open(page, `${CSAM}?i=opsc,lanzarote-convention`);
  await page.waitForSelector("#table-citation");
  const text = await page.inputValue("#table-citation");
  const link = await page.inputValue("#table-permalink");
  const footer = await page.textContent(".site-footer");
  const version = footer.match(/Release (\d+\.\d+\.\d+)/)[1];
  assert(text.includes(`Release ${version}`), `the release: ${text}`);
  assert(/\(\d{4}-\d{2}-\d{2}\)/.test(text), `the release date: ${text}`);
  assert(text.includes("OPSC (2000)") && text.includes("Lanzarote Convention (2007)"), `the instruments: ${text}`);
  assert(text.includes("OPSC art. 2(c)") && text.includes("Lanzarote Convention art. 20(2)"), `the provisions: ${text}`);
  assert(!text.includes("Budapest"), `only the instruments shown: ${text}`);
  const u = new URL(link);
  assert(u.pathname === "/compare/instruments/child-sexual-abuse-material" && u.searchParams.get("i") === "opsc,lanzarote-convention", `the view's URL: ${link}`);
  assert(text.endsWith(link), `the citation ends with the URL: ${text}`);
  // The URL shows the same view.
  await page.goto(link);
  await page.waitForSelector(".matrix thead th a");
  assert((await columnIds(page)).join() === "opsc,lanzarote-convention", "the cited URL shows the cited instruments");
});

await test("matrix: the CSV downloaded is the core's, byte for byte, with a good file name", async (page) => {
  await open(page, `${CSAM}?i=opsc,budapest-convention,un-cybercrime-convention`);
  await page.waitForSelector("#matrix-csv");
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30000 }), page.click("#matrix-csv")]);
  const got = fs.readFileSync(await download.path());
  const want = execFileSync(cliPath, ["compare", "child-sexual-abuse-material", "--by", "instruments", "--instruments", "opsc,budapest-convention,un-cybercrime-convention", "--csv"]);
  assert(got.length > 1000, `a real file: ${got.length} bytes`);
  assert(got.equals(want), `${got.length} bytes downloaded, the CLI writes ${want.length}; first difference at byte ${got.findIndex((b, i) => b !== want[i])}`);
  const name = download.suggestedFilename();
  assert(/^luxterm-\d+\.\d+\.\d+-child-sexual-abuse-material-instruments\.csv$/.test(name), `file name: ${name}`);
  const first = got.toString("utf8").split("\r\n")[0];
  assert(first === "element,question,OPSC (2000),Budapest Convention (2001),UN Convention against Cybercrime (2024)", `header: ${first}`);
});

await test("matrix: the legal terms row is in the language of terms, labelled where it falls back", async (page) => {
  await open(page, CSAM);
  await page.selectOption("#content-lang", "fr");
  await page.waitForFunction(() => document.querySelector(".legal-terms-row [lang=fr]") !== null);
  const row = page.locator(".matrix .legal-terms-row");
  const french = await row.locator("[lang=fr]").allInnerTexts();
  assert(french.some((t) => t.includes("pornographie enfantine")), `Lanzarote's French legal term: ${french.join(" | ")}`);
  assert(french.some((t) => t.includes("pédopornographie")), `the Directive's French legal term: ${french.join(" | ")}`);
  // Where French has no legal term for an instrument, the English one is labelled as such.
  const cells = await row.locator("td").evaluateAll((tds) => tds.map((td) => ({ en: td.querySelector("[lang=en]") !== null, note: td.querySelector(".fallback") !== null, text: td.innerText })));
  const english = cells.filter((c) => c.en);
  assert(english.length > 0, `some instrument has only an English legal term: ${JSON.stringify(cells)}`);
  assert(english.every((c) => c.note), `each English fallback is labelled: ${JSON.stringify(english)}`);
  await page.screenshot({ path: path.join(artifacts, "matrix-fr-terms-1280.png") });
  await page.selectOption("#content-lang", "en");
  await page.waitForFunction(() => document.querySelector(".legal-terms-row [lang=fr]") === null);
});

await test("matrix: a two-part question gets a complete answer (the age, with its citation)", async (page) => {
  await open(page, `${CSAM}?i=opsc,budapest-convention,lanzarote-convention`);
  await page.waitForSelector('.matrix tr[data-element="age-limit"]');
  const cells = await page.$$eval('.matrix tr[data-element="age-limit"] td', (tds) => tds.map((td) => ({
    badge: td.querySelector(".badge")?.textContent.trim(),
    detail: td.querySelector(".detail")?.textContent.trim() ?? "",
    cite: td.querySelector(".source .citation a")?.textContent.trim() ?? "",
  })));
  const [opsc, budapest, lanzarote] = cells;
  assert(budapest.badge === "Optional" && /18/.test(budapest.detail) && /16/.test(budapest.detail), `Budapest: the age and the lower age: ${JSON.stringify(budapest)}`);
  assert(budapest.cite === "Budapest Convention art. 9(3)", `with its citation: ${JSON.stringify(budapest)}`);
  assert(/18/.test(lanzarote.detail) && /no lower age/.test(lanzarote.detail) && lanzarote.cite === "Lanzarote Convention art. 3", `Lanzarote: ${JSON.stringify(lanzarote)}`);
  assert(/does not define/.test(opsc.detail) && opsc.cite === "OPSC preamble", `OPSC says it sets no age: ${JSON.stringify(opsc)}`);
  // No addressed cell anywhere is a bare word.
  const bare = await page.$$eval(".matrix tbody td", (tds) => tds.filter((td) => td.querySelector(".badge[class*=cell-]") && !td.querySelector(".badge.cell-not-addressed") && !td.querySelector(".detail")).length);
  assert(bare === 0, `${bare} answers without their detail`);
});

await test("matrix: from /compare the disabled tabs say why and how to enable them", async (page) => {
  await open(page, "/compare");
  const disabled = page.locator(".compare-tabs .disabled");
  assert((await disabled.count()) === 3, `three tabs wait for a concept: ${await disabled.count()}`);
  const why = await page.textContent("#tabs-why");
  assert(/choose a concept/i.test(why), `why, and how: ${why}`);
  const described = await disabled.evaluateAll((els) => els.every((e) => e.getAttribute("aria-disabled") === "true" && e.getAttribute("aria-describedby") === "tabs-why"));
  assert(described, "each disabled tab is described by the reason");
  await page.selectOption("#concept-1", "child-sexual-abuse-material");
  await page.waitForSelector('.compare-tabs a[href="/compare/instruments/child-sexual-abuse-material"]');
  assert((await page.locator("#tabs-why").count()) === 0, "the reason goes once a concept is chosen");
  await page.click('.compare-tabs a[href="/compare/instruments/child-sexual-abuse-material"]');
  await page.waitForSelector(".matrix thead th a");
  await axe(page, "matrix-tabs");
});
