// The first load (issue 13): a first visit to the home page, the results or a category starts
// the first-load module (the app without its views over the whole glossary); a view it does not
// hold loads the page again, and that load starts the full module; a deep link starts the full
// module only. The shared profile blocks service workers, so every page here is a first visit
// as far as boot.js can tell (a page the worker controls is tested in suites/20-offline.mjs).
// Every test name starts with "first load: ".

import { assert, open, test } from "../harness.mjs";

const LITE = /\/luxterm_web_lite_bg-[0-9a-f]{16}\.wasm$/;
const FULL = /\/luxterm_web_bg-[0-9a-f]{16}\.wasm$/;

/** The app modules `page` requests from now on: `() => ({ lite, full })`, counts. */
function modules(page) {
  const seen = [];
  page.on("request", (r) => seen.push(r.url()));
  return () => ({ lite: seen.filter((u) => LITE.test(u)).length, full: seen.filter((u) => FULL.test(u)).length });
}

await test("first load: the home page and the results start the first-load module, not the full one", async (page) => {
  const count = modules(page);
  await open(page, "/");
  await page.waitForSelector("main#main h1");
  await page.fill("#q", "sale of children");
  await page.waitForSelector(".results li a.result-term", { timeout: 20000 });
  await open(page, "/search?q=child");
  await page.waitForSelector(".results li a.result-term", { timeout: 20000 });
  await open(page, "/category/material");
  await page.waitForSelector("main#main h1");
  const { lite, full } = count();
  assert(lite === 3 && full === 0, `modules requested: first-load ${lite}, full ${full}`);
});

await test("first load: a concept opened from the results loads the full module and shows the concept; Back returns to the results", async (page) => {
  const count = modules(page);
  await open(page, "/search?q=sale+of+children");
  const link = page.locator(".results li a.result-term").first();
  await link.waitFor({ timeout: 20000 });
  const href = await link.getAttribute("href");
  await link.click();
  await page.waitForSelector("#concept-title", { timeout: 30000 });
  assert(new URL(page.url()).pathname === href, `the concept's address: ${page.url()} (link ${href})`);
  await page.waitForSelector("#terms-en", { timeout: 30000 });
  let { lite, full } = count();
  assert(lite === 1 && full === 1, `modules requested: first-load ${lite}, full ${full}`);
  // The full module now holds the page: Back is a navigation inside it.
  await page.goBack();
  await page.waitForSelector(".results li a.result-term", { timeout: 20000 });
  assert((await page.inputValue("#q")) === "sale of children", `the query is back: ${await page.inputValue("#q")}`);
  ({ lite, full } = count());
  assert(lite === 1 && full === 1, `after Back, modules requested: first-load ${lite}, full ${full}`);
  // And a concept opened from there is shown without loading the page again.
  await page.locator(".results li a.result-term").first().click();
  await page.waitForSelector("#concept-title", { timeout: 30000 });
  ({ lite, full } = count());
  assert(lite === 1 && full === 1, `after a second concept, modules requested: first-load ${lite}, full ${full}`);
});

await test("first load: a deep link to any other view starts the full module only", async (page) => {
  const count = modules(page);
  for (const address of ["/concept/child", "/instrument/crc", "/compare/instruments/child-sexual-abuse-material", "/releases", "/no-such-page"]) {
    await open(page, address);
    await page.waitForSelector("main#main h1", { timeout: 30000 });
  }
  const { lite, full } = count();
  assert(lite === 0 && full === 5, `modules requested: first-load ${lite}, full ${full}`);
});
