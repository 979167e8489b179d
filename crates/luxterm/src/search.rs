//! Ranked search over every current term of the glossary, in any language and script.
//!
//! The matching itself (folding of case, accents, Arabic letter variants, width forms; exact,
//! prefix, word-prefix, fuzzy and substring matches) is `luxterm-text`'s; this module feeds it the
//! glossary's terms and abbreviations and maps its hits back to concepts and terms.

use crate::{Concept, Glossary, Status, Term};
pub use luxterm_text::{MatchKind, SearchOptions};

/// The index over a glossary's current terms; `payload` of an entry = position in `terms`.
#[derive(Debug, Clone)]
pub(crate) struct Index {
    inner: luxterm_text::SearchIndex,
    /// (concept index, term index) of each payload.
    terms: Vec<(u32, u32)>,
}

/// One search result: the term that matched, its concept, and why it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct SearchHit<'g> {
    /// The concept the term designates.
    pub concept: &'g Concept,
    /// The term that matched (its `lang` and `status` say which and how to use it).
    pub term: &'g Term,
    /// Why it matched.
    pub kind: MatchKind,
    /// Edit distance of a fuzzy match; 0 otherwise.
    pub distance: u8,
}

impl<'g> SearchHit<'g> {
    /// For a term to avoid, the term to use instead (in the replacement's concept), if it exists.
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// let hit = g.search("child pornography", &Default::default())[0];
    /// assert_eq!(hit.replacement(g).unwrap().text, "child sexual abuse material");
    /// ```
    pub fn replacement(&self, glossary: &'g Glossary) -> Option<&'g Term> {
        if self.term.status != Status::Avoid {
            return None;
        }
        let instead = self.term.instead.as_deref()?;
        let concept = match &self.term.instead_concept {
            Some(id) => glossary.concept(id)?,
            None => self.concept,
        };
        concept
            .terms
            .iter()
            .find(|t| t.lang == self.term.lang && t.text == instead)
    }
}

impl Index {
    fn build(g: &Glossary) -> Index {
        let mut terms = Vec::new();
        let mut entries = Vec::new();
        for (ci, c) in g.concepts().iter().enumerate() {
            for (ti, t) in c.terms.iter().enumerate() {
                if t.span.until.is_some() {
                    continue;
                }
                let (Ok(ci), Ok(ti), Ok(payload)) = (
                    u32::try_from(ci),
                    u32::try_from(ti),
                    u32::try_from(terms.len()),
                ) else {
                    continue;
                };
                terms.push((ci, ti));
                // Preferred terms rank first among equals, terms to avoid last.
                let bias = Status::ALL
                    .iter()
                    .position(|s| *s == t.status)
                    .and_then(|p| u8::try_from(p).ok())
                    .unwrap_or(u8::MAX);
                for text in std::iter::once(&*t.text).chain(t.abbreviation.as_deref()) {
                    entries.push((text, &*t.lang, payload, bias));
                }
            }
        }
        let inner =
            luxterm_text::SearchIndex::build(entries.iter().map(|&(text, lang, payload, bias)| {
                luxterm_text::Entry {
                    text,
                    lang,
                    payload,
                    bias,
                }
            }));
        Index { inner, terms }
    }
}

impl Glossary {
    /// Ranked search of every current term and abbreviation, in all languages or one
    /// (`opts.lang`). Case, accents, Arabic letter variants, width forms, punctuation and small
    /// typos are forgiven; Chinese is matched inside terms. Best first: exact, prefix, word
    /// prefix, fuzzy, substring; preferred terms before others of the same rank. Any query, even
    /// empty or malformed, returns a (possibly empty) list.
    ///
    /// ```
    /// use luxterm::{Glossary, MatchKind, Status};
    /// let g = Glossary::embedded();
    /// let hits = g.search("pedopornographie", &Default::default());   // no accent typed
    /// assert_eq!(hits[0].concept.id, "child-sexual-abuse-material");
    /// assert_eq!(hits[0].term.status, Status::Avoid);
    /// assert_eq!(hits[0].kind, MatchKind::Exact);
    /// assert!(g.search("", &Default::default()).is_empty());
    /// ```
    pub fn search(&self, query: &str, opts: &SearchOptions) -> Vec<SearchHit<'_>> {
        let index = self.index.get_or_init(|| Index::build(self));
        index
            .inner
            .search(query, opts)
            .into_iter()
            .filter_map(|h| {
                let &(ci, ti) = index.terms.get(h.payload as usize)?;
                let concept = self.concepts().get(ci as usize)?;
                let term = concept.terms.get(ti as usize)?;
                Some(SearchHit {
                    concept,
                    term,
                    kind: h.kind,
                    distance: h.distance,
                })
            })
            .collect()
    }
}
