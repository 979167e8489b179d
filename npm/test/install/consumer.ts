// Type-checked with `tsc --noEmit` against the installed package's index.d.ts (never run).
import {
  check,
  compareInstruments,
  concept,
  init,
  LuxtermError,
  release,
  search,
  type ConceptPage,
  type ErrorCode,
  type Finding,
  type Status,
} from "luxterm";

await init();
const page: ConceptPage = concept("child-sexual-abuse-material", { lang: "fr", release: "1.0.0" });
const name: string = page.name.text;
const preferred: Status = page.languages[0].groups[0].status;
const instead: string | undefined = search("child pornography", { limit: 5 }).hits[0]?.term.instead?.text.text;
const findings: Finding[] = check("child porn", { lang: "en", noInfo: true });
const start: number = findings[0].span.start_utf16;
const cells = compareInstruments("child").rows.map((r) => r.cells.map((c) => c?.value ?? "none"));
const version: string = release().version;
try {
  concept("no-such-concept");
} catch (e) {
  if (e instanceof LuxtermError) {
    const code: ErrorCode = e.code;
    console.log(code);
  }
}
console.log(name, preferred, instead, start, cells, version);

// @ts-expect-error: options are checked (no such option).
search("child", { limt: 3 });
// @ts-expect-error: a concept page has no field `title`.
console.log(page.title);
