//! A language pair: a source and a target language side by side, concept by concept, as a
//! translator works (`fr → ar`), and the languages a comparison across languages shows by
//! default.

use super::{ConceptLink, Reader, STATUS_ORDER, StatusGroup, TermView, link, term_view};
use crate::lang::{self, Dir};
use crate::{Category, Concept, Error, Glossary};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;

/// One side of a pair for one concept: its terms in one language, in every status group
/// (preferred, admitted, use with caution, avoid; empty groups kept, so the two sides line up).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct PairSide {
    /// The language.
    pub lang: String,
    /// Its writing direction.
    pub dir: Dir,
    /// One group per status, in [`STATUS_ORDER`].
    pub groups: Vec<StatusGroup>,
}

/// One concept in a language pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct PairRow {
    /// The concept, named in the source language (fallback marked).
    pub concept: ConceptLink,
    /// Its category.
    pub category: Category,
    /// Its terms in the source language.
    pub source: PairSide,
    /// Its terms in the target language.
    pub target: PairSide,
}

/// Concepts in a source and a target language, side by side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct LanguagePair {
    /// The source language.
    pub source: String,
    /// Its writing direction.
    pub source_dir: Dir,
    /// The target language.
    pub target: String,
    /// Its writing direction.
    pub target_dir: Dir,
    /// The languages either side may be set to ([`Glossary::term_languages`]).
    pub available: Vec<String>,
    /// One row per concept asked (every concept, in id order, when none was).
    pub rows: Vec<PairRow>,
}

fn side(g: &Glossary, c: &Concept, l: &str, text_lang: &str) -> PairSide {
    let terms: Vec<TermView> = c
        .terms_in(l)
        .map(|t| term_view(g, c, t, text_lang))
        .collect();
    PairSide {
        lang: l.to_owned(),
        dir: Dir::of(l),
        groups: STATUS_ORDER
            .into_iter()
            .map(|status| StatusGroup {
                status,
                terms: terms
                    .iter()
                    .filter(|t| t.status == status)
                    .cloned()
                    .collect(),
            })
            .collect(),
    }
}

impl Glossary {
    /// The pair a reader starts from when none is asked: from the language of terms to the
    /// language of the interface, or, when they are the same, to English, or, for an English
    /// reader, to French (the other working language of the UN Secretariat).
    ///
    /// ```
    /// use luxterm::{Glossary, view::Reader};
    /// let g = Glossary::embedded();
    /// assert_eq!(g.default_pair(&Reader::new("ar").with_terms("fr")), ("fr".into(), "ar".into()));
    /// assert_eq!(g.default_pair(&Reader::new("es")), ("es".into(), "en".into()));
    /// assert_eq!(g.default_pair(&Reader::new("en")), ("en".into(), "fr".into()));
    /// ```
    pub fn default_pair(&self, reader: &Reader) -> (String, String) {
        let source = reader.terms.clone();
        let target = if reader.text != source {
            reader.text.clone()
        } else if source != lang::FALLBACK {
            lang::FALLBACK.to_owned()
        } else {
            "fr".to_owned()
        };
        (source, target)
    }

    /// Concepts in a language pair: for each, its terms in `source` and in `target`, every status
    /// group on both sides so rows line up; `ids` empty means every concept. Instrument names
    /// in the legal terms are in the reader's language of texts.
    ///
    /// ```
    /// use luxterm::{Glossary, Status, compare::Dir, view::Reader};
    /// let g = Glossary::embedded();
    /// let p = g.language_pair("fr", "ar", &["child-sexual-abuse-material"], &Reader::new("en")).unwrap();
    /// assert_eq!((p.source.as_str(), p.target.as_str(), p.target_dir), ("fr", "ar", Dir::Rtl));
    /// let row = &p.rows[0];
    /// assert_eq!(row.concept.name.lang, "fr");
    /// assert_eq!(row.source.groups[0].status, Status::Preferred);
    /// assert_eq!(row.source.groups.len(), row.target.groups.len());
    /// assert!(row.target.groups[0].terms.iter().all(|t| t.lang == "ar"));
    /// assert_eq!(g.language_pair("en", "fr", &[], &Reader::new("en")).unwrap().rows.len(), g.concepts().len());
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::UnknownConcept`] for an id the glossary does not have.
    pub fn language_pair(
        &self,
        source: &str,
        target: &str,
        ids: &[&str],
        reader: &Reader,
    ) -> Result<LanguagePair, Error> {
        let concepts: Vec<&Concept> = if ids.is_empty() {
            self.concepts().iter().collect()
        } else {
            ids.iter()
                .map(|id| {
                    self.concept(id)
                        .ok_or_else(|| Error::UnknownConcept((*id).to_owned()))
                })
                .collect::<Result<_, _>>()?
        };
        let rows = concepts
            .into_iter()
            .map(|c| PairRow {
                concept: link(c, source),
                category: c.category,
                source: side(self, c, source, &reader.text),
                target: side(self, c, target, &reader.text),
            })
            .collect();
        Ok(LanguagePair {
            source: source.to_owned(),
            source_dir: Dir::of(source),
            target: target.to_owned(),
            target_dir: Dir::of(target),
            available: self.term_languages(),
            rows,
        })
    }

    /// The languages a comparison of one concept across languages shows when the reader has not
    /// chosen: the language of terms, the interface language, English, and every other language
    /// the concept has a current term in; in display order (the language of terms first), each
    /// once. The reader's own languages are there even when the concept has no term in them yet,
    /// so that a gap shows.
    ///
    /// ```
    /// use luxterm::{Glossary, view::Reader};
    /// let g = Glossary::embedded();
    /// let langs = g.default_compared_languages("child", &Reader::new("ar").with_terms("fr")).unwrap();
    /// assert_eq!(&langs[..2], ["fr", "ar"]);
    /// assert!(langs.iter().any(|l| l == "en"));
    /// assert!(langs.len() >= 6, "{langs:?}");
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::UnknownConcept`] for an id the glossary does not have.
    pub fn default_compared_languages(
        &self,
        id: &str,
        reader: &Reader,
    ) -> Result<Vec<String>, Error> {
        let c = self
            .concept(id)
            .ok_or_else(|| Error::UnknownConcept(id.to_owned()))?;
        let mut asked: Vec<&str> = Vec::new();
        let with_data = c
            .terms
            .iter()
            .filter(|t| t.span.until.is_none())
            .map(|t| &*t.lang);
        for l in [reader.terms.as_str(), reader.text.as_str(), lang::FALLBACK]
            .into_iter()
            .chain(with_data)
        {
            if !asked.contains(&l) {
                asked.push(l);
            }
        }
        Ok(lang::order(asked, Some(reader.terms.as_str()))
            .into_iter()
            .map(str::to_owned)
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use crate::view::{Reader, SearchFilter};
    use crate::{Category, Glossary, SearchOptions, Status};

    #[test]
    fn a_pair_lines_up_every_status_on_both_sides() {
        let g = Glossary::embedded();
        let p = g
            .language_pair("fr", "ar", &[], &Reader::new("en"))
            .unwrap();
        for row in &p.rows {
            let s: Vec<Status> = row.source.groups.iter().map(|g| g.status).collect();
            let t: Vec<Status> = row.target.groups.iter().map(|g| g.status).collect();
            assert_eq!(s, Status::ALL);
            assert_eq!(t, Status::ALL);
            assert!(
                row.source
                    .groups
                    .iter()
                    .flat_map(|g| &g.terms)
                    .all(|t| t.lang == "fr")
            );
            assert!(
                row.target
                    .groups
                    .iter()
                    .flat_map(|g| &g.terms)
                    .all(|t| t.lang == "ar")
            );
        }
        let csam = p
            .rows
            .iter()
            .find(|r| r.concept.id == "child-sexual-abuse-material")
            .unwrap();
        // The French term to avoid is on the source side, with its French replacement.
        let avoid = &csam.source.groups[3].terms;
        assert!(avoid.iter().any(|t| t.text == "pédopornographie"));
        assert!(
            g.language_pair("fr", "ar", &["no-such"], &Reader::new("en"))
                .is_err()
        );
    }

    #[test]
    fn the_default_comparison_languages_are_the_readers_and_english() {
        let g = Glossary::embedded();
        // A language with no term for the concept is still shown when it is the reader's.
        let reader = Reader::new("es").with_terms("sw");
        let langs = g.default_compared_languages("child", &reader).unwrap();
        assert_eq!(langs[0], "sw");
        assert!(langs.iter().any(|l| l == "es") && langs.iter().any(|l| l == "en"));
        let c = g.concept("child").unwrap();
        for t in c.terms.iter() {
            assert!(langs.iter().any(|l| *l == *t.lang), "{} missing", t.lang);
        }
        let t = g
            .compare_languages(
                "child",
                &langs.iter().map(String::as_str).collect::<Vec<_>>(),
                &reader,
            )
            .unwrap();
        assert_eq!(t.columns.len(), langs.len());
        let sw = t.columns.iter().find(|c| c.lang == "sw").unwrap();
        assert!(sw.groups.iter().all(|g| g.terms.is_empty()));
    }

    #[test]
    fn each_filter_narrows_the_results() {
        let g = Glossary::embedded();
        let opts = SearchOptions {
            lang: None,
            limit: 100,
        };
        let reader = Reader::new("en");
        let all = g.search_view("child", &opts, true, &reader);
        let run = |f: SearchFilter| g.search_view_filtered("child", &opts, true, &reader, &f);
        let run_on = |q: &str, f: SearchFilter| g.search_view_filtered(q, &opts, true, &reader, &f);

        let every = g.search_view("exploitation", &opts, true, &reader);
        let fr = run_on(
            "exploitation",
            SearchFilter::parse(Some("fr"), None, None, None),
        );
        assert!(fr.hits.iter().all(|h| h.term.lang == "fr"));
        assert!(!fr.hits.is_empty());
        assert!(every.hits.iter().any(|h| h.term.lang != "fr"));

        let avoid = run(SearchFilter::parse(None, Some("avoid"), None, None));
        assert!(avoid.hits.iter().all(|h| h.term.status == Status::Avoid));
        assert!(!avoid.hits.is_empty() && avoid.hits.len() < all.hits.len());

        let material = run(SearchFilter::parse(None, None, Some("material"), None));
        assert!(
            material
                .hits
                .iter()
                .all(|h| h.category == Category::Material)
        );
        assert!(!material.hits.is_empty() && material.hits.len() < all.hits.len());

        let opsc = run(SearchFilter::parse(None, None, None, Some("opsc")));
        assert!(!opsc.hits.is_empty() && opsc.hits.len() < all.hits.len());
        for h in &opsc.hits {
            let page = g.concept_page(&h.concept, &reader, None).unwrap();
            let cited = page.provisions.iter().any(|p| p.cite.instrument == "opsc")
                || page
                    .definitions
                    .iter()
                    .any(|d| d.source.instrument == "opsc")
                || page
                    .languages
                    .iter()
                    .flat_map(|l| &l.groups)
                    .flat_map(|g| &g.terms)
                    .any(|t| t.legal_term_of.iter().any(|c| c.instrument == "opsc"))
                || g.compare_instruments(&h.concept, &reader)
                    .unwrap()
                    .columns
                    .iter()
                    .any(|c| c.instrument == "opsc");
            assert!(cited, "{} does not cite opsc", h.concept);
        }

        // Filters combine, and one that keeps nothing gives no hit.
        let both = run_on(
            "pornographie",
            SearchFilter::parse(Some("fr"), Some("avoid"), None, None),
        );
        assert!(!both.hits.is_empty());
        assert!(
            both.hits
                .iter()
                .all(|h| h.term.lang == "fr" && h.term.status == Status::Avoid)
        );
        let none = run(SearchFilter::parse(
            None,
            None,
            None,
            Some("no-such-instrument"),
        ));
        assert!(none.hits.is_empty());

        // An empty filter is the plain search.
        assert_eq!(run(SearchFilter::default()), all);
    }

    #[test]
    fn facets_list_cited_instruments_in_order_of_adoption() {
        let g = Glossary::embedded();
        let f = g.search_facets(&Reader::new("fr"));
        assert!(!f.instruments.is_empty());
        let adopted: Vec<_> = f
            .instruments
            .iter()
            .map(|i| g.instrument(&i.id).unwrap().adopted)
            .collect();
        assert!(adopted.windows(2).all(|w| w[0] <= w[1]), "{adopted:?}");
        assert_eq!(f.categories.len(), g.categories().len());
        // The search part carries no citations: no instrument to filter by.
        #[cfg(feature = "parts")]
        {
            let part = Glossary::from_compact(crate::parts::SEARCH).unwrap();
            assert!(
                part.search_facets(&Reader::new("en"))
                    .instruments
                    .is_empty()
            );
        }
    }
}
