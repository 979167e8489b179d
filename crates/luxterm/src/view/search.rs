//! Search results: term by term, or one hit per concept.

use super::{LangText, Reader, TermView, concept_name, term_view};
use crate::{Category, Glossary, SearchOptions};
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
}

impl Match {
    /// Every kind of match, best first.
    pub const ALL: [Match; 5] = [
        Match::Exact,
        Match::Prefix,
        Match::WordPrefix,
        Match::Fuzzy,
        Match::Substring,
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
        let asked = if per_concept {
            SearchOptions {
                lang: opts.lang.clone(),
                limit: TERMS_PER_CONCEPT_SEARCH.max(opts.limit),
            }
        } else {
            opts.clone()
        };
        let mut hits: Vec<HitView> = Vec::new();
        for h in self.search(query, &asked) {
            if hits.len() >= opts.limit {
                break;
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
            lang: opts.lang.clone(),
            per_concept,
            hits,
        }
    }
}
