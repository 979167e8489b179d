// Offline and caching (issue 13): the service worker, fingerprinted names, precompressed files,
// the not-found status and the favicon. Each test but (d) runs in a Chromium of its own with an
// empty profile (launchContext) against an `xtask serve --log` of its own, whose log of requests
// is what reached the network; the shared profile of the other tests blocks service workers.
//
//   E2E_ONLY=offline: bash scripts/test-web.sh
//
// E2E_DIST names the dist to serve (default web/dist); the xtask binary is the one cargo built
// (CARGO_TARGET_DIR or target/, debug), else `cargo xtask`.

import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { assert, base, launchContext, open, test } from "../harness.mjs";

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../..");
const dist = path.resolve(process.env.E2E_DIST ?? path.join(repo, "web/dist"));
const target = path.resolve(repo, process.env.CARGO_TARGET_DIR ?? "target");
const xtaskBinary = path.join(target, "debug", "xtask");

function xtask(args) {
  return fs.existsSync(xtaskBinary) ? [xtaskBinary, args] : ["cargo", ["--locked", "xtask", ...args]];
}

/** `xtask serve --log` on `dir` (port 0: a free one); resolves once it listens. */
async function serve(dir, port = 0) {
  const [command, args] = xtask(["serve", "--no-build", "--log", "--dir", dir, "--port", String(port)]);
  const child = spawn(command, args, { cwd: repo, stdio: ["ignore", "pipe", "pipe"] });
  const log = [];
  let buffered = "";
  child.stderr.on("data", (chunk) => {
    buffered += chunk;
    const lines = buffered.split("\n");
    buffered = lines.pop();
    for (const line of lines) {
      const [method, target, status, encoding, bytes] = line.split(" ");
      if (/^(GET|HEAD)$/.test(method)) log.push({ method, path: new URL(target, "http://x").pathname, status: Number(status), encoding, bytes: Number(bytes) });
    }
  });
  const url = await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) resolve(m[0]);
    });
    child.on("exit", (code) => reject(new Error(`xtask serve exited (${code}) before listening`)));
    setTimeout(() => reject(new Error("xtask serve did not start in 60 s")), 60000);
  });
  return {
    url,
    port: Number(new URL(url).port),
    log,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.on("exit", resolve));
      child.kill("SIGKILL");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    },
  };
}

/** A page in a fresh browser, its console errors collected. */
async function freshPage(fresh) {
  const page = await fresh.context.newPage();
  const errors = [];
  page.on("console", (msg) => { if (msg.type() === "error") errors.push(msg.text()); });
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, errors };
}

/** Waits until a service worker controls the page and has its cache (the shell precached). */
async function controlled(page) {
  await page.waitForFunction(async () => {
    if (navigator.serviceWorker.controller === null) return false;
    const key = (await caches.keys()).find((k) => k.startsWith("luxterm-"));
    if (!key) return false;
    const paths = (await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname);
    return paths.includes("/index.html") && paths.some((p) => /^\/luxterm_web_bg-[0-9a-f]{16}\.wasm$/.test(p));
  }, null, { timeout: 30000 });
}

/** Opens `address` and waits for the app to mount (its main heading). */
async function openApp(page, address) {
  const response = await page.goto(address, { waitUntil: "load" });
  await page.waitForSelector("main#main h1", { timeout: 30000 });
  return response;
}

await test("offline: after one visit, a reload offline and a deep link offline open the app (service worker)", async () => {
  const server = await serve(dist);
  const fresh = await launchContext();
  try {
    const { page, errors } = await freshPage(fresh);
    await openApp(page, server.url);
    await controlled(page);
    // The whole glossary is in the cache too (deep links need it).
    const cached = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys()).find((k) => k.startsWith("luxterm-")));
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    assert(cached.includes("/index.html") && cached.some((p) => /^\/glossary-[0-9a-f]{16}\.lxtg\.gz$/.test(p)) && cached.some((p) => /^\/luxterm_web_bg-[0-9a-f]{16}\.wasm$/.test(p)), `precached: ${cached}`);
    // Offline for real: the browser is offline and the server is gone.
    await server.stop();
    await fresh.context.setOffline(true);
    await page.goto(server.url, { waitUntil: "load", timeout: 30000 });
    await page.waitForSelector("main#main h1", { timeout: 30000 });
    assert(!page.url().startsWith("chrome-error:"), `the browser's error page: ${page.url()}`);
    await page.fill("#q", "sale of children");
    await page.waitForSelector(".results li a.result-term", { timeout: 20000 });
    await openApp(page, new URL("/concept/child", server.url).href);
    await page.waitForSelector("#terms-en", { timeout: 30000 });
    assert((await page.textContent("#concept-title")).trim() === "child", "the concept page, offline");
    await page.goto(new URL("/concept/sale-of-children", server.url).href, { waitUntil: "load" });
    await page.waitForSelector("#terms-en", { timeout: 30000 });
    assert(errors.length === 0, `console errors: ${errors.slice(0, 5).join("\n")}`);
  } finally {
    await fresh.context.setOffline(false).catch(() => {});
    await fresh.close();
    await server.stop();
  }
});

await test("offline: a return visit downloads nothing but a revalidation of the page (304)", async () => {
  const server = await serve(dist);
  const fresh = await launchContext();
  try {
    const first = await freshPage(fresh);
    await openApp(first.page, server.url);
    await controlled(first.page);
    await first.page.waitForLoadState("networkidle");
    await first.page.close();
    const firstLoad = server.log.splice(0);
    assert(firstLoad.some((r) => /^\/luxterm_web_bg-[0-9a-f]{16}\.wasm$/.test(r.path) && r.status === 200), `the first visit downloads the app: ${JSON.stringify(firstLoad)}`);
    const second = await freshPage(fresh);
    const responses = [];
    second.page.on("response", (r) => responses.push(r));
    await openApp(second.page, server.url);
    await second.page.fill("#q", "child");
    await second.page.waitForSelector(".results li");
    await second.page.waitForLoadState("networkidle");
    await second.page.waitForTimeout(500);
    const network = server.log.splice(0);
    // What reached the server: the page, revalidated (and the browser's update check of the
    // service worker's script, revalidated too); both 304, no body.
    const other = network.filter((r) => !(r.status === 304 && ["/", "/sw.js"].includes(r.path)));
    assert(other.length === 0, `downloaded on the return visit: ${JSON.stringify(other)}`);
    assert(network.some((r) => r.path === "/" && r.status === 304), `the page is revalidated: ${JSON.stringify(network)}`);
    // A page the worker controls starts the full module (precached), even on the home page.
    const wasm = responses.find((r) => /\/luxterm_web_bg-[0-9a-f]{16}\.wasm$/.test(r.url()));
    assert(wasm && wasm.fromServiceWorker(), `the app's module comes from the service worker: ${wasm && wasm.url()}`);
    const lite = responses.filter((r) => /\/luxterm_web_lite/.test(r.url())).map((r) => r.url());
    assert(lite.length === 0, `the first-load module is not started on a controlled page: ${lite}`);
    assert(second.errors.length === 0, `console errors: ${second.errors.slice(0, 5).join("\n")}`);
  } finally {
    await fresh.close();
    await server.stop();
  }
});

await test("offline: the WebAssembly travels compressed (Content-Encoding), fingerprinted and immutable", async () => {
  const server = await serve(dist);
  const fresh = await launchContext();
  try {
    const { page } = await freshPage(fresh);
    let wasm;
    // The home page of a first visit: the first-load module.
    page.on("response", (r) => { if (/\/luxterm_web_lite_bg-[0-9a-f]{16}\.wasm$/.test(r.url())) wasm = r; });
    await openApp(page, server.url);
    assert(wasm, "the module was fetched");
    const headers = await wasm.allHeaders();
    const name = new URL(wasm.url()).pathname.slice(1);
    const raw = fs.statSync(path.join(dist, name)).size;
    const wire = server.log.find((r) => r.path === `/${name}`);
    assert(["br", "gzip"].includes(headers["content-encoding"]), `Content-Encoding: ${headers["content-encoding"]}`);
    assert(headers["content-type"] === "application/wasm", `Content-Type: ${headers["content-type"]}`);
    assert(/Accept-Encoding/i.test(headers.vary ?? ""), `Vary: ${headers.vary}`);
    assert(headers["cache-control"] === "public, max-age=31536000, immutable", `Cache-Control: ${headers["cache-control"]}`);
    assert(/^"[0-9a-f]{16}"$/.test(headers.etag ?? ""), `ETag: ${headers.etag}`);
    assert(wire && wire.bytes < raw * 0.5, `on the wire ${wire && wire.bytes} bytes of ${raw}`);
    console.log(`       (the app's wasm: ${raw} bytes, ${wire.bytes} on the wire as ${wire.encoding})`);
    // Chromium asks for brotli over HTTPS only; any client that asks gets it, decoded to the file.
    const br = await fetch(new URL(name, server.url), { headers: { "accept-encoding": "br" } });
    assert(br.headers.get("content-encoding") === "br", `asked for br: ${br.headers.get("content-encoding")}`);
    const decoded = Buffer.from(await br.arrayBuffer());
    assert(decoded.equals(fs.readFileSync(path.join(dist, name))), "the br copy decodes to the file");
    const brWire = server.log.filter((r) => r.path === `/${name}`).at(-1);
    assert(brWire.encoding === "br" && brWire.bytes < wire.bytes * 1.05, `br ${brWire.bytes} bytes`);
    // index.html is revalidated, not kept.
    const index = await fetch(server.url);
    assert(index.headers.get("cache-control") === "no-cache", `index.html: ${index.headers.get("cache-control")}`);
    const etag = index.headers.get("etag");
    const again = await fetch(server.url, { headers: { "if-none-match": etag } });
    assert(again.status === 304 && (await again.arrayBuffer()).byteLength === 0, `revalidated: ${again.status}`);
  } finally {
    await fresh.close();
    await server.stop();
  }
});

await test("offline: an unknown path answers HTTP 404 with the app's not-found page; known routes 200", async (page) => {
  const missing = await page.goto(new URL("/no/such/page", base).href, { waitUntil: "load" });
  assert(missing.status() === 404, `status ${missing.status()}`);
  await page.waitForSelector("main#main h1", { timeout: 20000 });
  assert(/not found/i.test(await page.textContent("h1")), `heading: ${await page.textContent("h1")}`);
  const concept = await page.goto(new URL("/concept/no-such-concept", base).href, { waitUntil: "load" });
  assert(concept.status() === 404, `an unknown concept: ${concept.status()}`);
  for (const address of ["/", "/concept/child", "/concept/CHILD", "/instrument/opsc", "/category/material", "/compare/instruments/child-sexual-abuse-material", "/compare/pair?from=fr&to=ar", "/check", "/releases"]) {
    const response = await page.goto(new URL(address, base).href, { waitUntil: "load" });
    assert(response.status() === 200, `${address}: ${response.status()}`);
  }
  await page.waitForSelector("main#main h1", { timeout: 20000 });
  await open(page, "/concept/CHILD");
  // The static skeleton of index.html is replaced by the app, not shown beside it.
  const frame = await page.evaluate(() => ({ skeleton: document.querySelectorAll(".skeleton, .skeleton-header").length, headers: document.querySelectorAll("header.site-header").length, mains: document.querySelectorAll("main").length }));
  assert(frame.skeleton === 0 && frame.headers === 1 && frame.mains === 1, `after mounting: ${JSON.stringify(frame)}`);
  const html = await (await fetch(new URL("/", base))).text();
  assert(html.includes('class="skeleton"') && html.includes(">luxterm<"), "index.html paints a skeleton");
  await page.waitForFunction(() => location.pathname === "/concept/child", null, { timeout: 20000 });
});

await test("offline: typing 16 characters in the search box requests the favicon at most once", async () => {
  const server = await serve(dist);
  const fresh = await launchContext();
  try {
    const { page, errors } = await freshPage(fresh);
    await openApp(page, server.url);
    await page.click("#q");
    await page.keyboard.type("child pornograph", { delay: 120 });
    await page.waitForSelector(".results li");
    await page.waitForTimeout(1000);
    const icons = server.log.filter((r) => /favicon/.test(r.path));
    assert(icons.length <= 1, `favicon requests: ${JSON.stringify(icons)}`);
    assert(errors.length === 0, `console errors: ${errors.slice(0, 5).join("\n")}`);
  } finally {
    await fresh.close();
    await server.stop();
  }
});

await test("offline: a new release installs a new cache and deletes the old one", async () => {
  const site = path.join(target, "luxterm-web-dist", "site");
  assert(fs.existsSync(path.join(site, "index.html")), `no site at ${site}: run cargo xtask build`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "luxterm-release-"));
  const finish = (from, out) => {
    const [command, args] = xtask(["finish", "--from", from, "--out", out, "--no-compress"]);
    execFileSync(command, args, { cwd: repo, stdio: ["ignore", "ignore", "pipe"] });
  };
  const build = (dir) => fs.readFileSync(path.join(dir, "sw.js"), "utf8").match(/const BUILD = "([0-9a-f]{16})";/)?.[1];
  // Release 1 as built; release 2 the same site with one changed style sheet, finished by the
  // same code.
  finish(site, path.join(work, "v1"));
  fs.cpSync(site, path.join(work, "site2"), { recursive: true });
  fs.appendFileSync(path.join(work, "site2", "style.css"), "\n/* the next release */\n");
  finish(path.join(work, "site2"), path.join(work, "v2"));
  const [one, two] = [build(path.join(work, "v1")), build(path.join(work, "v2"))];
  assert(one && two && one !== two, `two builds: ${one}, ${two}`);
  let server = await serve(path.join(work, "v1"));
  const port = server.port;
  const fresh = await launchContext();
  try {
    const { page, errors } = await freshPage(fresh);
    await openApp(page, server.url);
    await controlled(page);
    const keys = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("luxterm-")));
    assert(JSON.stringify(await keys()) === JSON.stringify([`luxterm-${one}`]), `release 1's cache: ${await keys()}`);
    // The same origin now serves release 2.
    await server.stop();
    server = await serve(path.join(work, "v2"), port);
    await page.reload({ waitUntil: "load" });
    await page.waitForSelector("main#main h1", { timeout: 30000 });
    await page.waitForFunction(async (name) => {
      const keys = (await caches.keys()).filter((k) => k.startsWith("luxterm-"));
      return keys.length === 1 && keys[0] === name;
    }, `luxterm-${two}`, { timeout: 30000 });
    const style = await page.getAttribute("link[rel=stylesheet]", "href");
    const v2Style = fs.readdirSync(path.join(work, "v2")).find((f) => /^style-[0-9a-f]{16}\.css$/.test(f));
    assert(style === `/${v2Style}`, `the page uses release 2's style sheet: ${style} (${v2Style})`);
    // Release 2's cache fills in the background (install) and holds its style sheet.
    await page.waitForFunction(async ([name, style]) => (await (await caches.open(name)).keys()).some((r) => new URL(r.url).pathname === style), [`luxterm-${two}`, `/${v2Style}`], { timeout: 30000 });
    const worker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    assert(worker === new URL("/sw.js", server.url).href, `controlled by ${worker}`);
    assert(errors.length === 0, `console errors: ${errors.slice(0, 5).join("\n")}`);
  } finally {
    await fresh.close();
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
});
