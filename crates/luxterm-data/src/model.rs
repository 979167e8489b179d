//! The concept-oriented data model (ISO 704 / TBX style): one [`Concept`] carries many [`Term`]s.
//!
//! Every string is `Cow<'static, str>` and every list `Cow<'static, [T]>`, so the same types hold a
//! glossary loaded at run time (owned) and the glossary baked into the `luxterm` crate (borrowed from
//! static data, built at compile time at no run-time cost), as ICU4X does with its baked data.
//! All text is Unicode NFC; the loader refuses anything else.

use core::cmp::Ordering;
use core::fmt;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A string in the model: borrowed from static data in the embedded glossary, owned when loaded.
pub type Text = Cow<'static, str>;
/// A list in the model: borrowed from static data in the embedded glossary, owned when loaded.
pub type List<T> = Cow<'static, [T]>;

macro_rules! bake_attrs {
    ($($item:item)*) => {
        $(
            #[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = luxterm_data::model))]
            $item
        )*
    };
}

bake_attrs! {
/// A semantic version of the glossary's data, `MAJOR.MINOR.PATCH`.
///
/// ```
/// use luxterm_data::model::Version;
/// let v: Version = "1.2.3".parse().unwrap();
/// assert_eq!(v, Version::new(1, 2, 3));
/// assert!(Version::new(0, 9, 0) < v);
/// assert_eq!(v.to_string(), "1.2.3");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Version {
    /// Incremented when a released concept id changes or disappears.
    pub major: u16,
    /// Incremented when concepts, terms or facts are added or corrected.
    pub minor: u16,
    /// Incremented for fixes of wording that change no fact.
    pub patch: u16,
}

/// A calendar date where the day, or the month and day, may be unknown (never invented).
///
/// ```
/// use luxterm_data::model::Date;
/// let d: Date = "2025-04".parse().unwrap();
/// assert_eq!(d.month, Some(4));
/// assert_eq!(d.day, None);
/// assert_eq!(d.to_string(), "2025-04");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// The year.
    pub year: u16,
    /// The month (1–12), when known.
    pub month: Option<u8>,
    /// The day of the month, when known.
    pub day: Option<u8>,
}

/// A text in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    /// BCP 47 language tag.
    pub lang: Text,
    /// The text, NFC.
    pub text: Text,
}

/// One release of the glossary's data.
///
/// ```
/// # let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
/// # let glossary = luxterm_data::load_dir(&dir, "glossary").unwrap();
/// let first = &glossary.releases[0];
/// assert_eq!(first.version.to_string(), "0.1.0");
/// assert!(!first.notes.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Release {
    /// Its semantic version.
    pub version: Version,
    /// The day it was published.
    pub date: Date,
    /// What changed, for people.
    pub notes: Text,
}

/// What kind of document an [`Instrument`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum InstrumentKind {
    /// A binding treaty or convention.
    Treaty,
    /// An optional or additional protocol to a treaty.
    Protocol,
    /// A directive (European Union).
    Directive,
    /// A legislative proposal not (yet) adopted.
    Proposal,
    /// Guidelines, guidance or principles (not binding).
    Guideline,
    /// A resolution of a UN or regional body.
    Resolution,
}

/// What a [`Provision`] does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ProvisionKind {
    /// Defines a term.
    Defines,
    /// Requires conduct to be made a criminal offence.
    Criminalises,
    /// Places another obligation on States.
    Obliges,
    /// Recommends (guidelines, resolutions).
    Recommends,
    /// Anything else worth citing.
    Other,
}

/// A short quotation of an instrument's exact words (a defined term, a key phrase).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Language of the quoted authentic text.
    pub lang: Text,
    /// The exact words.
    pub text: Text,
}

/// An article, paragraph or section of an instrument.
///
/// ```
/// # let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
/// # let glossary = luxterm_data::load_dir(&dir, "glossary").unwrap();
/// use luxterm_data::model::ProvisionKind;
/// let opsc = glossary.instruments.iter().find(|i| i.id == "opsc").unwrap();
/// let p = opsc.provisions.iter().find(|p| p.path == "art. 2(a)").unwrap();
/// assert_eq!(p.kind, ProvisionKind::Defines);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provision {
    /// Canonical path: `art. 2(c)`, `art. 3(1)(a)(ii)`, `para. 60`, `section D.1`, `preamble`.
    pub path: Text,
    /// What it does.
    pub kind: ProvisionKind,
    /// The provision's own heading, per language.
    pub heading: List<Localized>,
    /// What it defines, criminalises or asks for, in the project's words, per language.
    pub summary: List<Localized>,
    /// The exact defined term or key phrase, when a drafter needs the words.
    pub quote: Option<Quote>,
    /// Whether the provision's content was checked against the instrument's text.
    pub verified: bool,
    /// What the check rests on.
    pub evidence: Option<Text>,
}

/// A treaty, protocol, directive, guideline or resolution.
///
/// ```
/// # let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
/// # let glossary = luxterm_data::load_dir(&dir, "glossary").unwrap();
/// use luxterm_data::model::InstrumentKind;
/// let opsc = glossary.instruments.iter().find(|i| i.id == "opsc").unwrap();
/// assert_eq!(opsc.kind, InstrumentKind::Protocol);
/// assert_eq!(opsc.adopted.to_string(), "2000-05-25");
/// assert_eq!(opsc.authentic_languages.len(), 6);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instrument {
    /// Stable id, e.g. `opsc`.
    pub id: Text,
    /// What kind of document it is.
    pub kind: InstrumentKind,
    /// The body that adopted it.
    pub body: Text,
    /// Document symbol, treaty series number or CELEX number.
    pub symbol: Option<Text>,
    /// Date of adoption (or of opening for signature).
    pub adopted: Date,
    /// Date of entry into force, if any.
    pub in_force: Option<Date>,
    /// Languages whose texts are equally authentic.
    pub authentic_languages: List<Text>,
    /// Official link.
    pub url: Option<Text>,
    /// Whether the link was seen serving the instrument.
    pub url_verified: bool,
    /// Short names per language (`OPSC`).
    pub short_name: List<Localized>,
    /// Official titles per language.
    pub title: List<Localized>,
    /// A note in the project's words.
    pub note: List<Localized>,
    /// Its provisions, in the order of the source file.
    pub provisions: List<Provision>,
}

/// A reference to an instrument, optionally to one of its provisions.
///
/// ```
/// use luxterm_data::model::Citation;
/// let c = Citation { instrument: "crc".into(), provision: Some("art. 1".into()), pinpoint: None,
///     verified: true, evidence: Some("Read in the English text.".into()) };
/// assert_eq!(c.display_with("CRC"), "CRC art. 1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    /// The instrument's id.
    pub instrument: Text,
    /// The provision's path, when known.
    pub provision: Option<Text>,
    /// The part of the provision that matters here.
    pub pinpoint: Option<Text>,
    /// Whether the cited content was checked against the instrument's text.
    pub verified: bool,
    /// What the check rests on, or why it could not be made.
    pub evidence: Option<Text>,
}

/// The categories concepts are browsed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Category {
    /// Children, victims, survivors, offenders.
    People,
    /// Umbrella terms: sexual violence, abuse, exploitation.
    Umbrella,
    /// Sale of children and trafficking.
    SaleAndTrafficking,
    /// Exploitation in prostitution.
    Prostitution,
    /// Exploitation in the context of travel and tourism.
    TravelAndTourism,
    /// Child sexual abuse material and related material.
    Material,
    /// Grooming, live streaming, extortion and other online conduct.
    OnlineConduct,
    /// The conduct elements of offences (producing, possessing, …).
    OffenceElements,
    /// Information and communication technologies.
    Ict,
    /// Legal notions: jurisdiction, procedure, obligations of States.
    LegalFramework,
    /// Bodies, mandates and procedures (the Special Rapporteur's mandate …).
    Institution,
}

/// How a term is to be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Status {
    /// The term to use.
    Preferred,
    /// An acceptable synonym.
    Admitted,
    /// Usable with care (context, audience).
    UseWithCaution,
    /// To avoid; a replacement is named.
    Avoid,
}

/// Part of speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum PartOfSpeech {
    /// Noun or noun phrase.
    Noun,
    /// Verb or verb phrase.
    Verb,
    /// Adjective.
    Adjective,
    /// Another phrase.
    Phrase,
}

/// Grammatical gender.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Gender {
    /// Masculine.
    Masculine,
    /// Feminine.
    Feminine,
    /// Neuter.
    Neuter,
    /// Common gender.
    Common,
}

/// Grammatical notes on a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Grammar {
    /// Part of speech.
    pub pos: Option<PartOfSpeech>,
    /// Gender, where the language has it.
    pub gender: Option<Gender>,
}

/// The validity of an entry across releases: from `since` (inclusive) to `until` (exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Span {
    /// Release in which it appeared; `None`: with the concept.
    pub since: Option<Version>,
    /// Release in which it was removed or replaced; `None`: still current.
    pub until: Option<Version>,
}

/// A designation of a concept in one language.
///
/// ```
/// # let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
/// # let glossary = luxterm_data::load_dir(&dir, "glossary").unwrap();
/// use luxterm_data::model::Status;
/// let csam = glossary.concepts.iter().find(|c| c.id == "child-sexual-abuse-material").unwrap();
/// let cp = csam.terms.iter().find(|t| t.text == "child pornography").unwrap();
/// assert_eq!(cp.status, Status::Avoid);
/// assert_eq!(cp.instead.as_deref(), Some("child sexual abuse material"));
/// assert!(cp.legal_term_of.iter().any(|c| c.instrument == "opsc" && c.verified));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// BCP 47 tag.
    pub lang: Text,
    /// The term, NFC.
    pub text: Text,
    /// How to use it.
    pub status: Status,
    /// Its abbreviation (`CSAM`).
    pub abbreviation: Option<Text>,
    /// Grammatical notes.
    pub grammar: Grammar,
    /// A usage note in the project's words.
    pub note: Option<Text>,
    /// For a term to avoid: what to say instead (a term of the same language).
    pub instead: Option<Text>,
    /// The concept `instead` belongs to, when it is not this one.
    pub instead_concept: Option<Text>,
    /// For a term to avoid: why.
    pub why: Option<Text>,
    /// The instruments whose authentic text uses exactly this term.
    pub legal_term_of: List<Citation>,
    /// Inflected forms of the term (plural, cases) that the text checker also finds: matching
    /// data, not terms of their own (search and the views show only `text`). NFC, in the term's
    /// script, distinct from the term and from each other.
    pub forms: List<Text>,
    /// Its validity across releases.
    pub span: Span,
}

/// A definition in the project's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Definition {
    /// BCP 47 tag.
    pub lang: Text,
    /// The definition.
    pub text: Text,
    /// The provision or document it rests on.
    pub source: Citation,
    /// Its validity across releases.
    pub span: Span,
}

/// What a guideline advises about a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Advice {
    /// Can be used (2025 edition: "use confidently").
    Use,
    /// Use with caution.
    UseWithCaution,
    /// Avoid (2025 edition: "best avoided").
    Avoid,
}

/// What a guideline says about a concept or one of its terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guidance {
    /// The guideline instrument's id.
    pub guideline: Text,
    /// The term the guidance is about, if one.
    pub term: Option<Text>,
    /// The language of `term`.
    pub term_lang: Text,
    /// The advice.
    pub advice: Advice,
    /// The reason in the project's words, per language.
    pub reason: List<Localized>,
    /// Where the guideline says it.
    pub cite: Citation,
    /// Its validity across releases.
    pub span: Span,
}

/// A concept-system relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RelationKind {
    /// The target is broader (generic).
    Broader,
    /// The target is narrower (specific).
    Narrower,
    /// The target is associated.
    Related,
    /// This concept is replaced by the target.
    ReplacedBy,
}

/// A relation to another concept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    /// What kind of relation.
    pub kind: RelationKind,
    /// The target concept's id.
    pub concept: Text,
    /// Its validity across releases.
    pub span: Span,
}

/// One entry of a concept's revision history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    /// The release in which the concept changed.
    pub release: Version,
    /// What changed, for people.
    pub summary: Text,
}

/// A concept: the unit of the glossary.
///
/// ```
/// # let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
/// # let glossary = luxterm_data::load_dir(&dir, "glossary").unwrap();
/// use luxterm_data::model::{Category, Status};
/// let c = glossary.concepts.iter().find(|c| c.id == "sale-of-children").unwrap();
/// assert_eq!(c.category, Category::SaleAndTrafficking);
/// assert!(c.terms.iter().any(|t| t.lang == "fr" && t.status == Status::Preferred));
/// assert!(c.citations.iter().any(|e| e.citation.instrument == "opsc"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concept {
    /// Stable id: the kebab-case slug of its preferred English term.
    pub id: Text,
    /// The category it is browsed under.
    pub category: Category,
    /// The release it first appeared in.
    pub added: Version,
    /// The release it was withdrawn in, if any.
    pub removed: Option<Version>,
    /// Its terms in every language.
    pub terms: List<Term>,
    /// Its definitions.
    pub definitions: List<Definition>,
    /// Guidance from the guidelines.
    pub guidance: List<Guidance>,
    /// Provisions that define or criminalise it.
    pub citations: List<CitationEntry>,
    /// Relations to other concepts.
    pub relations: List<Relation>,
    /// Revision history, oldest first.
    pub history: List<Revision>,
    /// The element matrix: how instruments define or criminalise it, element by element.
    pub elements: List<ElementRow>,
}

/// A citation of a concept, with its validity across releases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitationEntry {
    /// The citation.
    pub citation: Citation,
    /// Its validity across releases.
    pub span: Span,
}

/// A key of the term index: a folded term text and the concept and term it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermKey {
    /// NFC, lower-cased text of the term.
    pub key: Text,
    /// Index of the concept in [`GlossaryData::concepts`].
    pub concept: u32,
    /// Index of the term in the concept's terms.
    pub term: u32,
}

/// A whole, validated glossary: what the loader returns and what the build bakes.
///
/// Concepts and instruments are sorted by id, releases by version, the term index by key: every
/// look-up is a binary search.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct GlossaryData {
    /// Releases, oldest first.
    pub releases: List<Release>,
    /// Instruments, sorted by id.
    pub instruments: List<Instrument>,
    /// Concepts, sorted by id.
    pub concepts: List<Concept>,
    /// Every term's lower-cased NFC text, sorted, for exact look-up in any language. Derived from
    /// the concepts (see `index_terms`), so not serialized.
    #[serde(skip)]
    pub term_index: List<TermKey>,
    /// The elements drafters compare across instruments, in the order of `elements.toml`.
    pub elements: List<ElementDef>,
}

/// An element of a definition or offence that drafters weigh when they compare instruments
/// ("age limit", "simulated or virtual depictions", "knowingly obtaining access" …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElementDef {
    /// Stable id, e.g. `age-limit`.
    pub id: Text,
    /// Its label per language.
    pub label: List<Localized>,
    /// The question a drafter asks of each instrument, per language.
    pub question: List<Localized>,
}

/// How an instrument answers an element's question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum CellValue {
    /// The instrument covers it.
    Yes,
    /// The instrument excludes it.
    No,
    /// Covered, but States may opt out (a reservation) or opt in.
    Optional,
    /// Covered in part or with conditions (say which in the detail).
    Partly,
    /// The instrument does not address it.
    NotAddressed,
}

/// One cell of an element matrix: an instrument's answer, with its citation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElementCell {
    /// The answer.
    pub value: CellValue,
    /// The answer in words (the project's), per language.
    pub detail: List<Localized>,
    /// The instrument and provision that give the answer.
    pub cite: Citation,
}

/// One row of a concept's element matrix: an element and each instrument's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElementRow {
    /// The element's id (see [`ElementDef`]).
    pub element: Text,
    /// One cell per instrument, in the order of the source file.
    pub cells: List<ElementCell>,
    /// Its validity across releases.
    pub span: Span,
}
}

impl Version {
    /// A version from its three numbers.
    pub const fn new(major: u16, minor: u16, patch: u16) -> Self {
        Version {
            major,
            minor,
            patch,
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// A string that is not a `MAJOR.MINOR.PATCH` version or a `YYYY[-MM[-DD]]` date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// What was expected.
    pub expected: &'static str,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected {}", self.expected)
    }
}

impl std::error::Error for ParseError {}

fn parse_number<T: core::str::FromStr>(s: &str, expected: &'static str) -> Result<T, ParseError> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) || (s.len() > 1 && s.starts_with('0'))
    {
        return Err(ParseError { expected });
    }
    s.parse().map_err(|_| ParseError { expected })
}

impl core::str::FromStr for Version {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        const EXPECTED: &str = "a version MAJOR.MINOR.PATCH such as 1.0.0";
        let mut parts = s.split('.');
        let (Some(a), Some(b), Some(c), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(ParseError { expected: EXPECTED });
        };
        Ok(Version::new(
            parse_number(a, EXPECTED)?,
            parse_number(b, EXPECTED)?,
            parse_number(c, EXPECTED)?,
        ))
    }
}

impl Serialize for Version {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl core::str::FromStr for Date {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        const EXPECTED: &str = "a date YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known)";
        let err = ParseError { expected: EXPECTED };
        let parts: Vec<&str> = s.split('-').collect();
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        let (y, m, d) = match parts.as_slice() {
            [y] if digits(y, 4) => (*y, None, None),
            [y, m] if digits(y, 4) && digits(m, 2) => (*y, Some(*m), None),
            [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => (*y, Some(*m), Some(*d)),
            _ => return Err(err),
        };
        let year: u16 = y.parse().map_err(|_| err.clone())?;
        let month: Option<u8> = m.map(str::parse).transpose().map_err(|_| err.clone())?;
        let day: Option<u8> = d.map(str::parse).transpose().map_err(|_| err.clone())?;
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(err);
            }
            if let Some(d) = day {
                let max = match m {
                    2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
                    2 => 28,
                    4 | 6 | 9 | 11 => 30,
                    _ => 31,
                };
                if d == 0 || d > max {
                    return Err(err);
                }
            }
        }
        Ok(Date { year, month, day })
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl Span {
    /// Whether an entry with this span is part of the concept as it stood in `release`,
    /// given the release the concept was added in.
    ///
    /// ```
    /// use luxterm_data::model::{Span, Version};
    /// let v = |s: &str| s.parse::<Version>().unwrap();
    /// let span = Span { since: Some(v("1.0.0")), until: Some(v("1.1.0")) };
    /// assert!(!span.contains(v("0.1.0"), v("0.1.0")));
    /// assert!(span.contains(v("1.0.0"), v("0.1.0")));
    /// assert!(!span.contains(v("1.1.0"), v("0.1.0")));
    /// ```
    pub fn contains(&self, release: Version, concept_added: Version) -> bool {
        let since = self.since.unwrap_or(concept_added);
        since <= release && self.until.is_none_or(|u| release < u)
    }
}

/// Looks up `text` in a list of localized texts, falling back to English, then to the first one.
///
/// Returns the text and whether a fallback was used.
///
/// ```
/// use luxterm_data::model::{pick, Localized};
/// let list = vec![Localized { lang: "en".into(), text: "Definitions".into() }];
/// assert_eq!(pick(&list, "fr"), Some((&list[0], true)));
/// assert_eq!(pick(&list, "en"), Some((&list[0], false)));
/// ```
pub fn pick<'a>(list: &'a [Localized], lang: &str) -> Option<(&'a Localized, bool)> {
    if let Some(l) = list.iter().find(|l| l.lang == lang) {
        return Some((l, false));
    }
    list.iter()
        .find(|l| l.lang == "en")
        .or_else(|| list.first())
        .map(|l| (l, true))
}

impl Ord for Release {
    fn cmp(&self, other: &Self) -> Ordering {
        self.version.cmp(&other.version)
    }
}

impl PartialOrd for Release {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Concept {
    /// The preferred term in `lang` (current release), if any.
    ///
    /// ```
    /// # let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
    /// # let glossary = luxterm_data::load_dir(&dir, "glossary").unwrap();
    /// let child = glossary.concepts.iter().find(|c| c.id == "child").unwrap();
    /// assert_eq!(child.preferred("en").unwrap().text, "child");
    /// ```
    pub fn preferred(&self, lang: &str) -> Option<&Term> {
        self.terms
            .iter()
            .find(|t| t.lang == lang && t.status == Status::Preferred && t.span.until.is_none())
    }

    /// The current terms in `lang`, preferred first, then admitted, use with caution, avoid.
    ///
    /// ```
    /// # let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
    /// # let glossary = luxterm_data::load_dir(&dir, "glossary").unwrap();
    /// let csam = glossary.concepts.iter().find(|c| c.id == "child-sexual-abuse-material").unwrap();
    /// let en: Vec<_> = csam.terms_in("en").map(|t| t.status).collect();
    /// assert!(en.windows(2).all(|w| w[0] <= w[1]));
    /// ```
    pub fn terms_in(&self, lang: &str) -> std::vec::IntoIter<&Term> {
        let mut v: Vec<&Term> = self
            .terms
            .iter()
            .filter(|t| t.lang == lang && t.span.until.is_none())
            .collect();
        v.sort_by_key(|t| t.status);
        v.into_iter()
    }

    /// The languages the concept has terms in, in order of first appearance.
    pub fn languages(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for t in self.terms.iter() {
            if !out.contains(&&*t.lang) {
                out.push(&t.lang);
            }
        }
        out
    }

    /// Whether the concept existed in `release` (added in it or before, not yet removed).
    ///
    /// ```
    /// # let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
    /// # let glossary = luxterm_data::load_dir(&dir, "glossary").unwrap();
    /// use luxterm_data::model::Version;
    /// let child = glossary.concepts.iter().find(|c| c.id == "child").unwrap();
    /// assert!(child.exists_in(child.added));
    /// assert!(!child.exists_in(Version::new(0, 0, 1)));
    /// ```
    pub fn exists_in(&self, release: Version) -> bool {
        self.added <= release && self.removed.is_none_or(|r| release < r)
    }

    /// The concept as it stood in `release`: `None` if it did not exist then, otherwise a copy
    /// holding only the entries valid in that release.
    /// Entries kept in the copy carry no `until` (in that release they were current), so
    /// [`Concept::preferred`] and [`Concept::terms_in`] on the copy answer for that release.
    ///
    /// ```
    /// # let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
    /// # let glossary = luxterm_data::load_dir(&dir, "glossary").unwrap();
    /// use luxterm_data::model::Version;
    /// let child = glossary.concepts.iter().find(|c| c.id == "child").unwrap();
    /// assert!(child.as_of(Version::new(0, 0, 1)).is_none());
    /// assert!(child.as_of(child.added).is_some());
    /// ```
    pub fn as_of(&self, release: Version) -> Option<Concept> {
        if !self.exists_in(release) {
            return None;
        }
        let a = self.added;
        // Kept entries were current in `release`: in the copy they carry no `until`, so that
        // every "current" look-up on it (`preferred`, `terms_in` …) sees exactly that release.
        fn keep<T: Clone>(
            list: &[T],
            span: impl Fn(&mut T) -> &mut Span,
            release: Version,
            added: Version,
        ) -> List<T> {
            Cow::Owned(
                list.iter()
                    .filter_map(|x| {
                        let mut x = x.clone();
                        let s = span(&mut x);
                        if !s.contains(release, added) {
                            return None;
                        }
                        s.until = None;
                        Some(x)
                    })
                    .collect(),
            )
        }
        Some(Concept {
            id: self.id.clone(),
            category: self.category,
            added: self.added,
            removed: self.removed,
            terms: keep(&self.terms, |t| &mut t.span, release, a),
            definitions: keep(&self.definitions, |d| &mut d.span, release, a),
            guidance: keep(&self.guidance, |g| &mut g.span, release, a),
            citations: keep(&self.citations, |c| &mut c.span, release, a),
            relations: keep(&self.relations, |r| &mut r.span, release, a),
            history: Cow::Owned(
                self.history
                    .iter()
                    .filter(|h| h.release <= release)
                    .cloned()
                    .collect(),
            ),
            elements: keep(&self.elements, |e| &mut e.span, release, a),
        })
    }
}

impl Term {
    /// The language of a text attached to the term (its `note` or `why`), for a `lang` attribute. The format
    /// lets them be in the term's language or in English; a text mostly in Latin script on a term
    /// of a language written in another script is taken as English. (Between two Latin-script
    /// languages the text is attributed to the term's language.)
    ///
    /// ```
    /// use luxterm_data::model::{Grammar, Span, Status, Term};
    /// let t = |lang: &str| Term {
    ///     lang: lang.to_owned().into(), text: "x".into(), status: Status::Preferred, abbreviation: None,
    ///     grammar: Grammar::default(), note: None, instead: None,
    ///     instead_concept: None, why: None, legal_term_of: Default::default(),
    ///     forms: Default::default(), span: Span::default(),
    /// };
    /// assert_eq!(t("ar").lang_of("Usual rendering, not verified."), "en");
    /// assert_eq!(t("ar").lang_of("ترجمة شائعة"), "ar");
    /// assert_eq!(t("es").lang_of("Uso general."), "es");
    /// ```
    pub fn lang_of(&self, text: &str) -> &str {
        let other_script = matches!(
            self.lang.split('-').next(),
            Some("ar" | "zh" | "ru" | "ja" | "ko" | "he" | "fa" | "el" | "uk" | "bg" | "sr")
        );
        let (mut latin, mut total) = (0usize, 0usize);
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            total += 1;
            if c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c) {
                latin += 1;
            }
        }
        if other_script && total > 0 && latin * 2 > total {
            "en"
        } else {
            &self.lang
        }
    }
}

impl Category {
    /// Every category, in browsing order.
    pub const ALL: [Category; 11] = [
        Category::People,
        Category::Umbrella,
        Category::SaleAndTrafficking,
        Category::Prostitution,
        Category::TravelAndTourism,
        Category::Material,
        Category::OnlineConduct,
        Category::OffenceElements,
        Category::Ict,
        Category::LegalFramework,
        Category::Institution,
    ];

    /// The category's name in the source format (`sale-and-trafficking`).
    ///
    /// ```
    /// use luxterm_data::model::Category;
    /// assert_eq!(Category::SaleAndTrafficking.as_str(), "sale-and-trafficking");
    /// assert_eq!("material".parse::<Category>(), Ok(Category::Material));
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Category::People => "people",
            Category::Umbrella => "umbrella",
            Category::SaleAndTrafficking => "sale-and-trafficking",
            Category::Prostitution => "prostitution",
            Category::TravelAndTourism => "travel-and-tourism",
            Category::Material => "material",
            Category::OnlineConduct => "online-conduct",
            Category::OffenceElements => "offence-elements",
            Category::Ict => "ict",
            Category::LegalFramework => "legal-framework",
            Category::Institution => "institution",
        }
    }
}

impl Category {
    /// The category whose name in the source format is `name` once ASCII case is ignored
    /// (`Material` and `MATERIAL` name [`Category::Material`]), for names typed or shared with
    /// other capitals (an address such as `/category/Material`). Parsing (`str::parse`) is exact.
    ///
    /// ```
    /// use luxterm_data::model::Category;
    /// assert_eq!(Category::from_name_ignoring_case("Sale-And-Trafficking"), Some(Category::SaleAndTrafficking));
    /// assert_eq!(Category::from_name_ignoring_case("material"), Some(Category::Material));
    /// assert_eq!(Category::from_name_ignoring_case("materials"), None);
    /// ```
    pub fn from_name_ignoring_case(name: &str) -> Option<Category> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(name))
    }
}

impl core::str::FromStr for Category {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or(ParseError {
                expected: "a category: people, umbrella, sale-and-trafficking, prostitution, travel-and-tourism, material, online-conduct, offence-elements, ict, legal-framework or institution",
            })
    }
}

impl Status {
    /// The status's name in the source format (`use-with-caution`).
    ///
    /// ```
    /// assert_eq!(luxterm_data::model::Status::UseWithCaution.as_str(), "use-with-caution");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Preferred => "preferred",
            Status::Admitted => "admitted",
            Status::UseWithCaution => "use-with-caution",
            Status::Avoid => "avoid",
        }
    }
}

impl Advice {
    /// The advice's name in the source format (`use-with-caution`).
    ///
    /// ```
    /// assert_eq!(luxterm_data::model::Advice::UseWithCaution.as_str(), "use-with-caution");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Advice::Use => "use",
            Advice::UseWithCaution => "use-with-caution",
            Advice::Avoid => "avoid",
        }
    }
}

impl CellValue {
    /// The value's name in the source format (`not-addressed`).
    ///
    /// ```
    /// assert_eq!(luxterm_data::model::CellValue::NotAddressed.as_str(), "not-addressed");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            CellValue::Yes => "yes",
            CellValue::No => "no",
            CellValue::Optional => "optional",
            CellValue::Partly => "partly",
            CellValue::NotAddressed => "not-addressed",
        }
    }
}

impl RelationKind {
    /// The relation's name in the source format (`replaced-by`).
    ///
    /// ```
    /// assert_eq!(luxterm_data::model::RelationKind::ReplacedBy.as_str(), "replaced-by");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Broader => "broader",
            RelationKind::Narrower => "narrower",
            RelationKind::Related => "related",
            RelationKind::ReplacedBy => "replaced-by",
        }
    }
}

impl Citation {
    /// The citation as a drafter writes it: `OPSC art. 2(c)`, using the given short name.
    ///
    /// ```
    /// use luxterm_data::model::Citation;
    /// let c = Citation { instrument: "opsc".into(), provision: Some("art. 2(c)".into()),
    ///     pinpoint: None, verified: true, evidence: None };
    /// assert_eq!(c.display_with("OPSC"), "OPSC art. 2(c)");
    /// ```
    pub fn display_with(&self, short_name: &str) -> String {
        let mut s = short_name.to_owned();
        if let Some(p) = &self.provision {
            s.push(' ');
            s.push_str(p);
        }
        if let Some(p) = &self.pinpoint {
            s.push_str(" (");
            s.push_str(p);
            s.push(')');
        }
        s
    }
}

impl Status {
    /// Every status, in the order terms are shown: preferred, admitted, use with caution, avoid.
    pub const ALL: [Status; 4] = [
        Status::Preferred,
        Status::Admitted,
        Status::UseWithCaution,
        Status::Avoid,
    ];
}

impl Advice {
    /// Every advice, from "use" to "avoid".
    pub const ALL: [Advice; 3] = [Advice::Use, Advice::UseWithCaution, Advice::Avoid];
}

impl CellValue {
    /// Every answer an element cell can give.
    pub const ALL: [CellValue; 5] = [
        CellValue::Yes,
        CellValue::No,
        CellValue::Optional,
        CellValue::Partly,
        CellValue::NotAddressed,
    ];
}

impl RelationKind {
    /// Every kind of relation.
    pub const ALL: [RelationKind; 4] = [
        RelationKind::Broader,
        RelationKind::Narrower,
        RelationKind::Related,
        RelationKind::ReplacedBy,
    ];
}

impl InstrumentKind {
    /// Every kind of instrument.
    pub const ALL: [InstrumentKind; 6] = [
        InstrumentKind::Treaty,
        InstrumentKind::Protocol,
        InstrumentKind::Directive,
        InstrumentKind::Proposal,
        InstrumentKind::Guideline,
        InstrumentKind::Resolution,
    ];

    /// The kind's name in the source format (`guideline`).
    ///
    /// ```
    /// assert_eq!(luxterm_data::model::InstrumentKind::Protocol.as_str(), "protocol");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            InstrumentKind::Treaty => "treaty",
            InstrumentKind::Protocol => "protocol",
            InstrumentKind::Directive => "directive",
            InstrumentKind::Proposal => "proposal",
            InstrumentKind::Guideline => "guideline",
            InstrumentKind::Resolution => "resolution",
        }
    }
}

impl ProvisionKind {
    /// Every kind of provision.
    pub const ALL: [ProvisionKind; 5] = [
        ProvisionKind::Defines,
        ProvisionKind::Criminalises,
        ProvisionKind::Obliges,
        ProvisionKind::Recommends,
        ProvisionKind::Other,
    ];

    /// The kind's name in the source format (`criminalises`).
    ///
    /// ```
    /// assert_eq!(luxterm_data::model::ProvisionKind::Criminalises.as_str(), "criminalises");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ProvisionKind::Defines => "defines",
            ProvisionKind::Criminalises => "criminalises",
            ProvisionKind::Obliges => "obliges",
            ProvisionKind::Recommends => "recommends",
            ProvisionKind::Other => "other",
        }
    }
}

impl PartOfSpeech {
    /// Every part of speech.
    pub const ALL: [PartOfSpeech; 4] = [
        PartOfSpeech::Noun,
        PartOfSpeech::Verb,
        PartOfSpeech::Adjective,
        PartOfSpeech::Phrase,
    ];

    /// Its name in the source format (`noun`).
    ///
    /// ```
    /// assert_eq!(luxterm_data::model::PartOfSpeech::Noun.as_str(), "noun");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            PartOfSpeech::Noun => "noun",
            PartOfSpeech::Verb => "verb",
            PartOfSpeech::Adjective => "adjective",
            PartOfSpeech::Phrase => "phrase",
        }
    }
}

impl Gender {
    /// Every grammatical gender.
    pub const ALL: [Gender; 4] = [
        Gender::Masculine,
        Gender::Feminine,
        Gender::Neuter,
        Gender::Common,
    ];

    /// Its name in the source format (`feminine`).
    ///
    /// ```
    /// assert_eq!(luxterm_data::model::Gender::Feminine.as_str(), "feminine");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Masculine => "masculine",
            Gender::Feminine => "feminine",
            Gender::Neuter => "neuter",
            Gender::Common => "common",
        }
    }
}

#[cfg(feature = "schema")]
mod schema {
    //! JSON Schemas of the types that serialize as strings.
    use super::{Date, Version};
    use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
    use std::borrow::Cow;

    impl JsonSchema for Version {
        fn schema_name() -> Cow<'static, str> {
            "Version".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "description": "A semantic version MAJOR.MINOR.PATCH of the glossary's data.",
                "pattern": "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"
            })
        }
    }

    impl JsonSchema for Date {
        fn schema_name() -> Cow<'static, str> {
            "Date".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "description": "A date YYYY-MM-DD, or YYYY-MM or YYYY where only that is known.",
                "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
            })
        }
    }
}
