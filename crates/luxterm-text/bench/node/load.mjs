// Building an index in wasm against loading it prebuilt, in a fresh Node process whose JS heap
// holds only the TSV (in bench.mjs the heap also holds MiniSearch's documents, and growing the
// wasm memory for the loaded index there can set off a full collection of that heap, which
// then dominates the timing).
//
//   node load.mjs DATA_DIR/entries-<shape>-<size>.tsv WASM_FILE
//
// Prints the build time (the TSV copied into wasm memory and built in one call), then three
// loads of the saved bytes each way, each into a fresh instance: copied into its memory, then
// `from_bytes` (which copies them again) or `from_vec` (the index keeps them), with the whole
// wasm memory of each.

import fs from 'node:fs';

const [tsvPath, wasmFile] = process.argv.slice(2);
if (!tsvPath || !wasmFile) {
  console.error('usage: load.mjs ENTRIES_TSV WASM_FILE');
  process.exit(2);
}
const mod = await WebAssembly.compile(fs.readFileSync(wasmFile));
const instance = async () => (await WebAssembly.instantiate(mod, {})).exports;
const secs = (t) => Number(process.hrtime.bigint() - t) / 1e9;

const w = await instance();
const tsv = fs.readFileSync(tsvPath);
let t = process.hrtime.bigint();
const p = w.alloc(tsv.length);
new Uint8Array(w.memory.buffer, p, tsv.length).set(tsv);
const n = w.build(p, tsv.length);
const build = secs(t);
w.dealloc(p, tsv.length);
const len = w.save();
const saved = Buffer.from(new Uint8Array(w.memory.buffer, w.saved_ptr(), len));
console.log(`${tsvPath.split('/').pop()}: ${n} terms, built in ${build.toFixed(2)} s; ${(len / 1e6).toFixed(1)} MB of bytes\n`);
console.log('| load | s | build / load | whole wasm memory MB |');
console.log('|---|---:|---:|---:|');
// `load` copies the bytes out (from_bytes) and the host frees them; `load_owned` (from_vec)
// keeps them as the index's.
for (const [name, fn, owned] of [['from_bytes', 'load', false], ['from_vec', 'load_owned', true]]) {
  for (let k = 1; k <= 3; k++) {
    const w2 = await instance();
    t = process.hrtime.bigint();
    const p2 = w2.alloc(saved.length);
    new Uint8Array(w2.memory.buffer, p2, saved.length).set(saved);
    const got = w2[fn](p2, saved.length);
    const load = secs(t);
    if (!owned) w2.dealloc(p2, saved.length);
    if (got !== n) console.error(`warning: loaded ${got} of ${n}`);
    console.log(`| ${k}: ${name} | ${load.toFixed(3)} | ×${(build / load).toFixed(0)} | ${(w2.memory.buffer.byteLength / 1e6).toFixed(1)} |`);
  }
}
