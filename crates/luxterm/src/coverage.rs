//! How complete the glossary is, per language and per field, and which facts are unverified.

use crate::{Category, Citation, Glossary, Status};
use serde::Serialize;

pub use crate::lang::UN_LANGUAGES;

/// A count out of a total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Ratio {
    /// How many have it.
    pub have: usize,
    /// Out of how many.
    pub of: usize,
}

impl Ratio {
    /// The share as a percentage (100 when `of` is 0).
    ///
    /// ```
    /// let r = luxterm::coverage::Ratio { have: 1, of: 4 };
    /// assert_eq!(r.percent(), 25.0);
    /// ```
    pub fn percent(self) -> f64 {
        if self.of == 0 {
            100.0
        } else {
            self.have as f64 * 100.0 / self.of as f64
        }
    }

    /// Whether all have it.
    pub fn complete(self) -> bool {
        self.have == self.of
    }
}

/// Coverage of one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct LanguageCoverage {
    /// The language tag.
    pub lang: String,
    /// Concepts with a preferred term in this language.
    pub preferred: Ratio,
    /// Concepts with a definition in this language.
    pub definitions: Ratio,
    /// Current terms in this language.
    pub terms: usize,
    /// Terms marked as an instrument's legal term: how many of those marks are verified.
    pub legal_terms_verified: Ratio,
}

/// A fact the data marks as unverified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Unverified {
    /// Where: a concept id or `instrument <id>`.
    pub place: String,
    /// What: `citation OPSC art. 10(1)`, `provision art. 19`, `legal term "…" (fr)` …
    pub what: String,
    /// Why it is unverified, as the data says.
    pub evidence: Option<String>,
}

/// The glossary's completeness.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Coverage {
    /// Concepts in the glossary.
    pub concepts: usize,
    /// Per language: the six UN languages first, then any other language the data has.
    pub languages: Vec<LanguageCoverage>,
    /// Concepts with a preferred term in all six UN languages.
    pub all_six_preferred: Ratio,
    /// Concepts with a definition in all six UN languages.
    pub all_six_definitions: Ratio,
    /// Legal concepts (every category but `people`, `ict` and `institution`) citing at least one
    /// provision.
    pub legal_concepts_citing: Ratio,
    /// Terms to avoid that name a replacement.
    pub avoid_with_replacement: Ratio,
    /// Concepts with guidance from a guideline.
    pub with_guidance: Ratio,
    /// Concepts with an element matrix.
    pub with_elements: Ratio,
    /// Citations (of concepts, definitions, legal terms, guidance and element cells) verified.
    pub citations_verified: Ratio,
    /// Provisions of instruments verified.
    pub provisions_verified: Ratio,
    /// Every unverified fact.
    pub unverified: Vec<Unverified>,
}

impl Glossary {
    /// Measures how complete the glossary is (current release).
    ///
    /// ```
    /// let c = luxterm::Glossary::embedded().coverage();
    /// assert_eq!(c.concepts, luxterm::Glossary::embedded().concepts().len());
    /// assert_eq!(&c.languages[..6].iter().map(|l| l.lang.as_str()).collect::<Vec<_>>(),
    ///            &["ar", "zh", "en", "fr", "ru", "es"]);
    /// ```
    pub fn coverage(&self) -> Coverage {
        let concepts = self.concepts();
        let n = concepts.len();
        let langs: Vec<String> = crate::lang::order(
            UN_LANGUAGES.iter().copied().chain(
                concepts
                    .iter()
                    .flat_map(|c| c.terms.iter().map(|t| &*t.lang)),
            ),
            None,
        )
        .into_iter()
        .map(str::to_owned)
        .collect();
        let current_def = |c: &crate::Concept, l: &str| {
            c.definitions
                .iter()
                .any(|d| d.lang == l && d.span.until.is_none())
        };
        let languages = langs
            .iter()
            .map(|l| {
                let terms: Vec<_> = concepts
                    .iter()
                    .flat_map(|c| c.terms.iter())
                    .filter(|t| t.lang == *l && t.span.until.is_none())
                    .collect();
                let marks: Vec<&Citation> =
                    terms.iter().flat_map(|t| t.legal_term_of.iter()).collect();
                LanguageCoverage {
                    lang: l.clone(),
                    preferred: Ratio {
                        have: concepts.iter().filter(|c| c.preferred(l).is_some()).count(),
                        of: n,
                    },
                    definitions: Ratio {
                        have: concepts.iter().filter(|c| current_def(c, l)).count(),
                        of: n,
                    },
                    terms: terms.len(),
                    legal_terms_verified: Ratio {
                        have: marks.iter().filter(|m| m.verified).count(),
                        of: marks.len(),
                    },
                }
            })
            .collect();
        let legal: Vec<_> = concepts
            .iter()
            .filter(|c| {
                !matches!(
                    c.category,
                    Category::People | Category::Ict | Category::Institution
                )
            })
            .collect();
        let avoid: Vec<_> = concepts
            .iter()
            .flat_map(|c| c.terms.iter())
            .filter(|t| t.status == Status::Avoid && t.span.until.is_none())
            .collect();

        let mut unverified = Vec::new();
        let mut cites = Ratio { have: 0, of: 0 };
        let mut note = |place: &str, what: String, c: &Citation| {
            cites.of += 1;
            if c.verified {
                cites.have += 1;
            } else {
                unverified.push(Unverified {
                    place: place.to_owned(),
                    what,
                    evidence: c.evidence.as_deref().map(str::to_owned),
                });
            }
        };
        for c in concepts {
            let name = |ci: &Citation| ci.display_with(self.short_name(&ci.instrument, "en"));
            for e in c.citations.iter().filter(|e| e.span.until.is_none()) {
                note(
                    &c.id,
                    format!("citation {}", name(&e.citation)),
                    &e.citation,
                );
            }
            for d in c.definitions.iter().filter(|d| d.span.until.is_none()) {
                note(
                    &c.id,
                    format!("source of the {} definition: {}", d.lang, name(&d.source)),
                    &d.source,
                );
            }
            for t in c.terms.iter().filter(|t| t.span.until.is_none()) {
                for l in t.legal_term_of.iter() {
                    note(
                        &c.id,
                        format!("legal term \"{}\" ({}) of {}", t.text, t.lang, name(l)),
                        l,
                    );
                }
            }
            for g in c.guidance.iter().filter(|g| g.span.until.is_none()) {
                note(&c.id, format!("guidance: {}", name(&g.cite)), &g.cite);
            }
            for r in c.elements.iter().filter(|r| r.span.until.is_none()) {
                for cell in r.cells.iter() {
                    note(
                        &c.id,
                        format!("element {}: {}", r.element, name(&cell.cite)),
                        &cell.cite,
                    );
                }
            }
        }
        let mut provisions = Ratio { have: 0, of: 0 };
        for i in self.instruments() {
            for p in i.provisions.iter() {
                provisions.of += 1;
                if p.verified {
                    provisions.have += 1;
                } else {
                    unverified.push(Unverified {
                        place: format!("instrument {}", i.id),
                        what: format!("provision {}", p.path),
                        evidence: p.evidence.as_deref().map(str::to_owned),
                    });
                }
            }
        }
        Coverage {
            concepts: n,
            languages,
            all_six_preferred: Ratio {
                have: concepts
                    .iter()
                    .filter(|c| UN_LANGUAGES.iter().all(|l| c.preferred(l).is_some()))
                    .count(),
                of: n,
            },
            all_six_definitions: Ratio {
                have: concepts
                    .iter()
                    .filter(|c| UN_LANGUAGES.iter().all(|l| current_def(c, l)))
                    .count(),
                of: n,
            },
            legal_concepts_citing: Ratio {
                have: legal
                    .iter()
                    .filter(|c| {
                        c.citations
                            .iter()
                            .any(|e| e.span.until.is_none() && e.citation.provision.is_some())
                    })
                    .count(),
                of: legal.len(),
            },
            avoid_with_replacement: Ratio {
                have: avoid
                    .iter()
                    .filter(|t| t.instead.is_some() && t.why.is_some())
                    .count(),
                of: avoid.len(),
            },
            with_guidance: Ratio {
                have: concepts.iter().filter(|c| !c.guidance.is_empty()).count(),
                of: n,
            },
            with_elements: Ratio {
                have: concepts.iter().filter(|c| !c.elements.is_empty()).count(),
                of: n,
            },
            citations_verified: cites,
            provisions_verified: provisions,
            unverified,
        }
    }
}
