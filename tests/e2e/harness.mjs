// The shared harness of the end-to-end tests: one Chromium context, the test runner, and the
// helpers every suite uses. run.mjs runs its own tests, then every suite in suites/ (in name
// order), then the checks across every page opened (console errors, requests leaving the origin).
// A suite is a module that imports what it needs from here and calls `test` at its top level.

import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
export const base = new URL(process.argv[2] ?? "http://127.0.0.1:8080/");
export const artifacts = path.resolve(process.argv[3] ?? path.join(path.dirname(new URL(import.meta.url).pathname), "artifacts"));
fs.mkdirSync(artifacts, { recursive: true });
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";

const browserArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * A Chromium of its own with an empty profile (no cache, no service worker), for tests of what a
 * first and a return visit download (suites/20-offline.mjs, scripts/timings.sh). `close()` ends
 * it and removes the profile.
 */
export async function launchContext(options = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "luxterm-e2e-fresh-"));
  const fresh = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    args: browserArgs,
    viewport: { width: 1280, height: 900 },
    locale: "en-US",
    ...options,
  });
  return {
    context: fresh,
    async close() {
      await fresh.close().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "luxterm-e2e-"));
// The app registers a service worker (web/sw.js). Not in this shared profile: the tests here
// intercept requests (page.route), which a service worker would answer first, and each expects
// the network; the service worker is tested in a browser of its own (suites/20-offline.mjs).
export const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: browserArgs,
  viewport: { width: 1280, height: 900 },
  locale: "en-US",
  serviceWorkers: "block",
});

// Every problem any page shows, across all tests.
export const consoleErrors = [];
export const foreignRequests = [];
context.on("request", (request) => {
  const url = new URL(request.url());
  if (["data:", "blob:", "about:"].includes(url.protocol)) return;
  if (url.origin !== base.origin) foreignRequests.push(request.url());
});

let passed = 0;
let failed = 0;
const failures = [];

/** The counts so far, for the summary line. */
export function results() {
  return { passed, failed, failures };
}

/** Closes the browser and removes its profile. */
export async function close() {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// The browser logs a document answered with HTTP 404 as "Failed to load resource": that is the
// server doing its job for an unknown path (the app then shows its not-found page), not an error
// of the app. Only the document's own 404 is let through; any other failed resource still counts.
export function notFoundDocument(page, msg) {
  return msg.text().includes("status of 404") && msg.location().url === page.url();
}

export async function newPage(width = 1280, height = 900) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  page.on("console", (msg) => {
    if (msg.type() === "error" && !notFoundDocument(page, msg)) consoleErrors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

export async function open(page, pathAndQuery) {
  await page.goto(new URL(pathAndQuery, base).href, { waitUntil: "load" });
  await page.waitForSelector("main#main h1", { timeout: 20000 });
}

// E2E_ONLY=word runs only the tests whose name contains it (while working on one page).
const only = process.env.E2E_ONLY;

export async function test(name, body) {
  if (only && !name.includes(only)) return;
  const page = await newPage();
  try {
    await body(page);
    passed += 1;
    console.log(`ok     ${name}`);
  } catch (error) {
    failed += 1;
    failures.push(name);
    console.log(`FAILED ${name}\n       ${String(error && error.stack ? error.stack : error).split("\n").slice(0, 4).join("\n       ")}`);
    const file = path.join(artifacts, `failure-${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
  } finally {
    await page.close();
  }
}

export async function search(page, query) {
  await open(page, "/");
  await page.fill("#q", query);
  await page.waitForSelector(".results li", { timeout: 10000 });
}

export async function firstResultHref(page) {
  return page.getAttribute(".results li:first-child a.result-term", "href");
}

// The axe-core rules the tests hold every page to: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and
// axe's best practices (landmarks, heading order, region...), not only the default rule set.
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Runs axe-core on the page with AXE_TAGS and writes every violation, with each node's selector,
 * markup and what failed, to `axe-<label>.json` in the artifacts directory. Returns the
 * violations (each `{ id, impact, help, count, nodes }`), whatever their impact.
 */
export async function axeViolations(page, label) {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      count: v.nodes.length,
      nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html, summary: n.failureSummary })),
    }));
  }, AXE_TAGS);
  const file = path.join(artifacts, `axe-${label.replace(/[^a-z0-9.-]+/gi, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify({ url: page.url(), viewport: page.viewportSize(), tags: AXE_TAGS, violations: result }, null, 2));
  return result;
}

/** Fails on any axe violation (every impact, AXE_TAGS), naming each rule and its first nodes. */
export async function axe(page, label) {
  const found = await axeViolations(page, label);
  assert(
    found.length === 0,
    `axe (${label}): ${found.map((v) => `${v.impact} ${v.id} ×${v.count}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target).join(", ")}`).join("; ")}`,
  );
}
