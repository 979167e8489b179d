//! Comparison tables that the faces (CLI, web) only render: concepts side by side, one concept
//! across languages, one concept across instruments (the element matrix), and one concept across
//! two releases (see [`crate::diff`]).

use crate::{
    Citation, Concept, Definition, Glossary, Instrument, Provision, ProvisionKind, RelationKind,
    Status, Term,
};
use luxterm_data::model::{ElementCell, ElementDef};
use serde::Serialize;

/// A value in the language asked for, or in the fallback language when it has none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Localised<T> {
    /// The value.
    pub value: T,
    /// True when the asked language had none and this comes from the fallback (English).
    pub fallback: bool,
}

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian, Urdu …).
    Rtl,
}

impl Dir {
    /// The direction of a language tag.
    ///
    /// ```
    /// use luxterm::compare::Dir;
    /// assert_eq!(Dir::of("ar"), Dir::Rtl);
    /// assert_eq!(Dir::of("fr"), Dir::Ltr);
    /// ```
    pub fn of(lang: &str) -> Dir {
        if luxterm_text::normalize::is_rtl(lang) {
            Dir::Rtl
        } else {
            Dir::Ltr
        }
    }

    /// `ltr` or `rtl`, as HTML's `dir` attribute wants it.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// One concept's column in a side-by-side comparison.
#[derive(Debug, Clone, Serialize)]
pub struct ConceptColumn<'g> {
    /// The concept's id.
    pub id: &'g str,
    /// Its preferred term in the language asked for.
    pub preferred: Option<Localised<&'g Term>>,
    /// Its other current terms in that language, admitted first, terms to avoid last.
    pub other_terms: Vec<&'g Term>,
    /// Its definition in that language.
    pub definition: Option<Localised<&'g Definition>>,
    /// The provisions it cites.
    pub citations: Vec<&'g Citation>,
    /// Ids of broader concepts.
    pub broader: Vec<&'g str>,
    /// Ids of narrower concepts.
    pub narrower: Vec<&'g str>,
    /// Ids of related concepts.
    pub related: Vec<&'g str>,
}

/// Concepts side by side, in one language.
#[derive(Debug, Clone, Serialize)]
pub struct SideBySide<'g> {
    /// The language of the comparison.
    pub lang: String,
    /// One column per concept, in the order asked.
    pub columns: Vec<ConceptColumn<'g>>,
}

/// One language's column for a concept.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageColumn<'g> {
    /// The language tag.
    pub lang: String,
    /// Its writing direction.
    pub dir: Dir,
    /// Current terms in this language by status, preferred first.
    pub terms: Vec<&'g Term>,
    /// The definition in this language (falling back to English).
    pub definition: Option<Localised<&'g Definition>>,
}

/// One concept across languages: the columns a translator picks.
#[derive(Debug, Clone, Serialize)]
pub struct AcrossLanguages<'g> {
    /// The concept's id.
    pub id: &'g str,
    /// One column per language asked.
    pub columns: Vec<LanguageColumn<'g>>,
}

/// One instrument's column in an element matrix.
#[derive(Debug, Clone, Serialize)]
pub struct InstrumentColumn<'g> {
    /// The instrument.
    pub instrument: &'g Instrument,
    /// The provisions of this instrument that the concept cites and that define it.
    pub definitions: Vec<&'g Provision>,
    /// The terms that are this instrument's legal terms for the concept.
    pub legal_terms: Vec<&'g Term>,
}

/// One element's row: one cell per column (`None`: no answer recorded).
#[derive(Debug, Clone, Serialize)]
pub struct MatrixRow<'g> {
    /// The element.
    pub element: &'g ElementDef,
    /// Cells aligned with [`ElementMatrix::columns`].
    pub cells: Vec<Option<&'g ElementCell>>,
}

/// One concept's definitions across instruments, element by element.
#[derive(Debug, Clone, Serialize)]
pub struct ElementMatrix<'g> {
    /// The concept's id.
    pub id: &'g str,
    /// Instruments that define, criminalise or name the concept, or answer one of its elements,
    /// in order of adoption.
    pub columns: Vec<InstrumentColumn<'g>>,
    /// One row per element, in the order of `elements.toml`.
    pub rows: Vec<MatrixRow<'g>>,
}

fn loc_def<'g>(c: &'g Concept, lang: &str) -> Option<Localised<&'g Definition>> {
    let current = |d: &&Definition| d.span.until.is_none();
    c.definitions
        .iter()
        .filter(current)
        .find(|d| d.lang == lang)
        .map(|d| Localised {
            value: d,
            fallback: false,
        })
        .or_else(|| {
            c.definitions
                .iter()
                .filter(current)
                .find(|d| d.lang == "en")
                .map(|d| Localised {
                    value: d,
                    fallback: true,
                })
        })
}

impl Glossary {
    /// Concepts side by side in one language (unknown ids are an error, not skipped).
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// let t = g.compare_concepts(&["child-sexual-abuse-material", "child-sexual-exploitation-material"], "fr").unwrap();
    /// assert_eq!(t.columns.len(), 2);
    /// assert_eq!(t.columns[0].preferred.unwrap().value.lang, "fr");
    /// ```
    pub fn compare_concepts<'g>(
        &'g self,
        ids: &[&str],
        lang: &str,
    ) -> Result<SideBySide<'g>, crate::Error> {
        let mut columns = Vec::new();
        for id in ids {
            let c = self
                .concept(id)
                .ok_or_else(|| crate::Error::UnknownConcept((*id).to_owned()))?;
            let preferred = c
                .preferred(lang)
                .map(|t| Localised {
                    value: t,
                    fallback: false,
                })
                .or_else(|| {
                    c.preferred("en").map(|t| Localised {
                        value: t,
                        fallback: true,
                    })
                });
            let rel = |k: RelationKind| {
                c.relations
                    .iter()
                    .filter(|r| r.kind == k && r.span.until.is_none())
                    .map(|r| &*r.concept)
                    .collect()
            };
            columns.push(ConceptColumn {
                id: &c.id,
                preferred,
                other_terms: c
                    .terms_in(lang)
                    .filter(|t| t.status != Status::Preferred)
                    .collect(),
                definition: loc_def(c, lang),
                citations: c
                    .citations
                    .iter()
                    .filter(|e| e.span.until.is_none())
                    .map(|e| &e.citation)
                    .collect(),
                broader: rel(RelationKind::Broader),
                narrower: rel(RelationKind::Narrower),
                related: rel(RelationKind::Related),
            });
        }
        Ok(SideBySide {
            lang: lang.to_owned(),
            columns,
        })
    }

    /// One concept across languages (the columns a translator picks; empty: every language it has).
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// let t = g.compare_languages("child", &["ar", "fr"]).unwrap();
    /// assert_eq!(t.columns[0].dir, luxterm::compare::Dir::Rtl);
    /// assert!(!t.columns[1].terms.is_empty());
    /// ```
    pub fn compare_languages<'g>(
        &'g self,
        id: &str,
        langs: &[&str],
    ) -> Result<AcrossLanguages<'g>, crate::Error> {
        let c = self
            .concept(id)
            .ok_or_else(|| crate::Error::UnknownConcept(id.to_owned()))?;
        let langs: Vec<&str> = if langs.is_empty() {
            c.languages()
        } else {
            langs.to_vec()
        };
        let columns = langs
            .into_iter()
            .map(|l| LanguageColumn {
                lang: l.to_owned(),
                dir: Dir::of(l),
                terms: c.terms_in(l).collect(),
                definition: loc_def(c, l),
            })
            .collect();
        Ok(AcrossLanguages { id: &c.id, columns })
    }

    /// One concept across instruments: its defining provisions, each instrument's legal terms,
    /// and the element matrix (a citation in every cell).
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// let m = g.compare_instruments("child-sexual-abuse-material").unwrap();
    /// assert!(m.columns.iter().any(|c| c.instrument.id == "opsc"));
    /// for row in &m.rows {
    ///     assert_eq!(row.cells.len(), m.columns.len());
    /// }
    /// ```
    pub fn compare_instruments<'g>(&'g self, id: &str) -> Result<ElementMatrix<'g>, crate::Error> {
        let c = self
            .concept(id)
            .ok_or_else(|| crate::Error::UnknownConcept(id.to_owned()))?;
        // Instruments in play: cited, legal term of, or answering an element.
        let mut ids: Vec<&str> = Vec::new();
        let mut add = |i: &'g str| {
            if !ids.contains(&i) {
                ids.push(i);
            }
        };
        for e in c.citations.iter().filter(|e| e.span.until.is_none()) {
            add(&e.citation.instrument);
        }
        for t in c.terms.iter().filter(|t| t.span.until.is_none()) {
            for l in t.legal_term_of.iter() {
                add(&l.instrument);
            }
        }
        let rows_src: Vec<_> = c
            .elements
            .iter()
            .filter(|r| r.span.until.is_none())
            .collect();
        for r in &rows_src {
            for cell in r.cells.iter() {
                add(&cell.cite.instrument);
            }
        }
        let mut instruments: Vec<&Instrument> = ids
            .into_iter()
            .filter_map(|i| self.instrument(i))
            .filter(|i| i.kind != crate::InstrumentKind::Guideline)
            .collect();
        luxterm_text::sort::sort_by(&mut instruments, |a, b| {
            (a.adopted, &a.id).cmp(&(b.adopted, &b.id))
        });
        let columns = instruments
            .iter()
            .map(|i| InstrumentColumn {
                instrument: i,
                definitions: c
                    .citations
                    .iter()
                    .filter(|e| e.span.until.is_none() && e.citation.instrument == i.id)
                    .filter_map(|e| e.citation.provision.as_deref())
                    .filter_map(|p| i.provisions.iter().find(|x| x.path == p))
                    .filter(|p| p.kind == ProvisionKind::Defines)
                    .collect(),
                legal_terms: c
                    .terms
                    .iter()
                    .filter(|t| t.span.until.is_none())
                    .filter(|t| t.legal_term_of.iter().any(|l| l.instrument == i.id))
                    .collect(),
            })
            .collect::<Vec<_>>();
        let mut rows = Vec::new();
        for def in self.data().elements.iter() {
            let Some(r) = rows_src.iter().find(|r| r.element == def.id) else {
                continue;
            };
            let cells = columns
                .iter()
                .map(|col| {
                    r.cells
                        .iter()
                        .find(|x| x.cite.instrument == col.instrument.id)
                })
                .collect();
            rows.push(MatrixRow {
                element: def,
                cells,
            });
        }
        Ok(ElementMatrix {
            id: &c.id,
            columns,
            rows,
        })
    }
}
