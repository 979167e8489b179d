// Accessibility of every page type: axe-core with the WCAG 2.0/2.1/2.2 A and AA and best-practice
// tags (harness.mjs, AXE_TAGS), failing on any violation whatever its impact, in English and in
// Arabic (right to left), at 360 px and 1280 px; and the keyboard: every interactive element
// reached by Tab, each with a visible focus outline of at least 3:1 against what surrounds it.
//
// Each page's results are written to axe-<label>.json in the artifacts directory, and a summary of
// every run (rule, page, count) to axe-summary.json. Run alone:
//
//   E2E_ONLY='axe:' node tests/e2e/run.mjs http://127.0.0.1:PORT/ /tmp/artifacts

import fs from "node:fs";
import path from "node:path";
import { artifacts, assert, axeViolations, open, test } from "../harness.mjs";

// The interface language and the language of terms, as the app saves them (web/src/state.rs).
const UI_KEY = "luxterm.ui";
const LANG_KEY = "luxterm.lang";

/** Every page this test opens is in interface language `ui` (terms in that language too). */
async function interfaceIn(page, ui) {
  await page.addInitScript(
    ([uiKey, langKey, code]) => {
      localStorage.setItem(uiKey, code);
      localStorage.setItem(langKey, code);
    },
    [UI_KEY, LANG_KEY, ui],
  );
}

/** Leaves the browser profile in English for the tests that follow. */
async function backToEnglish(page) {
  if (!page.url().startsWith("http")) return;
  await page
    .evaluate(([uiKey, langKey]) => {
      localStorage.setItem(uiKey, "en");
      localStorage.setItem(langKey, "en");
    }, [UI_KEY, LANG_KEY])
    .catch(() => {});
}

async function openIn(page, ui, pathAndQuery) {
  await open(page, pathAndQuery);
  const dir = ui === "ar" ? "rtl" : "ltr";
  await page.waitForFunction(([code, d]) => document.documentElement.lang === code && document.documentElement.dir === d, [ui, dir]);
}

async function openDownloads(page) {
  await page.click(".download-button");
  await page.waitForSelector("#download-panel:not([hidden]) .download-files a", { timeout: 20000 });
  // The panel's style sheet is loaded with it: axe measures the panel as it is shown.
  await page.waitForFunction(() => [...document.styleSheets].some((s) => /\/exporter\/downloads-[0-9a-f]{16}\.css$/.test(s.href ?? "")));
}

// Each page type, and what to do on it before axe runs. Pages that need the whole glossary wait
// for what only it shows, so that axe never measures the loading notice instead of the page.
const pages = [
  ["home", async (page, ui) => {
    await openIn(page, ui, "/");
    await page.waitForSelector(".category-list li a");
    await page.waitForSelector(".release-notes");
  }],
  ["home with results", async (page, ui) => {
    await openIn(page, ui, "/?q=child");
    await page.waitForSelector(".results li a.result-term");
  }],
  ["search with no results", async (page, ui) => {
    await openIn(page, ui, "/?q=qqzzxxyy");
    await page.waitForSelector(".results-count");
    assert((await page.locator(".results li").count()) === 0, "no results");
  }],
  ["concept, evidence closed", async (page, ui) => {
    await openIn(page, ui, "/concept/child-sexual-abuse-material");
    await page.waitForSelector(".related dd a");
    await page.waitForSelector(".provisions-cited details.evidence summary");
  }],
  ["concept, evidence open", async (page, ui) => {
    await openIn(page, ui, "/concept/child-sexual-abuse-material");
    await page.waitForSelector(".provisions-cited details.evidence summary");
    // One toggle opened as a reader would, the others through their `open` property.
    await page.click(".provisions-cited details.evidence summary");
    await page.evaluate(() => document.querySelectorAll("details.evidence").forEach((d) => { d.open = true; }));
    assert((await page.locator("details.evidence:not([open])").count()) === 0, "every evidence toggle open");
  }],
  ["concept from a term to avoid", async (page, ui) => {
    await openIn(page, ui, "/concept/child-sexual-abuse-material?term=child+pornography");
    await page.waitForSelector(".from-term");
  }],
  ["category", async (page, ui) => {
    await openIn(page, ui, "/category/material");
    await page.waitForSelector(".concept-list li a");
  }],
  ["instrument (Lanzarote, long)", async (page, ui) => {
    await openIn(page, ui, "/instrument/lanzarote-convention");
    await page.waitForSelector(".provision .citing");
  }],
  ["instrument at a provision", async (page, ui) => {
    await openIn(page, ui, "/instrument/opsc?p=art.2");
    await page.waitForSelector(".provision");
  }],
  ["instruments", async (page, ui) => {
    await openIn(page, ui, "/instruments");
    await page.waitForSelector(".instrument-list li a");
  }],
  ["compare, nothing chosen", async (page, ui) => {
    await openIn(page, ui, "/compare");
    await page.waitForSelector("#concept-1");
  }],
  ["compare side by side", async (page, ui) => {
    await openIn(page, ui, "/compare?c=child-sexual-abuse-material,sale-of-children,child");
    await page.waitForSelector(".compare-table thead th a");
  }],
  ["compare languages", async (page, ui) => {
    await openIn(page, ui, "/compare/languages/child-sexual-abuse-material");
    await page.waitForSelector(".compare-table thead th");
  }],
  ["compare instruments (element matrix)", async (page, ui) => {
    await openIn(page, ui, "/compare/instruments/child-sexual-abuse-material");
    // On a phone the table is hidden and the cards show the same answers: wait for the
    // table to be drawn, and for the layout of this width to be visible.
    await page.waitForSelector(".matrix tbody td", { state: "attached" });
    await page.waitForSelector(page.viewportSize().width <= 640 ? ".matrix-card" : ".matrix tbody td");
  }],
  ["compare releases", async (page, ui) => {
    await openIn(page, ui, "/compare/releases/sexual-abuse-of-children?from=1.0.0&to=1.1.0");
    await page.waitForSelector(".diff-table tbody tr");
  }],
  ["check, empty", async (page, ui) => {
    await openIn(page, ui, "/check");
    await page.waitForSelector("#check-text", { timeout: 20000 });
    await page.waitForFunction(() => [...document.styleSheets].some((s) => (s.href ?? "").endsWith("/checker/check.css")));
  }],
  ["check with findings", async (page, ui) => {
    await openIn(page, ui, "/check");
    await page.waitForSelector("#check-text", { timeout: 20000 });
    await page.fill("#check-text", "The report describes how child pornography and child prostitution are discussed.\n\nA second paragraph with nothing to flag.");
    await page.click(".check-form button[type=submit]");
    await page.waitForSelector("#finding-0", { timeout: 20000 });
    await page.waitForFunction(() => [...document.styleSheets].some((s) => (s.href ?? "").endsWith("/checker/check.css")));
  }],
  ["releases", async (page, ui) => {
    await openIn(page, ui, "/releases");
    await page.waitForSelector(".release-list details summary");
    await page.evaluate(() => document.querySelectorAll(".release-list details").forEach((d) => { d.open = true; }));
  }],
  ["Download menu open (home)", async (page, ui) => {
    await openIn(page, ui, "/");
    await page.waitForSelector(".download-button");
    await openDownloads(page);
  }],
  ["Download menu open (concept)", async (page, ui) => {
    await openIn(page, ui, "/concept/child-sexual-abuse-material");
    await openDownloads(page);
    await page.waitForSelector("#download-panel .download-make");
  }],
  ["not found", async (page, ui) => {
    await openIn(page, ui, "/no/such/page");
  }],
];

// rule -> page -> nodes, over every run, for axe-summary.json.
const summary = [];
process.on("exit", () => {
  if (summary.length === 0) return;
  fs.writeFileSync(path.join(artifacts, "axe-summary.json"), JSON.stringify(summary, null, 2));
});

for (const ui of ["en", "ar"]) {
  for (const width of [360, 1280]) {
    for (const [name, prepare] of pages) {
      await test(`axe: ${name} (${ui}, ${width} px)`, async (page) => {
        try {
          await page.setViewportSize({ width, height: width < 800 ? 800 : 900 });
          await interfaceIn(page, ui);
          await prepare(page, ui);
          const label = `strict-${ui}-${width}-${name}`;
          const found = await axeViolations(page, label);
          for (const v of found) summary.push({ rule: v.id, impact: v.impact, page: name, ui, width, count: v.count });
          assert(
            found.length === 0,
            found.map((v) => `${v.impact} ${v.id} ×${v.count}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target).join(", ")}`).join("; "),
          );
        } finally {
          await backToEnglish(page);
        }
      });
    }
  }
}

// ----- the keyboard -----

// In the page: the contrast ratio between two CSS colours, and the colour an element is seen on
// (the first opaque background among it and its ancestors; the page's otherwise).
const colourTools = () => {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (x, y) => {
    const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p);
    return (a + 0.05) / (b + 0.05);
  };
  const behind = (el) => {
    for (let e = el.parentElement; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  return { parse, ratio, behind };
};

await test("axe: keyboard: a Tab walk of the concept page reaches every control, each visibly focused (3:1)", async (page) => {
  await open(page, "/concept/child-sexual-abuse-material");
  await page.waitForSelector(".provisions-cited details.evidence summary");
  // Everything a reader can operate, as the page lays it out (visible, not disabled).
  const expected = await page.evaluate(() => {
    const selector = "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])";
    return [...document.querySelectorAll(selector)]
      .filter((e) => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden")
      .map((e, i) => { e.dataset.walk = String(i); return i; }).length;
  });
  assert(expected > 50, `the concept page has many controls: ${expected}`);
  await page.evaluate(colourTools.toString().replace(/^\(\) => /, "window.__colours = (() => ") + ")()");
  const reached = new Set();
  const problems = [];
  let first = null;
  for (let step = 0; step < expected + 20; step += 1) {
    await page.keyboard.press("Tab");
    const seen = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const { parse, ratio, behind } = window.__colours;
      const style = getComputedStyle(el);
      const outline = parse(style.outlineColor);
      const width = parseFloat(style.outlineWidth) || 0;
      const box = el.getBoundingClientRect();
      const inView = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
      return {
        walk: el.dataset.walk ?? null,
        what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""} "${(el.textContent || el.value || "").trim().slice(0, 30)}"`,
        focusVisible: el.matches(":focus-visible"),
        outlineStyle: style.outlineStyle,
        width,
        contrast: outline ? ratio(outline, behind(el)) : 0,
        inView,
      };
    });
    if (!seen) continue;
    if (first === seen.walk && reached.size > 0) break; // around the page and back to the start
    first ??= seen.walk;
    if (seen.walk === null) {
      problems.push(`focus on something not operable: ${seen.what}`);
      continue;
    }
    reached.add(seen.walk);
    if (!seen.focusVisible) problems.push(`${seen.what}: not :focus-visible`);
    if (seen.outlineStyle === "none" || seen.width < 2) problems.push(`${seen.what}: outline ${seen.outlineStyle} ${seen.width}px`);
    if (seen.contrast < 3) problems.push(`${seen.what}: outline contrast ${seen.contrast.toFixed(2)}:1`);
    if (!seen.inView) problems.push(`${seen.what}: focused out of view`);
  }
  const missed = await page.evaluate((got) =>
    [...document.querySelectorAll("[data-walk]")].filter((e) => !got.includes(e.dataset.walk)).map((e) => `${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 30)}"`), [...reached]);
  assert(missed.length === 0, `${missed.length} of ${expected} controls never reached by Tab: ${missed.slice(0, 5).join(", ")}`);
  assert(problems.length === 0, `${problems.length} focus problems: ${problems.slice(0, 6).join("; ")}`);
  // Shift+Tab walks back.
  const before = await page.evaluate(() => document.activeElement.dataset.walk);
  await page.keyboard.press("Shift+Tab");
  const after = await page.evaluate(() => document.activeElement.dataset.walk);
  assert(before !== after, "Shift+Tab moves focus back");
});

await test("axe: keyboard: an evidence toggle and the Download menu open and close from the keyboard", async (page) => {
  await open(page, "/concept/child-sexual-abuse-material");
  const summary = page.locator(".provisions-cited details.evidence summary").first();
  await summary.focus();
  await page.keyboard.press("Enter");
  assert(await summary.evaluate((s) => s.parentElement.open), "Enter opens the evidence");
  await page.keyboard.press("Space");
  assert(!(await summary.evaluate((s) => s.parentElement.open)), "Space closes it");
  await page.focus(".download-button");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#download-panel:not([hidden]) .download-files a", { timeout: 20000 });
  await page.keyboard.press("Tab");
  const inPanel = await page.evaluate(() => document.activeElement.closest("#download-panel") !== null);
  assert(inPanel, "Tab from the button goes into the open panel");
  await page.keyboard.press("Escape");
  assert(await page.evaluate(() => document.getElementById("download-panel").hidden), "Escape closes the panel");
  assert(await page.evaluate(() => document.activeElement.classList.contains("download-button")), "focus back on the button");
});
