//! What a face shows: typed, serialisable, presentation-neutral views of the glossary.
//!
//! Every face (the CLI's text and `--json`, the web app, the exports) formats these and nothing
//! else, so they never disagree about a concept. A view has already made every decision that is
//! about the data rather than about presentation: which entries are current in the release shown,
//! the order of languages, terms, definitions and provisions, which language a text falls back to
//! (and that it did), what to use instead of a term to avoid, which concepts cite a provision. What
//! a view leaves to the face is only how to say it: labels for statuses, kinds and changes come
//! from the face's own interface language (the views carry enums, never English prose labels).
//!
//! ```
//! use luxterm::{Glossary, view::Reader};
//! let g = Glossary::embedded();
//! let page = g.concept_page("child-sexual-abuse-material", &Reader::new("fr"), None).unwrap();
//! assert_eq!(page.name.lang, "fr");
//! assert!(!page.name.fallback);
//! // The reader's language first, then the six UN languages in the UN's order.
//! assert_eq!(page.languages[0].lang, "fr");
//! assert_eq!(page.languages[1].lang, "ar");
//! ```
//!
//! The serde form of the views is the CLI's `--json` output, described by the JSON Schemas in
//! `crates/luxterm-cli/schema/` (generated from these types with the feature `schema`).

mod concept;
mod instrument;
mod link;
mod list;
mod pair;
mod release;
mod search;

pub use concept::{
    CitedProvision, ConceptPage, DefinitionView, GuidanceView, LanguageTerms, RelationGroup,
    RevisionView, StatusGroup,
};
pub use instrument::{
    InstrumentList, InstrumentPage, InstrumentSummary, ProvisionNode, provision_order,
};
pub use link::{OFFICIAL_HOSTS, official_link};
pub use list::{CategoryCount, ConceptList, ConceptListItem};
pub use pair::{LanguagePair, PairRow, PairSide};
pub use release::{ReleaseList, ReleaseView};
pub use search::{HitView, InstrumentChoice, Match, SearchFacets, SearchFilter, SearchResults};

use crate::lang::{self, Dir};
use crate::{Citation, Concept, Glossary, Grammar, Localized, Status, Term, Version};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;

/// Who reads a view: the language of the project's own texts (definitions, summaries, reasons,
/// labels of elements) and the language of terms (a concept's name, the preferred term shown
/// beside a search hit). A translator may read the interface in one language and want terms in
/// another; the CLI's `--lang` sets both.
///
/// ```
/// let r = luxterm::view::Reader::new("ar").with_terms("fr");
/// assert_eq!((r.text.as_str(), r.terms.as_str()), ("ar", "fr"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reader {
    /// The language of texts written by the project (and of instrument titles).
    pub text: String,
    /// The language of terms and concept names.
    pub terms: String,
}

impl Reader {
    /// A reader of `lang`, for texts and terms alike.
    pub fn new(lang: &str) -> Reader {
        Reader {
            text: lang.to_owned(),
            terms: lang.to_owned(),
        }
    }

    /// The same reader, with terms in `lang`.
    pub fn with_terms(mut self, lang: &str) -> Reader {
        self.terms = lang.to_owned();
        self
    }
}

impl Default for Reader {
    fn default() -> Reader {
        Reader::new(lang::FALLBACK)
    }
}

/// A text in one language, with its direction and whether it is shown in place of the language
/// asked for (the face says so visibly when `fallback` is true).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct LangText {
    /// The text.
    pub text: String,
    /// Its BCP 47 language tag.
    pub lang: String,
    /// Its writing direction.
    pub dir: Dir,
    /// True when the language asked for had no text and this one is shown instead.
    pub fallback: bool,
}

impl LangText {
    /// A text in `lang`, not a fallback.
    ///
    /// ```
    /// let t = luxterm::view::LangText::new("طفل", "ar");
    /// assert_eq!(t.dir, luxterm::lang::Dir::Rtl);
    /// assert!(!t.fallback);
    /// ```
    pub fn new(text: &str, lang: &str) -> LangText {
        LangText {
            text: text.to_owned(),
            lang: lang.to_owned(),
            dir: Dir::of(lang),
            fallback: false,
        }
    }

    fn fell_back(mut self, fallback: bool) -> LangText {
        self.fallback = fallback;
        self
    }
}

/// A list of texts per language, in `lang` by the one fallback rule ([`lang::choose`]).
pub(crate) fn pick_text(list: &[Localized], lang: &str) -> Option<LangText> {
    lang::choose(list, lang, |l| &l.lang)
        .map(|(l, fb)| LangText::new(&l.text, &l.lang).fell_back(fb))
}

/// A concept, linked by id and named in the reader's language of terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ConceptLink {
    /// The concept's id (its permanent address).
    pub id: String,
    /// Its name: the preferred term in the language asked, else in English, else its first
    /// preferred term (marked as a fallback); its id when it has no term at all.
    pub name: LangText,
}

/// A concept's name in `lang` by the one rule: its preferred term in that language, else in
/// English, else its first preferred term, else its first term (all marked as fallbacks), else
/// its id.
///
/// ```
/// let g = luxterm::Glossary::embedded();
/// let child = g.concept("child").unwrap();
/// let name = luxterm::view::concept_name(child, "es");
/// assert_eq!((name.text.as_str(), name.fallback), ("niño", false));
/// let name = luxterm::view::concept_name(child, "xx");
/// assert_eq!((name.text.as_str(), name.lang.as_str(), name.fallback), ("child", "en", true));
/// ```
pub fn concept_name(concept: &Concept, lang: &str) -> LangText {
    let preferred: Vec<&Term> = concept
        .terms
        .iter()
        .filter(|t| t.status == Status::Preferred && t.span.until.is_none())
        .collect();
    match lang::choose(preferred.iter().copied(), lang, |t| &t.lang) {
        Some((t, fb)) => LangText::new(&t.text, &t.lang).fell_back(fb),
        None => match concept.terms.first() {
            Some(t) => LangText::new(&t.text, &t.lang).fell_back(true),
            None => LangText::new(&concept.id, lang::FALLBACK).fell_back(true),
        },
    }
}

pub(crate) fn link(concept: &Concept, lang: &str) -> ConceptLink {
    ConceptLink {
        id: concept.id.to_string(),
        name: concept_name(concept, lang),
    }
}

/// A link to the concept with this id (named by its id when the glossary has none).
pub(crate) fn link_by_id(g: &Glossary, id: &str, lang: &str) -> ConceptLink {
    match g.concept(id) {
        Some(c) => link(c, lang),
        None => ConceptLink {
            id: id.to_owned(),
            name: LangText::new(id, lang::FALLBACK).fell_back(true),
        },
    }
}

/// A release as a view names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct ReleaseRef {
    /// Its semantic version.
    pub version: Version,
    /// The day it was published (`YYYY-MM-DD`, or less where unknown).
    pub date: crate::Date,
}

/// A citation as a reader sees it: the instrument's short name and the provision, as a drafter
/// writes it, with where to read it and whether it was checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct CitationView {
    /// The instrument's id.
    pub instrument: String,
    /// The instrument's short name in the reader's language (`OPSC`).
    pub instrument_name: String,
    /// The provision's path (`art. 2(c)`), when known.
    pub provision: Option<String>,
    /// The part of the provision that matters here.
    pub pinpoint: Option<String>,
    /// The citation as a drafter writes it: `OPSC art. 2(c)`.
    pub display: String,
    /// The id of the provision on its instrument's page, when the instrument lists it.
    pub anchor: Option<String>,
    /// Whether the cited content was read in the instrument's text.
    pub verified: bool,
    /// What the check rests on, or why it could not be made.
    pub evidence: Option<String>,
    /// The instrument's official URL, if any, as the data gives it: show it as text.
    pub official_url: Option<String>,
    /// The same URL when a face may render it as a link: `https:` to a publisher of official
    /// texts ([`official_link`]); `None` otherwise.
    pub official_link: Option<String>,
    /// Whether that link was seen serving the instrument.
    pub official_url_verified: bool,
}

pub(crate) fn cite(g: &Glossary, c: &Citation, lang: &str) -> CitationView {
    let name = g.short_name(&c.instrument, lang);
    let instrument = g.instrument(&c.instrument);
    let anchor = c.provision.as_deref().and_then(|p| {
        instrument
            .is_some_and(|i| i.provisions.iter().any(|x| x.path == p))
            .then(|| provision_anchor(p))
    });
    CitationView {
        instrument: c.instrument.to_string(),
        instrument_name: name.to_owned(),
        provision: c.provision.as_deref().map(str::to_owned),
        pinpoint: c.pinpoint.as_deref().map(str::to_owned),
        display: c.display_with(name),
        anchor,
        verified: c.verified,
        evidence: c.evidence.as_deref().map(str::to_owned),
        official_url: instrument.and_then(|i| i.url.as_deref().map(str::to_owned)),
        official_link: instrument.and_then(|i| i.url.as_deref().and_then(official_link)),
        official_url_verified: instrument.is_some_and(|i| i.url_verified),
    }
}

impl Glossary {
    /// The instrument's exact words that a cited provision records (its `quote`: a defined term
    /// or key phrase, in the language of the authentic text read), when it has one: a face shows
    /// it as a quotation, apart from the project's own wording.
    ///
    /// ```
    /// use luxterm::{Glossary, view::Reader};
    /// let g = Glossary::embedded();
    /// let page = g.concept_page("child-sexual-abuse-material", &Reader::new("en"), None).unwrap();
    /// let quoted: Vec<_> = page.provisions.iter().filter_map(|p| g.quote_of(&p.cite)).collect();
    /// assert!(quoted.iter().any(|q| q.text == "child pornography" && q.lang == "en"));
    /// ```
    pub fn quote_of(&self, c: &CitationView) -> Option<LangText> {
        let q = self
            .provision(&c.instrument, c.provision.as_deref()?)?
            .quote
            .as_ref()?;
        Some(LangText::new(&q.text, &q.lang))
    }
}

/// The id of a provision's element on its instrument's page: `art. 2(c)` → `provision-art-2-c`.
///
/// ```
/// assert_eq!(luxterm::view::provision_anchor("art. 3(1)(a)"), "provision-art-3-1-a");
/// assert_eq!(luxterm::view::provision_anchor("preamble"), "provision-preamble");
/// ```
pub fn provision_anchor(path: &str) -> String {
    let mut out = String::from("provision");
    let mut dash = true;
    for c in path.chars() {
        if c.is_ascii_alphanumeric() {
            if dash {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
            dash = false;
        } else {
            dash = true;
        }
    }
    out
}

/// What to use instead of a term to avoid, resolved to the term it names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct Replacement {
    /// The term to use, in the avoided term's language.
    pub text: LangText,
    /// The concept it designates.
    pub concept: String,
    /// True when that concept is another one than the avoided term's.
    pub other_concept: bool,
    /// The replacement's status in its concept, when the glossary has that term.
    pub status: Option<Status>,
}

/// A term as a face shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct TermView {
    /// The term.
    pub text: String,
    /// Its language.
    pub lang: String,
    /// Its writing direction.
    pub dir: Dir,
    /// How to use it.
    pub status: Status,
    /// Its abbreviation (`CSAM`).
    pub abbreviation: Option<String>,
    /// Part of speech and gender.
    pub grammar: Grammar,
    /// A usage note, in the language it is written in.
    pub note: Option<LangText>,
    /// For a term to avoid: what to say instead.
    pub instead: Option<Replacement>,
    /// For a term to avoid or to use with caution: why, in the language it is written in.
    pub why: Option<LangText>,
    /// The instruments whose authentic text uses exactly this term (a drafter quotes it when
    /// citing them), each with the provision.
    pub legal_term_of: Vec<CitationView>,
}

/// Builds a term's view; `concept` is the concept the term belongs to.
pub(crate) fn term_view(g: &Glossary, concept: &Concept, t: &Term, text_lang: &str) -> TermView {
    let instead = t.instead.as_deref().map(|text| {
        let target_id = t.instead_concept.as_deref().unwrap_or(&concept.id);
        let target = if target_id == &*concept.id {
            Some(concept)
        } else {
            g.concept(target_id)
        };
        let found = target.and_then(|c| {
            c.terms
                .iter()
                .find(|x| x.lang == t.lang && x.text == text && x.span.until.is_none())
        });
        Replacement {
            text: LangText::new(text, &t.lang),
            concept: target_id.to_owned(),
            other_concept: target_id != &*concept.id,
            status: found.map(|x| x.status),
        }
    });
    TermView {
        text: t.text.to_string(),
        lang: t.lang.to_string(),
        dir: Dir::of(&t.lang),
        status: t.status,
        abbreviation: t.abbreviation.as_deref().map(str::to_owned),
        grammar: t.grammar,
        note: t.note.as_deref().map(|n| LangText::new(n, t.lang_of(n))),
        instead,
        why: t.why.as_deref().map(|w| LangText::new(w, t.lang_of(w))),
        legal_term_of: t
            .legal_term_of
            .iter()
            .map(|c| cite(g, c, text_lang))
            .collect(),
    }
}

/// The order statuses are shown in: preferred, admitted, use with caution, avoid.
pub const STATUS_ORDER: [Status; 4] = Status::ALL;

/// The release a view shows: the one asked (which must exist) or the current one.
pub(crate) fn release_shown(
    g: &Glossary,
    release: Option<Version>,
) -> Result<ReleaseRef, crate::Error> {
    let r = match release {
        Some(v) => g.release(v).ok_or(crate::Error::UnknownRelease(v))?,
        None => g.current_release().ok_or(crate::Error::NoRelease)?,
    };
    Ok(ReleaseRef {
        version: r.version,
        date: r.date,
    })
}
