//! Loading and validating glossary sources.
//!
//! Two passes. First every file is parsed on its own into source structs that keep the byte span
//! of every value (`toml::Spanned`); a file that is not valid TOML or does not fit the format gets
//! one diagnostic (the first structural problem: nothing after it can be read reliably). Then all
//! files that parsed are checked together (references, duplicates, cycles, history …) and every
//! problem found is reported. Only a glossary without any problem is returned: nothing half-loads.

use crate::diag::{Code, Diagnostic};
use crate::model::*;
use luxterm_text::normalize::is_nfc;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;
use toml::Spanned;

struct SrcSpan<'a> {
    since: Option<&'a S>,
    until: Option<&'a S>,
}

macro_rules! src_span {
    ($x:expr) => {
        SrcSpan {
            since: $x.since.as_ref(),
            until: $x.until.as_ref(),
        }
    };
}

/// A glossary that could not be loaded, with every problem found.
#[derive(Debug, Clone)]
pub struct LoadError {
    /// The problems, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    /// Renders every diagnostic (see [`Diagnostic::render`]) followed by a summary line.
    pub fn render(&self, color: bool) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            out.push_str(&d.render(color));
            out.push('\n');
        }
        out.push_str(&self.to_string());
        out.push('\n');
        out
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.diagnostics.len();
        write!(
            f,
            "error: the glossary could not be loaded due to {n} problem{}",
            if n == 1 { "" } else { "s" }
        )
    }
}

impl std::error::Error for LoadError {}

/// Reads every glossary file under `dir` (`releases.toml`, `instruments/*.toml`,
/// `concepts/*.toml`) and loads them with [`load_sources`]. File names in diagnostics start with
/// `display` (for example `glossary`).
///
/// ```
/// let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
/// let glossary = luxterm_data::load_dir(&dir, "glossary").unwrap();
/// assert!(glossary.concepts.len() >= 12);
/// ```
pub fn load_dir(dir: &Path, display: &str) -> Result<GlossaryData, LoadError> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let io = |path: &str, e: &dyn fmt::Display, help: &str| {
        Diagnostic::new(
            Code::Io,
            path,
            None,
            0..0,
            format!("cannot read {path}: {e}"),
            "",
            help,
        )
    };
    let releases = dir.join("releases.toml");
    match std::fs::read_to_string(&releases) {
        Ok(text) => files.push(("releases.toml".to_owned(), text)),
        Err(e) => problems.push(io(
            &format!("{display}/releases.toml"),
            &e,
            "a glossary folder holds releases.toml, instruments/ and concepts/; check the path",
        )),
    }
    // Optional: the vocabulary of elements for comparison matrices.
    if let Ok(text) = std::fs::read_to_string(dir.join("elements.toml")) {
        files.push(("elements.toml".to_owned(), text));
    }
    for sub in ["instruments", "concepts"] {
        let path = dir.join(sub);
        let entries = match std::fs::read_dir(&path) {
            Ok(e) => e,
            Err(e) => {
                problems.push(io(
                    &format!("{display}/{sub}"),
                    &e,
                    "a glossary folder holds releases.toml, instruments/ and concepts/; check the path",
                ));
                continue;
            }
        };
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".toml"))
            .collect();
        names.sort();
        for name in names {
            let rel = format!("{sub}/{name}");
            match std::fs::read_to_string(path.join(&name)) {
                Ok(text) => files.push((rel, text)),
                Err(e) => problems.push(io(
                    &format!("{display}/{rel}"),
                    &e,
                    "glossary files must be readable UTF-8 text",
                )),
            }
        }
    }
    match load_sources(display, &files) {
        Ok(g) if problems.is_empty() => Ok(g),
        Ok(_) => Err(LoadError {
            diagnostics: problems,
        }),
        Err(mut e) => {
            problems.append(&mut e.diagnostics);
            Err(LoadError {
                diagnostics: problems,
            })
        }
    }
}

/// Loads a glossary from in-memory sources: `(path relative to the glossary folder, text)` pairs,
/// such as `("concepts/child.toml", "…")`. Does no IO, so it works anywhere (wasm32 included).
///
/// ```
/// let files = vec![(
///     "releases.toml".to_string(),
///     "[[release]]\nversion = \"0.1.0\"\ndate = \"2026-11-28\"\nnotes = \"First.\"\n".to_string(),
/// )];
/// let glossary = luxterm_data::load_sources("glossary", &files).unwrap();
/// assert_eq!(glossary.releases.len(), 1);
/// assert!(glossary.concepts.is_empty());
/// ```
pub fn load_sources(display: &str, files: &[(String, String)]) -> Result<GlossaryData, LoadError> {
    let mut cx = Cx {
        diags: Vec::new(),
        file: String::new(),
        src: Arc::from(""),
    };
    let mut releases: Option<(FileRef, SrcReleases)> = None;
    let mut elements: Option<(FileRef, SrcElements)> = None;
    let mut instruments: Vec<(FileRef, String, SrcInstrument)> = Vec::new();
    let mut concepts: Vec<(FileRef, String, SrcConcept)> = Vec::new();
    // Ids of files that could not be read: references to them are not reported again.
    let mut broken: BTreeSet<String> = BTreeSet::new();
    for (rel, text) in files {
        let file = FileRef {
            name: format!("{display}/{rel}"),
            src: Arc::from(text.as_str()),
        };
        cx.set(&file);
        let stem = rel
            .rsplit('/')
            .next()
            .unwrap_or(rel)
            .trim_end_matches(".toml")
            .to_owned();
        if rel == "releases.toml" {
            if let Some(r) = cx.parse::<SrcReleases>(text) {
                releases = Some((file, r));
            }
        } else if rel == "elements.toml" {
            if let Some(e) = cx.parse::<SrcElements>(text) {
                elements = Some((file, e));
            }
        } else if rel.starts_with("instruments/") {
            match cx.parse::<SrcInstrument>(text) {
                Some(i) => instruments.push((file, stem, i)),
                None => {
                    broken.insert(stem);
                }
            }
        } else if rel.starts_with("concepts/") {
            match cx.parse::<SrcConcept>(text) {
                Some(c) => concepts.push((file, stem, c)),
                None => {
                    broken.insert(stem);
                }
            }
        }
    }
    let Some((rfile, rsrc)) = releases else {
        if !cx.diags.iter().any(|d| d.file.ends_with("releases.toml")) {
            cx.diags.push(Diagnostic::new(
                Code::Io,
                &format!("{display}/releases.toml"),
                None,
                0..0,
                "the glossary has no releases.toml",
                "",
                "add releases.toml with at least one [[release]] (see glossary/README.md)",
            ));
        }
        return Err(LoadError {
            diagnostics: cx.diags,
        });
    };

    // Releases.
    cx.set(&rfile);
    let mut rel_list: Vec<Release> = Vec::new();
    let mut known_releases: BTreeSet<Version> = BTreeSet::new();
    let mut prev: Option<(Version, Date)> = None;
    for r in &rsrc.release {
        let version = cx.version(&r.version);
        let date = cx.date(&r.date);
        let notes = cx.text(&r.notes);
        if let (Some(v), Some(d)) = (version, date) {
            if !known_releases.insert(v) {
                cx.err(
                    Code::Duplicate,
                    r.version.span(),
                    format!("release {v} is listed twice"),
                    "listed again here",
                    "remove one of the two entries",
                );
            } else if let Some((pv, pd)) = prev {
                if v <= pv {
                    cx.err(
                        Code::ReleaseOrder,
                        r.version.span(),
                        format!("release {v} comes after release {pv} in the file"),
                        "out of order",
                        "list releases oldest first, each version greater than the one above it",
                    );
                } else if d < pd {
                    cx.err(
                        Code::ReleaseOrder,
                        r.date.span(),
                        format!("release {v} is dated {d}, before release {pv} ({pd})"),
                        "earlier than the release above",
                        "a later release cannot be dated before an earlier one; check both dates",
                    );
                }
            }
            prev = Some((v, d));
            rel_list.push(Release {
                version: v,
                date: d,
                notes,
            });
        }
    }
    if rsrc.release.is_empty() {
        cx.err(
            Code::MissingField,
            0..0,
            "releases.toml lists no release",
            "",
            "add a [[release]] with version, date and notes",
        );
    }

    // The element vocabulary.
    let mut element_list: Vec<ElementDef> = Vec::new();
    let mut element_ids: BTreeSet<String> = BTreeSet::new();
    if let Some((efile, esrc)) = &elements {
        cx.set(efile);
        for e in &esrc.element {
            let id = e.id.get_ref();
            if !is_slug(id) {
                cx.err(
                    Code::MalformedId,
                    e.id.span(),
                    format!("`{id}` is not a valid id"),
                    "not a lowercase kebab-case slug",
                    "ids use a-z, 0-9 and single hyphens, e.g. `age-limit`",
                );
            } else if !element_ids.insert(id.clone()) {
                cx.err(
                    Code::Duplicate,
                    e.id.span(),
                    format!("element `{id}` is defined twice"),
                    "defined again here",
                    "merge the two [[element]] entries",
                );
            }
            if !e.label.keys().any(|k| k.get_ref() == "en") {
                cx.err(
                    Code::MissingField,
                    e.id.span(),
                    format!("element `{id}` has no English label"),
                    "no label.en",
                    "add `label = { en = \"…\" }` (and other languages)",
                );
            }
            element_list.push(ElementDef {
                id: Cow::Owned(id.clone()),
                label: cx.localized(&e.label),
                question: cx.localized(&e.question),
            });
        }
    }

    // Instruments: ids and provisions first, so that citations can be checked.
    let mut inst_index: BTreeMap<String, InstInfo> = BTreeMap::new();
    for (file, stem, i) in &instruments {
        cx.set(file);
        if !cx.check_id(&i.id, stem) {
            broken.insert(stem.clone());
        }
        let mut provisions = BTreeSet::new();
        for p in &i.provision {
            if provisions.contains(p.path.get_ref().as_str()) {
                cx.err(
                    Code::Duplicate,
                    p.path.span(),
                    format!("provision `{}` is listed twice", p.path.get_ref()),
                    "listed again here",
                    "merge the two [[provision]] entries",
                );
            }
            provisions.insert(p.path.get_ref().clone());
        }
        if inst_index.contains_key(i.id.get_ref()) {
            cx.err(
                Code::Duplicate,
                i.id.span(),
                format!("instrument id `{}` is used by another file", i.id.get_ref()),
                "duplicate id",
                "ids are unique; rename one of the instruments",
            );
        }
        inst_index.insert(
            i.id.get_ref().clone(),
            InstInfo {
                guideline: i.kind == InstrumentKind::Guideline,
                provisions,
            },
        );
    }

    let mut inst_list = Vec::new();
    for (file, _, i) in &instruments {
        cx.set(file);
        inst_list.push(cx.instrument(i));
    }

    // Concept ids, and each concept's terms by language, for references.
    let mut concept_index: BTreeMap<String, usize> = BTreeMap::new();
    for (n, (file, stem, c)) in concepts.iter().enumerate() {
        cx.set(file);
        if !cx.check_id(&c.id, stem) {
            broken.insert(stem.clone());
        }
        if concept_index.contains_key(c.id.get_ref()) {
            cx.err(
                Code::Duplicate,
                c.id.span(),
                format!("concept id `{}` is used by another file", c.id.get_ref()),
                "duplicate id",
                "ids are unique; merge the two concepts or rename one",
            );
        } else {
            concept_index.insert(c.id.get_ref().clone(), n);
        }
    }
    let refs = Refs {
        elements: &element_ids,
        broken: &broken,
        instruments: &inst_index,
        concepts: &concept_index,
        concept_src: &concepts,
        releases: &known_releases,
    };
    let mut concept_list = Vec::new();
    for (file, _, c) in &concepts {
        cx.set(file);
        concept_list.push(cx.concept(c, &refs));
    }
    cx.check_cycles(&concepts);

    if !cx.diags.is_empty() {
        return Err(LoadError {
            diagnostics: cx.diags,
        });
    }
    Ok(finish(rel_list, inst_list, concept_list, element_list))
}

/// Sorts and indexes a validated glossary.
fn finish(
    releases: Vec<Release>,
    mut instruments: Vec<Instrument>,
    mut concepts: Vec<Concept>,
    elements: Vec<ElementDef>,
) -> GlossaryData {
    instruments.sort_by(|a, b| a.id.cmp(&b.id));
    concepts.sort_by(|a, b| a.id.cmp(&b.id));
    let term_index = crate::index_terms(&concepts);
    GlossaryData {
        releases: Cow::Owned(releases),
        instruments: Cow::Owned(instruments),
        concepts: Cow::Owned(concepts),
        term_index: Cow::Owned(term_index),
        elements: Cow::Owned(elements),
    }
}

struct FileRef {
    name: String,
    src: Arc<str>,
}

struct InstInfo {
    guideline: bool,
    provisions: BTreeSet<String>,
}

struct Refs<'a> {
    elements: &'a BTreeSet<String>,
    broken: &'a BTreeSet<String>,
    instruments: &'a BTreeMap<String, InstInfo>,
    concepts: &'a BTreeMap<String, usize>,
    concept_src: &'a [(FileRef, String, SrcConcept)],
    releases: &'a BTreeSet<Version>,
}

/// The validation context: the file being checked and the problems found so far.
struct Cx {
    diags: Vec<Diagnostic>,
    file: String,
    src: Arc<str>,
}

type S = Spanned<String>;
type LocalMap = BTreeMap<S, S>;

impl Cx {
    fn set(&mut self, f: &FileRef) {
        self.file.clone_from(&f.name);
        self.src = f.src.clone();
    }

    fn err(
        &mut self,
        code: Code,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
        help: impl Into<String>,
    ) {
        self.diags.push(Diagnostic::new(
            code,
            &self.file,
            Some(self.src.clone()),
            span,
            message,
            label,
            help,
        ));
    }

    fn parse<T: for<'de> Deserialize<'de>>(&mut self, text: &str) -> Option<T> {
        match toml::from_str::<T>(text) {
            Ok(v) => Some(v),
            Err(e) => {
                let message = e.message().trim().to_owned();
                let span = e.span().unwrap_or(0..0);
                let (code, label, help) = classify(&message);
                self.err(code, span, message, label, help);
                None
            }
        }
    }

    /// Checks a text value: not empty, NFC. Returns it.
    fn text(&mut self, s: &S) -> Text {
        let v = s.get_ref();
        if v.trim().is_empty() {
            self.err(
                Code::EmptyText,
                s.span(),
                "empty text",
                "nothing here",
                "write the text, or remove the key if it is optional",
            );
        } else if !is_nfc(v) {
            let at = first_non_nfc(v);
            let span = s.span();
            // +1 for the opening quote of a basic string.
            let start = span.start + 1 + at;
            self.err(
                Code::NotNfc,
                start
                    ..start
                        + v.get(at..)
                            .and_then(|r| r.chars().next())
                            .map_or(1, char::len_utf8),
                "text is not in Unicode NFC",
                "decomposed character here",
                "save the file as NFC (e.g. `uconv -x any-nfc`, or retype the accented letter)",
            );
        }
        Cow::Owned(v.clone())
    }

    fn opt_text(&mut self, s: &Option<S>) -> Option<Text> {
        s.as_ref().map(|s| self.text(s))
    }

    fn lang(&mut self, s: &S) -> Text {
        let v = s.get_ref();
        let ok = language_tags::LanguageTag::parse(v)
            .map(|t| t.is_valid())
            .unwrap_or(false);
        if !ok || v.is_empty() {
            self.err(
                Code::InvalidLanguageTag,
                s.span(),
                format!("`{v}` is not a well-formed BCP 47 language tag"),
                "not a language tag",
                "use a tag such as en, fr, es, ar, zh, ru or pt-BR",
            );
        }
        Cow::Owned(v.clone())
    }

    fn localized(&mut self, m: &LocalMap) -> List<Localized> {
        let mut out = Vec::new();
        for (k, v) in m {
            let lang = self.lang(k);
            let text = self.text(v);
            out.push(Localized { lang, text });
        }
        Cow::Owned(out)
    }

    fn version(&mut self, s: &S) -> Option<Version> {
        match s.get_ref().parse() {
            Ok(v) => Some(v),
            Err(e) => {
                self.err(
                    Code::MalformedVersion,
                    s.span(),
                    format!("`{}` is not a version", s.get_ref()),
                    "not MAJOR.MINOR.PATCH",
                    format!("{e}"),
                );
                None
            }
        }
    }

    fn release(&mut self, s: &S, releases: &BTreeSet<Version>) -> Option<Version> {
        let v = self.version(s)?;
        if !releases.contains(&v) {
            let known: Vec<String> = releases.iter().map(ToString::to_string).collect();
            self.err(
                Code::DanglingReference,
                s.span(),
                format!("release {v} is not in releases.toml"),
                "unknown release",
                format!(
                    "name one of the releases ({}), or add {v} to releases.toml",
                    known.join(", ")
                ),
            );
        }
        Some(v)
    }

    fn date(&mut self, s: &S) -> Option<Date> {
        match s.get_ref().parse() {
            Ok(d) => Some(d),
            Err(e) => {
                self.err(
                    Code::MalformedDate,
                    s.span(),
                    format!("`{}` is not a date", s.get_ref()),
                    "not a date",
                    format!("{e}; never invent a day or month you do not know"),
                );
                None
            }
        }
    }

    /// Checks an id against its file name; false if it is malformed or differs.
    fn check_id(&mut self, id: &S, stem: &str) -> bool {
        let v = id.get_ref();
        if !is_slug(v) {
            self.err(
                Code::MalformedId,
                id.span(),
                format!("`{v}` is not a valid id"),
                "not a lowercase kebab-case slug",
                "ids use a-z, 0-9 and single hyphens, e.g. `child-sexual-abuse-material`",
            );
        } else if v != stem {
            self.err(
                Code::IdMismatch,
                id.span(),
                format!("the id `{v}` does not match the file name `{stem}.toml`"),
                "differs from the file name",
                format!("rename the file to `{v}.toml`, or fix the id"),
            );
        } else {
            return true;
        }
        false
    }

    fn citation(&mut self, c: &SrcCitation, refs: &Refs<'_>) -> Citation {
        let refs_inst = refs.instruments;
        let id = c.instrument.get_ref();
        match refs_inst.get(id) {
            None if refs.broken.contains(id) => {}
            None => {
                let known: Vec<&str> = refs_inst.keys().map(String::as_str).collect();
                let help = match closest(id, &known) {
                    Some(k) => {
                        format!("did you mean `{k}`? instruments live in instruments/<id>.toml")
                    }
                    None => "add the instrument under instruments/, or fix the id".to_owned(),
                };
                self.err(
                    Code::DanglingReference,
                    c.instrument.span(),
                    format!("no instrument has the id `{id}`"),
                    "unknown instrument",
                    help,
                );
            }
            Some(info) => {
                if let Some(p) = &c.provision {
                    if !is_provision_path(p.get_ref()) {
                        self.malformed_path(p);
                    } else if !info.provisions.contains(p.get_ref()) {
                        let known: Vec<&str> = info.provisions.iter().map(String::as_str).collect();
                        let help = match closest(p.get_ref(), &known) {
                            Some(k) => format!(
                                "did you mean `{k}`? or add a [[provision]] with this path to instruments/{id}.toml"
                            ),
                            None => format!(
                                "add a [[provision]] with this path to instruments/{id}.toml"
                            ),
                        };
                        self.err(
                            Code::DanglingReference,
                            p.span(),
                            format!("instrument `{id}` has no provision `{}`", p.get_ref()),
                            "unknown provision",
                            help,
                        );
                    }
                }
            }
        }
        let evidence = self.opt_text(&c.evidence);
        if *c.verified.get_ref() && evidence.is_none() {
            self.err(
                Code::VerifiedWithoutEvidence,
                c.verified.span(),
                "a citation is marked verified without evidence",
                "verified = true",
                "add `evidence = \"…\"` saying which text was read and where, or set verified = false",
            );
        }
        Citation {
            instrument: Cow::Owned(id.clone()),
            provision: self.opt_text(&c.provision),
            pinpoint: self.opt_text(&c.pinpoint),
            verified: *c.verified.get_ref(),
            evidence,
        }
    }

    fn malformed_path(&mut self, p: &S) {
        self.err(
            Code::MalformedPath,
            p.span(),
            format!("`{}` is not a provision path", p.get_ref()),
            "not in the canonical form",
            "write `art. 2(c)`, `art. 3(1)(a)(ii)`, `para. 60`, `section D.1` or `preamble`",
        );
    }

    fn instrument(&mut self, i: &SrcInstrument) -> Instrument {
        let mut provisions = Vec::new();
        for p in &i.provision {
            if !is_provision_path(p.path.get_ref()) {
                self.malformed_path(&p.path);
            }
            let evidence = self.opt_text(&p.evidence);
            if *p.verified.get_ref() && evidence.is_none() {
                self.err(
                    Code::VerifiedWithoutEvidence,
                    p.verified.span(),
                    "a provision is marked verified without evidence",
                    "verified = true",
                    "add `evidence = \"…\"` saying which text was read and where, or set verified = false",
                );
            }
            if p.summary.is_empty() {
                self.err(
                    Code::MissingField,
                    p.path.span(),
                    format!("provision `{}` has no summary", p.path.get_ref()),
                    "no summary",
                    "add `summary = { en = \"…\" }`: what it defines, criminalises or asks for, in our words",
                );
            }
            provisions.push(Provision {
                path: self.text(&p.path),
                kind: p.kind,
                heading: self.localized(&p.heading),
                summary: self.localized(&p.summary),
                quote: p.quote.as_ref().map(|q| Quote {
                    lang: self.lang(&q.lang),
                    text: self.text(&q.text),
                }),
                verified: *p.verified.get_ref(),
                evidence,
            });
        }
        if i.title.is_empty() {
            self.err(
                Code::MissingField,
                i.id.span(),
                "the instrument has no title",
                "no title",
                "add `title = { en = \"…\" }` with its official title(s)",
            );
        }
        let authentic_languages = i.authentic_languages.iter().map(|l| self.lang(l)).collect();
        let adopted = self.date(&i.adopted).unwrap_or(Date {
            year: 0,
            month: None,
            day: None,
        });
        let in_force = i.in_force.as_ref().and_then(|d| self.date(d));
        Instrument {
            id: Cow::Owned(i.id.get_ref().clone()),
            kind: i.kind,
            body: self.text(&i.body),
            symbol: self.opt_text(&i.symbol),
            adopted,
            in_force,
            authentic_languages: Cow::Owned(authentic_languages),
            url: self.opt_text(&i.url),
            url_verified: i.url_verified,
            short_name: self.localized(&i.short_name),
            title: self.localized(&i.title),
            note: self.localized(&i.note),
            provisions: Cow::Owned(provisions),
        }
    }

    fn span(
        &mut self,
        s: &SrcSpan<'_>,
        added: Option<Version>,
        refs: &Refs<'_>,
        used: &mut Vec<(Version, Range<usize>)>,
    ) -> Span {
        let since = s.since.and_then(|v| self.release(v, refs.releases));
        let until = s.until.and_then(|v| self.release(v, refs.releases));
        if let (Some(v), Some(sv)) = (since, s.since) {
            used.push((v, sv.span()));
            if let Some(a) = added {
                if v < a {
                    self.err(
                        Code::HistoryMismatch,
                        sv.span(),
                        format!("since {v} is before the concept was added ({a})"),
                        "earlier than `added`",
                        "an entry cannot predate its concept; fix `since` or `added`",
                    );
                }
            }
        }
        if let (Some(v), Some(uv)) = (until, s.until) {
            used.push((v, uv.span()));
            let from = since.or(added);
            if from.is_some_and(|f| v <= f) {
                self.err(
                    Code::HistoryMismatch,
                    uv.span(),
                    format!("until {v} is not after the release the entry appeared in"),
                    "not after `since`",
                    "`until` names the release that removed the entry; it must come after `since`",
                );
            }
        }
        Span { since, until }
    }

    fn concept(&mut self, c: &SrcConcept, refs: &Refs<'_>) -> Concept {
        let mut used: Vec<(Version, Range<usize>)> = Vec::new();
        let added = self.release(&c.added, refs.releases);
        if let Some(a) = added {
            used.push((a, c.added.span()));
        }
        let removed = c
            .removed
            .as_ref()
            .and_then(|r| self.release(r, refs.releases));
        if let (Some(r), Some(rs)) = (removed, &c.removed) {
            used.push((r, rs.span()));
        }

        // Terms.
        let mut terms = Vec::new();
        let mut preferred: HashMap<(String, String), Range<usize>> = HashMap::new();
        let mut seen: BTreeSet<(String, String, Option<String>)> = BTreeSet::new();
        if c.term.is_empty() {
            self.err(
                Code::MissingField,
                c.id.span(),
                "the concept has no term",
                "no [[term]]",
                "add at least its preferred English term as a [[term]]",
            );
        }
        for t in &c.term {
            let lang = self.lang(&t.lang);
            let text = self.text(&t.text);
            let span = self.span(&src_span!(t), added, refs, &mut used);
            let key = (
                t.lang.get_ref().clone(),
                t.text.get_ref().clone(),
                span.until.map(|v| v.to_string()),
            );
            if !seen.insert(key) {
                self.err(
                    Code::Duplicate,
                    t.text.span(),
                    format!(
                        "the term `{}` ({}) is listed twice",
                        t.text.get_ref(),
                        t.lang.get_ref()
                    ),
                    "listed again",
                    "merge the two [[term]] entries",
                );
            }
            let status = *t.status.get_ref();
            if status == Status::Preferred {
                // One preferred term per language at any one release: entries with the same
                // `until` overlap; an entry retired by `until` may coexist with its successor.
                let k = (
                    t.lang.get_ref().clone(),
                    span.until.map(|v| v.to_string()).unwrap_or_default(),
                );
                if let Some(first) = preferred.get(&k) {
                    let (line, _) = crate::diag::line_col(&self.src, first.start);
                    self.err(
                        Code::MultiplePreferred,
                        t.status.span(),
                        format!("a second preferred term in `{}`", t.lang.get_ref()),
                        "second preferred term",
                        format!("a concept has one preferred term per language (the first is on line {line}); make this one `admitted`"),
                    );
                } else {
                    preferred.insert(k, t.status.span());
                }
            }
            if status == Status::Avoid && (t.instead.is_none() || t.why.is_none()) {
                let missing = match (&t.instead, &t.why) {
                    (None, None) => "`instead` and `why`",
                    (None, _) => "`instead`",
                    _ => "`why`",
                };
                self.err(
                    Code::AvoidWithoutReplacement,
                    t.status.span(),
                    format!("the term to avoid `{}` has no {missing}", t.text.get_ref()),
                    "status = \"avoid\"",
                    "a term to avoid says what to use instead (`instead = \"…\"`, a term of the same language) and why (`why = \"…\"`)",
                );
            }
            if let Some(ic) = &t.instead_concept {
                if !refs.concepts.contains_key(ic.get_ref()) {
                    self.dangling_concept(ic, refs);
                }
            }
            if let Some(instead) = &t.instead {
                self.check_replacement(c, t, instead, refs);
            }
            let legal_term_of = t
                .legal_term_of
                .iter()
                .map(|ci| self.citation(ci, refs))
                .collect();
            terms.push(Term {
                lang,
                text,
                status,
                abbreviation: self.opt_text(&t.abbreviation),
                grammar: t.grammar.unwrap_or_default(),
                note: self.opt_text(&t.note),
                instead: self.opt_text(&t.instead),
                instead_concept: self.opt_text(&t.instead_concept),
                why: self.opt_text(&t.why),
                legal_term_of: Cow::Owned(legal_term_of),
                span,
            });
        }
        if !c
            .term
            .iter()
            .any(|t| t.lang.get_ref() == "en" && *t.status.get_ref() == Status::Preferred)
            && !c.term.is_empty()
        {
            self.err(
                Code::MissingPreferred,
                c.id.span(),
                "the concept has no preferred English term",
                "concept",
                "every concept has one `status = \"preferred\"` term in `en`; its id is that term's slug",
            );
        }

        let mut definitions = Vec::new();
        for d in &c.definition {
            let span = self.span(&src_span!(d), added, refs, &mut used);
            definitions.push(Definition {
                lang: self.lang(&d.lang),
                text: self.text(&d.text),
                source: self.citation(&d.source, refs),
                span,
            });
        }

        let mut guidance = Vec::new();
        for g in &c.guidance {
            match refs.instruments.get(g.guideline.get_ref()) {
                Some(info) if !info.guideline => self.err(
                    Code::NotAGuideline,
                    g.guideline.span(),
                    format!("`{}` is not a guideline", g.guideline.get_ref()),
                    "not kind = \"guideline\"",
                    "guidance comes from instruments of kind \"guideline\" (the Terminology Guidelines, CRC/C/156 …); cite treaties under [[citation]]",
                ),
                Some(_) => {}
                None if refs.broken.contains(g.guideline.get_ref()) => {}
                None => {
                    let known: Vec<&str> = refs.instruments.keys().map(String::as_str).collect();
                    let help = match closest(g.guideline.get_ref(), &known) {
                        Some(k) => format!("did you mean `{k}`?"),
                        None => "add the guideline under instruments/".to_owned(),
                    };
                    self.err(
                        Code::DanglingReference,
                        g.guideline.span(),
                        format!("no instrument has the id `{}`", g.guideline.get_ref()),
                        "unknown guideline",
                        help,
                    );
                }
            }
            let term_lang = g
                .term_lang
                .as_ref()
                .map_or(Cow::Borrowed("en"), |l| self.lang(l));
            if let Some(term) = &g.term {
                let exists = c
                    .term
                    .iter()
                    .any(|t| t.text.get_ref() == term.get_ref() && *t.lang.get_ref() == *term_lang);
                if !exists {
                    self.err(
                        Code::DanglingReference,
                        term.span(),
                        format!("the concept has no {term_lang} term `{}`", term.get_ref()),
                        "not a term of this concept",
                        "guidance about a term names one of the concept's [[term]] texts (set `term_lang` for other languages)",
                    );
                }
            }
            if g.reason.is_empty() {
                self.err(
                    Code::MissingField,
                    g.guideline.span(),
                    "guidance without a reason",
                    "no reason",
                    "add `reason = { en = \"…\" }` in our words",
                );
            }
            let span = self.span(&src_span!(g), added, refs, &mut used);
            guidance.push(Guidance {
                guideline: Cow::Owned(g.guideline.get_ref().clone()),
                term: self.opt_text(&g.term),
                term_lang,
                advice: g.advice,
                reason: self.localized(&g.reason),
                cite: self.citation(&g.cite, refs),
                span,
            });
        }

        let mut citations = Vec::new();
        for ci in &c.citation {
            let span = self.span(&src_span!(ci), added, refs, &mut used);
            let src = SrcCitation {
                instrument: ci.instrument.clone(),
                provision: ci.provision.clone(),
                pinpoint: ci.pinpoint.clone(),
                verified: ci.verified.clone(),
                evidence: ci.evidence.clone(),
            };
            citations.push(CitationEntry {
                citation: self.citation(&src, refs),
                span,
            });
        }

        let mut relations = Vec::new();
        for r in &c.relation {
            if !refs.concepts.contains_key(r.concept.get_ref()) {
                self.dangling_concept(&r.concept, refs);
            } else if r.concept.get_ref() == c.id.get_ref() {
                self.err(
                    Code::RelationCycle,
                    r.concept.span(),
                    "a concept related to itself",
                    "this concept",
                    "a relation names another concept",
                );
            }
            let span = self.span(&src_span!(r), added, refs, &mut used);
            relations.push(Relation {
                kind: r.kind,
                concept: Cow::Owned(r.concept.get_ref().clone()),
                span,
            });
        }

        let mut element_rows = Vec::new();
        let mut seen_rows: BTreeSet<(String, Option<String>)> = BTreeSet::new();
        for row in &c.element {
            let id = row.element.get_ref();
            if !refs.elements.contains(id) {
                let known: Vec<&str> = refs.elements.iter().map(String::as_str).collect();
                let help = match closest(id, &known) {
                    Some(k) => format!("did you mean `{k}`? elements are defined in elements.toml"),
                    None => {
                        "define the element in elements.toml, or use one defined there".to_owned()
                    }
                };
                self.err(
                    Code::DanglingReference,
                    row.element.span(),
                    format!("no element has the id `{id}`"),
                    "unknown element",
                    help,
                );
            }
            let span = self.span(&src_span!(row), added, refs, &mut used);
            if !seen_rows.insert((id.clone(), span.until.map(|v| v.to_string()))) {
                self.err(
                    Code::Duplicate,
                    row.element.span(),
                    format!("element `{id}` has two rows in this concept"),
                    "row repeated",
                    "merge the rows; give each instrument one [[element.cell]]",
                );
            }
            let mut cells = Vec::new();
            let mut seen_inst: BTreeSet<&str> = BTreeSet::new();
            for cell in &row.cell {
                if !seen_inst.insert(cell.instrument.get_ref().as_str()) {
                    self.err(
                        Code::Duplicate,
                        cell.instrument.span(),
                        format!("instrument `{}` has two cells in the row `{id}`", cell.instrument.get_ref()),
                        "cell repeated",
                        "one cell per instrument: merge them, and cite the provision that gives the answer",
                    );
                }
                if cell.value != CellValue::NotAddressed && cell.detail.is_empty() {
                    self.err(
                        Code::MissingField,
                        cell.instrument.span(),
                        format!(
                            "the cell for `{}` in row `{id}` has no detail",
                            cell.instrument.get_ref()
                        ),
                        "no detail",
                        "add `detail = { en = \"…\" }`: the answer in our words",
                    );
                }
                let cite = SrcCitation {
                    instrument: cell.instrument.clone(),
                    provision: cell.provision.clone(),
                    pinpoint: cell.pinpoint.clone(),
                    verified: cell.verified.clone(),
                    evidence: cell.evidence.clone(),
                };
                cells.push(ElementCell {
                    value: cell.value,
                    detail: self.localized(&cell.detail),
                    cite: self.citation(&cite, refs),
                });
            }
            element_rows.push(ElementRow {
                element: Cow::Owned(id.clone()),
                cells: Cow::Owned(cells),
                span,
            });
        }

        let mut history = Vec::new();
        let mut history_releases = BTreeSet::new();
        for h in &c.history {
            if let Some(v) = self.release(&h.release, refs.releases) {
                if !history_releases.insert(v) {
                    self.err(
                        Code::Duplicate,
                        h.release.span(),
                        format!("two [[history]] entries for release {v}"),
                        "listed again",
                        "merge them into one entry",
                    );
                }
                history.push(Revision {
                    release: v,
                    summary: self.text(&h.summary),
                });
            }
        }
        let mut missing: BTreeMap<Version, Range<usize>> = BTreeMap::new();
        for (v, sp) in used {
            if refs.releases.contains(&v) && !history_releases.contains(&v) {
                missing.entry(v).or_insert(sp);
            }
        }
        for (v, sp) in missing {
            self.err(
                Code::HistoryMismatch,
                sp,
                format!("the concept changed in release {v} but has no [[history]] entry for it"),
                "change recorded here",
                format!("add [[history]] with release = \"{v}\" and a summary of what changed"),
            );
        }
        history.sort_by_key(|h| h.release);

        Concept {
            id: Cow::Owned(c.id.get_ref().clone()),
            category: c.category,
            added: added.unwrap_or(Version::new(0, 0, 0)),
            removed,
            terms: Cow::Owned(terms),
            definitions: Cow::Owned(definitions),
            guidance: Cow::Owned(guidance),
            citations: Cow::Owned(citations),
            relations: Cow::Owned(relations),
            history: Cow::Owned(history),
            elements: Cow::Owned(element_rows),
        }
    }

    fn dangling_concept(&mut self, s: &S, refs: &Refs<'_>) {
        if refs.broken.contains(s.get_ref()) {
            return;
        }
        let known: Vec<&str> = refs.concepts.keys().map(String::as_str).collect();
        let help = match closest(s.get_ref(), &known) {
            Some(k) => format!("did you mean `{k}`?"),
            None => "name the id of a concept under concepts/".to_owned(),
        };
        self.err(
            Code::DanglingReference,
            s.span(),
            format!("no concept has the id `{}`", s.get_ref()),
            "unknown concept",
            help,
        );
    }

    fn check_replacement(&mut self, c: &SrcConcept, t: &SrcTerm, instead: &S, refs: &Refs<'_>) {
        let target_terms: &[SrcTerm] = match &t.instead_concept {
            None => &c.term,
            Some(id) => match refs
                .concepts
                .get(id.get_ref())
                .and_then(|&n| refs.concept_src.get(n))
            {
                Some((_, _, tc)) => &tc.term,
                None => return,
            },
        };
        let lang = t.lang.get_ref();
        let found = target_terms
            .iter()
            .find(|x| x.lang.get_ref() == lang && x.text.get_ref() == instead.get_ref());
        match found {
            Some(x) if matches!(x.status.get_ref(), Status::Preferred | Status::Admitted) => {}
            Some(_) => self.err(
                Code::BadReplacement,
                instead.span(),
                format!(
                    "the replacement `{}` is not a preferred or admitted term",
                    instead.get_ref()
                ),
                "not recommended itself",
                "name a preferred or admitted term as the replacement",
            ),
            None => {
                let candidates: Vec<&str> = target_terms
                    .iter()
                    .filter(|x| {
                        x.lang.get_ref() == lang
                            && matches!(x.status.get_ref(), Status::Preferred | Status::Admitted)
                    })
                    .map(|x| x.text.get_ref().as_str())
                    .collect();
                let help = if candidates.is_empty() {
                    format!(
                        "add the replacement as a preferred or admitted `{lang}` term of the target concept, or set `instead_concept`"
                    )
                } else {
                    format!(
                        "the replacement must be a `{lang}` term of the target concept: {}",
                        candidates
                            .iter()
                            .map(|c| format!("`{c}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                self.err(
                    Code::BadReplacement,
                    instead.span(),
                    format!(
                        "`{}` is not a {lang} term of the concept it replaces with",
                        instead.get_ref()
                    ),
                    "not a term of the target concept",
                    help,
                );
            }
        }
    }

    /// Broader/narrower (taken together, narrower as inverse broader) and replaced-by must be acyclic.
    fn check_cycles(&mut self, concepts: &[(FileRef, String, SrcConcept)]) {
        let ids: HashMap<&str, usize> = concepts
            .iter()
            .enumerate()
            .map(|(n, (_, _, c))| (c.id.get_ref().as_str(), n))
            .collect();
        for (label, kinds) in [
            (
                "broader/narrower",
                &[RelationKind::Broader, RelationKind::Narrower][..],
            ),
            ("replaced-by", &[RelationKind::ReplacedBy][..]),
        ] {
            // Edges child -> broader parent (n -> m), with the span that states them.
            let mut edges: Vec<Vec<(usize, usize, Range<usize>)>> =
                vec![Vec::new(); concepts.len()];
            for (n, (_, _, c)) in concepts.iter().enumerate() {
                for r in &c.relation {
                    if !kinds.contains(&r.kind) {
                        continue;
                    }
                    let Some(&m) = ids.get(r.concept.get_ref().as_str()) else {
                        continue;
                    };
                    if m == n {
                        continue;
                    }
                    let (from, to) = if r.kind == RelationKind::Narrower {
                        (m, n)
                    } else {
                        (n, m)
                    };
                    if let Some(e) = edges.get_mut(from) {
                        e.push((to, n, r.concept.span()));
                    }
                }
            }
            // Iterative DFS with colours; report each cycle once, at the edge that closes it.
            let mut colour = vec![0u8; concepts.len()];
            let mut reported = BTreeSet::new();
            for start in 0..concepts.len() {
                if colour.get(start) != Some(&0) {
                    continue;
                }
                let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
                let mut path: Vec<usize> = vec![start];
                if let Some(c) = colour.get_mut(start) {
                    *c = 1;
                }
                while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                    let out = edges.get(node).map_or(&[][..], Vec::as_slice);
                    if let Some((to, owner, sp)) = out.get(*next).cloned() {
                        *next += 1;
                        match colour.get(to).copied() {
                            Some(0) => {
                                if let Some(c) = colour.get_mut(to) {
                                    *c = 1;
                                }
                                stack.push((to, 0));
                                path.push(to);
                            }
                            Some(1) => {
                                let pos = path.iter().position(|&p| p == to).unwrap_or(0);
                                let cycle: Vec<&str> = path
                                    .get(pos..)
                                    .unwrap_or(&[])
                                    .iter()
                                    .chain(std::iter::once(&to))
                                    .filter_map(|&i| {
                                        concepts.get(i).map(|(_, _, c)| c.id.get_ref().as_str())
                                    })
                                    .collect();
                                let mut key: Vec<&str> = cycle.clone();
                                key.sort();
                                key.dedup();
                                if reported.insert(key.join(",")) {
                                    if let Some((file, _, _)) = concepts.get(owner) {
                                        self.set(file);
                                        self.err(
                                            Code::RelationCycle,
                                            sp,
                                            format!("{label} relations form a cycle: {}", cycle.join(" → ")),
                                            "closes the cycle",
                                            "a concept cannot be broader than itself, nor replaced by a concept that it replaces; remove or reverse one relation",
                                        );
                                    }
                                }
                            }
                            _ => {}
                        }
                    } else {
                        if let Some(c) = colour.get_mut(node) {
                            *c = 2;
                        }
                        stack.pop();
                        path.pop();
                    }
                }
            }
        }
    }
}

fn classify(message: &str) -> (Code, &'static str, &'static str) {
    if message.starts_with("unknown field") {
        (
            Code::UnknownKey,
            "unknown key",
            "check the spelling against the keys listed above, and glossary/README.md",
        )
    } else if message.starts_with("missing field") {
        (
            Code::MissingField,
            "in this table",
            "add the missing key; glossary/README.md lists the required keys",
        )
    } else if message.starts_with("invalid type")
        || message.starts_with("unknown variant")
        || message.starts_with("invalid value")
        || message.starts_with("invalid length")
    {
        (
            Code::WrongType,
            "wrong type or value",
            "glossary/README.md gives each key's type and allowed values",
        )
    } else {
        (
            Code::Syntax,
            "here",
            "fix the TOML syntax (https://toml.io); strings need matching quotes",
        )
    }
}

fn first_non_nfc(s: &str) -> usize {
    // The first character whose NFC differs from itself (a combining mark or a decomposable base).
    let mut prev = 0;
    for (i, _) in s.char_indices().skip(1) {
        if let Some(prefix) = s.get(..i) {
            if !is_nfc(prefix) {
                return prev;
            }
        }
        prev = i;
    }
    prev
}

/// Whether `s` is a lowercase kebab-case slug: `a-z`, `0-9`, single inner hyphens.
///
/// ```
/// assert!(luxterm_data::is_slug("child-sexual-abuse-material"));
/// assert!(!luxterm_data::is_slug("Child_Sexual"));
/// assert!(!luxterm_data::is_slug("a--b"));
/// ```
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Whether `p` is a provision path in the canonical form (`art. 2(c)`, `para. 60`, `section D.1`,
/// `preamble`).
///
/// ```
/// use luxterm_data::is_provision_path;
/// assert!(is_provision_path("art. 3(1)(a)(ii)"));
/// assert!(is_provision_path("para. 60"));
/// assert!(is_provision_path("section D.1"));
/// assert!(!is_provision_path("Article 2 (c)"));
/// ```
pub fn is_provision_path(p: &str) -> bool {
    if p == "preamble" {
        return true;
    }
    let rest = if let Some(r) = p.strip_prefix("art. ") {
        r
    } else if let Some(r) = p.strip_prefix("para. ") {
        r
    } else if let Some(r) = p.strip_prefix("section ") {
        return !r.is_empty()
            && r.split('.')
                .all(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    } else {
        return false;
    };
    let number_end = rest.find('(').unwrap_or(rest.len());
    let (number, mut subs) = rest.split_at(number_end);
    if number.is_empty()
        || !number.bytes().all(|b| b.is_ascii_alphanumeric())
        || !number.as_bytes().first().is_some_and(u8::is_ascii_digit)
    {
        return false;
    }
    while !subs.is_empty() {
        let Some(inner) = subs.strip_prefix('(') else {
            return false;
        };
        let Some(close) = inner.find(')') else {
            return false;
        };
        let (part, after) = inner.split_at(close);
        if part.is_empty() || !part.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return false;
        }
        subs = after.get(1..).unwrap_or("");
    }
    true
}

/// The candidate closest to `s` by edit distance, if it is close enough to be a likely typo.
fn closest<'a>(s: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let mut best: Option<(usize, &str)> = None;
    for &c in candidates {
        let d = levenshtein(s, c);
        if d <= (s.chars().count() / 4).max(1) && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// Edit distance counting a swap of two neighbouring characters as one edit (optimal string
/// alignment), the usual shape of a typo.
fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    let get =
        |d: &Vec<usize>, i: usize, j: usize| d.get(i * w + j).copied().unwrap_or(usize::MAX / 2);
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            let v = if i == 0 {
                j
            } else if j == 0 {
                i
            } else {
                let same = a.get(i - 1) == b.get(j - 1);
                let mut v = (get(&d, i - 1, j) + 1)
                    .min(get(&d, i, j - 1) + 1)
                    .min(get(&d, i - 1, j - 1) + usize::from(!same));
                if i > 1 && j > 1 && a.get(i - 1) == b.get(j - 2) && a.get(i - 2) == b.get(j - 1) {
                    v = v.min(get(&d, i - 2, j - 2) + 1);
                }
                v
            };
            if let Some(x) = d.get_mut(i * w + j) {
                *x = v;
            }
        }
    }
    get(&d, a.len(), b.len())
}

// ---- Source structs: what the TOML files hold, with spans. ----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcReleases {
    #[serde(default)]
    release: Vec<SrcRelease>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcRelease {
    version: S,
    date: S,
    notes: S,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcInstrument {
    id: S,
    kind: InstrumentKind,
    body: S,
    symbol: Option<S>,
    adopted: S,
    in_force: Option<S>,
    authentic_languages: Vec<S>,
    url: Option<S>,
    #[serde(default)]
    url_verified: bool,
    #[serde(default)]
    short_name: LocalMap,
    #[serde(default)]
    title: LocalMap,
    #[serde(default)]
    note: LocalMap,
    #[serde(default)]
    provision: Vec<SrcProvision>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcProvision {
    path: S,
    kind: ProvisionKind,
    #[serde(default)]
    heading: LocalMap,
    #[serde(default)]
    summary: LocalMap,
    quote: Option<SrcQuote>,
    verified: Spanned<bool>,
    evidence: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcQuote {
    lang: S,
    text: S,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcCitation {
    instrument: S,
    provision: Option<S>,
    pinpoint: Option<S>,
    verified: Spanned<bool>,
    evidence: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcConcept {
    id: S,
    category: Category,
    added: S,
    removed: Option<S>,
    #[serde(default)]
    term: Vec<SrcTerm>,
    #[serde(default)]
    definition: Vec<SrcDefinition>,
    #[serde(default)]
    guidance: Vec<SrcGuidance>,
    #[serde(default)]
    citation: Vec<SrcCitationEntry>,
    #[serde(default)]
    relation: Vec<SrcRelation>,
    #[serde(default)]
    history: Vec<SrcHistory>,
    #[serde(default)]
    element: Vec<SrcElementRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcElements {
    #[serde(default)]
    element: Vec<SrcElementDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcElementDef {
    id: S,
    #[serde(default)]
    label: LocalMap,
    #[serde(default)]
    question: LocalMap,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcElementRow {
    element: S,
    #[serde(default)]
    cell: Vec<SrcCell>,
    since: Option<S>,
    until: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcCell {
    instrument: S,
    provision: Option<S>,
    pinpoint: Option<S>,
    verified: Spanned<bool>,
    evidence: Option<S>,
    value: CellValue,
    #[serde(default)]
    detail: LocalMap,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcTerm {
    lang: S,
    text: S,
    status: Spanned<Status>,
    abbreviation: Option<S>,
    grammar: Option<Grammar>,
    note: Option<S>,
    instead: Option<S>,
    instead_concept: Option<S>,
    why: Option<S>,
    #[serde(default)]
    legal_term_of: Vec<SrcCitation>,
    since: Option<S>,
    until: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcDefinition {
    lang: S,
    text: S,
    source: SrcCitation,
    since: Option<S>,
    until: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcGuidance {
    guideline: S,
    term: Option<S>,
    term_lang: Option<S>,
    advice: Advice,
    #[serde(default)]
    reason: LocalMap,
    cite: SrcCitation,
    since: Option<S>,
    until: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcCitationEntry {
    instrument: S,
    provision: Option<S>,
    pinpoint: Option<S>,
    verified: Spanned<bool>,
    evidence: Option<S>,
    since: Option<S>,
    until: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcRelation {
    kind: RelationKind,
    concept: S,
    since: Option<S>,
    until: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcHistory {
    release: S,
    summary: S,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn line_and_column_count_characters() {
        let src = "a = 1\nb = \"été\" x\n";
        let x = src.find('x').unwrap();
        assert_eq!(crate::diag::line_col(src, x), (2, 11));
        assert_eq!(crate::diag::line_col(src, 0), (1, 1));
        assert_eq!(crate::diag::line_col(src, 10_000), (3, 1));
    }

    #[test]
    fn the_first_decomposed_character_is_found() {
        assert_eq!(first_non_nfc("mate\u{301}riel"), 4);
        assert_eq!(first_non_nfc("e\u{301}"), 1);
    }

    #[test]
    fn typos_get_a_suggestion_and_strangers_do_not() {
        assert_eq!(closest("opcs", &["opsc", "crc"]), Some("opsc"));
        assert_eq!(closest("acrwc", &["crc"]), None);
        assert_eq!(levenshtein("kitten", "sitting"), 3);
    }

    #[test]
    fn provision_paths() {
        for ok in [
            "art. 1",
            "art. 34",
            "art. 3(1)(a)(ii)",
            "para. 60",
            "section IV.B",
            "preamble",
        ] {
            assert!(is_provision_path(ok), "{ok}");
        }
        for bad in [
            "",
            "art.",
            "art. ",
            "art. (c)",
            "art. 2 (c)",
            "art. 2(c",
            "art. 2()",
            "Art. 2",
            "para 60",
            "section ",
        ] {
            assert!(!is_provision_path(bad), "{bad:?}");
        }
    }

    #[test]
    fn several_files_all_report_and_nothing_half_loads() {
        let files = vec![
            (
                "releases.toml".to_owned(),
                "[[release]]\nversion = \"0.1.0\"\ndate = \"2026-11-28\"\nnotes = \"x\"\n"
                    .to_owned(),
            ),
            ("concepts/a.toml".to_owned(), "id = \"a\"\n".to_owned()),
            (
                "concepts/b.toml".to_owned(),
                "id = \"B\"\ncategory = \"people\"\nadded = \"0.1.0\"\n".to_owned(),
            ),
        ];
        let err = load_sources("g", &files).unwrap_err();
        let files: BTreeSet<&str> = err.diagnostics.iter().map(|d| d.file.as_str()).collect();
        assert_eq!(files.len(), 2, "{:#?}", err.diagnostics);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Whatever a concept file holds, loading returns a value or diagnostics; it never panics,
        /// and every diagnostic's place lies inside the file.
        #[test]
        fn loading_never_panics(body in ".{0,400}", key in "[a-z_]{1,12}", value in "\\PC{0,30}") {
            let releases = "[[release]]\nversion = \"0.1.0\"\ndate = \"2026-11-28\"\nnotes = \"x\"\n".to_owned();
            let concept = format!("id = \"x\"\ncategory = \"people\"\nadded = \"0.1.0\"\n{key} = \"{value}\"\n{body}");
            let files = vec![("releases.toml".to_owned(), releases), ("concepts/x.toml".to_owned(), concept.clone())];
            if let Err(e) = load_sources("g", &files) {
                for d in &e.diagnostics {
                    prop_assert!(d.span.end <= concept.len().max(200));
                    let _ = d.render(false);
                }
            }
        }
    }
}
