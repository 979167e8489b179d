// Types of the npm package `luxterm`, written by hand. The functions return the core's views
// (crates/luxterm, `luxterm::view` and `luxterm::compare`, and the checker's `Finding`) in their
// serde form: exactly the JSON that `luxterm … --json` prints, which the JSON Schemas in
// crates/luxterm-cli/schema/ and crates/luxterm/schema/ describe. Every field is present; a field
// that Rust holds as an `Option` is `null` when empty. npm/test/types.test.js checks that each
// interface here names the same fields as its schema, and that real values have them.
//
// Enumerations (Category, Status, …) may gain members in a minor release of the glossary or the
// crate: handle values you do not know.

/** The codes of a {@link LuxtermError}. */
export type ErrorCode =
  /** No concept has this id. */
  | "unknown-concept"
  /** The glossary has no release with this version. */
  | "unknown-release"
  /** The concept did not exist in the release asked for. */
  | "not-in-release"
  /** The glossary has no release at all. */
  | "no-release"
  /** An option has an unknown name or a value of the wrong type. */
  | "bad-options"
  /** An argument is not of the type asked (a string, an array of strings). */
  | "bad-argument"
  /** A `release` option is not a version MAJOR.MINOR.PATCH. */
  | "bad-version"
  /** Another error of a query of the glossary. */
  | "query-error"
  /** In browsers: a function was called before `await init()` resolved. */
  | "not-initialized"
  /** The module failed (a bug: please report it). */
  | "internal";

/** Every error luxterm throws; bad input never crashes, it throws this (or gives an empty result). */
export class LuxtermError extends Error {
  readonly name: "LuxtermError";
  /** What failed. */
  readonly code: ErrorCode;
}

/**
 * Loads the WebAssembly module. In Node it is loaded on import and this resolves at once; in
 * browsers and bundlers await it once before any other call. Without an argument the module is
 * fetched next to this file (`new URL(…, import.meta.url)`); pass a URL, a `Response`, the bytes
 * or a compiled `WebAssembly.Module` to load it from elsewhere.
 */
export function init(
  source?: string | URL | Request | Response | BufferSource | WebAssembly.Module,
): Promise<void>;

/** Who reads a view: the language of the project's texts and, if different, of terms. */
export interface ReaderOptions {
  /** BCP 47 tag of the reader's language: texts (definitions, reasons, labels) and, unless `terms` says otherwise, names of concepts. English by default. */
  lang?: string;
  /** The language of terms and concept names, when it is not `lang`. */
  terms?: string;
}

export interface SearchOptions {
  /** Only terms in this language (`zh` matches `zh-Hans`); all languages by default. Also the reader's language unless `reader` is given. */
  lang?: string;
  /** The most hits (20 by default). */
  limit?: number;
  /** One hit per concept, the best-ranked term of each (default `true`); `false` lists every matching term. */
  perConcept?: boolean;
  /** The language of texts and names in the results (`lang`, else English, by default). */
  reader?: string;
  /** The language of concept names, when it is not the reader's. */
  terms?: string;
}

export interface ConceptOptions extends ReaderOptions {
  /** A release (`1.0.0`): the concept exactly as that release published it. The current release by default. */
  release?: string;
}

export interface CompareLanguagesOptions extends ReaderOptions {
  /** The languages to show (BCP 47 tags); every language by default. */
  langs?: string[];
}

export interface CheckOptions {
  /** Check every paragraph in this language instead of detecting it. */
  lang?: string;
  /** Leave out findings at level `info` (instrument titles, quoted legal terms). */
  noInfo?: boolean;
  /** Report a legal term quoted next to its instrument as a term to avoid like any other. */
  strict?: boolean;
  /** How to read the text: plain text (the default) or Markdown (code, link addresses and HTML skipped; spans still index the source). */
  format?: "text" | "markdown";
}

/**
 * Ranked search over every current term and abbreviation, in any language and script: case,
 * accents, Arabic letter variants, width forms and small typos are forgiven. An empty query has
 * no hits.
 *
 * @example
 * search("child pornography").hits[0].concept  // "child-sexual-abuse-material"
 */
export function search(query: string, options?: SearchOptions): SearchResults;

/**
 * A concept by id, as a reader sees it: terms in every language grouped by status, definitions,
 * guidance, provisions, relations and history. Throws `unknown-concept` for an unknown id.
 */
export function concept(id: string, options?: ConceptOptions): ConceptPage;

/**
 * The concepts a term (or an id) leads to, with the term it was reached by in `matched`.
 * Throws `unknown-concept` when nothing has that id or term.
 */
export function lookup(term: string, options?: ConceptOptions): ConceptPage[];

/** Concepts side by side in one language (`lang`, English by default). */
export function compareConcepts(ids: string[], options?: ReaderOptions): SideBySide;

/** One concept across languages: one column per language, all four status groups in each. */
export function compareLanguages(id: string, options?: CompareLanguagesOptions): AcrossLanguages;

/** One concept across instruments, element by element: the element matrix. */
export function compareInstruments(id: string, options?: ReaderOptions): ElementMatrix;

/**
 * Checks plain text or Markdown: each term the glossary advises against, with what to use instead, why and
 * the citations behind it. `span.start_utf16` and `span.end_utf16` index the JavaScript string.
 */
export function check(text: string, options?: CheckOptions): Finding[];

/** The glossary's releases, newest first. */
export function releases(options?: ReaderOptions): ReleaseList;

/** The current release of the glossary included in the package. */
export function release(options?: ReaderOptions): ReleaseView;

// The views: the serde form of the core's types (one interface per Rust struct, same names).
/** A concept as a reader sees it, in one release. */
export interface ConceptPage {
  /** The release it first appeared in. */
  added: Version;
  /** The category it is browsed under. */
  category: Category;
  /** True when there is no definition in the reader's language (the first one shown is then a fallback). */
  definition_fallback: boolean;
  /** Definitions in the project's own words: the reader's language first, then English, then the UN order, then the others. */
  definitions: DefinitionView[];
  /** What the guidelines say. */
  guidance: GuidanceView[];
  /** Its revision history up to the release shown, oldest first. */
  history: RevisionView[];
  /** The concept's id (its permanent address). */
  id: string;
  /** Terms per language: the reader's language of terms first, then the six UN languages (each one listed, even without a term), then any other language the concept has. */
  languages: LanguageTerms[];
  /** The term the reader came from, when it is not the name (a term to avoid, say). */
  matched: TermView | null;
  /** Its name in the reader's language of terms (with the fallback marked). */
  name: LangText;
  /** True when a release was asked for (a pinned view), false for the current release. */
  pinned: boolean;
  /** The provisions that define or criminalise it. */
  provisions: CitedProvision[];
  /** Related concepts by kind: replaced by, broader, narrower, related. */
  relations: RelationGroup[];
  /** The release it is shown as of. */
  release: ReleaseRef;
  /** The release it was withdrawn in, if any. */
  removed: Version | null;
}

/** The results of a search. */
export interface SearchResults {
  /** The hits, best first. */
  hits: HitView[];
  /** Only terms in this language, if one was asked. */
  lang: string | null;
  /** True when the hits are one per concept (the best-ranked term of each). */
  per_concept: boolean;
  /** What was searched for. */
  query: string;
}

/** Concepts side by side, in one language. */
export interface SideBySide {
  /** One column per concept, in the order asked. */
  columns: ConceptColumn[];
  /** The language of the comparison. */
  lang: string;
}

/** One concept across languages: the columns a translator picks. */
export interface AcrossLanguages {
  /** Every language the concept could be shown in, in display order (for a language picker): the six UN languages, then the others it has terms in. */
  available: string[];
  /** One column per language shown, in display order. */
  columns: LanguageColumn[];
  /** The concept. */
  concept: ConceptLink;
}

/** One concept's definitions across instruments, element by element. */
export interface ElementMatrix {
  /** Every instrument in play, in order of adoption, shown or not: what a picker offers. */
  choices: InstrumentChoice[];
  /** True when the columns are the instruments asked by id rather than the default. */
  chosen: boolean;
  /** Instruments that define, criminalise or name the concept, or answer one of its elements, in order of adoption. */
  columns: InstrumentColumn[];
  /** The concept. */
  concept: ConceptLink;
  /** The short names of the columns empty all the way down that are hidden, in order of adoption (none when instruments are asked by id or empty columns are asked for). */
  hidden_empty: string[];
  /** One row per element, in the order of `elements.toml`. */
  rows: MatrixRow[];
}

/** An instrument a reader may show or hide in an element matrix (for a picker). */
export interface InstrumentChoice {
  /** Its date of adoption. */
  adopted: GlossaryDate;
  /** Whether its column would be empty all the way down (see `InstrumentColumn.empty`). */
  empty: boolean;
  /** The instrument's id. */
  instrument: string;
  /** Its short name in the reader's language. */
  short_name: string;
  /** Whether the matrix shows it. */
  shown: boolean;
}

/** The releases, newest first. */
export interface ReleaseList {
  /** The releases, newest first. */
  releases: ReleaseView[];
}

/** One finding. */
export interface Finding {
  /** The sources behind the finding. */
  citations: FindingCitation[];
  /** The concept's id. */
  concept: string | null;
  /** The inflected form that matched, when it was not the term itself. */
  form: string | null;
  /** The text as written (the original bytes of the span). */
  found: string;
  /** What to use instead, in the same language. */
  instead: string | null;
  /** The concept of `instead` when it is not `concept`. */
  instead_concept: string | null;
  /** For an instrument title or a quoted legal term: the instrument. */
  instrument: string | null;
  /** What it is. */
  kind: FindingKind;
  /** The language of the term found (BCP 47). */
  lang: string;
  /** How serious it is. */
  level: Level;
  /** In which part of a document (paragraph of a `.docx`, unit of an XLIFF file), if any. */
  location: Location | null;
  /** One sentence for people. */
  message: string;
  /** Where it is. */
  span: TextSpan;
  /** The term's status in the glossary (`avoid`, `use-with-caution`, …). */
  status: string | null;
  /** The glossary term found (its base form when an inflected form matched). */
  term: string;
  /** Why, in the project's words. */
  why: string | null;
}

/** A semantic version MAJOR.MINOR.PATCH of the glossary's data. */
export type Version = string;

/** The categories concepts are browsed by. */
export type Category = "people" | "umbrella" | "sale-and-trafficking" | "prostitution" | "travel-and-tourism" | "material" | "online-conduct" | "offence-elements" | "ict" | "legal-framework" | "institution";

/** A definition in the project's own words (never the instrument's text), with its source. */
export interface DefinitionView {
  /** The provision or document it rests on. */
  source: CitationView;
  /** The definition. */
  text: LangText;
}

/** What a guideline says about the concept or one of its terms. */
export interface GuidanceView {
  /** The advice. */
  advice: Advice;
  /** Where the guideline says it. */
  cite: CitationView;
  /** The guideline's id. */
  guideline: string;
  /** Its short name in the reader's language. */
  guideline_name: string;
  /** The reason, in the project's words, in the reader's language (or a fallback). */
  reason: LangText | null;
  /** The term it is about, if one. */
  term: LangText | null;
}

/** One entry of a concept's history. */
export interface RevisionView {
  /** The release in which it changed. */
  release: Version;
  /** What changed (written in English). */
  summary: LangText;
}

/** A concept's terms in one language, grouped by status. */
export interface LanguageTerms {
  /** Its writing direction. */
  dir: Dir;
  /** Non-empty groups, preferred first, terms to avoid last; empty when the concept has no term in this language yet. */
  groups: StatusGroup[];
  /** The language. */
  lang: string;
  /** Whether it is one of the six UN languages. */
  un_language: boolean;
}

/** A term as a face shows it. */
export interface TermView {
  /** Its abbreviation (`CSAM`). */
  abbreviation: string | null;
  /** Its writing direction. */
  dir: Dir;
  /** Part of speech and gender. */
  grammar: Grammar;
  /** For a term to avoid: what to say instead. */
  instead: Replacement | null;
  /** Its language. */
  lang: string;
  /** The instruments whose authentic text uses exactly this term (a drafter quotes it when citing them), each with the provision. */
  legal_term_of: CitationView[];
  /** A usage note, in the language it is written in. */
  note: LangText | null;
  /** How to use it. */
  status: Status;
  /** The term. */
  text: string;
  /** For a term to avoid or to use with caution: why, in the language it is written in. */
  why: LangText | null;
}

/** A text in one language, with its direction and whether it is shown in place of the language asked for (the face says so visibly when `fallback` is true). */
export interface LangText {
  /** Its writing direction. */
  dir: Dir;
  /** True when the language asked for had no text and this one is shown instead. */
  fallback: boolean;
  /** Its BCP 47 language tag. */
  lang: string;
  /** The text. */
  text: string;
}

/** A provision the concept cites, with what it does. */
export interface CitedProvision {
  /** The citation. */
  cite: CitationView;
  /** What the provision does, when the instrument lists it. */
  kind: ProvisionKind | null;
  /** What it defines or criminalises, in the project's words. */
  summary: LangText | null;
}

/** Related concepts of one kind. */
export interface RelationGroup {
  /** The concepts, in the order of the source. */
  concepts: ConceptLink[];
  /** The kind of relation. */
  kind: RelationKind;
}

/** A release as a view names it. */
export interface ReleaseRef {
  /** The day it was published (`YYYY-MM-DD`, or less where unknown). */
  date: GlossaryDate;
  /** Its semantic version. */
  version: Version;
}

/** One search result. */
export interface HitView {
  /** Its category. */
  category: Category;
  /** The concept's id. */
  concept: string;
  /** The edit distance of a fuzzy match; 0 otherwise. */
  distance: number;
  /** Why it matched. */
  kind: Match;
  /** The concept's name in the reader's language of terms (fallback marked), when it is worth a line: not the term that matched and not the replacement already shown. */
  preferred: LangText | null;
  /** The term that matched, with its status and, for a term to avoid, what to use instead. */
  term: TermView;
}

/** One concept's column in a side-by-side comparison. */
export interface ConceptColumn {
  /** Its category. */
  category: Category;
  /** The provisions it cites. */
  citations: CitationView[];
  /** The concept, named in the language of the comparison (fallback marked). */
  concept: ConceptLink;
  /** Its definition in that language (fallback marked). */
  definition: DefinitionView | null;
  /** Its terms in that language that are an instrument's legal term, with the instruments. */
  legal_terms: TermView[];
  /** Its other current terms in that language: admitted first, terms to avoid last. */
  other_terms: TermView[];
  /** Its preferred term in the language of the comparison (fallback marked). */
  preferred: TermView | null;
  /** True when `preferred` is in another language than the one asked. */
  preferred_fallback: boolean;
  /** Broader, narrower and related concepts (only the kinds it has). */
  relations: RelationGroup[];
}

/** One language's column for a concept. */
export interface LanguageColumn {
  /** The definition in this language (fallback marked). */
  definition: DefinitionView | null;
  /** Its writing direction. */
  dir: Dir;
  /** One group per status, always all four in order (preferred … avoid), so that the columns line up as table rows; a group may be empty. */
  groups: StatusGroup[];
  /** The language tag. */
  lang: string;
  /** The terms in this language that are an instrument's legal term. */
  legal_terms: TermView[];
  /** Whether it is one of the six UN languages. */
  un_language: boolean;
}

/** A concept, linked by id and named in the reader's language of terms. */
export interface ConceptLink {
  /** The concept's id (its permanent address). */
  id: string;
  /** Its name: the preferred term in the language asked, else in English, else its first preferred term (marked as a fallback); its id when it has no term at all. */
  name: LangText;
}

/** One instrument's column in an element matrix. */
export interface InstrumentColumn {
  /** Its date of adoption. */
  adopted: GlossaryDate;
  /** How many of the matrix's rows this instrument answers. */
  answered: number;
  /** Every provision this column cites (defining provisions, legal terms, answers), as a drafter cites it (`OPSC art. 2(c)`), once each, in the order they appear in the column. */
  cited: string[];
  /** The provisions of this instrument that the concept cites and that define it. */
  definitions: DefiningProvision[];
  /** True when the column is empty all the way down: no defining provision, no legal term (in the language asked or in English) and no answer. */
  empty: boolean;
  /** The instrument's id. */
  instrument: string;
  /** What kind of document it is. */
  kind: InstrumentKind;
  /** This instrument's legal terms for the concept in the reader's language of terms, or in English when it has none there (see `legal_terms_fallback`). */
  legal_terms: TermView[];
  /** True when `legal_terms` are English ones shown for want of the language asked. */
  legal_terms_fallback: boolean;
  /** Its short name in the reader's language. */
  short_name: string;
}

/** One element's row: one cell per column (`null`: no answer recorded). */
export interface MatrixRow {
  /** Cells aligned with `ElementMatrix.columns`. */
  cells: (CellView | null)[];
  /** The element's id. */
  element: string;
  /** Its label in the reader's language (fallback marked). */
  label: LangText;
  /** The question a drafter asks of each instrument (fallback marked). */
  question: LangText | null;
}

/** One release and what it did. */
export interface ReleaseView {
  /** Concepts that first appeared in it. */
  added: ConceptLink[];
  /** Concepts that existed before and changed in it (they have a history entry for it). */
  changed: ConceptLink[];
  /** How many concepts the glossary had in this release. */
  concepts: number;
  /** Whether it is the current release. */
  current: boolean;
  /** The day it was published. */
  date: GlossaryDate;
  /** What changed, for people (written in English). */
  notes: LangText;
  /** Concepts withdrawn in it. */
  removed: ConceptLink[];
  /** Its version. */
  version: Version;
}

/** A source behind a finding: the guideline that advises against the term, or the instrument whose legal term it is. */
export interface FindingCitation {
  /** What the guideline advises (`avoid`, `use-with-caution`, `use`), for a guideline. */
  advice: string | null;
  /** The instrument's id (`luxembourg-guidelines-2016`, `opsc`). */
  instrument: string;
  /** Its short name in the finding's language (or English). */
  name: string;
  /** A pinpoint within it. */
  pinpoint: string | null;
  /** The provision, section or paragraph, if known. */
  provision: string | null;
  /** The guideline's reason in the project's words, in the finding's language or English. */
  reason: string | null;
  /** Whether the project has checked this citation against the instrument's text. */
  verified: boolean;
}

/** What was found. */
export type FindingKind = "term" | "instrument-title" | "quoted-legal-term" | "missing-equivalent";

/** How serious a finding is. */
export type Level = "info" | "caution" | "avoid";

/** Where in a document a block is. */
export interface Location {
  /** The paragraph's number in its part, from 1, for `.docx`. */
  paragraph: number | null;
  /** The part of the package (`word/document.xml`, `word/footnotes.xml`), for `.docx`. */
  part: string | null;
  /** The segment's id within the unit (XLIFF 2.0), if it has one. */
  segment: string | null;
  /** The translation unit's id, for XLIFF. */
  unit: string | null;
}

/** Where a finding is: byte and UTF-16 offsets, line and column.  Offsets are in the text the finding was found in: the file as given for plain text, Markdown and XLIFF; the paragraph's text for `.docx` (its `Location` says which paragraph). */
export interface TextSpan {
  /** Column of the start, from 1, in characters (Unicode scalar values). */
  column: number;
  /** Byte offset after the last byte. */
  end: number;
  /** Offset after the last UTF-16 code unit. */
  end_utf16: number;
  /** Line of the start, from 1. */
  line: number;
  /** Byte offset of the first byte. */
  start: number;
  /** Offset of the first UTF-16 code unit (JavaScript's string index). */
  start_utf16: number;
}

/** A citation as a reader sees it: the instrument's short name and the provision, as a drafter writes it, with where to read it and whether it was checked. */
export interface CitationView {
  /** The id of the provision on its instrument's page, when the instrument lists it. */
  anchor: string | null;
  /** The citation as a drafter writes it: `OPSC art. 2(c)`. */
  display: string;
  /** What the check rests on, or why it could not be made. */
  evidence: string | null;
  /** The instrument's id. */
  instrument: string;
  /** The instrument's short name in the reader's language (`OPSC`). */
  instrument_name: string;
  /** The same URL when a face may render it as a link: `https:` to a publisher of official texts; `null` otherwise (then show `official_url` as text). */
  official_link: string | null;
  /** The instrument's official URL, if any, as the data gives it: show it as text. */
  official_url: string | null;
  /** Whether that link was seen serving the instrument. */
  official_url_verified: boolean;
  /** The part of the provision that matters here. */
  pinpoint: string | null;
  /** The provision's path (`art. 2(c)`), when known. */
  provision: string | null;
  /** Whether the cited content was read in the instrument's text. */
  verified: boolean;
}

/** What a guideline advises about a term. */
export type Advice = "use" | "use-with-caution" | "avoid";

/** Writing direction of a language. */
export type Dir = "ltr" | "rtl";

/** The terms of one status. */
export interface StatusGroup {
  /** The status. */
  status: Status;
  /** The terms, in the order of the source. */
  terms: TermView[];
}

/** Grammatical notes on a term. */
export interface Grammar {
  /** Gender, where the language has it. */
  gender: Gender | null;
  /** Part of speech. */
  pos: PartOfSpeech | null;
}

/** What to use instead of a term to avoid, resolved to the term it names. */
export interface Replacement {
  /** The concept it designates. */
  concept: string;
  /** True when that concept is another one than the avoided term's. */
  other_concept: boolean;
  /** The replacement's status in its concept, when the glossary has that term. */
  status: Status | null;
  /** The term to use, in the avoided term's language. */
  text: LangText;
}

/** How a term is to be used. */
export type Status = "preferred" | "admitted" | "use-with-caution" | "avoid";

/** What a `Provision` does. */
export type ProvisionKind = "defines" | "criminalises" | "obliges" | "recommends" | "other";

/** A concept-system relation. */
export type RelationKind = "broader" | "narrower" | "related" | "replaced-by";

/** A date YYYY-MM-DD, or YYYY-MM or YYYY where only that is known. */
export type GlossaryDate = string;

/** Why a term matched a query, best first. */
export type Match = "exact" | "prefix" | "word-prefix" | "fuzzy" | "substring" | "within";

/** A provision of an instrument that defines the concept. */
export interface DefiningProvision {
  /** Its element id on the instrument's page. */
  anchor: string;
  /** As a drafter cites it (`OPSC art. 2(c)`). */
  display: string;
  /** Its path (`art. 2(c)`). */
  path: string;
}

/** What kind of document an `Instrument` is. */
export type InstrumentKind = "treaty" | "protocol" | "directive" | "proposal" | "guideline" | "resolution";

/** One cell of the element matrix: an instrument's answer, with its citation. */
export interface CellView {
  /** The provision that gives the answer. */
  cite: CitationView;
  /** The answer in words (the project's), in the reader's language (fallback marked). */
  detail: LangText | null;
  /** The answer. */
  value: CellValue;
}

/** Grammatical gender. */
export type Gender = "masculine" | "feminine" | "neuter" | "common";

/** Part of speech. */
export type PartOfSpeech = "noun" | "verb" | "adjective" | "phrase";

/** How an instrument answers an element's question. */
export type CellValue = "yes" | "no" | "optional" | "partly" | "not-addressed";
