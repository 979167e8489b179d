// Navigation: the header stays in view after a link, a provision link lands at the provision,
// Back and Forward restore the scroll position, the skip link is visible with AA contrast,
// instrument pages are in document order with a table of contents, ids resolve whatever their
// case, not-found pages say so once (title included) and offer a search, and the releases page
// counts what each release had. Every test name starts with "nav: ".

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { assert, newPage, open, test } from "../harness.mjs";

const LANZAROTE = "/instrument/lanzarote-convention";

/** Waits until the page has scrolled (or stays) where `predicate` says, or fails with `what`. */
async function until(page, predicate, arg, what) {
  try {
    await page.waitForFunction(predicate, arg, { timeout: 10000 });
  } catch {
    const y = await page.evaluate(() => window.scrollY);
    throw new Error(`${what} (scrollY is ${y})`);
  }
}

/** Scrolls the window to `y` and lets its scroll event fire, as a reader's scrolling does. */
async function scrollTo(page, y) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, y);
  await page.waitForTimeout(150);
}

/** Where the header and its main navigation are, and what has the focus. */
async function frame(page) {
  return page.evaluate(() => {
    const header = document.querySelector(".site-header").getBoundingClientRect();
    const nav = document.querySelector(".main-nav").getBoundingClientRect();
    const a = document.activeElement;
    return {
      scrollY: window.scrollY,
      headerTop: header.top,
      navTop: nav.top,
      navBottom: nav.bottom,
      viewport: window.innerHeight,
      focusTag: a.tagName,
      focusText: a.textContent.trim(),
      focusInMain: document.getElementById("main").contains(a),
      h1: document.querySelector("main h1")?.textContent.trim(),
      title: document.title,
    };
  });
}

function assertFrameInView(f, where) {
  assert(f.scrollY === 0, `${where}: the page starts at the top, scrollY ${f.scrollY}`);
  assert(f.headerTop >= 0, `${where}: the header is in view (top ${f.headerTop})`);
  assert(f.navTop >= 0 && f.navBottom <= f.viewport, `${where}: the main navigation is in view (${f.navTop}–${f.navBottom} of ${f.viewport})`);
  assert(f.focusTag === "H1" && f.focusInMain && f.focusText === f.h1, `${where}: the focus is on the page's heading, for screen readers (focus: ${f.focusTag} "${f.focusText}")`);
  assert(f.title.startsWith(f.h1.slice(0, 10)) || f.title.includes("·"), `${where}: the title names the page: ${f.title}`);
}

await test("nav: the header and main navigation stay in view after an in-app navigation, at 1280 and 360 px", async (page) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await open(page, LANZAROTE);
    await scrollTo(page, 2500);
    // A concept citing a provision, out of sight of the header.
    const link = page.locator(".provision .citing a[href^='/concept/']").nth(20);
    await link.scrollIntoViewIfNeeded();
    const href = await link.getAttribute("href");
    await link.click();
    await page.waitForFunction((href) => location.pathname === href && document.querySelector("#concept-title"), href);
    let f = await frame(page);
    assertFrameInView(f, `${width} px, concept page`);
    // The main navigation, from far down a concept page.
    await scrollTo(page, 1200);
    await page.click(".main-nav a[href='/instruments']");
    await page.waitForFunction(() => location.pathname === "/instruments" && document.querySelector(".instrument-list"));
    f = await frame(page);
    assertFrameInView(f, `${width} px, instruments page`);
    assert(f.title.startsWith(f.h1), `the title is the new page's: ${f.title}`);
  }
});

await test("nav: a provision link lands at the provision (concept page, element matrix, contents, direct load)", async (page) => {
  const landed = async (anchor, where) => {
    await until(page, (anchor) => {
      const p = document.getElementById(anchor);
      if (!p) return false;
      const r = p.getBoundingClientRect();
      return window.scrollY > 0 && r.top >= -1 && r.top < window.innerHeight / 3;
    }, anchor, `${where}: #${anchor} is at the top of the window`);
    const focused = await page.evaluate(() => document.activeElement.id);
    assert(focused === anchor, `${where}: the provision has the focus (${focused})`);
  };
  // From a concept page's citation.
  await open(page, "/concept/child-sexual-abuse-material");
  const citation = page.locator(".citation a[href='/instrument/lanzarote-convention?p=art.+20%282%29']").first();
  assert((await citation.count()) === 1, "the concept cites Lanzarote art. 20(2)");
  await citation.click();
  await page.waitForSelector(".provision.highlight");
  await landed("provision-art-20-2", "concept page");
  // From the element matrix.
  await open(page, "/compare/instruments/child-sexual-abuse-material");
  const cell = page.locator("a[href^='/instrument/lanzarote-convention?p=']").first();
  const anchor = await cell.evaluate((a) => {
    const p = new URL(a.href).searchParams.get("p");
    return "provision-" + p.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/-+$/, "");
  });
  await cell.click();
  await landed(anchor, "element matrix");
  // From the table of contents (a fragment link).
  await open(page, LANZAROTE);
  await page.click(".toc a[href='#provision-art-24']");
  await landed("provision-art-24", "table of contents");
  assert(new URL(page.url()).hash === "#provision-art-24", `the address names the provision: ${page.url()}`);
  // A direct load, with ?p= and with a fragment.
  await open(page, `${LANZAROTE}?p=art.+21%281%29%28b%29`);
  await landed("provision-art-21-1-b", "direct load with ?p=");
  await open(page, `${LANZAROTE}#provision-art-31-1`);
  await landed("provision-art-31-1", "direct load with a fragment");
});

/**
 * From the Lanzarote Convention scrolled to 3000 px, follows a concept link in view there, scrolls
 * the concept page (which starts at the top) to 700 px and goes Back, to the instrument page at
 * 3000 px again. Returns the concept page's path.
 */
async function toConceptAndBack(page) {
  await open(page, LANZAROTE);
  await scrollTo(page, 3000);
  // A link in view at that position.
  const href = await page.evaluate(() => {
    const links = [...document.querySelectorAll(".provision .citing a[href^='/concept/']")];
    const a = links.find((a) => { const r = a.getBoundingClientRect(); return r.top > 0 && r.bottom < window.innerHeight; });
    a.setAttribute("data-nav-test", "");
    return a.getAttribute("href");
  });
  await page.click("[data-nav-test]");
  await page.waitForFunction((href) => location.pathname === href && document.querySelector("#concept-title"), href);
  assert((await page.evaluate(() => window.scrollY)) === 0, "the concept page starts at the top");
  await scrollTo(page, 700);
  await page.evaluate(() => history.back());
  await page.waitForFunction(() => location.pathname === "/instrument/lanzarote-convention");
  await until(page, () => Math.abs(window.scrollY - 3000) <= 2, null, "Back: the instrument page is where it was (3000)");
  return href;
}

await test("nav: a scroll event while Forward is under way is not kept as the next entry's position", async (page) => {
  // The last scroll of a restored page is reported with the next frame: a reader who goes
  // Forward right after Back can have it arrive once the history has moved to the next entry
  // but before the app has rendered that entry's view. The position is then the previous
  // view's, and must not be kept for the entry being entered.
  const href = await toConceptAndBack(page);
  await page.waitForTimeout(150);
  // A capturing listener on the window runs before the router's: the history is already at the
  // next entry, the window still shows the instrument page at 3000.
  await page.evaluate(() => {
    window.addEventListener("popstate", () => window.dispatchEvent(new Event("scroll")), { capture: true, once: true });
    history.forward();
  });
  await page.waitForFunction((href) => location.pathname === href && document.querySelector("#concept-title"), href);
  await until(page, () => Math.abs(window.scrollY - 700) <= 2, null, "Forward: the concept page is where it was (700), not where the instrument page was");
});

await test("nav: Back and Forward restore the scroll position", async (page) => {
  const href = await toConceptAndBack(page);
  await page.evaluate(() => history.forward());
  await page.waitForFunction((href) => location.pathname === href, href);
  await until(page, () => Math.abs(window.scrollY - 700) <= 2, null, "Forward: the concept page is where it was (700)");
  // Back from a provision reached through the contents goes back to where the list was.
  await page.evaluate(() => history.back());
  await until(page, () => location.pathname === "/instrument/lanzarote-convention" && Math.abs(window.scrollY - 3000) <= 2, null, "Back again: 3000");
  await scrollTo(page, 0);
  await page.click(".toc a[href='#provision-art-48']");
  await until(page, () => window.scrollY > 3000, null, "the contents link scrolled to art. 48");
  await page.evaluate(() => history.back());
  await until(page, () => location.hash === "" && window.scrollY <= 2, null, "Back from art. 48: the top of the page, where the contents are");
  // A reload keeps the position too.
  await scrollTo(page, 1500);
  await page.reload({ waitUntil: "load" });
  await page.waitForSelector("main#main h1");
  await until(page, () => Math.abs(window.scrollY - 1500) <= 2, null, "after a reload: 1500");
});

/** WCAG 2.x contrast ratio of two `rgb()`/`rgba()` colours (the second opaque). */
function contrast(fg, bg) {
  const parse = (c) => c.match(/[\d.]+/g).map(Number);
  const [br, bgG, bb] = parse(bg);
  const [r0, g0, b0, a = 1] = parse(fg);
  // A translucent foreground is composited over the background.
  const mix = [r0 * a + br * (1 - a), g0 * a + bgG * (1 - a), b0 * a + bb * (1 - a)];
  const lum = ([r, g, b]) => {
    const ch = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
  };
  const [l1, l2] = [lum(mix), lum([br, bgG, bb])].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

await test("nav: the skip link is visible when focused, with a contrast of at least 4.5:1", async (page) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await open(page, "/concept/child");
    await page.keyboard.press("Tab");
    const s = await page.evaluate(() => {
      const a = document.activeElement;
      const r = a.getBoundingClientRect();
      const style = getComputedStyle(a);
      // The background it is drawn on: its own, else the first opaque one behind it.
      let bg = "rgba(0, 0, 0, 0)";
      for (let e = a; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (!/rgba\(.*,\s*0\)$/.test(c) && c !== "transparent") { bg = c; break; }
      }
      return { cls: a.className, top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height, color: style.color, bg, visibility: style.visibility, opacity: style.opacity, viewport: [window.innerWidth, window.innerHeight], text: a.textContent };
    });
    assert(s.cls === "skip-link", `${width} px: the skip link is the first stop (${s.cls})`);
    assert(s.top >= 0 && s.left >= 0 && s.bottom <= s.viewport[1] && s.right <= s.viewport[0] && s.width > 20 && s.height > 10, `${width} px: the focused skip link is on screen: ${JSON.stringify(s)}`);
    assert(s.visibility === "visible" && s.opacity === "1", `${width} px: not hidden: ${s.visibility} ${s.opacity}`);
    const ratio = contrast(s.color, s.bg);
    assert(ratio >= 4.5, `${width} px: "${s.text}" is ${s.color} on ${s.bg}, contrast ${ratio.toFixed(2)}:1 < 4.5:1`);
    // What a screenshot shows: the link's text is drawn (not white on white).
    const shot = await page.locator(".skip-link").screenshot();
    assert(shot.length > 500, "the skip link renders");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement.id === "main");
  }
});

/** Every provision of lanzarote-convention.toml, in the order of the Convention's text. */
const LANZAROTE_ORDER = [
  "preamble", "art. 3", "art. 14(1)", "art. 16(3)",
  "art. 18", "art. 18(1)(a)", "art. 18(1)(b)", "art. 18(2)", "art. 18(3)",
  "art. 19", "art. 19(2)",
  "art. 20", "art. 20(1)(a)", "art. 20(1)(b)", "art. 20(1)(c)", "art. 20(1)(d)", "art. 20(1)(e)", "art. 20(1)(f)", "art. 20(2)", "art. 20(3)", "art. 20(4)",
  "art. 21", "art. 21(1)(a)", "art. 21(1)(b)", "art. 21(1)(c)", "art. 21(2)",
  "art. 22", "art. 23", "art. 24", "art. 24(1)", "art. 24(2)", "art. 24(3)",
  "art. 25(1)", "art. 25(2)", "art. 25(4)", "art. 25(6)", "art. 28", "art. 30(5)", "art. 31(1)", "art. 35", "art. 48",
];

await test("nav: the Lanzarote Convention lists its provisions in document order, with a table of contents", async (page) => {
  const file = fs.readFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../../glossary/instruments/lanzarote-convention.toml"), "utf8");
  const inFile = [...file.matchAll(/^path = "([^"]+)"/gm)].map((m) => m[1]);
  assert(inFile.length === LANZAROTE_ORDER.length && inFile.every((p) => LANZAROTE_ORDER.includes(p)), `the expected order lists the file's ${inFile.length} provisions`);
  await open(page, LANZAROTE);
  const shown = await page.$$eval(".provision > h3 bdi", (els) => els.map((e) => e.textContent.replace(/^Lanzarote Convention /, "")));
  assert(JSON.stringify(shown) === JSON.stringify(LANZAROTE_ORDER), `provisions in document order:\n  shown    ${shown.join(", ")}\n  expected ${LANZAROTE_ORDER.join(", ")}`);
  // The contents: one link per top-level provision, in the same order, each to its anchor.
  const toc = await page.$$eval(".toc a", (as) => as.map((a) => a.getAttribute("href")));
  const top = await page.$$eval(".provision-list:not(.sub) > .provision", (lis) => lis.map((li) => `#${li.id}`));
  assert(toc.length >= 8 && JSON.stringify(toc) === JSON.stringify(top), `contents: ${toc.join(" ")} / articles: ${top.join(" ")}`);
  assert((await page.getAttribute(".toc", "aria-labelledby")) === "toc-heading" && (await page.textContent("#toc-heading")) === "Contents", "the contents are a labelled navigation");
  // A short instrument page (the CRC: six provisions) has none.
  await open(page, "/instrument/crc");
  const provisions = await page.locator(".provision-list:not(.sub) > .provision").count();
  assert(provisions > 0 && provisions < 8 && (await page.locator(".toc").count()) === 0, `no contents on a short page (${provisions} provisions)`);
});

await test("nav: an id spelt with other capitals (/concept/CHILD) opens its page and the address becomes canonical", async (page) => {
  for (const [asked, canonical, ready] of [
    ["/concept/CHILD", "/concept/child", "#concept-title"],
    ["/concept/Sale-Of-Children?release=1.0.0", "/concept/sale-of-children?release=1.0.0", "#concept-title"],
    ["/instrument/Lanzarote-Convention", "/instrument/lanzarote-convention", ".provision"],
    ["/category/MATERIAL", "/category/material", ".concept-list li"],
    ["/compare/languages/CHILD?langs=en,fr", "/compare/languages/child?langs=en%2Cfr", "main h1"],
  ]) {
    // A fresh tab each, so that its history holds this address only.
    page = await newPage();
    await open(page, asked);
    await page.waitForSelector(ready);
    await page.waitForFunction((c) => location.pathname + location.search === c, canonical).catch(() => {});
    const now = await page.evaluate(() => location.pathname + location.search);
    assert(now === canonical, `${asked}: the address is ${now}, expected ${canonical}`);
    assert(!(await page.textContent("main")).includes("not found"), `${asked}: no not-found page`);
    // A new tab's history holds its blank page and the address opened: a push would add one.
    const length = await page.evaluate(() => history.length);
    assert(length <= 2, `${asked}: the address was replaced, not pushed (history ${length})`);
    await page.close();
  }
});

await test("nav: not-found pages have the right title, say once what was not found, and offer a search", async (page) => {
  for (const [address, says] of [
    ["/no/such/page", "This address matches no page of luxterm."],
    ["/concept/no-such-concept", "No concept has this identifier: no-such-concept"],
    ["/instrument/no-such-instrument", "No instrument has this identifier: no-such-instrument"],
    ["/category/no-such-category", "No category has this name: no-such-category"],
    ["/compare/languages/no-such-concept", "No concept has this identifier: no-such-concept"],
    ["/compare/instruments/no-such-concept", "No concept has this identifier: no-such-concept"],
    ["/compare/releases/no-such-concept", "No concept has this identifier: no-such-concept"],
  ]) {
    await open(page, address);
    await page.waitForFunction(() => document.title === "Page not found · luxterm").catch(() => {});
    const title = await page.title();
    assert(title === "Page not found · luxterm", `${address}: title "${title}"`);
    const main = (await page.textContent("main")).replace(/\s+/g, " ");
    assert((await page.locator("main h1").count()) === 1 && (await page.textContent("main h1")) === "Page not found", `${address}: one heading`);
    assert((await page.textContent(".not-found-what")).replace(/\s+/g, " ").trim() === says, `${address}: says "${await page.textContent(".not-found-what")}"`);
    const sentence = says.split(":")[0];
    assert(main.split("not found").length - 1 === 1 && main.split(sentence).length - 1 === 1, `${address}: said once (heading and one sentence), not repeated: ${main}`);
    assert((await page.locator("main form[role=search] input[type=search]").count()) === 1, `${address}: a search box`);
  }
  // The search it offers starts from the id's words and shows results.
  await open(page, "/concept/sale-of-childrn");
  assert((await page.inputValue("#not-found-q")) === "sale of childrn", "the id's words are offered as a search");
  await page.click("main form[role=search] button[type=submit]");
  await page.waitForSelector(".results li a.result-term");
  assert(new URL(page.url()).searchParams.get("q") === "sale of childrn", `the search is in the address: ${page.url()}`);
  assert((await page.getAttribute(".results li:first-child a.result-term", "href")) === "/concept/sale-of-children", "and finds the concept");
  // After an in-app navigation the title follows too (it used to keep the previous page's).
  await open(page, "/concept/child");
  await page.waitForFunction(() => document.title !== "luxterm" && !document.title.startsWith("Page not found"));
  await page.evaluate(() => { history.pushState(null, "", "/compare/languages/no-such-concept"); dispatchEvent(new PopStateEvent("popstate")); });
  await page.waitForSelector(".not-found");
  await page.waitForTimeout(100);
  assert((await page.title()) === "Page not found · luxterm", `after a navigation: ${await page.title()}`);
});

function cliReleases() {
  const cli = process.env.LUXTERM_CLI ?? path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../../target/debug/luxterm");
  if (!fs.existsSync(cli)) return null;
  return JSON.parse(execFileSync(cli, ["releases", "--json"], { maxBuffer: 64 << 20 })).releases;
}

await test("nav: /releases counts each release's concepts and what it added, changed and withdrew, newest first", async (page) => {
  await open(page, "/releases");
  const shown = await page.$$eval(".release-list > li", (lis) => lis.map((li) => ({
    version: li.querySelector("h2 bdi").textContent,
    current: li.querySelector("h2 .current") !== null,
    counts: [...li.querySelectorAll(".release-counts div")].map((d) => [d.querySelector("dt").textContent, Number(d.querySelector("dd").textContent)]),
    marker: getComputedStyle(li).listStyleType,
  })));
  const versions = shown.map((r) => r.version);
  const sorted = [...versions].sort((a, b) => b.localeCompare(a, "en", { numeric: true }));
  assert(JSON.stringify(versions) === JSON.stringify(sorted) && versions.length >= 3, `newest first: ${versions}`);
  assert(shown.every((r) => r.marker === "none"), "no list numbers beside the versions (a release is named by its version)");
  assert(shown[0].current && shown.slice(1).every((r) => !r.current), "the newest is marked current");
  const get = (v) => Object.fromEntries(shown.find((r) => r.version === v).counts);
  // Released content does not change: 1.0.0 had 63 concepts, 44 of them new; 0.1.0 had 19.
  const r1 = get("1.0.0");
  assert(r1["Concepts in this release:"] === 63 && r1["Concepts added:"] === 44, `1.0.0: ${JSON.stringify(r1)}`);
  const r0 = get("0.1.0");
  assert(r0["Concepts in this release:"] === 19 && r0["Concepts added:"] === 19 && r0["Concepts changed:"] === 0, `0.1.0: ${JSON.stringify(r0)}`);
  // Every count is the core's, as the CLI prints it.
  const cli = cliReleases();
  if (cli) {
    for (const r of cli) {
      const c = get(r.version);
      const want = { "Concepts in this release:": r.concepts, "Concepts added:": r.added.length, "Concepts changed:": r.changed.length, "Concepts withdrawn:": r.removed.length };
      assert(JSON.stringify(c) === JSON.stringify(want), `${r.version}: shown ${JSON.stringify(c)}, the CLI says ${JSON.stringify(want)}`);
    }
  }
  // The disclosure of what was added lists that many concepts.
  const added = await page.locator("#release-1\\.0\\.0 details.release-changes").first();
  assert((await added.locator("summary").textContent()) === "Concepts added: 44", `summary: ${await added.locator("summary").textContent()}`);
  assert((await added.locator("li").count()) === 44, "44 concepts listed");
});
