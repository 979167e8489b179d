// The six interface languages in Chromium: `lang` and `dir` right on every page type, no English
// interface string left in another language, plural forms by CLDR's categories in Arabic and
// Russian, dates in the language and isolated, and data strings (even with U+202E RIGHT-TO-LEFT
// OVERRIDE) kept from reordering the interface text around them.
//
// The English strings are read from web/src/i18n.rs (the one list there is), as are each
// language's own, so that a string a language shares with English ("Instruments" in French)
// is not counted as untranslated.

import fs from "node:fs";
import path from "node:path";
import { test, assert, open } from "../harness.mjs";

const here = path.dirname(new URL(import.meta.url).pathname);
const i18n = fs.readFileSync(path.join(here, "../../../web/src/i18n.rs"), "utf8");
const download = fs.readFileSync(path.join(here, "../../../web/src/components/download.rs"), "utf8");

const literals = (text) => [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
function block(name) {
  const m = i18n.match(new RegExp(`static ${name}: (?:Check)?Strings = (?:Check)?Strings \\{([\\s\\S]*?)\\n\\};`));
  if (!m) throw new Error(`static ${name} not found in web/src/i18n.rs`);
  return literals(m[1]);
}
function langNames(variant) {
  const m = i18n.match(new RegExp(`UiLang::${variant} => \\[([\\s\\S]*?)\\]`));
  if (!m) throw new Error(`lang_name table of ${variant} not found`);
  return literals(m[1]);
}
const VARIANTS = { ar: "Ar", zh: "Zh", en: "En", fr: "Fr", ru: "Ru", es: "Es" };
const strings = (code) => {
  const name = code.toUpperCase();
  const label = download.match(new RegExp(`UiLang::${VARIANTS[code]} => "([^"]*)"`));
  return [...block(name), ...block(`${name}_CHECK`), ...langNames(VARIANTS[code]), ...(label ? [label[1]] : [])];
};
const english = strings("en");
assert(english.length > 180, `English strings read from i18n.rs: ${english.length}`);
const LANGS = ["ar", "zh", "en", "fr", "ru", "es"];

async function setUi(page, code) {
  await open(page, "/");
  await page.evaluate((c) => {
    localStorage.setItem("luxterm.ui", c);
    localStorage.setItem("luxterm.lang", c);
  }, code);
}

// The persistent context keeps localStorage: every test leaves the interface in English.
async function inLanguage(page, code, body) {
  await setUi(page, code);
  try {
    await body();
  } finally {
    await page.evaluate(() => {
      localStorage.setItem("luxterm.ui", "en");
      localStorage.setItem("luxterm.lang", "en");
    });
  }
}

// The interface text of the page: text nodes whose language is the page's (data is marked with
// its own `lang`, or isolated in <bdi>, <code>, <time>, or given its own `dir`).
const interfaceText = (page) =>
  page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const pageLang = document.documentElement.lang;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.trim();
      const el = n.parentElement;
      if (!text || !el || el.closest("script, style, [hidden], bdi, code, time, abbr, .url-text")) continue;
      const tagged = el.closest("[lang]");
      if (tagged && tagged !== document.documentElement && tagged.lang !== pageLang) continue;
      const dir = el.closest("[dir]");
      if (dir && dir !== document.documentElement) continue;
      out.push(text);
    }
    return out;
  });

async function leftEnglish(page, code) {
  const ownList = strings(code);
  const own = new Set(ownList);
  const candidates = english.filter((s) => s.length > 2 && !own.has(s) && !s.includes("{n}"));
  const texts = await interfaceText(page);
  const found = [];
  for (const t of texts) {
    for (const s of candidates) {
      if (t === s || (s.length >= 5 && (t.startsWith(`${s} `) || t.startsWith(`${s}:`)))) found.push(`${JSON.stringify(t)} (${JSON.stringify(s)})`);
    }
    // A count in English ("63 concepts"), unless the language says it so too (French "7 instruments").
    const ownCount = ownList.some((f) => f.includes("{n}") && new RegExp(`^${f.replace("{n}", "[\\d\\s\u00a0\u202f,.]+")}$`).test(t));
    if (/^\d+ (concepts?|instruments?)\b/.test(t) && !ownCount) found.push(JSON.stringify(t));
  }
  return found;
}

const PAGES = [
  ["/", ".release-counts"],
  ["/concept/child-sexual-abuse-material", "#concept-title"],
  ["/instruments", ".instrument-list li"],
];

await test("i18n: each of the six languages renders home, a concept and /instruments with lang, dir and no English interface string", async (page) => {
  for (const code of LANGS) {
    await inLanguage(page, code, async () => {
      for (const [where, ready] of PAGES) {
        await open(page, where);
        await page.waitForSelector(ready, { timeout: 20000 });
        const { lang, dir } = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
        assert(lang === code, `${code} ${where}: <html lang=${lang}>`);
        assert(dir === (code === "ar" ? "rtl" : "ltr"), `${code} ${where}: <html dir=${dir}>`);
        const selected = await page.$eval("#ui-lang", (s) => s.options[s.selectedIndex].textContent);
        assert(selected === { ar: "العربية", zh: "中文", en: "English", fr: "Français", ru: "Русский", es: "Español" }[code], `${code}: menu shows ${selected}`);
        if (code !== "en") {
          const left = await leftEnglish(page, code);
          assert(left.length === 0, `${code} ${where}: English interface text left: ${left.slice(0, 8).join(", ")}`);
        }
      }
    });
  }
});

await test("i18n: the English-string check finds English in an English page (it can fail)", async (page) => {
  await open(page, "/");
  await page.waitForSelector(".release-counts");
  const left = await leftEnglish(page, "zh");
  assert(left.length > 5, `English strings found on the English home page: ${left.length}`);
});

// The expected forms, by CLDR category (the category from Node's own ICU, the forms ours).
const FORMS = {
  ar: { zero: (n) => `${n} مفهوم`, one: () => "مفهوم واحد", two: () => "مفهومان", few: (n) => `${n} مفاهيم`, many: (n) => `${n} مفهومًا`, other: (n) => `${n} مفهوم` },
  ru: { one: (n) => `${n} понятие`, few: (n) => `${n} понятия`, many: (n) => `${n} понятий`, other: (n) => `${n} понятия` },
};

await test("i18n: Arabic and Russian counts agree with the number (CLDR plural categories)", async (page) => {
  // The number of concepts, from the English page.
  await open(page, "/");
  const english = await page.textContent(".release-counts");
  const n = Number(english.match(/(\d+) concepts?/)[1]);
  for (const code of ["ar", "ru"]) {
    await inLanguage(page, code, async () => {
      await open(page, "/");
      await page.waitForSelector(".release-counts");
      const text = await page.textContent(".release-counts");
      const expected = FORMS[code][new Intl.PluralRules(code).select(n)](n);
      assert(text.includes(expected), `${code}: "${text}" should say "${expected}"`);
      if (code === "ar" && n === 63) assert(text.includes("63 مفهومًا") && !text.includes("63 مفاهيم"), text);
      if (code === "ru" && n === 63) assert(text.includes("63 понятия"), text);
      // The releases: every count agrees with its number.
      await open(page, "/releases");
      await page.waitForSelector(".release-list .meta");
      const metas = await page.$$eval(".release-list .meta", (ps) => ps.map((p) => p.textContent));
      for (const meta of metas) {
        const m = meta.match(/(\d+)\s*(مفهوم|مفاهيم|مفهومًا|понятие|понятия|понятий)/) ?? meta.match(/(مفهوم واحد|مفهومان)/);
        assert(m, `${code}: a count in "${meta}"`);
        if (/^\d+$/.test(m[1])) {
          const k = Number(m[1]);
          const form = FORMS[code][new Intl.PluralRules(code).select(k)](k);
          assert(meta.includes(form), `${code}: "${meta}" should say "${form}"`);
        }
      }
    });
  }
});

await test("i18n: the Arabic date on /instruments is isolated and reads day, month, year right to left", async (page) => {
  await inLanguage(page, "ar", async () => {
    await open(page, "/instruments");
    await page.waitForSelector(".instrument-list time[datetime='1989-11-20']");
    const r = await page.evaluate(() => {
      const time = document.querySelector(".instrument-list time[datetime='1989-11-20']");
      const node = time.firstChild;
      const rect = (from, to) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, to);
        return range.getBoundingClientRect();
      };
      const text = node.textContent;
      const day = rect(text.indexOf("20"), text.indexOf("20") + 2);
      const year = rect(text.indexOf("1989"), text.indexOf("1989") + 4);
      const li = time.closest("li");
      const name = li.querySelector("a").getBoundingClientRect();
      return {
        text,
        parent: time.parentElement.tagName,
        parentDir: getComputedStyle(time.parentElement).direction,
        bidi: getComputedStyle(time.parentElement).unicodeBidi,
        dayLeft: day.left,
        yearLeft: year.left,
        dateRight: time.getBoundingClientRect().right,
        nameLeft: name.left,
      };
    });
    assert(r.parent === "BDI" && r.bidi === "isolate", `the date is in an isolate: ${r.parent} ${r.bidi}`);
    assert(r.text.includes("نوفمبر") && r.text.includes("1989"), `the date in Arabic: ${r.text}`);
    assert(r.dayLeft > r.yearLeft, `day (${r.dayLeft}) right of year (${r.yearLeft}): ${r.text}`);
    // The row keeps its order: the instrument's name first (rightmost), the date last (leftmost).
    assert(r.dateRight <= r.nameLeft + 1, `date (right ${r.dateRight}) left of the name (left ${r.nameLeft})`);
  });
});

await test("i18n: a U+202E override in a data string stays inside its isolate", async (page) => {
  for (const code of ["en", "ar"]) {
    await inLanguage(page, code, async () => {
      await open(page, "/concept/child?release=%E2%80%AEabc");
      await page.waitForSelector(".problem p bdi");
      const r = await page.evaluate(() => {
        const p = document.querySelector(".problem p");
        const bdi = p.querySelector("bdi");
        const dot = p.lastChild;
        const range = document.createRange();
        range.setStart(dot, dot.textContent.length - 1);
        range.setEnd(dot, dot.textContent.length);
        const lead = document.createRange();
        lead.setStart(p.firstChild, 0);
        lead.setEnd(p.firstChild, 1);
        return {
          value: bdi.textContent,
          dot: dot.textContent,
          dotRect: range.getBoundingClientRect().toJSON(),
          leadRect: lead.getBoundingClientRect().toJSON(),
          bdiRect: bdi.getBoundingClientRect().toJSON(),
        };
      });
      assert(r.value === "\u202Eabc" && r.dot.endsWith("."), `isolated value ${JSON.stringify(r.value)}, then ${JSON.stringify(r.dot)}`);
      if (code === "en") {
        // Left to right: the sentence, then the value, then the full stop.
        assert(r.leadRect.left < r.bdiRect.left, `sentence before the value: ${r.leadRect.left} < ${r.bdiRect.left}`);
        assert(r.dotRect.left >= r.bdiRect.right - 1, `full stop (${r.dotRect.left}) after the value (${r.bdiRect.right})`);
      } else {
        // Right to left: the sentence on the right, the value, the full stop on the left.
        assert(r.leadRect.right > r.bdiRect.right, `sentence right of the value: ${r.leadRect.right} > ${r.bdiRect.right}`);
        assert(r.dotRect.right <= r.bdiRect.left + 1, `full stop (${r.dotRect.right}) left of the value (${r.bdiRect.left})`);
      }
    });
  }
});

await test("i18n: in Arabic an English term and its abbreviation stay in their order", async (page) => {
  await inLanguage(page, "ar", async () => {
    await open(page, "/concept/child-sexual-abuse-material");
    await page.waitForSelector("section[aria-labelledby=terms-en] .term-unit abbr");
    const r = await page.evaluate(() => {
      const unit = [...document.querySelectorAll("section[aria-labelledby=terms-en] .term-unit")].find((u) => u.querySelector("abbr"));
      return {
        term: unit.querySelector(".term-text").getBoundingClientRect().left,
        abbr: unit.querySelector("abbr").getBoundingClientRect().left,
        text: unit.textContent,
        dir: getComputedStyle(unit).direction,
      };
    });
    assert(r.dir === "ltr", `the term's run is left to right: ${r.dir}`);
    assert(r.term < r.abbr, `"${r.text}": the term (${r.term}) before its abbreviation (${r.abbr})`);
  });
});

await test("i18n: the citation and lists take the interface language's punctuation (guillemets, Chinese commas, no space before Han text)", async (page) => {
  const expected = {
    en: (f) => f.startsWith("“") && /”, /.test(f),
    fr: (f) => f.startsWith("«\u202F") && /\u202F», /.test(f),
    ru: (f) => f.startsWith("«") && /», /.test(f),
    zh: (f) => f.startsWith("“") && /”，/.test(f) && !/[\u4e00-\u9fff] [\u4e00-\u9fff]/.test(f.split(" http")[0]),
  };
  for (const [code, ok] of Object.entries(expected)) {
    await inLanguage(page, code, async () => {
      await open(page, "/concept/child");
      await page.waitForSelector("#citation", { timeout: 30000 });
      const formatted = await page.inputValue("#citation");
      assert(ok(formatted), `${code}: citation ${formatted}`);
      await open(page, "/instrument/opsc");
      await page.waitForSelector("#instrument-title", { timeout: 30000 });
      const languages = await page.locator("dd").filter({ hasText: code === "zh" ? "、" : ", " }).count();
      assert(languages > 0, `${code}: the authentic languages listed with the language's separator`);
    });
  }
});
