//! Comparison tables that the faces (CLI, web, exports) only lay out: concepts side by side, one
//! concept across languages, one concept across instruments (the element matrix), and one concept
//! across two releases (see [`crate::diff`]). Every table is complete: the faces compute nothing.

use crate::lang;
pub use crate::lang::Dir;
use crate::view::{
    CitationView, ConceptLink, DefinitionView, LangText, Reader, RelationGroup, STATUS_ORDER,
    StatusGroup, TermView, cite, link, pick_text, term_view,
};
use crate::{
    Category, CellValue, Concept, Date, Glossary, Instrument, InstrumentKind, ProvisionKind,
    RelationKind, Status, Version,
};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;

/// One concept's column in a side-by-side comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct ConceptColumn {
    /// The concept, named in the language of the comparison (fallback marked).
    pub concept: ConceptLink,
    /// Its category.
    pub category: Category,
    /// Its preferred term in the language of the comparison (fallback marked).
    pub preferred: Option<TermView>,
    /// True when `preferred` is in another language than the one asked.
    pub preferred_fallback: bool,
    /// Its other current terms in that language: admitted first, terms to avoid last.
    pub other_terms: Vec<TermView>,
    /// Its definition in that language (fallback marked).
    pub definition: Option<DefinitionView>,
    /// Its terms in that language that are an instrument's legal term, with the instruments.
    pub legal_terms: Vec<TermView>,
    /// The provisions it cites.
    pub citations: Vec<CitationView>,
    /// Broader, narrower and related concepts (only the kinds it has).
    pub relations: Vec<RelationGroup>,
}

/// Concepts side by side, in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct SideBySide {
    /// The language of the comparison.
    pub lang: String,
    /// One column per concept, in the order asked.
    pub columns: Vec<ConceptColumn>,
}

/// One language's column for a concept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct LanguageColumn {
    /// The language tag.
    pub lang: String,
    /// Its writing direction.
    pub dir: Dir,
    /// Whether it is one of the six UN languages.
    pub un_language: bool,
    /// One group per status, always all four in order (preferred … avoid), so that the columns
    /// line up as table rows; a group may be empty.
    pub groups: Vec<StatusGroup>,
    /// The terms in this language that are an instrument's legal term.
    pub legal_terms: Vec<TermView>,
    /// The definition in this language (fallback marked).
    pub definition: Option<DefinitionView>,
}

/// One concept across languages: the columns a translator picks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct AcrossLanguages {
    /// The concept.
    pub concept: ConceptLink,
    /// Every language the concept could be shown in, in display order (for a language picker):
    /// the six UN languages, then the others it has terms in.
    pub available: Vec<String>,
    /// One column per language shown, in display order.
    pub columns: Vec<LanguageColumn>,
}

/// A provision of an instrument that defines the concept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct DefiningProvision {
    /// Its path (`art. 2(c)`).
    pub path: String,
    /// As a drafter cites it (`OPSC art. 2(c)`).
    pub display: String,
    /// Its element id on the instrument's page.
    pub anchor: String,
}

/// One instrument's column in an element matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct InstrumentColumn {
    /// The instrument's id.
    pub instrument: String,
    /// Its short name in the reader's language.
    pub short_name: String,
    /// What kind of document it is.
    pub kind: InstrumentKind,
    /// Its date of adoption.
    pub adopted: Date,
    /// The provisions of this instrument that the concept cites and that define it.
    pub definitions: Vec<DefiningProvision>,
    /// This instrument's legal terms for the concept in the reader's language of terms, or in
    /// English when it has none there (see `legal_terms_fallback`).
    pub legal_terms: Vec<TermView>,
    /// True when `legal_terms` are English ones shown for want of the language asked.
    pub legal_terms_fallback: bool,
    /// How many of the matrix's rows this instrument answers.
    pub answered: usize,
}

/// One cell of the element matrix: an instrument's answer, with its citation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct CellView {
    /// The answer.
    pub value: CellValue,
    /// The answer in words (the project's), in the reader's language (fallback marked).
    pub detail: Option<LangText>,
    /// The provision that gives the answer.
    pub cite: CitationView,
}

/// One element's row: one cell per column (`None`: no answer recorded).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct MatrixRow {
    /// The element's id.
    pub element: String,
    /// Its label in the reader's language (fallback marked).
    pub label: LangText,
    /// The question a drafter asks of each instrument (fallback marked).
    pub question: Option<LangText>,
    /// Cells aligned with [`ElementMatrix::columns`].
    pub cells: Vec<Option<CellView>>,
}

/// One concept's definitions across instruments, element by element.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct ElementMatrix {
    /// The concept.
    pub concept: ConceptLink,
    /// Instruments that define, criminalise or name the concept, or answer one of its elements,
    /// in order of adoption.
    pub columns: Vec<InstrumentColumn>,
    /// One row per element, in the order of `elements.toml`.
    pub rows: Vec<MatrixRow>,
}

fn definition_in(g: &Glossary, c: &Concept, lang: &str) -> Option<DefinitionView> {
    let current: Vec<_> = c
        .definitions
        .iter()
        .filter(|d| d.span.until.is_none())
        .collect();
    lang::choose(current.iter().copied(), lang, |d| &d.lang).map(|(d, fb)| DefinitionView {
        text: LangText {
            fallback: fb,
            ..LangText::new(&d.text, &d.lang)
        },
        source: cite(g, &d.source, lang),
    })
}

fn relations_of(g: &Glossary, c: &Concept, lang: &str) -> Vec<RelationGroup> {
    [
        RelationKind::Broader,
        RelationKind::Narrower,
        RelationKind::Related,
    ]
    .into_iter()
    .filter_map(|kind| {
        let concepts: Vec<ConceptLink> = c
            .relations
            .iter()
            .filter(|r| r.kind == kind && r.span.until.is_none())
            .map(|r| crate::view::link_by_id(g, &r.concept, lang))
            .collect();
        (!concepts.is_empty()).then_some(RelationGroup { kind, concepts })
    })
    .collect()
}

impl Glossary {
    fn concept_or_err(&self, id: &str) -> Result<&Concept, crate::Error> {
        self.concept(id)
            .ok_or_else(|| crate::Error::UnknownConcept(id.to_owned()))
    }

    /// Concepts side by side in one language (unknown ids are an error, not skipped).
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// let t = g.compare_concepts(&["child-sexual-abuse-material", "child-sexual-exploitation-material"], "fr").unwrap();
    /// assert_eq!(t.columns.len(), 2);
    /// assert_eq!(t.columns[0].preferred.as_ref().unwrap().lang, "fr");
    /// assert!(!t.columns[0].preferred_fallback);
    /// ```
    ///
    /// # Errors
    ///
    /// [`crate::Error::UnknownConcept`] for an id the glossary does not have.
    pub fn compare_concepts(&self, ids: &[&str], lang: &str) -> Result<SideBySide, crate::Error> {
        let mut columns = Vec::new();
        for id in ids {
            let c = self.concept_or_err(id)?;
            let preferred = lang::choose(
                c.terms
                    .iter()
                    .filter(|t| t.status == Status::Preferred && t.span.until.is_none())
                    .collect::<Vec<_>>()
                    .iter()
                    .copied(),
                lang,
                |t| &t.lang,
            )
            .map(|(t, fb)| (term_view(self, c, t, lang), fb));
            let in_lang: Vec<TermView> = c
                .terms_in(lang)
                .map(|t| term_view(self, c, t, lang))
                .collect();
            columns.push(ConceptColumn {
                concept: link(c, lang),
                category: c.category,
                preferred_fallback: preferred.as_ref().is_some_and(|p| p.1),
                preferred: preferred.map(|p| p.0),
                other_terms: in_lang
                    .iter()
                    .filter(|t| t.status != Status::Preferred)
                    .cloned()
                    .collect(),
                legal_terms: in_lang
                    .iter()
                    .filter(|t| !t.legal_term_of.is_empty())
                    .cloned()
                    .collect(),
                definition: definition_in(self, c, lang),
                citations: c
                    .citations
                    .iter()
                    .filter(|e| e.span.until.is_none())
                    .map(|e| cite(self, &e.citation, lang))
                    .collect(),
                relations: relations_of(self, c, lang),
            });
        }
        Ok(SideBySide {
            lang: lang.to_owned(),
            columns,
        })
    }

    /// One concept across languages: the columns a translator picks (empty: every language it
    /// could be shown in, the reader's first), always in display order.
    ///
    /// ```
    /// use luxterm::{Glossary, compare::Dir, view::Reader};
    /// let g = Glossary::embedded();
    /// let t = g.compare_languages("child", &["fr", "ar"], &Reader::new("en")).unwrap();
    /// assert_eq!(t.columns[0].lang, "ar");
    /// assert_eq!(t.columns[0].dir, Dir::Rtl);
    /// assert!(!t.columns[1].groups[0].terms.is_empty());
    /// let all = g.compare_languages("child", &[], &Reader::new("fr")).unwrap();
    /// assert_eq!(all.columns[0].lang, "fr");
    /// assert!(all.columns.len() >= 6);
    /// ```
    ///
    /// # Errors
    ///
    /// [`crate::Error::UnknownConcept`] for an id the glossary does not have.
    pub fn compare_languages(
        &self,
        id: &str,
        langs: &[&str],
        reader: &Reader,
    ) -> Result<AcrossLanguages, crate::Error> {
        let c = self.concept_or_err(id)?;
        let present: Vec<&str> = c
            .terms
            .iter()
            .filter(|t| t.span.until.is_none())
            .map(|t| &*t.lang)
            .collect();
        let available: Vec<String> = lang::order(
            lang::UN_LANGUAGES
                .iter()
                .copied()
                .chain(present.iter().copied()),
            None,
        )
        .into_iter()
        .map(str::to_owned)
        .collect();
        let shown: Vec<&str> = if langs.is_empty() {
            lang::order(
                available.iter().map(String::as_str),
                Some(reader.terms.as_str()),
            )
        } else {
            lang::order(langs.iter().copied(), None)
        };
        let columns = shown
            .into_iter()
            .map(|l| {
                let terms: Vec<TermView> = c
                    .terms_in(l)
                    .map(|t| term_view(self, c, t, &reader.text))
                    .collect();
                LanguageColumn {
                    lang: l.to_owned(),
                    dir: Dir::of(l),
                    un_language: lang::is_un_language(l),
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
                    legal_terms: terms
                        .iter()
                        .filter(|t| !t.legal_term_of.is_empty())
                        .cloned()
                        .collect(),
                    definition: definition_in(self, c, l),
                }
            })
            .collect();
        Ok(AcrossLanguages {
            concept: link(c, &reader.terms),
            available,
            columns,
        })
    }

    /// One concept across instruments: its defining provisions, each instrument's legal terms,
    /// and the element matrix (a citation in every cell), for `reader`.
    ///
    /// ```
    /// use luxterm::{Glossary, view::Reader};
    /// let g = Glossary::embedded();
    /// let m = g.compare_instruments("child-sexual-abuse-material", &Reader::new("en")).unwrap();
    /// assert!(m.columns.iter().any(|c| c.instrument == "opsc"));
    /// for row in &m.rows {
    ///     assert_eq!(row.cells.len(), m.columns.len());
    /// }
    /// ```
    ///
    /// # Errors
    ///
    /// [`crate::Error::UnknownConcept`] for an id the glossary does not have.
    pub fn compare_instruments(
        &self,
        id: &str,
        reader: &Reader,
    ) -> Result<ElementMatrix, crate::Error> {
        let c = self.concept_or_err(id)?;
        let text_lang = reader.text.as_str();
        // Instruments in play: cited, legal term of, or answering an element.
        let mut ids: Vec<&str> = Vec::new();
        fn add<'a>(ids: &mut Vec<&'a str>, i: &'a str) {
            if !ids.contains(&i) {
                ids.push(i);
            }
        }
        for e in c.citations.iter().filter(|e| e.span.until.is_none()) {
            add(&mut ids, &e.citation.instrument);
        }
        for t in c.terms.iter().filter(|t| t.span.until.is_none()) {
            for l in t.legal_term_of.iter() {
                add(&mut ids, &l.instrument);
            }
        }
        let rows_src: Vec<_> = c
            .elements
            .iter()
            .filter(|r| r.span.until.is_none())
            .collect();
        for r in &rows_src {
            for cell in r.cells.iter() {
                add(&mut ids, &cell.cite.instrument);
            }
        }
        let mut instruments: Vec<&Instrument> = ids
            .into_iter()
            .filter_map(|i| self.instrument(i))
            .filter(|i| i.kind != InstrumentKind::Guideline)
            .collect();
        crate::sort::sort_by(&mut instruments, |a, b| {
            (a.adopted, &a.id).cmp(&(b.adopted, &b.id))
        });
        let mut rows = Vec::new();
        for def in self.data().elements.iter() {
            let Some(r) = rows_src.iter().find(|r| r.element == def.id) else {
                continue;
            };
            let cells = instruments
                .iter()
                .map(|i| {
                    r.cells
                        .iter()
                        .find(|x| x.cite.instrument == i.id)
                        .map(|x| CellView {
                            value: x.value,
                            detail: pick_text(&x.detail, text_lang),
                            cite: cite(self, &x.cite, text_lang),
                        })
                })
                .collect();
            rows.push(MatrixRow {
                element: def.id.to_string(),
                label: pick_text(&def.label, text_lang)
                    .unwrap_or_else(|| LangText::new(&def.id, lang::FALLBACK)),
                question: pick_text(&def.question, text_lang),
                cells,
            });
        }
        let columns = instruments
            .iter()
            .enumerate()
            .map(|(n, i)| {
                let short = self.short_name(&i.id, text_lang).to_owned();
                let legal: Vec<&crate::Term> = c
                    .terms
                    .iter()
                    .filter(|t| t.span.until.is_none())
                    .filter(|t| t.legal_term_of.iter().any(|l| l.instrument == i.id))
                    .collect();
                let own: Vec<&crate::Term> = legal
                    .iter()
                    .copied()
                    .filter(|t| t.lang == reader.terms)
                    .collect();
                let (shown, fallback) = if own.is_empty() {
                    let en: Vec<&crate::Term> = legal
                        .iter()
                        .copied()
                        .filter(|t| t.lang == lang::FALLBACK)
                        .collect();
                    let fb = !en.is_empty() && reader.terms != lang::FALLBACK;
                    (en, fb)
                } else {
                    (own, false)
                };
                InstrumentColumn {
                    instrument: i.id.to_string(),
                    kind: i.kind,
                    adopted: i.adopted,
                    definitions: c
                        .citations
                        .iter()
                        .filter(|e| e.span.until.is_none() && e.citation.instrument == i.id)
                        .filter_map(|e| e.citation.provision.as_deref())
                        .filter_map(|p| i.provisions.iter().find(|x| x.path == p))
                        .filter(|p| p.kind == ProvisionKind::Defines)
                        .map(|p| DefiningProvision {
                            path: p.path.to_string(),
                            display: format!("{short} {}", p.path),
                            anchor: crate::view::provision_anchor(&p.path),
                        })
                        .collect(),
                    legal_terms: shown
                        .into_iter()
                        .map(|t| term_view(self, c, t, text_lang))
                        .collect(),
                    legal_terms_fallback: fallback,
                    answered: rows
                        .iter()
                        .filter(|r: &&MatrixRow| r.cells.get(n).is_some_and(Option::is_some))
                        .count(),
                    short_name: short,
                }
            })
            .collect::<Vec<_>>();
        Ok(ElementMatrix {
            concept: link(c, &reader.terms),
            columns,
            rows,
        })
    }

    /// The releases a comparison across releases shows when none are asked: the first and the
    /// current; `None` for a glossary without releases.
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// let (from, to) = g.default_release_range().unwrap();
    /// assert_eq!(from, g.releases()[0].version);
    /// assert_eq!(to, g.current_release().unwrap().version);
    /// ```
    pub fn default_release_range(&self) -> Option<(Version, Version)> {
        Some((
            self.releases().first()?.version,
            self.current_release()?.version,
        ))
    }
}
