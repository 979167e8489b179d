//! Search results: term by term, or one hit per concept.

use super::{LangText, Reader, TermView, concept_name, term_view};
use crate::{Category, Concept, Glossary, SearchOptions, Status, Term};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;

/// Why a term matched a query, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Match {
    /// The whole term, folded.
    Exact,
    /// The start of the term.
    Prefix,
    /// The start of a word of the term.
    WordPrefix,
    /// Within a small edit distance.
    Fuzzy,
    /// Inside the term (Chinese).
    Substring,
    /// The term is part of the query, a longer phrase (only when nothing matches as typed).
    Within,
}

impl Match {
    /// Every kind of match, best first.
    pub const ALL: [Match; 6] = [
        Match::Exact,
        Match::Prefix,
        Match::WordPrefix,
        Match::Fuzzy,
        Match::Substring,
        Match::Within,
    ];

    /// Its name in the JSON output (`word-prefix`).
    ///
    /// ```
    /// assert_eq!(luxterm::view::Match::WordPrefix.as_str(), "word-prefix");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Match::Exact => "exact",
            Match::Prefix => "prefix",
            Match::WordPrefix => "word-prefix",
            Match::Fuzzy => "fuzzy",
            Match::Substring => "substring",
            Match::Within => "within",
        }
    }
}

impl Match {
    /// Whether the term matched the query as typed (whole, its start, a later word's start, or
    /// inside it): false for a close spelling and for a term that a longer query holds, the two
    /// kinds a reader may want told why they were found.
    ///
    /// ```
    /// use luxterm::view::Match;
    /// assert!(Match::WordPrefix.as_typed());
    /// assert!(!Match::Fuzzy.as_typed() && !Match::Within.as_typed());
    /// ```
    pub fn as_typed(self) -> bool {
        match self {
            Match::Exact | Match::Prefix | Match::WordPrefix | Match::Substring => true,
            Match::Fuzzy | Match::Within => false,
        }
    }
}

impl From<crate::MatchKind> for Match {
    fn from(k: crate::MatchKind) -> Match {
        match k {
            crate::MatchKind::Exact => Match::Exact,
            crate::MatchKind::Prefix => Match::Prefix,
            crate::MatchKind::WordPrefix => Match::WordPrefix,
            crate::MatchKind::Fuzzy => Match::Fuzzy,
            crate::MatchKind::Substring => Match::Substring,
            crate::MatchKind::Within => Match::Within,
        }
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct HitView {
    /// The concept's id.
    pub concept: String,
    /// Its category.
    pub category: Category,
    /// The term that matched, with its status and, for a term to avoid, what to use instead.
    pub term: TermView,
    /// Why it matched.
    pub kind: Match,
    /// The edit distance of a fuzzy match; 0 otherwise.
    pub distance: u8,
    /// The concept's name in the reader's language of terms (fallback marked), when it is worth a
    /// line: not the term that matched and not the replacement already shown.
    pub preferred: Option<LangText>,
}

/// The results of a search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct SearchResults {
    /// What was searched for.
    pub query: String,
    /// Only terms in this language, if one was asked.
    pub lang: Option<String>,
    /// True when the hits are one per concept (the best-ranked term of each).
    pub per_concept: bool,
    /// The hits, best first.
    pub hits: Vec<HitView>,
}

/// How many terms are asked of the index for a per-concept search (several may designate one
/// concept).
const TERMS_PER_CONCEPT_SEARCH: usize = 100;

impl Glossary {
    /// Search results as a face shows them: every matching term (`per_concept = false`), or the
    /// best-ranked term of each concept (`per_concept = true`, what the web app lists), at most
    /// `opts.limit` hits either way.
    ///
    /// ```
    /// use luxterm::{Glossary, SearchOptions, Status, view::Reader};
    /// let g = Glossary::embedded();
    /// let r = g.search_view("child pornography", &SearchOptions::default(), true, &Reader::new("fr"));
    /// let first = &r.hits[0];
    /// assert_eq!(first.concept, "child-sexual-abuse-material");
    /// assert_eq!(first.term.status, Status::Avoid);
    /// assert_eq!(first.term.instead.as_ref().unwrap().text.text, "child sexual abuse material");
    /// // One hit per concept.
    /// let mut ids: Vec<_> = r.hits.iter().map(|h| &h.concept).collect();
    /// ids.dedup();
    /// assert_eq!(ids.len(), r.hits.len());
    /// ```
    pub fn search_view(
        &self,
        query: &str,
        opts: &SearchOptions,
        per_concept: bool,
        reader: &Reader,
    ) -> SearchResults {
        self.search_view_filtered(query, opts, per_concept, reader, &SearchFilter::default())
    }

    /// [`Glossary::search_view`] narrowed by `filter` (the web app's filters of the results):
    /// hits the filter does not keep are dropped before the limit is applied, so a filter never
    /// empties a list that has matches beyond the first page. With one hit per concept, a
    /// concept is listed with its best-ranked term the filter keeps.
    ///
    /// ```
    /// use luxterm::{Glossary, SearchOptions, Status, view::{Reader, SearchFilter}};
    /// let g = Glossary::embedded();
    /// let opts = SearchOptions::default();
    /// let all = g.search_view("child", &opts, true, &Reader::new("en"));
    /// let avoid = SearchFilter::parse(None, Some("avoid"), None, None);
    /// let some = g.search_view_filtered("child", &opts, true, &Reader::new("en"), &avoid);
    /// assert!(!some.hits.is_empty() && some.hits.len() < all.hits.len());
    /// assert!(some.hits.iter().all(|h| h.term.status == Status::Avoid));
    /// ```
    pub fn search_view_filtered(
        &self,
        query: &str,
        opts: &SearchOptions,
        per_concept: bool,
        reader: &Reader,
        filter: &SearchFilter,
    ) -> SearchResults {
        let lang = filter.lang.clone().or_else(|| opts.lang.clone());
        let asked = if filter.is_empty() && !per_concept {
            opts.clone()
        } else {
            // A filter may drop any number of hits: ask for every term that could match.
            let every_term = if filter.is_empty() {
                0
            } else {
                self.concepts().iter().map(|c| c.terms.len()).sum()
            };
            SearchOptions {
                lang: lang.clone(),
                limit: TERMS_PER_CONCEPT_SEARCH.max(opts.limit).max(every_term),
            }
        };
        let mut hits: Vec<HitView> = Vec::new();
        for h in self.search(query, &asked) {
            if hits.len() >= opts.limit {
                break;
            }
            if !filter.keeps(h.concept, h.term) {
                continue;
            }
            if per_concept && hits.iter().any(|x| x.concept == *h.concept.id) {
                continue;
            }
            let term = term_view(self, h.concept, h.term, &reader.text);
            let name = concept_name(h.concept, &reader.terms);
            let same_as_term = name.text == term.text;
            let same_as_replacement = term
                .instead
                .as_ref()
                .is_some_and(|r| r.text.text == name.text && r.text.lang == name.lang);
            hits.push(HitView {
                concept: h.concept.id.to_string(),
                category: h.concept.category,
                kind: h.kind.into(),
                distance: h.distance,
                preferred: (!same_as_term && !same_as_replacement).then_some(name),
                term,
            });
        }
        SearchResults {
            query: query.to_owned(),
            lang,
            per_concept,
            hits,
        }
    }
}

/// What a list of results is narrowed to: the language and status of the term that matched, the
/// concept's category, an instrument the concept cites. Every part is optional; the default
/// filter keeps every hit. A face reads it from its URL with [`SearchFilter::parse`].
///
/// ```
/// use luxterm::{Category, Status, view::SearchFilter};
/// let f = SearchFilter::parse(Some("fr"), Some("avoid"), Some("material"), Some("opsc"));
/// assert_eq!(f.lang.as_deref(), Some("fr"));
/// assert_eq!(f.status, Some(Status::Avoid));
/// assert_eq!(f.category, Some(Category::Material));
/// assert_eq!(f.instrument.as_deref(), Some("opsc"));
/// // Empty or unknown values filter nothing.
/// assert!(SearchFilter::parse(Some(""), Some("sometimes"), Some("nope"), None).is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct SearchFilter {
    /// Only terms in this language.
    pub lang: Option<String>,
    /// Only terms of this status.
    pub status: Option<Status>,
    /// Only concepts of this category.
    pub category: Option<Category>,
    /// Only concepts that cite this instrument (by id): in a citation, a definition's source, a
    /// legal term, guidance or the element matrix.
    pub instrument: Option<String>,
}

impl SearchFilter {
    /// A filter from the text of its parts (as a URL carries them: a language tag, a status and a
    /// category by their names in the source format, an instrument id); an empty or unknown
    /// status or category, and an empty language or instrument, filter nothing.
    pub fn parse(
        lang: Option<&str>,
        status: Option<&str>,
        category: Option<&str>,
        instrument: Option<&str>,
    ) -> SearchFilter {
        let text = |v: Option<&str>| {
            v.map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        SearchFilter {
            lang: text(lang),
            status: status.and_then(|s| Status::ALL.into_iter().find(|x| x.as_str() == s.trim())),
            category: category.and_then(|c| c.trim().parse().ok()),
            instrument: text(instrument),
        }
    }

    /// True when the filter keeps every hit.
    pub fn is_empty(&self) -> bool {
        self.lang.is_none()
            && self.status.is_none()
            && self.category.is_none()
            && self.instrument.is_none()
    }

    /// Whether the filter keeps this term of this concept.
    fn keeps(&self, concept: &Concept, term: &Term) -> bool {
        self.lang.as_deref().is_none_or(|l| *term.lang == *l)
            && self.status.is_none_or(|s| term.status == s)
            && self.category.is_none_or(|c| concept.category == c)
            && self.instrument.as_deref().is_none_or(|i| cites(concept, i))
    }
}

/// Whether a concept cites an instrument anywhere in its current entries.
fn cites(c: &Concept, instrument: &str) -> bool {
    let current = |span: &crate::Span| span.until.is_none();
    c.citations
        .iter()
        .any(|e| current(&e.span) && *e.citation.instrument == *instrument)
        || c.definitions
            .iter()
            .any(|d| current(&d.span) && *d.source.instrument == *instrument)
        || c.guidance
            .iter()
            .any(|g| current(&g.span) && *g.cite.instrument == *instrument)
        || c.terms.iter().any(|t| {
            current(&t.span) && t.legal_term_of.iter().any(|l| *l.instrument == *instrument)
        })
        || c.elements
            .iter()
            .any(|r| current(&r.span) && r.cells.iter().any(|x| *x.cite.instrument == *instrument))
}

/// An instrument as a choice of a filter: its id and its short name in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct InstrumentChoice {
    /// The instrument's id.
    pub id: String,
    /// Its short name (`OPSC`).
    pub name: String,
}

/// The choices of each filter of the results, in the order a face lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct SearchFacets {
    /// The languages terms are in ([`Glossary::term_languages`]).
    pub languages: Vec<String>,
    /// Every status, preferred first.
    pub statuses: Vec<Status>,
    /// The categories that have concepts.
    pub categories: Vec<Category>,
    /// The instruments some concept cites, in order of adoption (empty for a glossary without
    /// citations, such as the search part of the compact form).
    pub instruments: Vec<InstrumentChoice>,
}

impl Glossary {
    /// The choices of the filters of the results, for `reader` (instrument names in the reader's
    /// language of texts).
    ///
    /// ```
    /// use luxterm::{Glossary, view::Reader};
    /// let f = Glossary::embedded().search_facets(&Reader::new("en"));
    /// assert_eq!(&f.languages[..3], ["ar", "zh", "en"]);
    /// assert_eq!(f.statuses.len(), 4);
    /// assert!(f.instruments.iter().any(|i| i.id == "opsc" && i.name == "OPSC"));
    /// ```
    pub fn search_facets(&self, reader: &Reader) -> SearchFacets {
        let mut cited: Vec<&crate::Instrument> = self
            .instruments()
            .iter()
            .filter(|i| self.concepts().iter().any(|c| cites(c, &i.id)))
            .collect();
        crate::sort::sort_by(&mut cited, |a, b| {
            (a.adopted, &a.id).cmp(&(b.adopted, &b.id))
        });
        SearchFacets {
            languages: self.term_languages(),
            statuses: Status::ALL.to_vec(),
            categories: self.categories().into_iter().map(|(c, _)| c).collect(),
            instruments: cited
                .into_iter()
                .map(|i| InstrumentChoice {
                    id: i.id.to_string(),
                    name: self.short_name(&i.id, &reader.text).to_owned(),
                })
                .collect(),
        }
    }
}
