//! **luxterm**: a versioned, multilingual glossary of the terminology of the sale and sexual
//! exploitation of children, following the Terminology Guidelines for the Protection of Children
//! from Sexual Exploitation and Sexual Abuse (the "Luxembourg Guidelines", 2016 and 2025) and the
//! CRC Committee's guidelines on the Optional Protocol (CRC/C/156, 2019), with every definition
//! linked to the treaty article it comes from.
//!
//! The validated glossary is compiled into the crate: [`Glossary::embedded`] needs no files, no IO
//! and no allocation, and works on `wasm32`.
//!
//! ```
//! use luxterm::Glossary;
//!
//! let glossary = Glossary::embedded();
//! let csam = glossary.concept("child-sexual-abuse-material").unwrap();
//! assert_eq!(csam.preferred("en").unwrap().text, "child sexual abuse material");
//! // A term to avoid leads to its concept and to what to say instead.
//! let hit = &glossary.find_by_term("Child Pornography")[0];
//! assert_eq!(hit.concept.id, "child-sexual-abuse-material");
//! assert_eq!(hit.term.status, luxterm::Status::Avoid);
//! ```
//!
//! This is an independent project, not an official publication of the guidelines' authors.
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate alloc;

pub use luxterm_data::compact;
/// Importing TBX files into a glossary folder of TOML sources (feature `import`): see
/// [`import::import_tbx`].
#[cfg(feature = "import")]
pub use luxterm_data::import;
pub use luxterm_data::model::{
    Advice, Category, CellValue, Citation, CitationEntry, Concept, Date, Definition, ElementCell,
    ElementDef, ElementRow, Gender, Grammar, Guidance, Instrument, InstrumentKind, Localized,
    PartOfSpeech, Provision, ProvisionKind, Quote, Relation, RelationKind, Release, Revision, Span,
    Status, Term, Version, pick,
};
pub use luxterm_data::{GlossaryData, model, term_key};
#[cfg(feature = "load")]
pub use luxterm_data::{LoadError, diag};

use core::fmt;

/// A glossary: concepts, instruments and releases, with look-ups by id, term, category and
/// provision.
///
/// Get the one compiled into the crate with [`Glossary::embedded`] (feature `embed`, default), load
/// one of your own with `Glossary::load_dir` (feature `load`), or decode one in the compact form
/// with [`Glossary::from_compact`].
#[derive(Debug, Clone)]
pub struct Glossary {
    data: GlossaryData,
    /// The search index, built on first use (a few milliseconds for the embedded glossary).
    index: std::sync::OnceLock<search::Index>,
}

#[cfg(feature = "embed")]
static EMBEDDED: Glossary = Glossary {
    data: include!(concat!(env!("OUT_DIR"), "/glossary.rs")),
    index: std::sync::OnceLock::new(),
};

/// The glossary's compact parts, built from the same validated sources as the embedded glossary
/// (feature `parts`). A client can start on [`parts::SEARCH`] (search, categories, releases) and
/// fetch the whole glossary, published as [`parts::WHOLE_FILE`], when it needs more: the web app
/// does, to keep its first load small.
///
/// ```
/// use luxterm::{Glossary, compact, parts};
/// let search = Glossary::from_compact(parts::SEARCH).unwrap();
/// assert!(!search.search("child pornography", &Default::default()).is_empty());
/// assert_eq!(compact::header(parts::SEARCH).unwrap().fingerprint, parts::FINGERPRINT);
/// assert!(parts::WHOLE_FILE.contains(&format!("{:016x}", parts::FINGERPRINT)));
/// assert_eq!(parts::WHOLE_FILE_GZ, format!("{}.gz", parts::WHOLE_FILE));
/// let whole = Glossary::from_compact(parts::WHOLE).unwrap();
/// assert!(!whole.concept("child").unwrap().definitions.is_empty());
/// ```
#[cfg(feature = "parts")]
pub mod parts {
    /// The search part in compact form ([`crate::compact::Part::Search`]).
    pub static SEARCH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/search.lxtg"));
    /// The whole glossary in compact form; a program that does not use it does not carry it.
    pub static WHOLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/whole.lxtg"));
    include!(concat!(env!("OUT_DIR"), "/parts.rs"));
}

#[cfg(feature = "check")]
pub mod check;
pub mod compare;
pub mod coverage;
pub mod diff;
#[cfg(feature = "export")]
pub mod export;
pub mod lang;
pub mod search;
pub mod view;
/// Stable sorting with one compiled copy of the standard sort, for code size in the web app.
pub use luxterm_text::sort;
pub use search::{MatchKind, SearchHit, SearchOptions};

/// A term and the concept it designates.
///
/// ```
/// let hit = luxterm::Glossary::embedded().find_by_term("venta de niños")[0];
/// assert_eq!((hit.concept.id.as_ref(), hit.term.lang.as_ref()), ("sale-of-children", "es"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermRef<'g> {
    /// The concept.
    pub concept: &'g Concept,
    /// The term of `concept` that matched.
    pub term: &'g Term,
}

/// What went wrong in a query of the glossary.
///
/// ```
/// let g = luxterm::Glossary::embedded();
/// let err = g.compare_languages("no-such-concept", &[], &Default::default()).unwrap_err();
/// assert_eq!(err.to_string(), "the glossary has no concept `no-such-concept`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The glossary has no release with this version.
    UnknownRelease(Version),
    /// The glossary has no concept with this id.
    UnknownConcept(String),
    /// The concept (by id) did not exist in this release.
    NotInRelease(String, Version),
    /// The glossary has no release at all.
    NoRelease,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::UnknownRelease(v) => write!(f, "the glossary has no release {v}"),
            Error::UnknownConcept(id) => write!(f, "the glossary has no concept `{id}`"),
            Error::NotInRelease(id, v) => {
                write!(f, "the concept `{id}` did not exist in release {v}")
            }
            Error::NoRelease => write!(f, "the glossary has no release"),
        }
    }
}

impl std::error::Error for Error {}

impl Glossary {
    /// The glossary compiled into this crate, validated at build time (feature `embed`, on by
    /// default).
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// assert!(g.concepts().len() >= 12);
    /// ```
    #[cfg(feature = "embed")]
    pub fn embedded() -> &'static Glossary {
        &EMBEDDED
    }

    /// Decodes a glossary in the compact form ([`compact`]): the whole glossary or a part.
    ///
    /// ```
    /// use luxterm::{Glossary, compact::{CompactError, Part}};
    /// let bytes = Glossary::embedded().to_compact(Part::Whole).unwrap();
    /// let g = Glossary::from_compact(&bytes).unwrap();
    /// assert_eq!(g.data(), Glossary::embedded().data());
    /// assert_eq!(Glossary::from_compact(b"<html>").unwrap_err(), CompactError::NotAGlossary);
    /// ```
    ///
    /// # Errors
    ///
    /// A [`compact::CompactError`] naming what is wrong with the bytes; nothing half-decodes.
    pub fn from_compact(bytes: &[u8]) -> Result<Glossary, compact::CompactError> {
        compact::decode(bytes).map(|(_, data)| Glossary::from_data(data))
    }

    /// This glossary (or a part of it) in the compact form, for [`Glossary::from_compact`].
    ///
    /// ```
    /// use luxterm::{Glossary, compact::Part};
    /// let g = Glossary::embedded();
    /// let search = Glossary::from_compact(&g.to_compact(Part::Search).unwrap()).unwrap();
    /// assert_eq!(search.concepts().len(), g.concepts().len());
    /// assert!(search.concept("child").unwrap().definitions.is_empty());
    /// ```
    ///
    /// # Errors
    ///
    /// [`compact::CompactError::Encode`] if the data cannot be encoded.
    pub fn to_compact(&self, part: compact::Part) -> Result<Vec<u8>, compact::CompactError> {
        compact::encode(&self.data, part)
    }

    /// Wraps validated data (from `luxterm_data::load_sources`, say).
    ///
    /// ```
    /// let data = luxterm::Glossary::embedded().data().clone();
    /// let copy = luxterm::Glossary::from_data(data);
    /// assert_eq!(copy.concepts().len(), luxterm::Glossary::embedded().concepts().len());
    /// ```
    pub fn from_data(mut data: GlossaryData) -> Glossary {
        if data.term_index.is_empty() && !data.concepts.is_empty() {
            data.term_index = std::borrow::Cow::Owned(luxterm_data::index_terms(&data.concepts));
        }
        Glossary {
            data,
            index: std::sync::OnceLock::new(),
        }
    }

    /// Loads and validates a glossary source folder (see `glossary/README.md` for the format).
    /// Every problem is reported at once; nothing half-loads.
    ///
    /// ```
    /// let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
    /// let g = luxterm::Glossary::load_dir(&dir).unwrap();
    /// assert!(g.concept("child-sexual-abuse-material").is_some());
    /// ```
    #[cfg(feature = "load")]
    pub fn load_dir(dir: &std::path::Path) -> Result<Glossary, LoadError> {
        let display = dir.display().to_string();
        luxterm_data::load_dir(dir, display.trim_end_matches('/')).map(Glossary::from_data)
    }

    /// [`Glossary::load_dir`], keeping the warnings (stale `verified = false` flags, typography):
    /// problems that are reported but do not stop the glossary from loading.
    ///
    /// ```
    /// let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/typography-fr");
    /// let (g, warnings) = luxterm::Glossary::load_dir_with_warnings(&dir).unwrap();
    /// assert_eq!(g.concepts().len(), 2);
    /// assert!(warnings.iter().all(|w| w.severity == luxterm::diag::Severity::Warning));
    /// ```
    #[cfg(feature = "load")]
    pub fn load_dir_with_warnings(
        dir: &std::path::Path,
    ) -> Result<(Glossary, Vec<diag::Diagnostic>), LoadError> {
        let display = dir.display().to_string();
        luxterm_data::load_dir_with_warnings(dir, display.trim_end_matches('/'))
            .map(|l| (Glossary::from_data(l.glossary), l.warnings))
    }

    /// The underlying data.
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// assert_eq!(g.data().concepts.len(), g.concepts().len());
    /// ```
    pub fn data(&self) -> &GlossaryData {
        &self.data
    }

    /// All concepts, sorted by id.
    ///
    /// ```
    /// let ids: Vec<_> = luxterm::Glossary::embedded().concepts().iter().map(|c| &c.id).collect();
    /// assert!(ids.windows(2).all(|w| w[0] < w[1]));
    /// ```
    pub fn concepts(&self) -> &[Concept] {
        &self.data.concepts
    }

    /// The concept with this id.
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// assert_eq!(g.concept("child").unwrap().category, luxterm::Category::People);
    /// assert!(g.concept("no-such-concept").is_none());
    /// ```
    pub fn concept(&self, id: &str) -> Option<&Concept> {
        let c = &self.data.concepts;
        c.binary_search_by(|x| (*x.id).cmp(id))
            .ok()
            .and_then(|i| c.get(i))
    }

    /// The concept whose id is `id` once ASCII case is ignored: `CHILD` and `Child` name `child`.
    ///
    /// For ids typed or shared with other capitals (an address such as `/concept/CHILD`). Ids are
    /// lower-case slugs — the loader refuses any other — so this is the exact look-up, then the
    /// look-up of `id` in lower case: no scan, and never a different concept than the one whose
    /// id differs only in case. A face that resolves an id this way shows the concept under its
    /// own id (`concept.id`), e.g. by replacing the address with the canonical one.
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// assert_eq!(g.concept_ignoring_case("CHILD").map(|c| &*c.id), Some("child"));
    /// assert_eq!(g.concept_ignoring_case("Sale-Of-Children").map(|c| &*c.id), Some("sale-of-children"));
    /// assert!(g.concept_ignoring_case("no-such-concept").is_none());
    /// ```
    pub fn concept_ignoring_case(&self, id: &str) -> Option<&Concept> {
        self.concept(id).or_else(|| {
            let lower = id.to_ascii_lowercase();
            (lower != id).then(|| self.concept(&lower)).flatten()
        })
    }

    /// Concepts with a term (or abbreviation) equal to `text` in any language, ignoring case and
    /// Unicode normalization form; each with the term that matched. Full ranked search, with
    /// accents, typos and scripts folded, is [`Glossary::search`].
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// let hits = g.find_by_term("VENTA DE NIÑOS");
    /// assert_eq!(hits[0].concept.id, "sale-of-children");
    /// assert_eq!(hits[0].term.lang, "es");
    /// assert_eq!(g.find_by_term("CSAM")[0].concept.id, "child-sexual-abuse-material");
    /// ```
    pub fn find_by_term(&self, text: &str) -> Vec<TermRef<'_>> {
        let key = term_key(text);
        let index = &self.data.term_index;
        let start = index.partition_point(|k| *k.key < *key);
        let mut out: Vec<TermRef<'_>> = Vec::new();
        for k in index.get(start..).unwrap_or(&[]) {
            if *k.key != *key {
                break;
            }
            let concept = self.data.concepts.get(k.concept as usize);
            let term = concept.and_then(|c| c.terms.get(k.term as usize));
            if let (Some(concept), Some(term)) = (concept, term) {
                if !out.iter().any(|r| core::ptr::eq(r.term, term)) {
                    out.push(TermRef { concept, term });
                }
            }
        }
        out
    }

    /// The concept a user means by `query`: the concept with that id, else the first concept with
    /// that term or abbreviation (see [`Glossary::find_by_term`]).
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// assert_eq!(g.resolve("CSAM").unwrap().id, "child-sexual-abuse-material");
    /// assert_eq!(g.resolve("child").unwrap().id, "child");
    /// assert!(g.resolve("nothing like this").is_none());
    /// ```
    pub fn resolve(&self, query: &str) -> Option<&Concept> {
        self.concept(query)
            .or_else(|| self.find_by_term(query).first().map(|h| h.concept))
    }

    /// Concepts in a category, sorted by id.
    ///
    /// ```
    /// use luxterm::Category;
    /// let g = luxterm::Glossary::embedded();
    /// assert!(g.concepts_in(Category::Material).any(|c| c.id == "child-sexual-abuse-material"));
    /// ```
    pub fn concepts_in(&self, category: Category) -> impl Iterator<Item = &Concept> {
        self.data
            .concepts
            .iter()
            .filter(move |c| c.category == category)
    }

    /// The categories that have concepts, with how many, in browsing order.
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// let total: usize = g.categories().iter().map(|(_, n)| n).sum();
    /// assert_eq!(total, g.concepts().len());
    /// ```
    pub fn categories(&self) -> Vec<(Category, usize)> {
        Category::ALL
            .into_iter()
            .map(|c| (c, self.concepts_in(c).count()))
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// All instruments, sorted by id.
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// assert!(g.instruments().iter().any(|i| i.id == "lanzarote-convention"));
    /// ```
    pub fn instruments(&self) -> &[Instrument] {
        &self.data.instruments
    }

    /// The instrument with this id.
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// let opsc = g.instrument("opsc").unwrap();
    /// assert!(opsc.provisions.iter().any(|p| p.path == "art. 2(c)"));
    /// ```
    pub fn instrument(&self, id: &str) -> Option<&Instrument> {
        let i = &self.data.instruments;
        i.binary_search_by(|x| (*x.id).cmp(id))
            .ok()
            .and_then(|n| i.get(n))
    }

    /// The instrument whose id is `id` once ASCII case is ignored (`OPSC` names `opsc`); as
    /// [`Glossary::concept_ignoring_case`], the exact look-up and then the one in lower case.
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// assert_eq!(g.instrument_ignoring_case("Lanzarote-Convention").map(|i| &*i.id), Some("lanzarote-convention"));
    /// assert!(g.instrument_ignoring_case("no-such-instrument").is_none());
    /// ```
    pub fn instrument_ignoring_case(&self, id: &str) -> Option<&Instrument> {
        self.instrument(id).or_else(|| {
            let lower = id.to_ascii_lowercase();
            (lower != id).then(|| self.instrument(&lower)).flatten()
        })
    }

    /// The provision of an instrument at `path`.
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// assert!(g.provision("opsc", "art. 2(a)").is_some());
    /// assert!(g.provision("opsc", "art. 99").is_none());
    /// ```
    pub fn provision(&self, instrument: &str, path: &str) -> Option<&Provision> {
        self.instrument(instrument)?
            .provisions
            .iter()
            .find(|p| p.path == path)
    }

    /// The short name of an instrument in `lang` (falling back to English, then to its id).
    ///
    /// ```
    /// assert_eq!(luxterm::Glossary::embedded().short_name("opsc", "en"), "OPSC");
    /// ```
    pub fn short_name<'a>(&'a self, instrument: &'a str, lang: &str) -> &'a str {
        self.instrument(instrument)
            .and_then(|i| pick(&i.short_name, lang).map(|(l, _)| &*l.text))
            .unwrap_or(instrument)
    }

    /// Names a guidance entry as a reader sees it: the guideline's short name and, if the guidance
    /// is about one term, that term (`Luxembourg Guidelines (2016) on "child pornography"`).
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// let csam = g.concept("child-sexual-abuse-material").unwrap();
    /// let gd = csam.guidance.iter().find(|x| x.term.as_deref() == Some("child pornography")).unwrap();
    /// assert!(g.guidance_label(gd, "en").ends_with(" on \"child pornography\""));
    /// ```
    pub fn guidance_label(&self, guidance: &Guidance, lang: &str) -> String {
        let name = self.short_name(&guidance.guideline, lang);
        match &guidance.term {
            Some(t) => format!("{name} on \"{t}\""),
            None => name.to_owned(),
        }
    }

    /// Concepts citing an instrument (with `provision`: that provision) in a citation, a
    /// definition's source, a term's legal use or guidance, sorted by id.
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// let ids: Vec<_> = g.citing("opsc", Some("art. 2(c)")).iter().map(|c| &*c.id).collect();
    /// assert!(ids.contains(&"child-sexual-abuse-material"));
    /// ```
    pub fn citing(&self, instrument: &str, provision: Option<&str>) -> Vec<&Concept> {
        let matches = |c: &Citation| {
            c.instrument == instrument
                && provision.is_none_or(|p| c.provision.as_deref() == Some(p))
        };
        self.data
            .concepts
            .iter()
            .filter(|c| {
                c.citations.iter().any(|e| matches(&e.citation))
                    || c.definitions.iter().any(|d| matches(&d.source))
                    || c.terms.iter().any(|t| t.legal_term_of.iter().any(matches))
                    || c.guidance.iter().any(|g| matches(&g.cite))
            })
            .collect()
    }

    /// Releases, oldest first.
    ///
    /// ```
    /// let r = luxterm::Glossary::embedded().releases();
    /// assert!(r.windows(2).all(|w| w[0].version < w[1].version));
    /// ```
    pub fn releases(&self) -> &[Release] {
        &self.data.releases
    }

    /// The newest release.
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// assert_eq!(g.current_release().unwrap(), g.releases().last().unwrap());
    /// ```
    pub fn current_release(&self) -> Option<&Release> {
        self.data.releases.last()
    }

    /// The release with this version.
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// let first = &g.releases()[0];
    /// assert_eq!(g.release(first.version), Some(first));
    /// assert_eq!(g.release(luxterm::Version::new(99, 0, 0)), None);
    /// ```
    pub fn release(&self, version: Version) -> Option<&Release> {
        self.data.releases.iter().find(|r| r.version == version)
    }

    /// A concept as it stood in a release: `Ok(None)` if it did not exist then.
    ///
    /// ```
    /// use luxterm::{Error, Glossary, Version};
    /// let g = Glossary::embedded();
    /// let first = g.releases()[0].version;
    /// assert!(g.concept_as_of("child", first).unwrap().is_some());
    /// assert_eq!(
    ///     g.concept_as_of("child", Version::new(99, 0, 0)),
    ///     Err(Error::UnknownRelease(Version::new(99, 0, 0)))
    /// );
    /// ```
    pub fn concept_as_of(&self, id: &str, release: Version) -> Result<Option<Concept>, Error> {
        if self.release(release).is_none() {
            return Err(Error::UnknownRelease(release));
        }
        let concept = self
            .concept(id)
            .ok_or_else(|| Error::UnknownConcept(id.to_owned()))?;
        Ok(concept.as_of(release))
    }

    /// Bytes of text and list storage the glossary's data takes (the static data of the embedded
    /// glossary), not counting the [`Glossary`] value itself.
    ///
    /// ```
    /// assert!(luxterm::Glossary::embedded().data_bytes() > 10_000);
    /// ```
    pub fn data_bytes(&self) -> usize {
        sizes::glossary(&self.data)
    }
}

mod sizes {
    use super::*;
    use core::mem::size_of;

    fn s(t: &str) -> usize {
        t.len()
    }
    fn o(t: &Option<alloc::borrow::Cow<'static, str>>) -> usize {
        t.as_deref().map_or(0, s)
    }
    fn loc(l: &[Localized]) -> usize {
        core::mem::size_of_val(l) + l.iter().map(|x| s(&x.lang) + s(&x.text)).sum::<usize>()
    }
    fn cit(c: &Citation) -> usize {
        s(&c.instrument) + o(&c.provision) + o(&c.pinpoint) + o(&c.evidence)
    }
    pub(super) fn glossary(g: &GlossaryData) -> usize {
        let mut n = size_of::<Release>() * g.releases.len()
            + g.releases.iter().map(|r| s(&r.notes)).sum::<usize>();
        n += size_of::<luxterm_data::model::TermKey>() * g.term_index.len()
            + g.term_index.iter().map(|k| s(&k.key)).sum::<usize>();
        for i in g.instruments.iter() {
            n += size_of::<Instrument>() + s(&i.id) + s(&i.body) + o(&i.symbol) + o(&i.url);
            n += i
                .authentic_languages
                .iter()
                .map(|l| size_of::<alloc::borrow::Cow<'static, str>>() + s(l))
                .sum::<usize>();
            n += loc(&i.short_name) + loc(&i.title) + loc(&i.note);
            for p in i.provisions.iter() {
                n += size_of::<Provision>()
                    + s(&p.path)
                    + loc(&p.heading)
                    + loc(&p.summary)
                    + o(&p.evidence);
                n += p.quote.as_ref().map_or(0, |q| s(&q.lang) + s(&q.text));
            }
        }
        for c in g.concepts.iter() {
            n += size_of::<Concept>() + s(&c.id);
            for t in c.terms.iter() {
                n += size_of::<Term>() + s(&t.lang) + s(&t.text) + o(&t.abbreviation) + o(&t.note);
                n += o(&t.instead) + o(&t.instead_concept) + o(&t.why);
                n += t
                    .legal_term_of
                    .iter()
                    .map(|c| size_of::<Citation>() + cit(c))
                    .sum::<usize>();
            }
            for d in c.definitions.iter() {
                n += size_of::<Definition>() + s(&d.lang) + s(&d.text) + cit(&d.source);
            }
            for x in c.guidance.iter() {
                n += size_of::<Guidance>() + s(&x.guideline) + o(&x.term) + s(&x.term_lang);
                n += loc(&x.reason) + cit(&x.cite);
            }
            for e in c.citations.iter() {
                n += size_of::<CitationEntry>() + cit(&e.citation);
            }
            n += c
                .relations
                .iter()
                .map(|r| size_of::<Relation>() + s(&r.concept))
                .sum::<usize>();
            n += c
                .history
                .iter()
                .map(|h| size_of::<Revision>() + s(&h.summary))
                .sum::<usize>();
        }
        n
    }
}

#[cfg(all(test, feature = "embed"))]
mod tests {
    use crate::compact::{self, Part};

    #[test]
    fn the_compact_parts_written_by_the_build_decode_to_the_baked_glossary() {
        let bytes = include_bytes!(concat!(env!("OUT_DIR"), "/whole.lxtg"));
        let embedded = crate::Glossary::embedded();
        let decoded = crate::Glossary::from_compact(bytes).expect("decodes");
        assert_eq!(decoded.data(), embedded.data());
        // The compact form is smaller than the text it holds.
        assert!(bytes.len() < embedded.data_bytes());

        let search = include_bytes!(concat!(env!("OUT_DIR"), "/search.lxtg"));
        let (header, part) = compact::decode(search).expect("decodes");
        assert_eq!(header.part, Part::Search);
        assert_eq!(
            header.fingerprint,
            compact::header(bytes).expect("header").fingerprint
        );
        assert_eq!(part, compact::search_part(embedded.data()));
    }

    #[test]
    fn the_search_part_finds_what_the_whole_glossary_finds() {
        let whole = crate::Glossary::embedded();
        let part =
            crate::Glossary::from_compact(include_bytes!(concat!(env!("OUT_DIR"), "/search.lxtg")))
                .expect("decodes");
        let options = crate::SearchOptions::default();
        for query in [
            "child pornography",
            "pédopornographie",
            "استغلال",
            "儿童",
            "grooming",
            "chld",
            "sexual",
        ] {
            let a: Vec<_> = whole
                .search(query, &options)
                .iter()
                .map(|h| (h.concept.id.clone(), h.term.text.clone(), h.kind))
                .collect();
            let b: Vec<_> = part
                .search(query, &options)
                .iter()
                .map(|h| (h.concept.id.clone(), h.term.text.clone(), h.kind))
                .collect();
            assert_eq!(a, b, "{query}");
            assert!(!a.is_empty(), "{query}");
        }
        for c in whole.concepts() {
            let p = part
                .concept(&c.id)
                .expect("every concept is in the search part");
            for lang in ["en", "fr", "es", "ar", "zh", "ru"] {
                assert_eq!(
                    c.preferred(lang).map(|t| &t.text),
                    p.preferred(lang).map(|t| &t.text)
                );
            }
        }
        assert_eq!(whole.categories(), part.categories());
        assert_eq!(
            whole.current_release().map(|r| (r.version, r.date)),
            part.current_release().map(|r| (r.version, r.date))
        );
    }

    #[test]
    fn every_id_resolves_whatever_its_case() {
        let g = crate::Glossary::embedded();
        let part =
            crate::Glossary::from_compact(include_bytes!(concat!(env!("OUT_DIR"), "/search.lxtg")))
                .expect("decodes");
        for glossary in [g, &part] {
            for c in glossary.concepts() {
                for typed in [
                    c.id.to_string(),
                    c.id.to_ascii_uppercase(),
                    capitalised(&c.id),
                ] {
                    let found = glossary.concept_ignoring_case(&typed).map(|x| &*x.id);
                    assert_eq!(found, Some(&*c.id), "{typed}");
                }
            }
            for i in glossary.instruments() {
                for typed in [
                    i.id.to_string(),
                    i.id.to_ascii_uppercase(),
                    capitalised(&i.id),
                ] {
                    let found = glossary.instrument_ignoring_case(&typed).map(|x| &*x.id);
                    assert_eq!(found, Some(&*i.id), "{typed}");
                }
            }
        }
        for category in crate::Category::ALL {
            let upper = category.as_str().to_ascii_uppercase();
            assert_eq!(
                crate::Category::from_name_ignoring_case(&upper),
                Some(category)
            );
        }
    }

    #[test]
    fn an_id_that_differs_in_more_than_case_is_not_found() {
        let g = crate::Glossary::embedded();
        for typed in [
            "",
            "CHILDREN",
            "child ",
            " child",
            "chi-ld",
            "ﬁ",
            "ＣＨＩＬＤ",
            "CHİLD",
        ] {
            assert!(g.concept_ignoring_case(typed).is_none(), "{typed:?}");
            assert!(g.instrument_ignoring_case(typed).is_none(), "{typed:?}");
        }
        // The exact look-up stays exact.
        assert!(g.concept("CHILD").is_none());
        assert!(g.instrument("OPSC").is_none());
    }

    fn capitalised(id: &str) -> String {
        id.split('-')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join("-")
    }
}

/// The README's examples run as doctests, so they cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;
