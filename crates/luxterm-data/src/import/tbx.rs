//! TBX → the glossary's concepts: TBX-Basic (ISO 30042:2019, DCA) and TBX 2008 (`martif`), read
//! with the mapping of `docs/tbx.md`.
//!
//! Two passes. Each entry is checked (element names, data categories, picklist values,
//! languages, ids) and read into a `RawConcept` as soon as it is complete, so memory holds one
//! entry's tree at a time. Then references (`ref/@target` to entries and terms, citations to
//! instruments, releases) are resolved across the whole file and the folder imported into.

use super::xml::{self, Node};
use super::{ImportOptions, Omission, Problem};
use crate::diag::Code;
use crate::model::{
    Advice, Category, Date, Gender, GlossaryData, InstrumentKind, PartOfSpeech, RelationKind,
    Status, Version,
};
use std::collections::{HashMap, HashSet};

/// The TBX-Basic DCA namespace (ISO 30042:2019).
const NS: &str = "urn:iso:std:iso:30042:ed-2";

/// The elements TBX-Basic entries may hold (both versions' names).
const ELEMENTS: &[&str] = &[
    "conceptEntry",
    "termEntry",
    "langSec",
    "langSet",
    "termSec",
    "tig",
    "ntig",
    "termGrp",
    "term",
    "termNote",
    "termNoteGrp",
    "descrip",
    "descripGrp",
    "admin",
    "adminGrp",
    "adminNote",
    "note",
    "ref",
    "xref",
    "transacGrp",
    "transac",
    "transacNote",
    "date",
    "hi",
    "foreign",
    "sc",
    "ec",
    "ph",
    "bpt",
    "ept",
    "it",
];

/// The data categories (`@type`) TBX-Basic allows on each element.
fn categories(element: &str) -> Option<&'static [&'static str]> {
    Some(match element {
        "admin" => &["customerSubset", "projectSubset", "source"],
        "descrip" => &["subjectField", "context", "definition"],
        "ref" => &["crossReference"],
        "termNote" => &[
            "administrativeStatus",
            "partOfSpeech",
            "geographicalUsage",
            "grammaticalGender",
            "termLocation",
            "termType",
        ],
        "transac" => &["transactionType"],
        "transacNote" => &["responsibility"],
        "xref" => &["externalCrossReference", "xGraphic"],
        _ => return None,
    })
}

/// The picklist of a data category, when it has one.
fn picklist(category: &str, v2: bool) -> Option<&'static [&'static str]> {
    Some(match category {
        "administrativeStatus" => &[
            "preferredTerm-admn-sts",
            "admittedTerm-admn-sts",
            "deprecatedTerm-admn-sts",
            "supersededTerm-admn-sts",
        ],
        "partOfSpeech" if v2 => &["adjective", "noun", "other", "verb", "adverb", "properNoun"],
        "partOfSpeech" => &["adjective", "noun", "other", "verb", "adverb"],
        "grammaticalGender" => &["masculine", "feminine", "neuter", "other"],
        "termType" => &[
            "fullForm",
            "acronym",
            "abbreviation",
            "shortForm",
            "variant",
            "phrase",
        ],
        "transactionType" => &["origination", "modification"],
        _ => return None,
    })
}

/// A citation as the file gives it, resolved against the folder's instruments.
#[derive(Debug, Clone)]
pub(super) struct ImpCite {
    pub(super) instrument: String,
    pub(super) provision: Option<String>,
    pub(super) pinpoint: Option<String>,
    pub(super) evidence: String,
}

/// A term as it is written to the sources.
#[derive(Debug, Clone)]
pub(super) struct ImpTerm {
    pub(super) lang: String,
    pub(super) text: String,
    pub(super) status: Status,
    pub(super) abbreviation: Option<String>,
    pub(super) pos: Option<PartOfSpeech>,
    pub(super) gender: Option<Gender>,
    pub(super) note: Option<String>,
    pub(super) instead: Option<String>,
    pub(super) instead_concept: Option<String>,
    pub(super) why: Option<String>,
    pub(super) legal: Vec<ImpCite>,
}

/// A definition.
#[derive(Debug, Clone)]
pub(super) struct ImpDef {
    pub(super) lang: String,
    pub(super) text: String,
    pub(super) source: ImpCite,
}

/// A guidance entry.
#[derive(Debug, Clone)]
pub(super) struct ImpGuidance {
    pub(super) guideline: String,
    pub(super) term: Option<(String, String)>,
    pub(super) advice: Advice,
    pub(super) reason: Vec<(String, String)>,
    pub(super) cite: ImpCite,
}

/// A concept as it is written to the sources.
#[derive(Debug, Clone)]
pub(super) struct ImpConcept {
    pub(super) id: String,
    pub(super) category: Category,
    pub(super) added: Version,
    pub(super) modified: Option<Version>,
    pub(super) terms: Vec<ImpTerm>,
    pub(super) definitions: Vec<ImpDef>,
    pub(super) guidance: Vec<ImpGuidance>,
    pub(super) citations: Vec<ImpCite>,
    pub(super) relations: Vec<(RelationKind, String)>,
    pub(super) file: String,
}

/// What a file holds, read and resolved.
pub(super) struct Read {
    pub(super) concepts: Vec<ImpConcept>,
    pub(super) release: Option<(Version, Date)>,
    pub(super) omissions: Vec<Omission>,
}

#[derive(Debug, Default)]
struct RawTerm {
    id: Option<String>,
    lang: String,
    text: String,
    at: usize,
    status: Option<(String, usize)>,
    caution: bool,
    pos: Option<String>,
    gender: Option<String>,
    term_type: Option<String>,
    notes: Vec<(String, usize)>,
    why: Option<String>,
    instead_ref: Option<(String, usize)>,
    instead_note: Option<(String, Option<String>)>,
    legal: Vec<(String, usize)>,
    guidance: Vec<RawGuidance>,
}

#[derive(Debug, Clone)]
struct RawGuidance {
    advice: Advice,
    cite: String,
    reason: Option<(String, String)>,
    at: usize,
}

#[derive(Debug)]
enum RelTarget {
    Ref(String),
    Note(String),
}

/// A definition as read: language, text, its source as text and where, where.
type RawDef = (String, String, Option<(String, usize)>, usize);

#[derive(Debug, Default)]
struct RawConcept {
    /// The entry had a problem already (no cascade of further ones).
    flawed: bool,
    id: String,
    id_at: usize,
    category: Option<Category>,
    added: Option<Version>,
    modified: Option<Version>,
    relations: Vec<(Option<RelationKind>, RelTarget, usize)>,
    cites: Vec<(String, usize)>,
    guidance: Vec<RawGuidance>,
    defs: Vec<RawDef>,
    terms: Vec<RawTerm>,
}

/// The state of one read.
struct Reader<'a> {
    file: &'a str,
    /// The file's name without its folder, as the written sources name it.
    name: String,
    text: &'a str,
    v2: bool,
    doc_lang: String,
    options: &'a ImportOptions,
    problems: Vec<Problem>,
    omissions: Vec<Omission>,
    omission_index: HashMap<String, usize>,
    concepts: Vec<RawConcept>,
    ids: HashMap<String, usize>,
    release: Option<(Version, Date)>,
    nfc_changed: usize,
}

/// At most this many problems are reported (the rest are counted).
const MAX_PROBLEMS: usize = 200;

impl<'a> Reader<'a> {
    fn problem(&mut self, p: Problem) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(p);
        }
    }

    fn omit(&mut self, what: &str, outcome: &str, at: usize) {
        if let Some(&i) = self.omission_index.get(what) {
            if let Some(o) = self.omissions.get_mut(i) {
                o.count += 1;
            }
            return;
        }
        let (line, col) = crate::diag::line_col(self.text, at);
        self.omission_index
            .insert(what.to_owned(), self.omissions.len());
        self.omissions.push(Omission {
            what: what.to_owned(),
            outcome: outcome.to_owned(),
            count: 1,
            first: format!("{}:{line}:{col}", self.file),
        });
    }

    /// Text of an element: layout white space collapsed, NFC.
    fn clean(&mut self, node: &Node) -> String {
        self.norm(node.text())
    }

    fn norm(&mut self, s: String) -> String {
        if luxterm_text::normalize::is_nfc(&s) {
            s
        } else {
            self.nfc_changed += 1;
            luxterm_text::normalize::nfc(&s)
        }
    }

    /// Checks the root's name, namespace and dialect.
    fn root(&mut self, node: &Node) -> Result<(), Problem> {
        let attr = |n: &str| node.attr(n).map(|a| (a.value.as_str(), a.at));
        let wrong = |at: usize, message: String, label: &str, help: &str| {
            Problem::new(Code::TbxRoot, at..at + 1, message, label, help)
        };
        match node.name.as_str() {
            "tbx" => {
                match attr("xmlns") {
                    Some((NS, _)) => {}
                    Some((other, at)) => {
                        return Err(wrong(
                            at,
                            format!("the TBX namespace is `{other}`, not ISO 30042:2019's"),
                            "wrong namespace",
                            "a TBX-Basic file of ISO 30042:2019 declares xmlns=\"urn:iso:std:iso:30042:ed-2\" on <tbx>; a TBX 2008 file has the root <martif> and no namespace",
                        ));
                    }
                    None => {
                        return Err(wrong(
                            node.start,
                            "the <tbx> root declares no namespace".to_owned(),
                            "no xmlns",
                            "add xmlns=\"urn:iso:std:iso:30042:ed-2\" to <tbx> (ISO 30042:2019)",
                        ));
                    }
                }
                match attr("type") {
                    Some(("TBX-Basic", _)) => {}
                    Some((other, at)) => {
                        return Err(wrong(
                            at,
                            format!("the TBX dialect is `{other}`; luxterm imports TBX-Basic"),
                            "not TBX-Basic",
                            "export the termbase as TBX-Basic (type=\"TBX-Basic\"), which every CAT tool offers",
                        ));
                    }
                    None => {
                        return Err(wrong(
                            node.start,
                            "the <tbx> root names no dialect".to_owned(),
                            "no type",
                            "add type=\"TBX-Basic\" style=\"dca\" to <tbx>",
                        ));
                    }
                }
                match attr("style") {
                    Some(("dca", _)) => {}
                    Some((other, at)) => {
                        return Err(wrong(
                            at,
                            format!("the TBX style is `{other}`; luxterm imports the DCA style"),
                            "not DCA",
                            "export as TBX-Basic in the DCA style (style=\"dca\"): data categories as `type` attributes",
                        ));
                    }
                    None => {
                        return Err(wrong(
                            node.start,
                            "the <tbx> root names no style".to_owned(),
                            "no style",
                            "add style=\"dca\" to <tbx>",
                        ));
                    }
                }
            }
            "martif" => {
                self.v2 = true;
                if let Some((ns, at)) = attr("xmlns") {
                    return Err(wrong(
                        at,
                        format!("the <martif> root declares the namespace `{ns}`"),
                        "TBX 2008 has no namespace",
                        "a TBX 2008 file's <martif> has no xmlns; an ISO 30042:2019 file has the root <tbx>",
                    ));
                }
                match attr("type") {
                    Some(("TBX-Basic" | "TBX", _)) => {}
                    Some((other, at)) => {
                        return Err(wrong(
                            at,
                            format!("the TBX dialect is `{other}`; luxterm imports TBX-Basic"),
                            "not TBX-Basic",
                            "export the termbase as TBX-Basic (type=\"TBX-Basic\")",
                        ));
                    }
                    None => {
                        return Err(wrong(
                            node.start,
                            "the <martif> root names no dialect".to_owned(),
                            "no type",
                            "add type=\"TBX-Basic\" to <martif>",
                        ));
                    }
                }
            }
            other => {
                return Err(wrong(
                    node.start,
                    format!("the root element is <{other}>, not a TBX root"),
                    "not TBX",
                    "a TBX-Basic file (ISO 30042:2019) has the root <tbx type=\"TBX-Basic\" style=\"dca\" xmlns=\"urn:iso:std:iso:30042:ed-2\">; a TBX 2008 file has <martif type=\"TBX-Basic\">",
                ));
            }
        }
        if let Some(l) = node.attr("xml:lang") {
            self.doc_lang = l.value.clone();
        }
        Ok(())
    }

    /// An element handed over by the XML reader: the header, an entry, or the back matter.
    fn node(&mut self, ancestors: &[Node], node: Node) -> Result<(), Problem> {
        let entry_name = if self.v2 { "termEntry" } else { "conceptEntry" };
        let header = if self.v2 { "martifHeader" } else { "tbxHeader" };
        match (ancestors.len(), node.name.as_str()) {
            (1, h) if h == header => self.header(&node),
            (1, "text") => {
                for e in node.elements() {
                    if e.name != "body" && e.name != "back" {
                        self.unknown_element(e);
                    }
                }
            }
            (3, n) if n == entry_name && ancestors.last().is_some_and(|b| b.name == "body") => {
                let before = self.problems.len();
                self.check(&node);
                self.entry(&node, self.problems.len() > before);
            }
            (3, _) if ancestors.last().is_some_and(|b| b.name == "back") => self.omit(
                "back matter (<back>: people, bibliography)",
                "not imported: the glossary keeps no such records",
                node.start,
            ),
            (3, _) => {
                let expected = entry_name;
                self.problem(Problem::new(
                    Code::UnknownDataCategory,
                    node.start..node.start + 1,
                    format!("<{}> in <body>, where TBX has only <{expected}>", node.name),
                    "not an entry",
                    format!("an entry of this file is a <{expected}>; a file that mixes TBX versions is not read"),
                ));
            }
            _ => self.unknown_element(&node),
        }
        Ok(())
    }

    fn unknown_element(&mut self, node: &Node) {
        self.problem(Problem::new(
            Code::UnknownDataCategory,
            node.start..node.start + 1,
            format!("<{}> is not an element of this place in TBX", node.name),
            "unknown element",
            "a TBX file holds a header (<tbxHeader>, or <martifHeader> in TBX 2008) and <text> with <body> and <back>",
        ));
    }

    fn header(&mut self, node: &Node) {
        let mut ps = Vec::new();
        collect(node, "p", &mut ps);
        for p in ps {
            let t = p.text();
            if let Some(rest) = t.strip_prefix("luxterm glossary, release ") {
                if let Some((v, d)) = rest.split_once(" of ") {
                    if let (Ok(v), Ok(d)) = (v.parse::<Version>(), d.parse::<Date>()) {
                        self.release = Some((v, d));
                    }
                }
            }
        }
    }

    /// Element names, namespaces, data categories and picklist values of an entry.
    fn check(&mut self, node: &Node) {
        if node.name.contains(':') {
            self.problem(Problem::new(
                Code::TbxRoot,
                node.start..node.start + 1,
                format!("<{}> is in another namespace", node.name),
                "not TBX",
                "DCA-style TBX-Basic allows only the TBX namespace; DCT-style or extended data categories are not read (export as plain TBX-Basic)",
            ));
            return;
        }
        if !ELEMENTS.contains(&node.name.as_str()) {
            self.problem(Problem::new(
                Code::UnknownDataCategory,
                node.start..node.start + 1,
                format!("<{}> is not a TBX-Basic element", node.name),
                "unknown element",
                "TBX-Basic entries hold langSec/termSec (langSet/tig in TBX 2008), term, termNote, descrip, admin, note, ref, xref and transacGrp",
            ));
            return;
        }
        if let (Some(allowed), Some(t)) = (categories(&node.name), node.attr("type")) {
            if !allowed.contains(&t.value.as_str()) {
                let (value, at) = (t.value.clone(), t.at);
                self.problem(Problem::new(
                    Code::UnknownDataCategory,
                    at..at + 4 + value.len() + 2,
                    format!("`{value}` is not a TBX-Basic data category of <{}>", node.name),
                    "unknown data category",
                    format!("TBX-Basic allows type = {} here; other data categories need another dialect, which luxterm does not read", list(allowed)),
                ));
            } else if let Some(values) = picklist(&t.value, self.v2) {
                let v = node.text();
                if !values.contains(&v.as_str()) {
                    let category = t.value.clone();
                    let at = first_text_offset(self.text, node);
                    self.problem(Problem::new(
                        Code::UnknownPicklistValue,
                        at..at + v.len().max(1),
                        format!("`{v}` is not a value of {category}"),
                        "not in the picklist",
                        format!(
                            "{category} is one of {} (exactly, case included)",
                            list(values)
                        ),
                    ));
                }
            }
        }
        for c in node.elements() {
            self.check(c);
        }
    }

    /// Reads an entry into a [`RawConcept`].
    fn entry(&mut self, node: &Node, flawed: bool) {
        let mut c = RawConcept {
            flawed,
            ..Default::default()
        };
        match node.attr("id") {
            Some(a) => {
                c.id = a.value.clone();
                c.id_at = a.at;
            }
            None => {
                self.problem(Problem::new(
                    Code::MissingField,
                    node.start..node.start + 1,
                    format!("<{}> without an id", node.name),
                    "no id",
                    "give every entry an id (luxterm uses it as the concept id: lowercase kebab-case, such as id=\"child-sexual-abuse-material\")",
                ));
                return;
            }
        }
        let mut saw_subject = false;
        for e in node.elements() {
            match (e.name.as_str(), typ(e)) {
                ("transacGrp", _) => self.transaction(e, &mut c, true),
                ("descrip", Some("subjectField")) => {
                    saw_subject = true;
                    let v = self.clean(e);
                    match v.parse::<Category>() {
                        Ok(cat) => c.category = Some(cat),
                        Err(_) => self.category_fallback(&v, e.start, &mut c),
                    }
                }
                ("descripGrp", _) | ("descrip", Some("definition")) => {
                    let lang = e
                        .attr("xml:lang")
                        .or_else(|| child(e, "descrip").and_then(|d| d.attr("xml:lang")))
                        .map(|a| a.value.clone());
                    let lang = match lang {
                        Some(l) => l,
                        None => {
                            self.omit(
                                "a definition at entry level without xml:lang",
                                "read in the file's language (xml:lang of the root)",
                                e.start,
                            );
                            self.doc_lang.clone()
                        }
                    };
                    self.definition(e, &lang, &mut c);
                }
                ("admin", Some("source")) => {
                    let v = self.clean(e);
                    c.cites.push((v, e.start));
                }
                ("adminGrp", _) => {
                    if let Some(a) = child(e, "admin").filter(|a| typ(a) == Some("source")) {
                        let v = self.clean(a);
                        c.cites.push((v, a.start));
                    }
                }
                ("ref", _) => {
                    let target = e
                        .attr("target")
                        .map(|a| a.value.clone())
                        .unwrap_or_default();
                    let kind = relation_kind(&self.clean(e));
                    c.relations.push((kind, RelTarget::Ref(target), e.start));
                }
                ("note", _) => self.concept_note(e, &mut c),
                ("langSec" | "langSet", _) => self.lang_sec(e, &mut c),
                ("xref", _) => self.omit(
                    "xref (graphics, external links)",
                    "not imported: a concept has no field for them",
                    e.start,
                ),
                (name, _) => {
                    let what = format!("<{name}> on an entry");
                    self.omit(
                        &what,
                        "not imported: luxterm keeps no such field on a concept",
                        e.start,
                    );
                }
            }
        }
        if !saw_subject {
            self.category_fallback("", node.start, &mut c);
        }
        self.concepts.push(c);
    }

    fn category_fallback(&mut self, value: &str, at: usize, c: &mut RawConcept) {
        match self.options.category {
            Some(cat) => {
                c.category = Some(cat);
                let what = if value.is_empty() {
                    "an entry without subjectField".to_owned()
                } else {
                    "a subjectField that is not a luxterm category".to_owned()
                };
                self.omit(
                    &what,
                    &format!("given the category `{}` (--category)", cat.as_str()),
                    at,
                );
            }
            None => {
                let cats: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
                let message = if value.is_empty() {
                    "the entry has no subject field (luxterm's category)".to_owned()
                } else {
                    format!("the subject field `{value}` is not a luxterm category")
                };
                self.problem(Problem::new(
                    Code::UnknownCategory,
                    at..at + 1,
                    message,
                    "no category",
                    format!("a concept's category is one of {}; set it in descrip type=\"subjectField\", or give a category for such entries with `--category CATEGORY`", cats.join(", ")),
                ));
            }
        }
    }

    fn transaction(&mut self, e: &Node, c: &mut RawConcept, concept_level: bool) {
        let kind = child(e, "transac").map(|t| t.text());
        let release = e
            .elements()
            .filter(|n| n.name == "note" || n.name == "transacNote")
            .find_map(|n| {
                n.text()
                    .strip_prefix("luxterm release: ")
                    .and_then(|v| v.parse::<Version>().ok())
            });
        match (concept_level, kind.as_deref(), release) {
            (true, Some("origination"), Some(v)) => c.added = Some(v),
            (true, Some("modification"), Some(v)) => c.modified = Some(v),
            _ => self.omit(
                "transacGrp (who changed the entry, and when)",
                "not imported: history comes from the glossary's own releases",
                e.start,
            ),
        }
    }

    fn concept_note(&mut self, e: &Node, c: &mut RawConcept) {
        let t = self.clean(e);
        if let Some(rest) = t.strip_prefix("luxterm relation: ") {
            if let Some((kind, id)) = rest.split_once(' ') {
                if let Some(kind) = relation_kind(kind) {
                    c.relations
                        .push((Some(kind), RelTarget::Note(id.to_owned()), e.start));
                    return;
                }
            }
        } else if let Some(rest) = t.strip_prefix("luxterm guidance: ") {
            let lang = e.attr("xml:lang").map(|a| a.value.clone());
            if let Some(g) = parse_guidance(rest, lang, e.start) {
                c.guidance.push(g);
                return;
            }
        }
        self.omit(
            "a note on an entry",
            "not imported: a concept has no note field (notes on terms are kept)",
            e.start,
        );
    }

    fn definition(&mut self, e: &Node, lang: &str, c: &mut RawConcept) {
        let (def, source) = if e.name == "descrip" {
            (Some(e), None)
        } else {
            (
                e.elements().find(|d| d.name == "descrip"),
                e.elements()
                    .find(|a| a.name == "admin" && typ(a) == Some("source")),
            )
        };
        let Some(def) = def else { return };
        if typ(def) != Some("definition") {
            let what = format!("descrip type=\"{}\"", typ(def).unwrap_or(""));
            self.omit(
                &what,
                "not imported: luxterm has no field for it",
                def.start,
            );
            return;
        }
        let text = self.clean(def);
        let source = source.map(|s| (s.text(), s.start));
        c.defs.push((lang.to_owned(), text, source, def.start));
    }

    fn lang_sec(&mut self, e: &Node, c: &mut RawConcept) {
        let Some(lang) = e.attr("xml:lang") else {
            self.problem(Problem::new(
                Code::MissingLanguage,
                e.start..e.start + e.name.len() + 1,
                format!("<{}> without xml:lang", e.name),
                "which language?",
                format!("every language section names its language: <{} xml:lang=\"en\"> (a BCP 47 tag)", e.name),
            ));
            return;
        };
        let (lang, at) = (lang.value.clone(), lang.at);
        if language_tags::LanguageTag::parse(&lang).is_err() {
            self.problem(Problem::new(
                Code::InvalidLanguageTag,
                at..at + lang.len() + 11,
                format!("`{lang}` is not a BCP 47 language tag"),
                "invalid language tag",
                "write a BCP 47 tag such as `en`, `fr`, `pt-BR` or `zh-Hans`",
            ));
            return;
        }
        for s in e.elements() {
            match s.name.as_str() {
                "termSec" | "tig" | "ntig" => self.term(s, &lang, c),
                "descripGrp" | "descrip" => self.definition(s, &lang, c),
                "transacGrp" => self.transaction(s, c, false),
                name => {
                    let what = format!("<{name}> on a language section");
                    self.omit(
                        &what,
                        "not imported: luxterm keeps no such field there",
                        s.start,
                    );
                }
            }
        }
    }

    fn term(&mut self, e: &Node, lang: &str, c: &mut RawConcept) {
        let mut t = RawTerm {
            id: e.attr("id").map(|a| a.value.clone()),
            lang: lang.to_owned(),
            at: e.start,
            ..Default::default()
        };
        let mut parts: Vec<&Node> = Vec::new();
        for n in e.elements() {
            if n.name == "termGrp" || n.name == "termNoteGrp" {
                parts.extend(n.elements());
            } else {
                parts.push(n);
            }
        }
        for n in parts {
            match (n.name.as_str(), typ(n)) {
                ("term", _) => {
                    t.text = self.clean(n);
                    t.at = n.start;
                }
                ("termNote", Some("administrativeStatus")) => t.status = Some((n.text(), n.start)),
                ("termNote", Some("partOfSpeech")) => t.pos = Some(n.text()),
                ("termNote", Some("grammaticalGender")) => t.gender = Some(n.text()),
                ("termNote", Some("termType")) => t.term_type = Some(n.text()),
                ("termNote", Some(other)) => {
                    let what = format!("termNote type=\"{other}\"");
                    self.omit(&what, "not imported: luxterm has no field for it", n.start);
                }
                ("note", _) => {
                    let v = self.clean(n);
                    if v == "luxterm status: use-with-caution" {
                        t.caution = true;
                    } else if let Some(why) = v.strip_prefix("luxterm why: ") {
                        t.why = Some(why.to_owned());
                    } else if let Some(rest) = v.strip_prefix("luxterm instead: ") {
                        t.instead_note = Some(match split_paren_suffix(rest) {
                            Some((term, concept)) if crate::is_slug(concept) => {
                                (term.to_owned(), Some(concept.to_owned()))
                            }
                            _ => (rest.to_owned(), None),
                        });
                    } else if let Some(rest) = v.strip_prefix("luxterm guidance: ") {
                        let lang = n.attr("xml:lang").map(|a| a.value.clone());
                        match parse_guidance(rest, lang, n.start) {
                            Some(g) => t.guidance.push(g),
                            None => t.notes.push((v, n.start)),
                        }
                    } else {
                        t.notes.push((v, n.start));
                    }
                }
                ("ref", _) => {
                    if let Some(target) = n.attr("target") {
                        t.instead_ref = Some((target.value.clone(), n.start));
                    }
                }
                ("admin", Some("source")) => {
                    let v = self.clean(n);
                    t.legal.push((v, n.start));
                }
                ("adminGrp", _) => {
                    if let Some(a) = child(n, "admin").filter(|a| typ(a) == Some("source")) {
                        let v = self.clean(a);
                        t.legal.push((v, a.start));
                    }
                }
                ("descrip" | "descripGrp", _) => {
                    let d = if n.name == "descrip" {
                        Some(n)
                    } else {
                        child(n, "descrip")
                    };
                    let what = format!(
                        "descrip type=\"{}\" on a term",
                        d.and_then(typ).unwrap_or("")
                    );
                    self.omit(
                        &what,
                        "not imported: luxterm has no field for contexts or examples of terms",
                        n.start,
                    );
                }
                ("transacGrp", _) => self.omit(
                    "transacGrp (who changed the entry, and when)",
                    "not imported: history comes from the glossary's own releases",
                    n.start,
                ),
                (name, ty) => {
                    let what = match ty {
                        Some(ty) => format!("{name} type=\"{ty}\" on a term"),
                        None => format!("<{name}> on a term"),
                    };
                    self.omit(&what, "not imported: luxterm has no field for it", n.start);
                }
            }
        }
        if t.text.is_empty() {
            self.problem(Problem::new(
                Code::EmptyText,
                e.start..e.start + e.name.len() + 1,
                format!("a <{}> without a term", e.name),
                "no term",
                "every term section holds a non-empty <term>; remove the section or write the term",
            ));
            return;
        }
        c.terms.push(t);
    }
}

/// `advice (citation)[: reason]` of a `luxterm guidance:` note.
fn parse_guidance(rest: &str, lang: Option<String>, at: usize) -> Option<RawGuidance> {
    let (advice, after) = rest.split_once(" (")?;
    let advice = match advice {
        "use" => Advice::Use,
        "use-with-caution" => Advice::UseWithCaution,
        "avoid" => Advice::Avoid,
        _ => return None,
    };
    // The citation may hold parentheses of its own (`art. 2(c)`, a pinpoint), balanced or not
    // (a pinpoint is free text). It ends at a `)` followed by the end or by `: ` (the reason):
    // the first such place where the citation's parentheses balance and it has the form the
    // exporter writes, else the first where it has that form.
    let candidates: Vec<usize> = after
        .char_indices()
        .filter(|&(i, ch)| {
            ch == ')'
                && after
                    .get(i + 1..)
                    .is_some_and(|t| t.is_empty() || t.starts_with(": "))
        })
        .map(|(i, _)| i)
        .collect();
    let cite_at = |i: &usize| after.get(..*i).unwrap_or("");
    let end = candidates
        .iter()
        .find(|i| balanced(cite_at(i)) && citation_form(cite_at(i)))
        .or_else(|| candidates.iter().find(|i| citation_form(cite_at(i))))
        .copied();
    let end = end?;
    let cite = after.get(..end)?.to_owned();
    let tail = after.get(end + 1..)?;
    let reason = match tail.strip_prefix(": ") {
        Some(r) if !r.is_empty() => Some((lang.unwrap_or_default(), r.to_owned())),
        _ => None,
    };
    Some(RawGuidance {
        advice,
        cite,
        reason,
        at,
    })
}

/// Whether the parentheses of `s` balance.
fn balanced(s: &str) -> bool {
    let mut depth = 0usize;
    for ch in s.chars() {
        match ch {
            '(' => depth += 1,
            ')' => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return false,
            },
            _ => {}
        }
    }
    depth == 0
}

/// Whether `s` has the form of a citation as text: `<instrument>[ <provision>][ (<pinpoint>)]`.
fn citation_form(s: &str) -> bool {
    let (instrument, rest) = s.split_once(' ').unwrap_or((s, ""));
    if !crate::is_slug(instrument) {
        return false;
    }
    if rest.is_empty() {
        return true;
    }
    if rest.starts_with('(') || rest.contains(" (") {
        return rest.ends_with(')');
    }
    crate::is_provision_path(rest)
}

/// A relation kind as the exporter writes it (`broader`, `replaced-by` …).
fn relation_kind(s: &str) -> Option<RelationKind> {
    RelationKind::ALL.into_iter().find(|k| k.as_str() == s)
}

/// `text (suffix)` → `(text, suffix)`.
fn split_paren_suffix(s: &str) -> Option<(&str, &str)> {
    let inner = s.strip_suffix(')')?;
    let i = inner.rfind(" (")?;
    Some((inner.get(..i)?, inner.get(i + 2..)?))
}

fn typ(n: &Node) -> Option<&str> {
    n.attr("type").map(|a| a.value.as_str())
}

fn child<'n>(n: &'n Node, name: &str) -> Option<&'n Node> {
    n.elements().find(|e| e.name == name)
}

fn collect<'n>(n: &'n Node, name: &str, out: &mut Vec<&'n Node>) {
    for e in n.elements() {
        if e.name == name {
            out.push(e);
        } else {
            collect(e, name, out);
        }
    }
}

fn list(values: &[&str]) -> String {
    values
        .iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Where an element's text starts (just after its start tag), for pointing at a value.
fn first_text_offset(text: &str, node: &Node) -> usize {
    text.get(node.start..)
        .and_then(|s| s.find('>'))
        .map_or(node.start, |i| node.start + i + 1)
}

/// The concept id of an entry id the exporter prefixed because it starts with a digit
/// (`c-18-plus` → `18-plus`; docs/tbx.md).
fn unprefixed(id: &str) -> Option<&str> {
    id.strip_prefix("c-")
        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()) && crate::is_slug(rest))
}

/// The ids of a concept id that is not a luxterm slug: lowercase, runs of other characters as
/// one `-`.
fn slugify(id: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for ch in id.chars() {
        if ch.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(ch.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    out
}

/// Reads and resolves the file; the problems when any.
pub(super) fn read(
    file: &str,
    text: &str,
    options: &ImportOptions,
    existing: Option<&GlossaryData>,
) -> Result<Read, Vec<Problem>> {
    let name = std::path::Path::new(file)
        .file_name()
        .map_or_else(|| file.to_owned(), |n| n.to_string_lossy().into_owned());
    let mut r = Reader {
        file,
        name,
        text,
        v2: false,
        doc_lang: "en".to_owned(),
        options,
        problems: Vec::new(),
        omissions: Vec::new(),
        omission_index: HashMap::new(),
        concepts: Vec::new(),
        ids: HashMap::new(),
        release: None,
        nfc_changed: 0,
    };
    let base = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = text.get(base..).unwrap_or("");
    let prolog = {
        let reader = std::cell::RefCell::new(&mut r);
        xml::read(
            body,
            base,
            &options.limits,
            |root| reader.borrow_mut().root(root),
            |ancestors, node| reader.borrow_mut().node(ancestors, node),
        )
    };
    let prolog = match prolog {
        Ok(p) => p,
        Err(p) => {
            let mut problems = std::mem::take(&mut r.problems);
            problems.push(p);
            return Err(problems);
        }
    };
    if let Some(at) = prolog.doctype {
        r.omit(
            "a document type declaration",
            "ignored: the DTD is neither read nor fetched",
            at,
        );
    }
    if r.concepts.is_empty() && r.problems.is_empty() {
        r.problem(Problem::new(
            Code::MissingField,
            base..base + 1,
            "the file holds no entry",
            "no entries",
            "a termbase has <conceptEntry> elements in <text><body> (<termEntry> in TBX 2008)",
        ));
    }
    let concepts = resolve(&mut r, existing);
    if concepts.is_empty() && r.problems.is_empty() {
        r.problem(Problem::new(
            Code::MissingPreferred,
            base..base + 1,
            "no entry of the file has an English term",
            "nothing to import",
            "every luxterm concept has a preferred English term: add a <langSec xml:lang=\"en\"> with a termSec marked preferredTerm-admn-sts to each entry",
        ));
    }
    if r.nfc_changed > 0 {
        r.omissions.push(Omission {
            what: "text not in Unicode NFC".to_owned(),
            outcome: "normalized to NFC, as the glossary requires".to_owned(),
            count: r.nfc_changed,
            first: file.to_owned(),
        });
    }
    if !r.problems.is_empty() {
        return Err(r.problems);
    }
    Ok(Read {
        concepts,
        release: r.release,
        omissions: r.omissions,
    })
}

/// What the folder knows: releases, instruments and their provisions, concepts.
struct Known {
    releases: Vec<Version>,
    instruments: HashMap<String, (InstrumentKind, HashSet<String>)>,
    concepts: HashSet<String>,
}

fn known(existing: Option<&GlossaryData>, release: Option<(Version, Date)>) -> Known {
    match existing {
        Some(g) => Known {
            releases: g.releases.iter().map(|r| r.version).collect(),
            instruments: g
                .instruments
                .iter()
                .map(|i| {
                    (
                        i.id.to_string(),
                        (
                            i.kind,
                            i.provisions.iter().map(|p| p.path.to_string()).collect(),
                        ),
                    )
                })
                .collect(),
            concepts: g.concepts.iter().map(|c| c.id.to_string()).collect(),
        },
        None => Known {
            releases: vec![release.map_or(Version::new(0, 1, 0), |r| r.0)],
            instruments: HashMap::new(),
            concepts: HashSet::new(),
        },
    }
}

/// Resolves ids, references, statuses, citations and releases across the file.
fn resolve(r: &mut Reader<'_>, existing: Option<&GlossaryData>) -> Vec<ImpConcept> {
    let known = known(existing, r.release);
    let raws = std::mem::take(&mut r.concepts);
    // Concept ids: slugs, unique in the file, new to the folder.
    let mut ids: Vec<String> = Vec::with_capacity(raws.len());
    let mut entry_ids: HashMap<&str, String> = HashMap::new();
    for c in &raws {
        let id = if let Some(own) = unprefixed(&c.id) {
            own.to_owned()
        } else if crate::is_slug(&c.id) {
            c.id.clone()
        } else {
            let s = slugify(&c.id);
            if s.is_empty() {
                r.problem(Problem::new(
                    Code::MalformedId,
                    c.id_at..c.id_at + c.id.len() + 5,
                    format!("the entry id `{}` has no letter or digit to make a luxterm id of", c.id),
                    "no usable id",
                    "give the entry an id of ASCII letters, digits and hyphens (luxterm's ids are lowercase kebab-case)",
                ));
            } else {
                r.omit(
                    "an entry id that is not a luxterm id (lowercase kebab-case)",
                    &format!("made one: `{}` became `{s}`", c.id),
                    c.id_at,
                );
            }
            s
        };
        if let Some(&first) = r.ids.get(&id) {
            let (line, _) = crate::diag::line_col(r.text, first);
            r.problem(Problem::new(
                Code::Duplicate,
                c.id_at..c.id_at + c.id.len() + 5,
                format!("a second entry with the id `{id}`"),
                "duplicate id",
                format!("ids are unique in a TBX file (the first is on line {line}); merge the two entries or rename one"),
            ));
        } else if known.concepts.contains(&id) {
            r.problem(Problem::new(
                Code::Conflict,
                c.id_at..c.id_at + c.id.len() + 5,
                format!("the folder already has a concept `{id}`"),
                "already in the folder",
                format!("an import only adds concepts and never replaces one: rename the entry, remove concepts/{id}.toml first, or import into a new folder"),
            ));
        }
        r.ids.insert(id.clone(), c.id_at);
        entry_ids.insert(c.id.as_str(), id.clone());
        ids.push(id);
    }
    // Term ids across the file: id → (concept index, term index).
    let mut term_ids: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut dup_terms: Vec<(String, usize)> = Vec::new();
    for (ci, c) in raws.iter().enumerate() {
        for (ti, t) in c.terms.iter().enumerate() {
            if let Some(id) = &t.id {
                if term_ids.insert(id.as_str(), (ci, ti)).is_some() || r.ids.contains_key(id) {
                    dup_terms.push((id.clone(), t.at));
                }
            }
        }
    }
    for (id, at) in dup_terms {
        r.problem(Problem::new(
            Code::Duplicate,
            at..at + 1,
            format!("the id `{id}` is used twice in the file"),
            "duplicate id",
            "ids (of entries and term sections) are unique in a TBX file; rename one",
        ));
    }
    let latest = known
        .releases
        .last()
        .copied()
        .unwrap_or(Version::new(0, 1, 0));
    let header_release = r
        .release
        .map(|x| x.0)
        .filter(|v| known.releases.contains(v));
    let mut out = Vec::with_capacity(raws.len());
    for (ci, c) in raws.iter().enumerate() {
        let id = ids.get(ci).cloned().unwrap_or_default();
        let added = match c.added.filter(|v| known.releases.contains(v)) {
            Some(v) => v,
            None => {
                if c.added.is_some() {
                    r.omit(
                        "an origination release the folder does not have",
                        "the concept is added in the folder's release instead",
                        c.id_at,
                    );
                }
                header_release.unwrap_or(latest)
            }
        };
        let modified = c
            .modified
            .filter(|v| known.releases.contains(v) && *v > added);
        let Some(category) = c.category else {
            continue;
        };
        let mut concept = ImpConcept {
            id: id.clone(),
            category,
            added,
            modified,
            terms: Vec::new(),
            definitions: Vec::new(),
            guidance: Vec::new(),
            citations: Vec::new(),
            relations: Vec::new(),
            file: r.name.clone(),
        };
        // Relations.
        for (kind, target, at) in &c.relations {
            let (target_id, by_ref) = match target {
                RelTarget::Ref(t) => (t.as_str(), true),
                RelTarget::Note(t) => (t.as_str(), false),
            };
            let resolved = if let Some(own) = entry_ids.get(target_id).filter(|_| by_ref) {
                Some(own.clone())
            } else if r.ids.contains_key(target_id) || known.concepts.contains(target_id) {
                Some(target_id.to_owned())
            } else if by_ref {
                term_ids
                    .get(target_id)
                    .and_then(|&(tc, _)| ids.get(tc).cloned())
            } else {
                None
            };
            match resolved {
                Some(t) if t != id => {
                    let kind = match kind {
                        Some(k) => *k,
                        None => {
                            r.omit(
                                "a cross reference that names no luxterm relation",
                                "imported as `related`",
                                *at,
                            );
                            RelationKind::Related
                        }
                    };
                    concept.relations.push((kind, t));
                }
                _ => r.omit(
                    "a cross reference to an entry neither in the file nor in the folder",
                    "not imported",
                    *at,
                ),
            }
        }
        for (raw, at) in &c.cites {
            if let Some(cite) = cite_of(r, &known, raw, *at) {
                concept.citations.push(cite);
            }
        }
        for (lang, text, source, at) in &c.defs {
            if text.is_empty() {
                continue;
            }
            let Some((raw, sat)) = source else {
                r.omit(
                    "a definition without a source",
                    "not imported: every luxterm definition cites the instrument it comes from",
                    *at,
                );
                continue;
            };
            if let Some(cite) = cite_of(r, &known, raw, *sat) {
                concept.definitions.push(ImpDef {
                    lang: lang.clone(),
                    text: text.clone(),
                    source: cite,
                });
            } else {
                r.omit(
                    "a definition whose source is no instrument of the folder",
                    "not imported (a definition needs its source)",
                    *at,
                );
            }
        }
        for g in merge_guidance(&c.guidance) {
            if let Some(g) = guidance_of(r, &known, &g, None) {
                concept.guidance.push(g);
            }
        }
        terms(r, &known, c, &raws, &ids, &term_ids, &mut concept);
        if !concept.terms.iter().any(|t| t.lang == "en") {
            r.omit(
                "an entry without an English term",
                "not imported: every luxterm concept has a preferred English term",
                c.id_at,
            );
            continue;
        }
        if !c.flawed
            && !concept
                .terms
                .iter()
                .any(|t| t.lang == "en" && t.status == Status::Preferred)
        {
            r.problem(Problem::new(
                Code::MissingPreferred,
                c.id_at..c.id_at + c.id.len() + 5,
                format!("the entry `{}` has no preferred English term", c.id),
                "no preferred English term",
                "luxterm needs one preferred English term per concept: add a termSec in <langSec xml:lang=\"en\"> marked preferredTerm-admn-sts",
            ));
        }
        out.push(concept);
    }
    out
}

/// Consecutive concept-level guidance notes with the same advice and citation are one entry
/// with a reason per language, as long as their languages follow each other in the order the
/// exporter writes them (a reason's language tag after the previous one's): a language that
/// repeats, or comes before the previous one, starts another entry (two entries with the same
/// advice and citation; merged, they would give one language two reasons).
fn merge_guidance(notes: &[RawGuidance]) -> Vec<(RawGuidance, Vec<(String, String)>)> {
    let mut out: Vec<(RawGuidance, Vec<(String, String)>)> = Vec::new();
    for g in notes {
        if let Some((last, reasons)) = out.last_mut() {
            let in_order = match (reasons.last(), &g.reason) {
                (Some((previous, _)), Some((lang, _))) => lang > previous,
                _ => true,
            };
            if last.advice == g.advice && last.cite == g.cite && in_order {
                reasons.extend(g.reason.clone());
                continue;
            }
        }
        out.push((g.clone(), g.reason.clone().into_iter().collect()));
    }
    out
}

fn guidance_of(
    r: &mut Reader<'_>,
    known: &Known,
    g: &(RawGuidance, Vec<(String, String)>),
    term: Option<(String, String)>,
) -> Option<ImpGuidance> {
    let (raw, reasons) = g;
    let cite = cite_of(r, known, &raw.cite, raw.at)?;
    if !matches!(
        known.instruments.get(&cite.instrument),
        Some((InstrumentKind::Guideline, _))
    ) {
        r.omit(
            "guidance citing no guideline of the folder",
            "not imported",
            raw.at,
        );
        return None;
    }
    if reasons.is_empty() {
        r.omit(
            "guidance without a reason",
            "not imported (luxterm's guidance gives its reason)",
            raw.at,
        );
        return None;
    }
    Some(ImpGuidance {
        guideline: cite.instrument.clone(),
        term,
        advice: raw.advice,
        reason: reasons.clone(),
        cite,
    })
}

/// A citation as text (`opsc art. 2(c) (pinpoint)`) resolved against the folder's instruments.
fn cite_of(r: &mut Reader<'_>, known: &Known, raw: &str, at: usize) -> Option<ImpCite> {
    let (instrument, rest) = match raw.split_once(' ') {
        Some((i, rest)) => (i, Some(rest)),
        None => (raw, None),
    };
    let Some((_, provisions)) = known.instruments.get(instrument) else {
        r.omit(
            "a source that names no instrument of the folder",
            "not imported (import into a folder holding the instruments the file cites, e.g. with a copy of glossary/instruments)",
            at,
        );
        return None;
    };
    let (mut provision, mut pinpoint) = (None, None);
    if let Some(rest) = rest {
        // A provision path starts with its unit word, never with `(`: a pinpoint without a
        // provision is all of `(…)`, whatever parentheses it holds.
        match rest.split_once(" (") {
            _ if rest.starts_with('(') && rest.ends_with(')') => {
                pinpoint = rest
                    .strip_prefix('(')
                    .and_then(|s| s.strip_suffix(')'))
                    .map(str::to_owned);
            }
            Some((p, pin)) if pin.ends_with(')') => {
                provision = Some(p.to_owned());
                pinpoint = pin.strip_suffix(')').map(str::to_owned);
            }
            _ => provision = Some(rest.to_owned()),
        }
    }
    let mut evidence = format!(
        "Imported from {} (TBX), which gives the source as \"{raw}\"; not checked against the instrument's text.",
        r.name
    );
    if let Some(p) = &provision {
        if !provisions.contains(p) {
            r.omit(
                "a source naming a provision its instrument file does not list",
                "the instrument is cited without the provision, and the evidence says what the file gave",
                at,
            );
            evidence = format!(
                "Imported from {} (TBX), which gives the source as \"{raw}\"; the provision is not among the instrument's provisions, so it is left out. Not checked against the instrument's text.",
                r.name
            );
            provision = None;
        }
    }
    Some(ImpCite {
        instrument: instrument.to_owned(),
        provision,
        pinpoint,
        evidence,
    })
}

#[allow(clippy::too_many_arguments)]
fn terms(
    r: &mut Reader<'_>,
    known: &Known,
    c: &RawConcept,
    raws: &[RawConcept],
    ids: &[String],
    term_ids: &HashMap<&str, (usize, usize)>,
    concept: &mut ImpConcept,
) {
    // Abbreviations: `<id>-abbr` right after its full form.
    let mut kept: Vec<(&RawTerm, Option<&RawTerm>)> = Vec::new();
    for t in &c.terms {
        let is_abbr = t.term_type.as_deref() == Some("abbreviation")
            && t.id.as_deref().is_some_and(|id| id.ends_with("-abbr"));
        if is_abbr {
            if let Some((full, abbr)) = kept.last_mut() {
                let linked = full.id.as_deref().map(|f| format!("{f}-abbr")) == t.id
                    && full.lang == t.lang
                    && abbr.is_none();
                if linked {
                    *abbr = Some(t);
                    continue;
                }
            }
        }
        if matches!(
            t.term_type.as_deref(),
            Some("abbreviation" | "acronym" | "shortForm")
        ) {
            r.omit(
                "an abbreviation not linked to its full form (termType)",
                "imported as a term of its own",
                t.at,
            );
        }
        kept.push((t, None));
    }
    // A term listed twice in a language, compared as the loader compares terms: exactly (so
    // `CSAM` and `csam` are two terms, as the loader lets them be).
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    for (t, _) in &kept {
        let key = (t.lang.clone(), t.text.clone());
        if let Some(&first) = seen.get(&key) {
            let (line, _) = crate::diag::line_col(r.text, first);
            r.problem(Problem::new(
                Code::Duplicate,
                t.at..t.at + 1,
                format!("the term `{}` ({}) is listed twice in the entry", t.text, t.lang),
                "listed again",
                format!("a concept lists a term once per language (the first is on line {line}); merge the two term sections"),
            ));
        } else {
            seen.insert(key, t.at);
        }
    }
    // Statuses, per language in file order.
    let mut langs: Vec<&str> = Vec::new();
    for (t, _) in &kept {
        if !langs.contains(&t.lang.as_str()) {
            langs.push(&t.lang);
        }
    }
    let mut statuses: Vec<Status> = Vec::with_capacity(kept.len());
    for (t, _) in &kept {
        let status = match t.status.as_ref().map(|s| s.0.as_str()) {
            Some("preferredTerm-admn-sts") => Status::Preferred,
            Some("admittedTerm-admn-sts") if t.caution => Status::UseWithCaution,
            Some("admittedTerm-admn-sts") => Status::Admitted,
            Some("deprecatedTerm-admn-sts" | "supersededTerm-admn-sts") => Status::Avoid,
            _ => {
                let none_stated = kept
                    .iter()
                    .filter(|(x, _)| x.lang == t.lang)
                    .all(|(x, _)| x.status.is_none());
                let first = kept
                    .iter()
                    .find(|(x, _)| x.lang == t.lang)
                    .is_some_and(|(x, _)| std::ptr::eq(*x, *t));
                r.omit(
                    "a term without administrativeStatus",
                    "imported as preferred when it is the first of a language in which no term has a status, else as admitted",
                    t.at,
                );
                if none_stated && first {
                    Status::Preferred
                } else {
                    Status::Admitted
                }
            }
        };
        if t.status.as_ref().map(|s| s.0.as_str()) == Some("supersededTerm-admn-sts") {
            r.omit("supersededTerm-admn-sts", "imported as avoid", t.at);
        }
        statuses.push(status);
    }
    // One preferred term per language.
    let mut preferred: HashMap<&str, usize> = HashMap::new();
    for (i, (t, _)) in kept.iter().enumerate() {
        if statuses.get(i) == Some(&Status::Preferred) {
            if let Some(&first) = preferred.get(t.lang.as_str()) {
                let (line, _) = crate::diag::line_col(r.text, first);
                let at = t.status.as_ref().map_or(t.at, |s| s.1);
                r.problem(Problem::new(
                    Code::MultiplePreferred,
                    at..at + 1,
                    format!("a second preferred term in `{}`", t.lang),
                    "second preferred term",
                    format!("a concept has one preferred term per language (the first is on line {line}); mark this one admittedTerm-admn-sts"),
                ));
            } else {
                preferred.insert(&t.lang, t.at);
            }
        }
    }
    let preferred_text = |lang: &str| -> Option<String> {
        kept.iter()
            .zip(&statuses)
            .find(|((t, _), s)| t.lang == lang && **s == Status::Preferred)
            .map(|((t, _), _)| t.text.clone())
    };
    for (i, (t, abbr)) in kept.iter().enumerate() {
        let mut status = statuses.get(i).copied().unwrap_or(Status::Admitted);
        let mut term = ImpTerm {
            lang: t.lang.clone(),
            text: t.text.clone(),
            status,
            abbreviation: abbr.map(|a| a.text.clone()),
            pos: t.pos.as_deref().and_then(|p| match p {
                "noun" => Some(PartOfSpeech::Noun),
                "verb" => Some(PartOfSpeech::Verb),
                "adjective" => Some(PartOfSpeech::Adjective),
                "other" => Some(PartOfSpeech::Phrase),
                "properNoun" => Some(PartOfSpeech::Noun),
                _ => None,
            }),
            gender: t.gender.as_deref().and_then(|g| match g {
                "masculine" => Some(Gender::Masculine),
                "feminine" => Some(Gender::Feminine),
                "neuter" => Some(Gender::Neuter),
                "other" => Some(Gender::Common),
                _ => None,
            }),
            note: None,
            instead: None,
            instead_concept: None,
            why: t.why.clone(),
            legal: Vec::new(),
        };
        if t.pos.as_deref() == Some("adverb") {
            r.omit(
                "partOfSpeech adverb",
                "not imported: luxterm's parts of speech are noun, verb, adjective, phrase",
                t.at,
            );
        }
        let mut notes = t.notes.iter();
        if let Some((n, _)) = notes.next() {
            term.note = Some(n.clone());
        }
        for (_, at) in notes {
            r.omit(
                "a second note on a term",
                "not imported: a luxterm term has one usage note",
                *at,
            );
        }
        // What to use instead: the term a cross reference points to, or a prefixed note; for a
        // term to avoid, else the preferred term of the same entry and language. A term to use
        // with caution (a luxterm status, told by its note) may name a replacement too.
        let replaced = status == Status::Avoid || status == Status::UseWithCaution;
        let mut instead: Option<(String, Option<String>)> = None;
        if let Some((target, at)) = t.instead_ref.as_ref().filter(|_| replaced) {
            match term_ids.get(target.as_str()) {
                Some(&(tc, tt)) => {
                    let target_term = raws.get(tc).and_then(|x| x.terms.get(tt));
                    match target_term {
                        Some(x) if x.lang == t.lang => {
                            let other = ids.get(tc).filter(|cid| **cid != concept.id).cloned();
                            instead = Some((x.text.clone(), other));
                        }
                        _ => r.omit("a replacement in another language", "not imported", *at),
                    }
                }
                None => r.omit(
                    "a cross reference to a term not in the file",
                    "not imported",
                    *at,
                ),
            }
        }
        if instead.is_none() && replaced {
            if let Some((text, other)) = &t.instead_note {
                let usable = other.as_ref().is_none_or(|o| {
                    r.ids.contains_key(o.as_str()) || known.concepts.contains(o.as_str())
                });
                if usable {
                    instead = Some((text.clone(), other.clone()));
                }
            }
        }
        if status == Status::UseWithCaution {
            if let Some((text, other)) = instead.take() {
                term.instead = Some(text);
                term.instead_concept = other;
            }
        }
        if status == Status::Avoid {
            if instead.is_none() {
                if let Some(p) = preferred_text(&t.lang) {
                    r.omit(
                        "a deprecated term that names no replacement",
                        "the entry's preferred term in the same language is named as the replacement",
                        t.at,
                    );
                    instead = Some((p, None));
                }
            }
            match instead {
                Some((text, other)) => {
                    term.instead = Some(text);
                    term.instead_concept = other;
                    if term.why.is_none() {
                        r.omit(
                            "a deprecated term without a reason",
                            "its `why` says only that the file marks it deprecated",
                            t.at,
                        );
                        term.why = Some(format!(
                            "Marked {} in {} (TBX), which gives no reason.",
                            t.status.as_ref().map_or("deprecated", |s| s.0.as_str()),
                            r.name
                        ));
                    }
                }
                None => {
                    r.omit(
                        "a deprecated term with no replacement in its language",
                        "imported as use-with-caution (luxterm's terms to avoid name a replacement)",
                        t.at,
                    );
                    status = Status::UseWithCaution;
                    term.status = status;
                    term.why = None;
                }
            }
        }
        for (raw, at) in &t.legal {
            if let Some(cite) = cite_of(r, known, raw, *at) {
                term.legal.push(cite);
            }
        }
        let lang = t.lang.clone();
        let text = t.text.clone();
        for g in &t.guidance {
            let reason = g
                .reason
                .clone()
                .map(|(l, text)| (if l.is_empty() { lang.clone() } else { l }, text))
                .into_iter()
                .collect();
            let pair = (g.clone(), reason);
            if let Some(x) = guidance_of(r, known, &pair, Some((text.clone(), lang.clone()))) {
                concept.guidance.push(x);
            }
        }
        concept.terms.push(term);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guidance_notes_parse_with_nested_parentheses() {
        let g = parse_guidance(
            "avoid (opsc art. 2(c) (pinpoint)): reason",
            Some("fr".into()),
            0,
        )
        .unwrap();
        assert_eq!(g.cite, "opsc art. 2(c) (pinpoint)");
        assert_eq!(g.reason, Some(("fr".into(), "reason".into())));
        // A pinpoint is free text: its parentheses need not balance (found by the round-trip
        // property, tests/tbx_props.rs).
        let g = parse_guidance("use (opsc (a)b) c)): r (x): y", None, 0).unwrap();
        assert_eq!(g.cite, "opsc (a)b) c)");
        assert_eq!(g.reason, Some((String::new(), "r (x): y".into())));
        let g = parse_guidance("avoid (opsc art. 2(c)): a (b): c", None, 0).unwrap();
        assert_eq!(g.cite, "opsc art. 2(c)");
        let g = parse_guidance("use (luxembourg-guidelines-2016)", None, 0).unwrap();
        assert_eq!(g.cite, "luxembourg-guidelines-2016");
        assert!(g.reason.is_none());
    }

    #[test]
    fn guidance_notes_merge_while_their_languages_are_in_order() {
        let note = |lang: &str| RawGuidance {
            advice: Advice::Use,
            cite: "guidelines".into(),
            reason: Some((lang.into(), "r".into())),
            at: 0,
        };
        // Two entries with the same advice and citation: {en, fr} then {ar, fr}.
        let merged = merge_guidance(&[note("en"), note("fr"), note("ar"), note("fr")]);
        let langs: Vec<Vec<&str>> = merged
            .iter()
            .map(|(_, r)| r.iter().map(|(l, _)| l.as_str()).collect())
            .collect();
        assert_eq!(langs, [vec!["en", "fr"], vec!["ar", "fr"]]);
    }

    #[test]
    fn ids_are_slugified() {
        assert_eq!(slugify("C_001"), "c-001");
        assert_eq!(slugify("--"), "");
        assert_eq!(unprefixed("c-18-plus"), Some("18-plus"));
        assert_eq!(unprefixed("c-plus"), None);
        assert_eq!(unprefixed("c1"), None);
        assert_eq!(
            split_paren_suffix("child (people)"),
            Some(("child", "people"))
        );
    }
}
