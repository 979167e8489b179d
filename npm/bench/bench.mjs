// The npm package's figures (scripts/bench-npm.sh): sizes of the tarball, of the package
// unpacked and of the WebAssembly module (raw and gzip), and the time to first search in Node —
// module load (read, compile and instantiate the .wasm) plus the first query, which builds the
// search index — measured in fresh Node processes, with the first check for comparison.
// A benchmark that prints figures, not a test.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const pkg = new URL("../", import.meta.url);
const runs = Number(process.env.RUNS ?? 15);

const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--silent"], { cwd: pkg, encoding: "utf8" }));
const wasm = readFileSync(new URL("pkg/luxterm_js_bg.wasm", pkg));
const glue = readFileSync(new URL("pkg/luxterm_js.js", pkg));

const child = `
const t0 = performance.now();
const m = await import(${JSON.stringify(new URL("node.js", pkg).href)});
const t1 = performance.now();
m.search("child pornography");
const t2 = performance.now();
m.search("pédopornographie");
const t3 = performance.now();
m.check("The report is about child pornography online.");
const t4 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, second: t3 - t2, check: t4 - t3, rss: process.memoryUsage().rss }));
`;
const samples = [];
for (let i = 0; i < runs; i++) {
  samples.push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", child], { encoding: "utf8" })));
}
const sorted = (k) => samples.map((s) => s[k]).sort((a, b) => a - b);
const median = (k) => sorted(k)[Math.floor(samples.length / 2)];
const min = (k) => sorted(k)[0];
const load1 = (await import("node:os")).loadavg()[0];
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const times = (k) => `${ms(median(k))} (min ${ms(min(k))})`;
const sum = (a, b) => samples.map((s) => s[a] + s[b]).sort((x, y) => x - y);

console.log(`luxterm ${pack.version} (npm package), Node ${process.version}, median (and min) of ${runs} fresh processes, load average ${load1.toFixed(1)}`);
console.log(`  tarball (npm pack)          ${kib(pack.size)}`);
console.log(`  unpacked                    ${kib(pack.unpackedSize)} in ${pack.entryCount} files`);
console.log(`  wasm module                 ${kib(wasm.length)} raw, ${kib(gzipSync(wasm, { level: 9 }).length)} gzip`);
console.log(`  JS glue (wasm-bindgen)      ${kib(glue.length)} raw, ${kib(gzipSync(glue, { level: 9 }).length)} gzip`);
const first = sum("load", "first");
console.log(`  module load (import)        ${times("load")}`);
console.log(`  first search                ${times("first")}   (builds the search index)`);
console.log(`  time to first search        ${ms(first[Math.floor(first.length / 2)])} (min ${ms(first[0])})   (load + first search)`);
console.log(`  next search                 ${times("second")}`);
console.log(`  first check                 ${times("check")}   (builds the checker's automaton)`);
console.log(`  resident memory after       ${(median("rss") / 1048576).toFixed(0)} MiB`);
