// Facts read from the glossary's TOML sources in the repository, so that the tests compare the
// package with the data rather than with values copied into them.
import { readFileSync } from "node:fs";

const root = new URL("../../glossary/", import.meta.url);

/** Every `key = "value"` of each `[[table]]` block of a TOML file (strings only). */
function blocks(text, table) {
  const out = [];
  let current = null;
  for (const line of text.split("\n")) {
    if (line.startsWith("[[")) {
      current = line.trim() === `[[${table}]]` ? {} : null;
      if (current) out.push(current);
      continue;
    }
    const m = current && /^(\w+) = "(.*)"$/.exec(line);
    if (m) current[m[1]] = m[2];
  }
  return out;
}

/** The glossary's current release: its highest version. */
export function currentRelease() {
  const releases = blocks(readFileSync(new URL("releases.toml", root), "utf8"), "release");
  const key = (v) => v.split(".").map(Number);
  const newer = (a, b) => {
    const [x, y] = [key(a.version), key(b.version)];
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
    return false;
  };
  return releases.reduce((best, r) => (best === undefined || newer(r, best) ? r : best), undefined);
}

/** The terms of a concept, from its source file. */
export function terms(id) {
  return blocks(readFileSync(new URL(`concepts/${id}.toml`, root), "utf8"), "term");
}
