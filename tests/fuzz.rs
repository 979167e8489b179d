//! The bodies of the fuzz targets in `fuzz/` (cargo-fuzz, libFuzzer), kept here so that the seed
//! corpora in `fuzz/corpus/<target>/` and every crash ever found are replayed by `cargo test`
//! (see `tests/fuzz_seeds.rs`) through exactly the function the fuzzer calls, with no nightly.
//!
//! Each function takes the fuzzer's bytes, never panics on its own account and asserts the
//! properties that must hold whatever the input: a panic here (or in the library) is a bug.
//!
//! ```
//! luxterm_tests::fuzz::search(b"pedopornographie");
//! luxterm_tests::fuzz::compact(b"LXTG not quite a glossary");
//! luxterm_tests::fuzz::load(b"\0id = \"x\"\n");
//! luxterm_tests::fuzz::check(b"child pornography");
//! luxterm_tests::fuzz::docx(b"PK not quite a zip");
//! luxterm_tests::fuzz::xliff(b"<xliff version=\"2.0\"/>");
//! luxterm_tests::fuzz::import(b"<tbx type=\"TBX-Basic\"/>");
//! luxterm_tests::fuzz::index(b"LXTI not quite a search index");
//! ```

// A fuzz target reports a broken property by panicking: that is how libFuzzer sees a bug.
#![allow(clippy::panic)]

use arbitrary::{Arbitrary, Unstructured};
use luxterm::{Glossary, SearchOptions, compact};

/// The names of the fuzz targets, which are also the folders of their seed corpora.
pub const TARGETS: [&str; 8] = [
    "load", "compact", "search", "check", "docx", "xliff", "import", "index",
];

/// Runs the fuzz target `name` on `data`; `false` for an unknown target.
pub fn run(name: &str, data: &[u8]) -> bool {
    match name {
        "load" => load(data),
        "compact" => compact(data),
        "search" => search(data),
        "check" => check(data),
        "docx" => docx(data),
        "xliff" => xliff(data),
        "import" => import(data),
        "index" => index(data),
        _ => return false,
    }
    true
}

/// Real glossary sources the loader target starts from: a consistent small glossary (the `valid`
/// test fixture) and a few files of the real one.
const FRAGMENTS: [(&str, &str); 9] = [
    (
        "releases.toml",
        include_str!("fixtures/valid/releases.toml"),
    ),
    (
        "elements.toml",
        include_str!("fixtures/valid/elements.toml"),
    ),
    (
        "concepts/child-sexual-abuse-material.toml",
        include_str!("fixtures/valid/concepts/child-sexual-abuse-material.toml"),
    ),
    (
        "concepts/sexual-exploitation-of-children.toml",
        include_str!("fixtures/valid/concepts/sexual-exploitation-of-children.toml"),
    ),
    (
        "instruments/opsc.toml",
        include_str!("fixtures/valid/instruments/opsc.toml"),
    ),
    (
        "instruments/guidelines.toml",
        include_str!("fixtures/valid/instruments/guidelines.toml"),
    ),
    (
        "instruments/hrc-res-34-16.toml",
        include_str!("../glossary/instruments/hrc-res-34-16.toml"),
    ),
    (
        "concepts/attempt.toml",
        include_str!("../glossary/concepts/attempt.toml"),
    ),
    ("elements.toml", include_str!("../glossary/elements.toml")),
];

/// Pieces of TOML and of the glossary format that the fuzzer can insert, so that mutations stay
/// close to what contributors write.
const TOKENS: [&str; 28] = [
    "\n",
    "=",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "[",
    "]",
    "[[term]]",
    "[[definition]]",
    "[[relation]]",
    "[[history]]",
    "[[citation]]",
    "{",
    "}",
    ",",
    "#",
    "\\u0301",
    "\\",
    "id = ",
    "lang = ",
    "text = ",
    "status = \"avoid\"",
    "instead = ",
    "release = \"0.2.0\"",
    "path = \"art. 2(c)\"",
    "e\u{301}",
    "\u{202e}",
];

/// One edit of a source file.
#[derive(Arbitrary, Debug)]
enum Edit {
    /// Insert a TOML token at a byte offset (rounded down to a character boundary).
    Token { at: u16, token: u8 },
    /// Insert arbitrary text.
    Text { at: u16, text: String },
    /// Delete a run of bytes.
    Delete { at: u16, len: u8 },
    /// Copy a run of the file elsewhere in it (duplicate tables, keys, terms).
    Copy { from: u16, len: u16, to: u16 },
}

/// Where a file's text comes from.
#[derive(Arbitrary, Debug)]
enum Base {
    /// A real source file.
    Fragment(u8),
    /// An empty file.
    Empty,
    /// Arbitrary text.
    Text(String),
}

/// What a file is called.
#[derive(Arbitrary, Debug)]
enum Name {
    /// The fragment's own name.
    Own,
    /// Another fragment's name (a concept in an instrument's place, a duplicate …).
    Other(u8),
    /// Any name at all.
    Any(String),
}

/// A file to add to the set.
#[derive(Arbitrary, Debug)]
struct SourceFile {
    name: Name,
    base: Base,
    edits: Vec<Edit>,
}

/// The largest byte index `<= at` that is a character boundary of `s`.
fn floor(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &mut String, edit: &Edit) {
    match edit {
        Edit::Token { at, token } => {
            let token = TOKENS
                .get(usize::from(*token) % TOKENS.len())
                .copied()
                .unwrap_or("\n");
            let at = floor(text, usize::from(*at));
            text.insert_str(at, token);
        }
        Edit::Text { at, text: t } => {
            let at = floor(text, usize::from(*at));
            text.insert_str(at, t);
        }
        Edit::Delete { at, len } => {
            let start = floor(text, usize::from(*at));
            let end = floor(text, start + usize::from(*len));
            text.replace_range(start..end, "");
        }
        Edit::Copy { from, len, to } => {
            let start = floor(text, usize::from(*from));
            let end = floor(text, start + usize::from(*len));
            let piece = text.get(start..end).unwrap_or_default().to_owned();
            let to = floor(text, usize::from(*to));
            text.insert_str(to, &piece);
        }
    }
}

fn fragment(i: u8) -> (&'static str, &'static str) {
    FRAGMENTS
        .get(usize::from(i) % FRAGMENTS.len())
        .copied()
        .unwrap_or(("releases.toml", ""))
}

/// The file set a loader input stands for: `(path, text)` pairs for
/// [`luxterm_data::load_sources`].
///
/// ```
/// // An odd first byte starts from the whole `valid` fixture (six files); a NUL ends the
/// // structured part, and what follows is one more file, raw (here a concept file; a file of
/// // the same name would be replaced).
/// let files = luxterm_tests::fuzz::sources(b"\x01\x04\0id = \"x\"\n");
/// assert_eq!(files.len(), 7);
/// assert_eq!(files[6], ("concepts/x.toml".to_owned(), "id = \"x\"\n".to_owned()));
/// assert!(luxterm_data::load_sources("fuzz", &files[..6]).is_ok());
/// ```
pub fn sources(data: &[u8]) -> Vec<(String, String)> {
    let (head, raw) = match data.iter().position(|&b| b == 0) {
        Some(nul) => (data.get(..nul).unwrap_or_default(), data.get(nul + 1..)),
        None => (data, None),
    };
    // Before the NUL: a flags byte (bit 0: start from the whole consistent `valid` fixture), the
    // folder of the raw file (modulo 4: 0 concepts, 1 instruments, 2 `releases.toml`, 3
    // `elements.toml`; 4 for concepts, since a NUL would end the header),
    // then the files to add, structured (`arbitrary`).
    let flags = head.first().copied().unwrap_or(0);
    let raw_kind = head.get(1).copied().unwrap_or(0);
    let structured = head.get(2..).unwrap_or_default();
    let added =
        Vec::<SourceFile>::arbitrary_take_rest(Unstructured::new(structured)).unwrap_or_default();
    let mut files = Vec::new();
    if flags & 1 == 1 {
        files.extend(
            FRAGMENTS
                .iter()
                .take(6)
                .map(|(n, t)| ((*n).to_owned(), (*t).to_owned())),
        );
    }
    for (i, file) in added.iter().take(12).enumerate() {
        let i = u8::try_from(i).unwrap_or(0);
        let (own, mut text) = match &file.base {
            Base::Fragment(f) => {
                let (n, t) = fragment(*f);
                (n.to_owned(), t.to_owned())
            }
            Base::Empty => (fragment(i).0.to_owned(), String::new()),
            Base::Text(t) => (fragment(i).0.to_owned(), t.clone()),
        };
        for edit in file.edits.iter().take(32) {
            apply(&mut text, edit);
        }
        let name = match &file.name {
            Name::Own => own,
            Name::Other(f) => fragment(*f).0.to_owned(),
            Name::Any(s) => s.clone(),
        };
        files.push((name, text));
    }
    if let Some(raw) = raw {
        let text = String::from_utf8_lossy(raw).into_owned();
        let id = text
            .lines()
            .find_map(|l| l.strip_prefix("id = \"")?.split('"').next())
            .unwrap_or("x")
            .to_owned();
        let name = match raw_kind % 4 {
            0 => format!("concepts/{id}.toml"),
            1 => format!("instruments/{id}.toml"),
            2 => "releases.toml".to_owned(),
            _ => "elements.toml".to_owned(),
        };
        // A file of the same name is replaced: a real file mutated inside a consistent glossary.
        match files.iter_mut().find(|(n, _)| *n == name) {
            Some(existing) => existing.1 = text,
            None => files.push((name, text)),
        }
    }
    files
}

/// The loader target: [`luxterm_data::load_sources`] over a set of real glossary fragments, named
/// and mutated as the input says. Loading either succeeds, and then the glossary survives the
/// compact round trip, or fails with diagnostics that each name one of the files and a place
/// inside it, and render.
pub fn load(data: &[u8]) {
    let files = sources(data);
    match luxterm_data::load_sources("fuzz", &files) {
        Ok(glossary) => {
            let bytes = compact::encode(&glossary, compact::Part::Whole);
            let back = bytes.as_deref().map(compact::decode);
            match back {
                Ok(Ok((_, back))) => assert!(
                    back.concepts == glossary.concepts
                        && back.instruments == glossary.instruments
                        && back.releases == glossary.releases,
                    "compact round trip changed a loaded glossary"
                ),
                other => panic!("a loaded glossary does not round-trip: {other:?}"),
            }
        }
        Err(error) => {
            assert!(
                !error.diagnostics.is_empty(),
                "an error without diagnostics"
            );
            for d in &error.diagnostics {
                // Files may share a name (the fuzzer makes duplicates): the span must lie inside
                // one of the files the diagnostic names.
                let mut named = files
                    .iter()
                    .filter(|(name, _)| d.file == format!("fuzz/{name}"))
                    .peekable();
                if named.peek().is_some() {
                    assert!(
                        named.any(|(_, src)| d.span.start <= d.span.end && d.span.end <= src.len()),
                        "diagnostic span {:?} outside {}",
                        d.span,
                        d.file
                    );
                }
                let _ = d.render(false);
            }
        }
    }
}

/// The compact decoder target: [`Glossary::from_compact`] on the bytes as they are (first byte
/// even), or with a header made valid for them (first byte odd: then the fingerprint check
/// passes and the postcard payload itself is fuzzed). A glossary that decodes is then used: its
/// concepts looked up, searched and re-encoded.
pub fn compact(data: &[u8]) {
    let bytes = match data.split_first() {
        Some((mode, rest)) if mode % 2 == 1 => {
            let mut b = Vec::with_capacity(compact::HEADER_LEN + rest.len());
            b.extend_from_slice(&compact::MAGIC);
            b.extend_from_slice(&compact::FORMAT.to_le_bytes());
            b.push(if mode & 2 == 0 { 0 } else { 1 });
            b.push(0);
            b.extend_from_slice(&compact::fingerprint(rest).to_le_bytes());
            b.extend_from_slice(rest);
            b
        }
        _ => data.to_vec(),
    };
    let Ok(glossary) = Glossary::from_compact(&bytes) else {
        return;
    };
    for concept in glossary.concepts().iter().take(8) {
        let _ = glossary.concept(&concept.id);
        for term in concept.terms.iter().take(4) {
            let _ = glossary.find_by_term(&term.text);
            let _ = glossary.search(&term.text, &SearchOptions::default());
        }
    }
    let _ = glossary.categories();
    let _ = glossary.current_release();
    assert!(
        glossary.to_compact(compact::Part::Whole).is_ok(),
        "a decoded glossary cannot be encoded again"
    );
}

/// A piece of a search query.
#[derive(Arbitrary, Debug)]
enum Piece {
    /// A real term of the embedded glossary, by index.
    Term(u16),
    /// Part of a real term: its first `len` characters.
    Prefix(u16, u8),
    /// Any text.
    Text(String),
    /// One character.
    Char(char),
}

#[derive(Arbitrary, Debug)]
enum Lang {
    All,
    Known(u8),
    Any(String),
}

#[derive(Arbitrary, Debug)]
struct Query {
    pieces: Vec<Piece>,
    lang: Lang,
    limit: u16,
}

const LANGS: [&str; 8] = ["en", "fr", "es", "ar", "ru", "zh", "zh-Hans", "EN"];

impl Query {
    /// The text the query's pieces make, with `words` as the real terms they pick from (at most
    /// `max` pieces).
    fn text(&self, words: &[&str], max: usize) -> String {
        let word = |i: u16| {
            words
                .get(usize::from(i) % words.len().max(1))
                .copied()
                .unwrap_or_default()
        };
        let mut text = String::new();
        for piece in self.pieces.iter().take(max) {
            match piece {
                Piece::Term(i) => text.push_str(word(*i)),
                Piece::Prefix(i, len) => text.extend(word(*i).chars().take(usize::from(*len))),
                Piece::Text(s) => text.push_str(s),
                Piece::Char(c) => text.push(*c),
            }
        }
        text
    }

    /// The language the query asks for, if any.
    fn lang(&self) -> Option<String> {
        match &self.lang {
            Lang::All => None,
            Lang::Known(i) => LANGS
                .get(usize::from(*i) % LANGS.len())
                .map(|s| (*s).to_owned()),
            Lang::Any(s) => Some(s.clone()),
        }
    }
}

/// The search target: [`Glossary::search`] (and the exact look-ups) on the embedded glossary,
/// with a query built of real terms, parts of them and arbitrary text, in any or no language and
/// with any limit. Every hit is a current term of the glossary, in the language asked for, and no
/// more hits come back than the limit.
pub fn search(data: &[u8]) {
    let glossary = Glossary::embedded();
    let Ok(query) = Query::arbitrary_take_rest(Unstructured::new(data)) else {
        let text = String::from_utf8_lossy(data);
        let hits = glossary.search(&text, &SearchOptions::default());
        assert!(hits.len() <= SearchOptions::default().limit);
        return;
    };
    let terms: Vec<&str> = glossary
        .concepts()
        .iter()
        .flat_map(|c| c.terms.iter().map(|t| &*t.text))
        .collect();
    let text = query.text(&terms, 16);
    let lang = query.lang();
    let opts = SearchOptions {
        lang: lang.clone(),
        limit: usize::from(query.limit),
    };
    let hits = glossary.search(&text, &opts);
    assert!(hits.len() <= opts.limit, "more hits than the limit");
    for hit in &hits {
        assert!(
            hit.term.span.until.is_none(),
            "a withdrawn term was found: {:?}",
            hit.term.text
        );
        if let Some(lang) = &lang {
            let tag = hit.term.lang.to_ascii_lowercase();
            let want = lang.to_ascii_lowercase();
            assert!(
                tag == want || tag.starts_with(&format!("{want}-")),
                "a {tag} term for lang {lang}"
            );
        }
    }
    let _ = glossary.find_by_term(&text);
    let _ = glossary.resolve(&text);
}

/// Asserts what must hold of every finding in `text`: the span lies on character boundaries
/// inside it, `found` is its bytes, and the UTF-16 offsets, line and column say the same place.
/// Checks that every finding's span is exact in `text`: in bounds, on character boundaries, its
/// `found` the span's text, and its UTF-16 offsets, line and column those of the text. One pass
/// over the text, the findings in the order of their starts, so that a text with thousands of
/// findings costs its length and not its length times the findings (the oracle itself must not
/// be what times out).
fn assert_spans<'a>(text: &str, findings: impl IntoIterator<Item = &'a luxterm::check::Finding>) {
    let mut findings: Vec<&luxterm::check::Finding> = findings.into_iter().collect();
    findings.sort_by_key(|f| f.span.start);
    // Where the walk is: byte offset, UTF-16 offset, line and column (in characters, from 1).
    let (mut at, mut utf16, mut line, mut column) = (0, 0, 1, 1);
    for finding in findings {
        let span = finding.span;
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "span {span:?} outside a text of {} bytes",
            text.len()
        );
        let (Some(step), Some(found)) = (text.get(at..span.start), text.get(span.start..span.end))
        else {
            panic!("span {span:?} not on character boundaries");
        };
        for c in step.chars() {
            utf16 += c.len_utf16();
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        at = span.start;
        assert_eq!(found, finding.found, "`found` is not the span's text");
        assert_eq!(span.start_utf16, utf16, "UTF-16 start");
        assert_eq!(
            span.end_utf16,
            utf16 + found.encode_utf16().count(),
            "UTF-16 end"
        );
        assert_eq!(span.line, line, "line");
        assert_eq!(span.column, column, "column");
    }
}

/// The text checker target: the embedded glossary's checker on plain text (raw after a first
/// byte 0, else built of real terms
/// and their inflected forms, parts of them and arbitrary text, in any or no language), and on the
/// same text read as Markdown. Every finding's span is exact (bytes, UTF-16, line, column) in
/// the text it points into, and a finding names a concept or an instrument.
pub fn check(data: &[u8]) {
    use luxterm::check::{CheckOptions, input};
    let checker = luxterm::check::embedded();
    let glossary = Glossary::embedded();
    // A first byte 0: the rest is the text itself (the seed sentences); otherwise a built text.
    if let Some((0, raw)) = data.split_first() {
        let text = String::from_utf8_lossy(raw);
        assert_spans(&text, &checker.check(&text, &CheckOptions::default()));
        let doc = input::markdown(&text);
        let source = doc.source.clone().unwrap_or_default();
        assert_spans(
            &source,
            &checker.check_document(&doc, &CheckOptions::default()),
        );
        return;
    }
    let Ok(query) = Query::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    let words: Vec<&str> = glossary
        .concepts()
        .iter()
        .flat_map(|c| c.terms.iter())
        .flat_map(|t| std::iter::once(&*t.text).chain(t.forms.iter().map(|f| &**f)))
        .collect();
    let text = query.text(&words, 32);
    let lang = query.lang();
    let options = CheckOptions {
        lang,
        no_info: query.limit % 2 == 1,
        strict: query.limit % 4 >= 2,
    };
    let findings = checker.check(&text, &options);
    assert_spans(&text, &findings);
    for finding in &findings {
        assert!(
            finding.concept.is_some() || finding.instrument.is_some(),
            "a finding with neither concept nor instrument: {finding:?}"
        );
    }
    let doc = input::markdown(&text);
    let source = doc.source.clone().unwrap_or_default();
    assert_spans(&source, &checker.check_document(&doc, &options));
}

/// The `.docx` target: [`luxterm::check::input::docx`] on the bytes (a package, or what the
/// fuzzer makes of the seed packages), then the checker on what it reads. A package is read or
/// refused with an error; every finding's span is exact in one of the document's paragraphs.
pub fn docx(data: &[u8]) {
    use luxterm::check::input;
    let Ok(doc) = input::docx(data) else {
        return;
    };
    let checker = luxterm::check::embedded();
    let findings = checker.check_document(&doc, &Default::default());
    // Each finding's paragraph, looked for from the last one found: findings come in document
    // order, so the search is linear in all, not paragraphs times findings.
    let blocks = doc.blocks.len();
    let mut per_block: Vec<Vec<&luxterm::check::Finding>> = vec![Vec::new(); blocks];
    let mut from = 0;
    for finding in &findings {
        let block = (0..blocks).map(|k| (from + k) % blocks).find(|&i| {
            doc.blocks.get(i).is_some_and(|b| {
                b.location == finding.location
                    && b.text.get(finding.span.start..finding.span.end) == Some(&*finding.found)
            })
        });
        match block.and_then(|i| per_block.get_mut(i).map(|found| (i, found))) {
            Some((i, found)) => {
                found.push(finding);
                from = i;
            }
            None => panic!("a .docx finding in no paragraph: {finding:?}"),
        }
    }
    for (block, found) in doc.blocks.iter().zip(per_block) {
        assert_spans(&block.text, found);
    }
}

/// The XLIFF target: [`luxterm::check::input::xliff`] (1.2 and 2.0) on the bytes as UTF-8, then
/// the checker with the translation checks. A file is read or refused with an error (DTDs and
/// entities are refused, never expanded); every finding's span is exact in the file's text.
pub fn xliff(data: &[u8]) {
    use luxterm::check::input;
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(doc) = input::xliff(text) else {
        return;
    };
    let checker = luxterm::check::embedded();
    let source = doc.source.clone().unwrap_or_else(|| text.to_owned());
    assert_spans(&source, &checker.check_document(&doc, &Default::default()));
}

/// The folder the import target imports into besides a new one: the `valid` fixture (two
/// concepts, the instruments `opsc` and `guidelines`), so that sources and definitions citing
/// them are imported too, and ids and terms can conflict with the folder's.
/// (The first six [`FRAGMENTS`] are that fixture.)
const IMPORT_INTO: usize = 6;

/// The TBX import target: [`luxterm_data::import::plan_tbx`] (the whole import, in memory; it
/// writes nothing) on the bytes as a TBX file (UTF-8, invalid sequences replaced), once into a
/// new folder and once into the `valid` fixture with a default category. An import either
/// succeeds, and then its files are only `releases.toml` (new folder) and `concepts/<slug>.toml`
/// files the folder did not have, its report counts them, and they load with the real loader
/// (with the folder's own), or fails with diagnostics, each in a file and with a span inside it,
/// that render.
pub fn import(data: &[u8]) {
    use luxterm_data::import::{ImportOptions, Limits, Target, plan_tbx};
    use luxterm_data::model::{Category, Date};
    let text = String::from_utf8_lossy(data);
    let folder: Vec<(String, String)> = FRAGMENTS
        .iter()
        .take(IMPORT_INTO)
        .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
        .collect();
    let date = Date {
        year: 2026,
        month: Some(12),
        day: Some(1),
    };
    // Small limits: TBX needs about ten levels; deeper files reach the refusal sooner.
    let limits = Limits {
        max_depth: 24,
        ..Limits::default()
    };
    let runs = [
        (
            Target::New,
            ImportOptions {
                limits,
                category: None,
                date: Some(date),
            },
        ),
        (
            Target::Existing(folder.clone()),
            ImportOptions {
                limits,
                category: Some(Category::Umbrella),
                date: Some(date),
            },
        ),
    ];
    for (target, options) in &runs {
        let existing: &[(String, String)] = match target {
            Target::New => &[],
            Target::Existing(files) => files,
        };
        match plan_tbx("fuzz.tbx", &text, target, "fuzz", options) {
            Ok(plan) => {
                let concepts = plan
                    .files
                    .iter()
                    .filter(|(path, _)| path.starts_with("concepts/"))
                    .count();
                for (path, _) in &plan.files {
                    let slug = path
                        .strip_prefix("concepts/")
                        .and_then(|p| p.strip_suffix(".toml"));
                    assert!(
                        slug.is_some_and(luxterm_data::is_slug)
                            || (existing.is_empty() && path == "releases.toml"),
                        "the import would write {path:?}"
                    );
                    assert!(
                        existing.iter().all(|(p, _)| p != path),
                        "the import would replace {path}"
                    );
                }
                assert_eq!(plan.report.concepts, concepts, "the report's count");
                let mut all = existing.to_vec();
                all.extend(plan.files.iter().cloned());
                match luxterm_data::load_sources("fuzz", &all) {
                    Ok(glossary) => assert_eq!(
                        glossary.concepts.len(),
                        plan.concepts,
                        "the plan's count of concepts"
                    ),
                    Err(e) => panic!(
                        "an imported folder does not load: {:?}",
                        e.diagnostics.first()
                    ),
                }
            }
            Err(error) => {
                assert!(
                    !error.diagnostics.is_empty(),
                    "an import error without diagnostics"
                );
                for d in &error.diagnostics {
                    assert!(!d.file.is_empty(), "a diagnostic names no file");
                    if d.file == "fuzz.tbx" {
                        assert!(
                            d.span.start <= d.span.end && d.span.end <= text.len(),
                            "diagnostic span {:?} outside a file of {} bytes",
                            d.span,
                            text.len()
                        );
                        assert!(
                            text.is_char_boundary(d.span.start)
                                && text.is_char_boundary(d.span.end),
                            "diagnostic span {:?} not on character boundaries",
                            d.span
                        );
                    }
                    let _ = d.render(false);
                }
                let _ = error.render(false);
            }
        }
    }
}

/// A prebuilt search index from untrusted bytes (`luxterm_text::SearchIndex::from_bytes`, which
/// copies them, and `from_vec`, whose index keeps them and views its arrays in them): both
/// refuse the same bytes with the same error or load the same index, which searches without
/// panicking. Then the same bytes read as entries (text, language, bias): the index built from
/// them, saved and loaded back with `from_vec`, is the same index and answers every query as
/// the built one does.
pub fn index(data: &[u8]) {
    use luxterm_text::{Entry, SearchIndex, SearchOptions as IndexOptions};
    let opts = IndexOptions::default();
    const QUERIES: [&str; 6] = ["child", "pornografie", "色情", "استغلال", "groming", "a"];
    match (
        SearchIndex::from_bytes(data),
        SearchIndex::from_vec(data.to_vec()),
    ) {
        (Ok(copied), Ok(kept)) => {
            assert_eq!(copied.to_bytes(), kept.to_bytes(), "the two loaders differ");
            for q in QUERIES {
                assert_eq!(copied.search(q, &opts), kept.search(q, &opts), "{q:?}");
            }
        }
        (Err(a), Err(b)) => assert_eq!(a, b, "the two loaders refuse for different reasons"),
        (a, b) => panic!(
            "from_bytes gave {:?}, from_vec {:?}",
            a.map(|i| i.len()),
            b.map(|i| i.len())
        ),
    }
    let Ok(entries) = Vec::<(String, u8, u8)>::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    const LANGS: [&str; 6] = ["en", "fr", "zh", "ar", "ru", "es"];
    let built = SearchIndex::build(entries.iter().enumerate().map(|(i, (text, lang, bias))| {
        Entry {
            text,
            lang: LANGS
                .get(usize::from(*lang) % LANGS.len())
                .copied()
                .unwrap_or("en"),
            payload: i as u32,
            bias: *bias,
        }
    }));
    let bytes = built.to_bytes();
    let loaded = SearchIndex::from_vec(bytes.clone())
        .unwrap_or_else(|e| panic!("a saved index was refused: {e}"));
    assert_eq!(loaded.to_bytes(), bytes, "the loaded index differs");
    let mut queries: Vec<String> = QUERIES.iter().map(|q| q.to_string()).collect();
    for (text, _, _) in entries.iter().take(8) {
        queries.push(text.clone());
        queries.push(text.chars().take(3).collect());
    }
    for q in &queries {
        assert_eq!(loaded.search(q, &opts), built.search(q, &opts), "{q:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::assert_spans;
    use luxterm::check::{CheckOptions, Finding};

    /// Astral and two-byte characters before the findings, and findings on two lines.
    const TEXT: &str = "Émile 𝄞 wrote: child porn.\nThen 儿童 — child porn again, and child porn.";

    fn findings() -> Vec<Finding> {
        let found = luxterm::check::embedded().check(TEXT, &CheckOptions::default());
        assert!(
            found.len() >= 3,
            "the checker finds the avoided term: {found:?}"
        );
        found
    }

    #[test]
    fn the_spans_the_checker_reports_pass_in_any_order() {
        let mut found = findings();
        assert_spans(TEXT, &found);
        found.reverse();
        assert_spans(TEXT, &found);
    }

    #[test]
    #[should_panic(expected = "column")]
    fn a_wrong_column_is_caught() {
        let mut found = findings();
        found[2].span.column += 1;
        assert_spans(TEXT, &found);
    }

    #[test]
    #[should_panic(expected = "line")]
    fn a_wrong_line_is_caught() {
        let mut found = findings();
        found[1].span.line = 1;
        assert_spans(TEXT, &found);
    }

    #[test]
    #[should_panic(expected = "UTF-16 start")]
    fn a_wrong_utf16_offset_is_caught() {
        let mut found = findings();
        found[0].span.start_utf16 += 1;
        assert_spans(TEXT, &found);
    }

    #[test]
    #[should_panic(expected = "character boundaries")]
    fn a_span_inside_a_character_is_caught() {
        let mut found = findings();
        found[0].span.start = 1;
        assert_spans(TEXT, &found);
    }
}
