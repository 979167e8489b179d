// luxterm's service worker: the app offline, and a return visit without downloads.
//
// `cargo xtask build` writes it to dist/sw.js with the two lines below filled in: the build's id
// (a hash of the release's files) and the app shell it precaches (index.html and the files it
// loads, under their fingerprinted names, and the whole glossary). Registered by boot.js once
// the app runs, with a Trusted Types policy that allows this one script URL.
//
// - install: precache the shell into the cache `luxterm-<build>` (all or nothing), then take
//   over at once (skipWaiting);
// - activate: delete every other `luxterm-…` cache (the previous releases), control open pages;
// - navigations: the network first (a revalidation of index.html: 304 on a return visit), and
//   the cached index.html when the network fails, so a reload offline and any deep link work;
// - fingerprinted files (`name-<16 hex>.ext`): the cache first; a miss (the checker's or the
//   exporter's module, an export file) is fetched and kept, since its name never changes;
// - other same-origin files (the exports' manifest, the checker's style sheet, the JSON API): the
//   network first, the copy kept for when it fails.
const BUILD = "dev";
const PRECACHE = [];

const PREFIX = "luxterm-";
const CACHE = PREFIX + BUILD;
const SHELL = "/index.html";
const FINGERPRINTED = /-[0-9a-f]{16}(\.|$)/;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(PRECACHE);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || request.headers.has("range")) return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
  } else if (FINGERPRINTED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});

async function navigate(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await (await caches.open(CACHE)).match(SHELL);
    if (shell) return shell;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.status === 200) await cache.put(request, response.clone()).catch(() => {});
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.status === 200) await cache.put(request, response.clone()).catch(() => {});
    return response;
  } catch (error) {
    const hit = await cache.match(request, { ignoreVary: true });
    if (hit) return hit;
    throw error;
  }
}
