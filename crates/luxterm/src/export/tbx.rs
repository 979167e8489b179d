//! TBX-Basic, ISO 30042:2019, DCA style: what current terminology tools import. The mapping is
//! documented element by element in `docs/tbx.md`; the file passes the official TBX core RNG and
//! the TBX-Basic 1.2.1 DCA Schematron (`scripts/check-tbx.sh`).
//!
//! The TBX 2008 writer ([`super::tbx2`]) shares this module's walk over the selection: the two
//! dialects differ only in element names and in their header.
//!
//! ```
//! use luxterm::export::{Scope, Selection, tbx};
//! let g = luxterm::Glossary::embedded();
//! let picked = Selection {
//!     scope: Scope::Concepts(vec!["child-sexual-abuse-material".into()]),
//!     languages: Some(vec!["en".into()]),
//!     ..Default::default()
//! }
//! .resolve(g)
//! .unwrap();
//! let xml = String::from_utf8(tbx::write(&picked).unwrap()).unwrap();
//! assert!(xml.contains(r#"<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">"#));
//! assert!(xml.contains(r#"<conceptEntry id="child-sexual-abuse-material">"#));
//! assert!(xml.contains("<term>child pornography</term>"));
//! assert!(xml.contains(r#"<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>"#));
//! // Same input, same bytes.
//! assert_eq!(tbx::write(&picked).unwrap(), xml.into_bytes());
//! ```

use std::collections::{HashMap, HashSet};
use std::io;

use quick_xml::Writer;
use quick_xml::escape::partial_escape;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::{ExportError, Selected};
use crate::{Advice, Citation, Concept, Date, Gender, PartOfSpeech, RelationKind, Status, Term};

/// The TBX-Basic (ISO 30042:2019, DCA) file of a selection, as UTF-8 XML bytes. A concept with
/// no term in the selected languages is left out (a TBX entry needs one).
///
/// # Errors
///
/// [`ExportError::Empty`] if no concept of the selection has a term; [`ExportError::Write`] if a text holds a character XML 1.0 cannot carry (a control
/// character); the message names the concept.
pub fn write(selected: &Selected<'_>) -> Result<Vec<u8>, ExportError> {
    write_dialect(selected, &BASIC)
}

/// The element names and header of one TBX dialect.
pub(super) struct Dialect {
    /// TBX-Basic DCA (`tbx`) or TBX 2008 (`martif`).
    pub(super) v2: bool,
    pub(super) header: &'static str,
    pub(super) entry: &'static str,
    pub(super) lang_sec: &'static str,
    pub(super) term_sec: &'static str,
}

const BASIC: Dialect = Dialect {
    v2: false,
    header: "tbxHeader",
    entry: "conceptEntry",
    lang_sec: "langSec",
    term_sec: "termSec",
};

/// The TBX-Basic namespace (ISO 30042:2019).
const NAMESPACE: &str = "urn:iso:std:iso:30042:ed-2";

/// Ids and references of the file: which concepts and terms it holds, so that every
/// `@target` is an id of the same file.
struct Ids<'a> {
    concepts: HashSet<&'a str>,
    /// (concept id, language, term text) → the term's `termSec` id.
    terms: HashMap<(&'a str, &'a str, &'a str), String>,
}

impl<'a> Ids<'a> {
    fn of(concepts: &[&'a Concept]) -> Ids<'a> {
        let mut ids = Ids {
            concepts: concepts.iter().map(|c| &*c.id).collect(),
            terms: HashMap::new(),
        };
        for c in concepts.iter().copied() {
            let mut n: HashMap<&str, usize> = HashMap::new();
            for t in c.terms.iter() {
                let k = n.entry(&t.lang).or_insert(0);
                *k += 1;
                ids.terms.insert(
                    (&c.id, &t.lang, &t.text),
                    term_id(&xml_id(&c.id), &t.lang, *k),
                );
            }
        }
        ids
    }
}

/// The `xml:id` of a concept: its id, or `c-<id>` when the id starts with a digit (a slug may;
/// an XML id may not).
///
/// ```
/// use luxterm::export::tbx::xml_id;
/// assert_eq!(xml_id("child"), "child");
/// assert_eq!(xml_id("18-plus"), "c-18-plus");
/// ```
pub fn xml_id(concept: &str) -> std::borrow::Cow<'_, str> {
    if concept.starts_with(|c: char| c.is_ascii_digit()) {
        std::borrow::Cow::Owned(format!("c-{concept}"))
    } else {
        std::borrow::Cow::Borrowed(concept)
    }
}

/// `<concept xml id>-<lang>-<n>`.
fn term_id(concept: &str, lang: &str, n: usize) -> String {
    format!("{concept}-{lang}-{n}")
}

pub(super) fn write_dialect(selected: &Selected<'_>, d: &Dialect) -> Result<Vec<u8>, ExportError> {
    let mut x = Xml::new();
    x.decl()?;
    let release = &selected.release;
    let version = release.version.to_string();
    if d.v2 {
        x.doctype("martif SYSTEM \"TBXBasiccoreStructV02.dtd\"")?;
        x.open("martif", &[("type", "TBX-Basic"), ("xml:lang", "en")])?;
    } else {
        x.open(
            "tbx",
            &[
                ("type", "TBX-Basic"),
                ("style", "dca"),
                ("xml:lang", "en"),
                ("xmlns", NAMESPACE),
            ],
        )?;
    }
    x.open(d.header, &[])?;
    x.open("fileDesc", &[])?;
    let title = format!("luxterm glossary {version}");
    let publication = format!("luxterm glossary, release {version} of {}", release.date);
    // A TBX entry needs a term: a concept with none in the languages asked is left out, and
    // references to it become notes.
    let written: Vec<&Concept> = selected
        .concepts
        .iter()
        .filter(|c| !c.terms.is_empty())
        .collect();
    if written.is_empty() {
        return Err(ExportError::Empty);
    }
    let languages = crate::lang::order(
        written
            .iter()
            .flat_map(|c| c.terms.iter().map(|t| &*t.lang)),
        None,
    );
    let source = format!(
        "Exported by luxterm {}: {} concept{} in {}",
        env!("CARGO_PKG_VERSION"),
        written.len(),
        if written.len() == 1 { "" } else { "s" },
        languages.join(", ")
    );
    let licence = "Glossary data: the project's own words, with short quotations of treaty text marked as such. Guidance is cited, never reproduced.";
    // TBX 2008 orders titleStmt first; the ISO 30042:2019 core RNG puts publicationStmt first.
    if d.v2 {
        x.open("titleStmt", &[])?;
        x.leaf("title", &[], &title)?;
        x.close("titleStmt")?;
    }
    x.open("publicationStmt", &[])?;
    x.leaf("p", &[], &publication)?;
    x.close("publicationStmt")?;
    if !d.v2 {
        x.open("titleStmt", &[])?;
        x.leaf("title", &[], &title)?;
        x.close("titleStmt")?;
    }
    x.open("sourceDesc", &[])?;
    x.leaf("p", &[], &source)?;
    x.leaf("p", &[], licence)?;
    x.close("sourceDesc")?;
    x.close("fileDesc")?;
    if d.v2 {
        x.open("encodingDesc", &[])?;
        x.leaf("p", &[("type", "XCSURI")], "TBXBasicXCSV02.xcs")?;
        x.close("encodingDesc")?;
    }
    x.close(d.header)?;
    x.open("text", &[])?;
    x.open("body", &[])?;
    let ids = Ids::of(&written);
    for concept in written.iter().copied() {
        entry(&mut x, selected, d, &ids, concept)?;
    }
    x.close("body")?;
    x.close("text")?;
    x.close(if d.v2 { "martif" } else { "tbx" })?;
    Ok(x.finish())
}

/// One `conceptEntry` (`termEntry`).
fn entry(
    x: &mut Xml,
    selected: &Selected<'_>,
    d: &Dialect,
    ids: &Ids<'_>,
    c: &Concept,
) -> Result<(), ExportError> {
    if c.id.starts_with("c-") && c.id.as_bytes().get(2).is_some_and(u8::is_ascii_digit) {
        return Err(ExportError::Write(format!(
            "the concept id `{}` has the form `c-<digit>…` that TBX ids of concepts starting with a digit take (docs/tbx.md); rename the concept",
            c.id
        )));
    }
    x.open(d.entry, &[("id", &xml_id(&c.id))])?;
    // Transactions: the release that added the concept, and the last one that changed it.
    transaction(x, selected, "origination", c.added)?;
    if let Some(last) = c
        .history
        .iter()
        .map(|h| h.release)
        .filter(|v| *v > c.added)
        .max()
    {
        transaction(x, selected, "modification", last)?;
    }
    x.leaf("descrip", &[("type", "subjectField")], c.category.as_str())?;
    for e in c.citations.iter() {
        x.leaf("admin", &[("type", "source")], &citation(&e.citation))?;
    }
    for r in c.relations.iter() {
        if ids.concepts.contains(&*r.concept) {
            x.leaf(
                "ref",
                &[("type", "crossReference"), ("target", &xml_id(&r.concept))],
                relation(r.kind),
            )?;
        } else {
            let note = format!("luxterm relation: {} {}", relation(r.kind), r.concept);
            x.leaf("note", &[], &note)?;
        }
    }
    for g in c.guidance.iter().filter(|g| g.term.is_none()) {
        let head = format!(
            "luxterm guidance: {} ({})",
            advice(g.advice),
            citation(&g.cite)
        );
        if g.reason.is_empty() {
            x.leaf("note", &[], &head)?;
        }
        for r in g.reason.iter() {
            x.leaf(
                "note",
                &[("xml:lang", &r.lang)],
                &format!("{head}: {}", r.text),
            )?;
        }
    }
    // Definitions in a language without terms here: a langSec needs a termSec, so they stay at
    // the concept level with their language.
    for def in c
        .definitions
        .iter()
        .filter(|def| !c.terms.iter().any(|t| t.lang == def.lang))
    {
        x.open("descripGrp", &[])?;
        x.leaf(
            "descrip",
            &[("type", "definition"), ("xml:lang", &def.lang)],
            &def.text,
        )?;
        x.leaf("admin", &[("type", "source")], &citation(&def.source))?;
        x.close("descripGrp")?;
    }
    for lang in crate::lang::order(c.terms.iter().map(|t| &*t.lang), None) {
        x.open(d.lang_sec, &[("xml:lang", lang)])?;
        for def in c.definitions.iter().filter(|def| def.lang == lang) {
            x.open("descripGrp", &[])?;
            x.leaf("descrip", &[("type", "definition")], &def.text)?;
            x.leaf("admin", &[("type", "source")], &citation(&def.source))?;
            x.close("descripGrp")?;
        }
        for t in c.terms.iter().filter(|t| t.lang == lang) {
            let id = ids
                .terms
                .get(&(&*c.id, &*t.lang, &*t.text))
                .ok_or_else(|| {
                    ExportError::Write(format!("no id for the term `{}` of `{}`", t.text, c.id))
                })?;
            term(x, d, ids, c, t, id)?;
        }
        x.close(d.lang_sec)?;
    }
    x.close(d.entry)?;
    Ok(())
}

/// One `termSec` (`tig`), and its abbreviation's right after it.
fn term(
    x: &mut Xml,
    d: &Dialect,
    ids: &Ids<'_>,
    c: &Concept,
    t: &Term,
    id: &str,
) -> Result<(), ExportError> {
    // TBX-Basic puts the id on termSec; TBX 2008 on tig.
    x.open(d.term_sec, &[("id", id)])?;
    x.leaf("term", &[], &t.text)?;
    status(x, t.status)?;
    if let Some(pos) = t.grammar.pos {
        x.leaf("termNote", &[("type", "partOfSpeech")], part_of_speech(pos))?;
    }
    if let Some(g) = t.grammar.gender {
        x.leaf("termNote", &[("type", "grammaticalGender")], gender(g))?;
    }
    if t.abbreviation.is_some() {
        x.leaf("termNote", &[("type", "termType")], "fullForm")?;
    }
    if t.status == Status::UseWithCaution {
        x.leaf("note", &[], "luxterm status: use-with-caution")?;
    }
    if let Some(note) = &t.note {
        note_in(x, t, "", note)?;
    }
    if let Some(why) = &t.why {
        note_in(x, t, "luxterm why: ", why)?;
    }
    if let Some(instead) = &t.instead {
        let target_concept = t.instead_concept.as_deref().unwrap_or(&c.id);
        match ids.terms.get(&(target_concept, &*t.lang, &**instead)) {
            Some(target) => {
                x.leaf(
                    "ref",
                    &[("type", "crossReference"), ("target", target)],
                    instead,
                )?;
            }
            None if target_concept == &*c.id => {
                x.leaf("note", &[], &format!("luxterm instead: {instead}"))?;
            }
            None => {
                x.leaf(
                    "note",
                    &[],
                    &format!("luxterm instead: {instead} ({target_concept})"),
                )?;
            }
        }
    }
    for g in c
        .guidance
        .iter()
        .filter(|g| g.term.as_deref() == Some(&*t.text) && g.term_lang == t.lang)
    {
        let head = format!(
            "luxterm guidance: {} ({})",
            advice(g.advice),
            citation(&g.cite)
        );
        let reason = g
            .reason
            .iter()
            .find(|r| r.lang == t.lang)
            .or_else(|| g.reason.iter().find(|r| r.lang == "en"))
            .or_else(|| g.reason.first());
        match reason {
            Some(r) if r.lang == t.lang => {
                x.leaf("note", &[], &format!("{head}: {}", r.text))?;
            }
            Some(r) => {
                x.leaf(
                    "note",
                    &[("xml:lang", &r.lang)],
                    &format!("{head}: {}", r.text),
                )?;
            }
            None => x.leaf("note", &[], &head)?,
        }
    }
    for cite in t.legal_term_of.iter() {
        x.leaf("admin", &[("type", "source")], &citation(cite))?;
    }
    x.close(d.term_sec)?;
    if let Some(abbr) = &t.abbreviation {
        let abbr_id = format!("{id}-abbr");
        x.open(d.term_sec, &[("id", &abbr_id)])?;
        x.leaf("term", &[], abbr)?;
        status(x, t.status)?;
        x.leaf("termNote", &[("type", "termType")], "abbreviation")?;
        if t.status == Status::UseWithCaution {
            x.leaf("note", &[], "luxterm status: use-with-caution")?;
        }
        x.close(d.term_sec)?;
    }
    Ok(())
}

/// A note attached to a term, with `xml:lang` when it is not in the term's language.
fn note_in(x: &mut Xml, t: &Term, prefix: &str, text: &str) -> Result<(), ExportError> {
    let lang = t.lang_of(text);
    let body = format!("{prefix}{text}");
    if lang == &*t.lang {
        x.leaf("note", &[], &body)
    } else {
        x.leaf("note", &[("xml:lang", lang)], &body)
    }
}

fn status(x: &mut Xml, s: Status) -> Result<(), ExportError> {
    x.leaf(
        "termNote",
        &[("type", "administrativeStatus")],
        administrative_status(s),
    )
}

/// A `transacGrp` naming a release: its date only when the day is known (`xs:date`).
fn transaction(
    x: &mut Xml,
    selected: &Selected<'_>,
    kind: &str,
    version: crate::Version,
) -> Result<(), ExportError> {
    x.open("transacGrp", &[])?;
    x.leaf("transac", &[("type", "transactionType")], kind)?;
    if let Some(date) = selected
        .glossary
        .release(version)
        .and_then(|r| full_date(r.date))
    {
        x.leaf("date", &[], &date)?;
    }
    x.leaf("note", &[], &format!("luxterm release: {version}"))?;
    x.close("transacGrp")
}

/// `YYYY-MM-DD`, or `None` when the month or day is unknown (never invented).
fn full_date(d: Date) -> Option<String> {
    match (d.month, d.day) {
        (Some(_), Some(_)) => Some(d.to_string()),
        _ => None,
    }
}

/// The TBX-Basic administrative status of a luxterm status.
///
/// ```
/// use luxterm::Status;
/// use luxterm::export::tbx::administrative_status;
/// assert_eq!(administrative_status(Status::Preferred), "preferredTerm-admn-sts");
/// assert_eq!(administrative_status(Status::UseWithCaution), "admittedTerm-admn-sts");
/// assert_eq!(administrative_status(Status::Avoid), "deprecatedTerm-admn-sts");
/// ```
pub fn administrative_status(s: Status) -> &'static str {
    match s {
        Status::Preferred => "preferredTerm-admn-sts",
        Status::Admitted | Status::UseWithCaution => "admittedTerm-admn-sts",
        Status::Avoid => "deprecatedTerm-admn-sts",
        // A status added to the model later: admitted is the only claim that cannot mislead
        // (it is neither a recommendation nor a ban) until it gets a mapping of its own.
        _ => "admittedTerm-admn-sts",
    }
}

/// The TBX-Basic picklist value: `phrase` has none of its own and is `other`.
fn part_of_speech(p: PartOfSpeech) -> &'static str {
    match p {
        PartOfSpeech::Noun => "noun",
        PartOfSpeech::Verb => "verb",
        PartOfSpeech::Adjective => "adjective",
        PartOfSpeech::Phrase | _ => "other",
    }
}

/// The TBX-Basic picklist value: `common` has none of its own and is `other`.
fn gender(g: Gender) -> &'static str {
    match g {
        Gender::Masculine => "masculine",
        Gender::Feminine => "feminine",
        Gender::Neuter => "neuter",
        Gender::Common | _ => "other",
    }
}

fn relation(k: RelationKind) -> &'static str {
    k.as_str()
}

fn advice(a: Advice) -> &'static str {
    a.as_str()
}

/// `<instrument id>[ <provision>][ (<pinpoint>)]`.
fn citation(c: &Citation) -> String {
    c.display_with(&c.instrument)
}

/// quick-xml's writer with the few calls the TBX files need; every text and attribute value is
/// escaped by quick-xml (in text only `<`, `>` and `&`, so apostrophes stay readable) and checked for characters XML 1.0 cannot carry.
pub(super) struct Xml {
    w: Writer<Vec<u8>>,
}

fn io(e: io::Error) -> ExportError {
    ExportError::Write(e.to_string())
}

/// Whether XML 1.0 can carry the character (its `Char` production).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

fn check(text: &str) -> Result<(), ExportError> {
    match text.chars().find(|c| !xml_char(*c)) {
        None => Ok(()),
        Some(c) => Err(ExportError::Write(format!(
            "the text {text:?} holds U+{:04X}, which XML 1.0 cannot carry; remove it from the glossary source",
            u32::from(c)
        ))),
    }
}

/// A text escaped for XML: `<`, `>` and `&` (quick-xml's `partial_escape`), and the white space
/// that is part of the text rather than layout written as character references: every tab, line
/// break and carriage return (`&#x9;`, `&#xA;`, `&#xD;`: a reader would turn a carriage return
/// written as itself into a line feed), and spaces at the start or end (`&#x20;`). An importer
/// may collapse or trim white space written as itself, as the layout of a file indented or
/// wrapped by hand; luxterm's keeps what character references say, so that a text comes back
/// as it was (docs/tbx.md).
///
/// ```text
/// " a\tb " → "&#x20;a&#x9;b&#x20;"
/// ```
fn escape_text(text: &str) -> std::borrow::Cow<'_, str> {
    let escaped = partial_escape(text);
    let plain = |c: char| !matches!(c, '\t' | '\n' | '\r');
    if escaped.chars().all(plain) && !escaped.starts_with(' ') && !escaped.ends_with(' ') {
        return escaped;
    }
    let body = escaped.trim_start_matches(' ');
    let lead = escaped.len() - body.len();
    let body = body.trim_end_matches(' ');
    let trail = escaped.len() - lead - body.len();
    let mut out = String::with_capacity(escaped.len() + 8 * (lead + trail));
    out.push_str(&"&#x20;".repeat(lead));
    for c in body.chars() {
        match c {
            '\t' => out.push_str("&#x9;"),
            '\n' => out.push_str("&#xA;"),
            '\r' => out.push_str("&#xD;"),
            c => out.push(c),
        }
    }
    out.push_str(&"&#x20;".repeat(trail));
    std::borrow::Cow::Owned(out)
}

impl Xml {
    fn new() -> Xml {
        Xml {
            w: Writer::new_with_indent(Vec::new(), b' ', 2),
        }
    }

    fn decl(&mut self) -> Result<(), ExportError> {
        self.w
            .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
            .map_err(io)
    }

    fn doctype(&mut self, text: &str) -> Result<(), ExportError> {
        self.w
            .write_event(Event::DocType(BytesText::from_escaped(text)))
            .map_err(io)
    }

    fn start(name: &str, attrs: &[(&str, &str)]) -> Result<BytesStart<'static>, ExportError> {
        let mut start = BytesStart::new(name.to_owned());
        for (k, v) in attrs {
            check(v)?;
            start.push_attribute((*k, *v));
        }
        Ok(start)
    }

    fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> Result<(), ExportError> {
        let start = Self::start(name, attrs)?;
        self.w.write_event(Event::Start(start)).map_err(io)
    }

    fn close(&mut self, name: &str) -> Result<(), ExportError> {
        self.w
            .write_event(Event::End(BytesEnd::new(name.to_owned())))
            .map_err(io)
    }

    /// `<name attrs>text</name>` on one line.
    fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> Result<(), ExportError> {
        check(text)?;
        let start = Self::start(name, attrs)?;
        self.w.write_event(Event::Start(start)).map_err(io)?;
        self.w
            .write_event(Event::Text(BytesText::from_escaped(escape_text(text))))
            .map_err(io)?;
        self.close(name)
    }

    fn finish(self) -> Vec<u8> {
        let mut out = self.w.into_inner();
        out.push(b'\n');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Glossary;
    use crate::export::{Scope, Selection};

    fn one(id: &str, langs: &[&str]) -> String {
        let sel = Selection {
            scope: Scope::Concepts(vec![id.into()]),
            languages: Some(langs.iter().map(|l| (*l).to_owned()).collect()),
            ..Default::default()
        };
        let picked = sel.resolve(Glossary::embedded()).unwrap();
        String::from_utf8(write(&picked).unwrap()).unwrap()
    }

    #[test]
    fn termsec_order_is_term_then_termnotes_then_the_rest() {
        let xml = one("child-sexual-abuse-material", &["en"]);
        let start = xml
            .find("<term>child sexual abuse material</term>")
            .unwrap();
        let sec = &xml[start..xml[start..].find("</termSec>").unwrap() + start];
        let last_note = sec.rfind("<termNote").unwrap();
        for other in ["<note", "<ref", "<admin"] {
            if let Some(i) = sec.find(other) {
                assert!(i > last_note, "{other} before a termNote in {sec}");
            }
        }
        assert!(xml.contains(r#"<termSec id="child-sexual-abuse-material-en-1-abbr">"#));
        assert!(xml.contains(r#"<termNote type="termType">abbreviation</termNote>"#));
    }

    #[test]
    fn replacements_point_to_term_ids_of_the_file() {
        let xml = one("child-sexual-abuse-material", &["en"]);
        assert!(xml.contains(
            r#"<ref type="crossReference" target="child-sexual-abuse-material-en-1">child sexual abuse material</ref>"#
        ));
    }

    #[test]
    fn relations_are_refs_inside_the_selection_and_notes_outside() {
        let g = Glossary::embedded();
        let (c, r) = g
            .concepts()
            .iter()
            .filter(|c| c.removed.is_none())
            .find_map(|c| {
                c.relations
                    .iter()
                    .find(|r| r.span.until.is_none())
                    .map(|r| (c, r))
            })
            .unwrap();
        let alone = one(&c.id, &["en"]);
        let note = format!(
            "<note>luxterm relation: {} {}</note>",
            r.kind.as_str(),
            r.concept
        );
        assert!(alone.contains(&note), "{alone}");
        assert!(!alone.contains(&format!(r#"target="{}""#, r.concept)));
        let sel = Selection {
            scope: Scope::Concepts(vec![c.id.to_string(), r.concept.to_string()]),
            languages: Some(vec!["en".into()]),
            ..Default::default()
        };
        let both = String::from_utf8(write(&sel.resolve(g).unwrap()).unwrap()).unwrap();
        let reference = format!(
            r#"<ref type="crossReference" target="{}">{}</ref>"#,
            r.concept,
            r.kind.as_str()
        );
        assert!(both.contains(&reference), "{both}");
        assert!(!both.contains(&note));
    }

    #[test]
    fn ids_starting_with_a_digit_get_a_prefix_and_the_prefix_form_is_refused() {
        let sel = Selection {
            scope: Scope::Concepts(vec!["child".into()]),
            languages: Some(vec!["en".into()]),
            ..Default::default()
        };
        let mut picked = sel.resolve(Glossary::embedded()).unwrap();
        picked.concepts[0].id = "18-plus".into();
        let xml = String::from_utf8(write(&picked).unwrap()).unwrap();
        assert!(xml.contains(r#"<conceptEntry id="c-18-plus">"#));
        assert!(xml.contains(r#"<termSec id="c-18-plus-en-1">"#));
        picked.concepts[0].id = "c-18".into();
        assert!(matches!(write(&picked), Err(ExportError::Write(m)) if m.contains("`c-18`")));
    }

    #[test]
    fn regional_tags_with_only_admitted_terms_are_exported() {
        let g = Glossary::embedded();
        let all = Selection::default().resolve(g).unwrap();
        assert!(
            all.languages.iter().any(|l| l == "pt-BR"),
            "{:?}",
            all.languages
        );
        let xml = String::from_utf8(write(&all).unwrap()).unwrap();
        assert!(xml.contains(r#"<langSec xml:lang="pt-BR">"#));
        let only = Selection {
            languages: Some(vec!["pt-BR".into()]),
            ..Default::default()
        };
        let picked = only.resolve(g).unwrap();
        assert!(
            picked
                .concepts
                .iter()
                .flat_map(|c| c.terms.iter())
                .all(|t| t.lang == "pt-BR")
        );
        let with_terms = picked
            .concepts
            .iter()
            .filter(|c| !c.terms.is_empty())
            .count();
        assert!(with_terms > 0 && with_terms < picked.concepts.len());
        let xml = String::from_utf8(write(&picked).unwrap()).unwrap();
        assert_eq!(xml.matches("<conceptEntry ").count(), with_terms);
        assert_eq!(
            xml.matches("<conceptEntry ").count(),
            xml.matches("<langSec ").count()
        );
        assert!(xml.contains(&format!("{with_terms} concepts in pt-BR")));
    }

    #[test]
    fn control_characters_are_a_typed_error() {
        assert!(matches!(check("a\u{1}b"), Err(ExportError::Write(m)) if m.contains("U+0001")));
        assert!(check("a\tb — ü 中").is_ok());
    }

    #[test]
    fn white_space_of_a_text_is_written_as_character_references() {
        assert_eq!(escape_text("a <b> & c"), "a &lt;b&gt; &amp; c");
        assert_eq!(
            escape_text("  a\tb\nc\r\n d "),
            "&#x20;&#x20;a&#x9;b&#xA;c&#xD;&#xA; d&#x20;"
        );
        assert_eq!(escape_text("   "), "&#x20;&#x20;&#x20;");
    }

    #[test]
    fn partial_dates_are_not_written() {
        let d = Date {
            year: 2025,
            month: Some(4),
            day: None,
        };
        assert_eq!(full_date(d), None);
    }
}
