// luxterm-text compiled to wasm against MiniSearch, in one Node process, on the same data.
//
//   node --expose-gc --max-old-space-size=20000 bench.mjs DATA_DIR WASM_FILE 1k,10k,100k [growing,zipf]
//
// DATA_DIR holds entries-<shape>-<size>.tsv (payload, concept, lang, text) and
// queries-<shape>-<size>.tsv (kind, concept, query) written by
// `cargo run --release -p luxterm-text --example bench -- --export`.
// Prints markdown: build time and memory of each, and per query kind p50/p99 latency, the ratio
// MiniSearch/luxterm, and recall@10 (the expected concept among the concepts of the top 10 hits).
// luxterm's memory is the whole WebAssembly.Memory (it never shrinks, so it is also the build's
// peak), after the build and after the queries; MiniSearch's is the growth of the V8 heap plus
// external memory after a full collection.

import fs from 'node:fs';
import MiniSearch from 'minisearch';

const [dataDir, wasmFile, sizesArg = '1k,10k,100k', shapesArg = 'growing,zipf'] = process.argv.slice(2);
if (!dataDir || !wasmFile) {
  console.error('usage: bench.mjs DATA_DIR WASM_FILE [sizes]');
  process.exit(2);
}
const gc = globalThis.gc ?? (() => {});
const KINDS = ['exact', 'prefix', 'typo', 'no-diacritics', 'arabic-variant', 'zh-substring'];
const LIMIT = 10;

// MiniSearch, configured as its documentation suggests for type-ahead search in many languages:
// prefix and fuzzy matching (maximum edit distance 0.2 × term length, as luxterm's 1 for 4–7 and 2
// from 8 characters), and diacritics folded in processTerm (NFKD, combining marks removed,
// lowercase), plus the Arabic letter unification that luxterm does, so that both engines see the
// same normalization and the comparison is about the search itself.
function processTerm(term) {
  const t = term
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .replace(/[\u0649\u06CC]/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0671/g, '\u0627')
    .toLowerCase()
    .normalize('NFC');
  return t.length > 0 ? t : null;
}
const MS_OPTIONS = {
  fields: ['text'],
  storeFields: [],
  processTerm,
  searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'OR' },
};

function readTsv(path) {
  const text = fs.readFileSync(path, 'utf8');
  return text.split('\n').filter((l) => l.length > 0).map((l) => l.split('\t'));
}

function pct(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.round((sorted.length - 1) * p))];
}

function fmtUs(x) {
  return x >= 1000 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(1);
}

async function loadWasm() {
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), {});
  return instance.exports;
}

function parseSize(s) {
  const m = /^(\d+)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`bad size ${s}`);
  return { label: s.trim().replace(/m$/i, 'M'), n: Number(m[1]) * (m[2].toLowerCase() === 'k' ? 1e3 : m[2].toLowerCase() === 'm' ? 1e6 : 1) };
}

function recallHit(conceptOf, ids, expected) {
  const seen = [];
  for (const id of ids.slice(0, LIMIT)) {
    const c = conceptOf[id];
    if (!seen.includes(c)) seen.push(c);
  }
  return seen.includes(expected);
}

function heapAndExternal() {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

async function benchSize(shape, { label }) {
  const name = `${shape}-${label}`;
  const entryPath = `${dataDir}/entries-${name}.tsv`;
  const rows = readTsv(entryPath);
  const queries = readTsv(`${dataDir}/queries-${name}.tsv`).map(([kind, concept, text]) => ({ kind, concept: Number(concept), text }));
  const conceptOf = new Uint32Array(rows.length);
  const docs = rows.map(([id, concept, lang, text]) => {
    conceptOf[Number(id)] = Number(concept);
    return { id: Number(id), lang, text };
  });
  const out = [];
  const concepts = new Set(docs.map((_, i) => conceptOf[i])).size;
  out.push(`## ${shape} ${label} concepts = ${docs.length} terms (${(docs.length / concepts).toFixed(2)} a concept), ${queries.length} queries\n`);

  // ---- MiniSearch build ----
  gc();
  const msHeap0 = heapAndExternal();
  let t0 = process.hrtime.bigint();
  let ms = new MiniSearch(MS_OPTIONS);
  ms.addAll(docs);
  const msBuild = Number(process.hrtime.bigint() - t0) / 1e9;
  gc();
  const msHeap = heapAndExternal() - msHeap0;

  // ---- luxterm (wasm) build, from the TSV streamed through a 1 MiB buffer in wasm memory ----
  const tsv = fs.readFileSync(entryPath);
  const w = await loadWasm();
  const mem0 = w.memory.buffer.byteLength;
  const CHUNK = 1 << 20;
  t0 = process.hrtime.bigint();
  const buf = w.alloc(CHUNK);
  w.begin();
  for (let at = 0; at < tsv.length; ) {
    let end = Math.min(tsv.length, at + CHUNK);
    if (end < tsv.length) end = tsv.lastIndexOf(10, end - 1) + 1;
    if (end <= at) throw new Error('a TSV line longer than the chunk');
    new Uint8Array(w.memory.buffer, buf, end - at).set(tsv.subarray(at, end));
    w.push_lines(buf, end - at);
    at = end;
  }
  w.dealloc(buf, CHUNK);
  const indexed = w.finish();
  const lxBuild = Number(process.hrtime.bigint() - t0) / 1e9;
  const lxHeap = w.heap_bytes();
  const lxMem = w.memory.buffer.byteLength;
  if (indexed !== docs.length) console.error(`warning: wasm indexed ${indexed} of ${docs.length}`);

  const qbufLen = 1 << 20;
  const qbuf = w.alloc(qbufLen);
  const enc = new TextEncoder();
  let qview = new Uint8Array(w.memory.buffer, qbuf, qbufLen);
  // The timed part of a luxterm search: encode the query into wasm memory (no allocation) and
  // search; the payloads are read afterwards.
  function lxSearchTimed(text) {
    if (qview.buffer !== w.memory.buffer) qview = new Uint8Array(w.memory.buffer, qbuf, qbufLen);
    const { written } = enc.encodeInto(text, qview);
    return w.search(qbuf, written, LIMIT);
  }
  function lxResults(n) {
    return Array.from(new Uint32Array(w.memory.buffer, w.results_ptr(), n));
  }
  function lxSearch(text) {
    return lxResults(lxSearchTimed(text));
  }
  function msSearch(text) {
    return ms.search(text).slice(0, LIMIT).map((r) => r.id);
  }


  // Warm up both (JIT, caches) on a few queries.
  for (const q of queries.slice(0, 30)) {
    msSearch(q.text);
    lxSearch(q.text);
  }

  // MiniSearch runs every query first; then it is dropped and collected, so that its garbage
  // and its 100s of MB of heap are not collected during luxterm's timings.
  const byKind = Object.fromEntries(KINDS.map((k) => [k, queries.filter((q) => q.kind === k)]));
  const res = {};
  const allM = [];
  const allL = [];
  for (const kind of KINDS) {
    gc();
    const lat = [];
    let found = 0;
    for (const q of byKind[kind]) {
      const t = process.hrtime.bigint();
      const a = msSearch(q.text);
      lat.push(Number(process.hrtime.bigint() - t) / 1e3);
      if (recallHit(conceptOf, a, q.concept)) found++;
    }
    allM.push(...lat);
    lat.sort((x, y) => x - y);
    res[kind] = { m50: pct(lat, 0.5), m99: pct(lat, 0.99), mRecall: found / Math.max(1, byKind[kind].length) };
  }
  ms = null;
  gc();
  // Warm luxterm up again: MiniSearch's run evicted its pages and caches.
  for (const q of queries) lxSearchTimed(q.text);
  for (const kind of KINDS) {
    const lat = [];
    const counts = [];
    for (const q of byKind[kind]) {
      const t = process.hrtime.bigint();
      counts.push(lxSearchTimed(q.text));
      lat.push(Number(process.hrtime.bigint() - t) / 1e3);
      // Results are read outside the timed part (they are overwritten by the next search, so
      // the recall is checked with a second, untimed search).
    }
    let found = 0;
    for (const q of byKind[kind]) {
      if (recallHit(conceptOf, lxSearch(q.text), q.concept)) found++;
    }
    allL.push(...lat);
    lat.sort((x, y) => x - y);
    Object.assign(res[kind], { l50: pct(lat, 0.5), l99: pct(lat, 0.99), lRecall: found / Math.max(1, byKind[kind].length) });
  }
  const lxMemAfter = w.memory.buffer.byteLength;

  // ---- luxterm: serialise, and load into a fresh instance ----
  const savedLen = w.save();
  const saved = Buffer.from(new Uint8Array(w.memory.buffer, w.saved_ptr(), savedLen));
  w.drop_saved();
  const w2 = await loadWasm();
  t0 = process.hrtime.bigint();
  const p2 = w2.alloc(saved.length);
  new Uint8Array(w2.memory.buffer, p2, saved.length).set(saved);
  // `from_vec`: the index keeps the bytes copied into its memory (no second copy, no dealloc).
  const loadedN = w2.load_owned(p2, saved.length);
  const lxLoad = Number(process.hrtime.bigint() - t0) / 1e9;
  if (loadedN !== indexed) console.error(`warning: loaded ${loadedN} of ${indexed}`);
  const lxMemLoaded = w2.memory.buffer.byteLength;

  out.push('| | build s | memory MB |');
  out.push('|---|---:|---:|');
  out.push(`| MiniSearch ${'7.2.0'} | ${msBuild.toFixed(2)} | ${mb(msHeap)} (V8 heap + external growth) |`);
  out.push(`| luxterm-text (wasm) | ${lxBuild.toFixed(2)} (from the TSV bytes) | ${mb(lxMem)} whole wasm memory after the build (${mb(mem0)} at start; index heap_bytes ${mb(lxHeap)}); ${mb(lxMemAfter)} after the queries |`);
  out.push(`| ratio luxterm / MiniSearch | ×${(lxBuild / msBuild).toFixed(2)} | ×${(lxMem / msHeap).toFixed(2)} (whole wasm memory after the queries: ×${(lxMemAfter / msHeap).toFixed(2)}) |`);
  out.push(`| luxterm-text, prebuilt index loaded (from_vec) | ${lxLoad.toFixed(3)} (×${(lxBuild / lxLoad).toFixed(0)} faster than building; ${mb(saved.length)} MB of bytes) | ${mb(lxMemLoaded)} whole wasm memory |`);
  out.push('');
  out.push('| query kind | n | MiniSearch p50 µs | p99 µs | luxterm p50 µs | p99 µs | p50 ratio | p99 ratio | MiniSearch recall@10 | luxterm recall@10 |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const kind of KINDS) {
    const { m50, m99, l50, l99, mRecall, lRecall } = res[kind];
    out.push(
      `| ${kind} | ${byKind[kind].length} | ${fmtUs(m50)} | ${fmtUs(m99)} | ${fmtUs(l50)} | ${fmtUs(l99)} | ×${(m50 / l50).toFixed(0)} | ×${(m99 / l99).toFixed(0)} | ${mRecall.toFixed(3)} | ${lRecall.toFixed(3)} |`,
    );
  }
  allM.sort((x, y) => x - y);
  allL.sort((x, y) => x - y);
  const [m50, m99, l50, l99] = [pct(allM, 0.5), pct(allM, 0.99), pct(allL, 0.5), pct(allL, 0.99)];
  out.push(`| all kinds | ${allL.length} | ${fmtUs(m50)} | ${fmtUs(m99)} | ${fmtUs(l50)} | ${fmtUs(l99)} | ×${(m50 / l50).toFixed(0)} | ×${(m99 / l99).toFixed(0)} | | |`);
  out.push('');
  console.log(out.join('\n'));
}

const sizes = sizesArg.split(',').map(parseSize);
console.log(`Node ${process.version}, MiniSearch 7.2.0, wasm ${wasmFile.split('/').pop()} (${(fs.statSync(wasmFile).size / 1024).toFixed(0)} KiB)\n`);
for (const shape of shapesArg.split(',')) {
  for (const size of sizes) {
    await benchSize(shape, size);
  }
}
