// Timings of the web app in headless Chromium (a benchmark, not a test): run by scripts/timings.sh.
//
//   TIMINGS_RUNS=5 node tests/e2e/timings.mjs http://127.0.0.1:PORT/ ARTIFACTS-DIR
//
// Each run is a cold load in a Chromium of its own with an empty profile (no cache, no service
// worker): the home page, a query typed until its first hit is visible, and a concept page opened
// directly until its terms are shown; first on the machine's own network and CPU, then on
// Lighthouse's slow-4G profile (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, applied by the
// DevTools protocol to each request) with the CPU slowed down 4×. Prints the median of the runs
// (and the range), in milliseconds from the start of the navigation.

import { launchContext } from "./harness.mjs";

const base = new URL(process.argv[2] ?? "http://127.0.0.1:8080/");
const runs = Number(process.env.TIMINGS_RUNS ?? 5);

const profiles = {
  "local (no throttling)": null,
  "slow 4G, CPU 4x slower": { latency: 150, download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8, cpu: 4 },
};

async function once(profile, scenario) {
  const fresh = await launchContext();
  try {
    const page = await fresh.context.newPage();
    const cdp = await fresh.context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    if (profile) {
      await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: profile.latency, downloadThroughput: profile.download, uploadThroughput: profile.upload });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
    }
    const address = scenario === "result" ? "/" : "/concept/child-sexual-abuse-material";
    await page.goto(new URL(address, base).href, { waitUntil: "commit" });
    const out = {};
    if (scenario === "result") {
      await page.waitForSelector("#q", { timeout: 120000 });
      out.app = await page.evaluate(() => performance.now());
      await page.fill("#q", "child pornography");
      await page.waitForSelector(".results li a.result-term", { state: "visible", timeout: 120000 });
      out.result = await page.evaluate(() => performance.now());
    } else {
      await page.waitForSelector("#terms-en", { state: "visible", timeout: 120000 });
      out.concept = await page.evaluate(() => performance.now());
    }
    const paints = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType("paint").map((e) => [e.name, e.startTime])));
    out.fp = paints["first-paint"];
    out.fcp = paints["first-contentful-paint"];
    // What the first contentful paint showed: the skeleton (index.html) or the app.
    return out;
  } finally {
    await fresh.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const fmt = (xs) => (xs.length ? `${Math.round(median(xs))} ms (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})` : "–");

console.log(`luxterm web app timings, ${base.href}, ${runs} cold runs each, median (min–max)`);
for (const [name, profile] of Object.entries(profiles)) {
  const rows = { fp: [], fcp: [], app: [], result: [], conceptFcp: [], concept: [] };
  for (let i = 0; i < runs; i += 1) {
    const r = await once(profile, "result");
    rows.fp.push(r.fp);
    rows.fcp.push(r.fcp);
    rows.app.push(r.app);
    rows.result.push(r.result);
    const c = await once(profile, "concept");
    rows.conceptFcp.push(c.fcp);
    rows.concept.push(c.concept);
  }
  console.log(`\n${name}`);
  console.log(`  home: first paint                          ${fmt(rows.fp)}`);
  console.log(`  home: first contentful paint (skeleton)    ${fmt(rows.fcp)}`);
  console.log(`  home: app mounted (search box)             ${fmt(rows.app)}`);
  console.log(`  cold first result (query typed, hit shown) ${fmt(rows.result)}`);
  console.log(`  concept deep link: first contentful paint  ${fmt(rows.conceptFcp)}`);
  console.log(`  cold concept deep link (terms shown)       ${fmt(rows.concept)}`);
}
await (await import("./harness.mjs")).close();
