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
    /// True when the column is empty all the way down: no defining provision, no legal term
    /// (in the language asked or in English) and no answer.
    pub empty: bool,
    /// Every provision this column cites (defining provisions, legal terms, answers), as a
    /// drafter cites it (`OPSC art. 2(c)`), once each, in the order they appear in the column.
    pub cited: Vec<String>,
}

/// An instrument a reader may show or hide in an element matrix (for a picker).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct InstrumentChoice {
    /// The instrument's id.
    pub instrument: String,
    /// Its short name in the reader's language.
    pub short_name: String,
    /// Its date of adoption.
    pub adopted: Date,
    /// Whether the matrix shows it.
    pub shown: bool,
    /// Whether its column would be empty all the way down (see [`InstrumentColumn::empty`]).
    pub empty: bool,
}

/// Which instruments an element matrix shows ([`Glossary::compare_instruments_with`]).
///
/// By default ([`MatrixOptions::default`]) every instrument in play except those whose column
/// would be empty all the way down; [`MatrixOptions::all`] shows those too.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct MatrixOptions {
    /// The instruments to show, by id, whatever their order (shown in order of adoption). Empty:
    /// every instrument in play. Ids of instruments not in play are ignored; when none of them
    /// is in play, the matrix is shown as if none were asked.
    pub instruments: Vec<String>,
    /// Show, when no instruments are asked, the columns that would be empty all the way down.
    /// Instruments asked by id are always shown.
    pub show_empty: bool,
}

impl MatrixOptions {
    /// Every instrument in play, empty columns included (what
    /// [`Glossary::compare_instruments`] shows).
    pub fn all() -> MatrixOptions {
        MatrixOptions {
            instruments: Vec::new(),
            show_empty: true,
        }
    }

    /// These instruments only (ids; see [`MatrixOptions::instruments`]).
    pub fn with_instruments<I, S>(mut self, ids: I) -> MatrixOptions
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.instruments = ids.into_iter().map(Into::into).collect();
        self
    }

    /// Show or hide the empty columns (see [`MatrixOptions::show_empty`]).
    pub fn with_empty(mut self, show: bool) -> MatrixOptions {
        self.show_empty = show;
        self
    }
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
    /// Every instrument in play, in order of adoption, shown or not: what a picker offers.
    pub choices: Vec<InstrumentChoice>,
    /// True when the columns are the instruments asked by id rather than the default.
    pub chosen: bool,
    /// The short names of the columns empty all the way down that are hidden, in order of
    /// adoption (none when instruments are asked by id or empty columns are asked for).
    pub hidden_empty: Vec<String>,
}

impl ElementMatrix {
    /// The matrix as CSV (RFC 4180): the table as shown, one row an element and one column an
    /// instrument, for a spreadsheet or a memo.
    ///
    /// | row | first column | second column | one column per instrument |
    /// | --- | --- | --- | --- |
    /// | header | `element` | `question` | the short name and year of adoption, `OPSC (2000)` |
    /// | `defining provisions` | | | the provisions that define the concept, `; ` between them |
    /// | `legal terms` | | | the legal terms, each with its language tag: `child pornography [en]` |
    /// | one per element | its label | its question | the answer (`yes`, `no`, `optional`, `partly`, `not-addressed`), then on lines of their own the answer in words and the provision cited, and `not verified` when the citation is not; empty when no answer is recorded |
    ///
    /// Labels, questions, answers in words and names are in the reader's language (or the
    /// language they fell back to); the structural words above are fixed, like the export's
    /// column names, so that every face writes the same file. Lines end in CRLF, line breaks
    /// inside a cell are LF, a cell with a comma, quote or line break is quoted with its quotes
    /// doubled; no byte order mark.
    ///
    /// ```
    /// use luxterm::{Glossary, compare::MatrixOptions, view::Reader};
    /// let g = Glossary::embedded();
    /// let m = g.compare_instruments_with("child", &Reader::new("en"),
    ///     &MatrixOptions::default().with_instruments(["crc"])).unwrap();
    /// let csv = m.to_csv();
    /// assert!(csv.starts_with("element,question,CRC (1989)\r\n"));
    /// assert!(csv.contains("\r\nAge limit,\"Below what age"));
    /// ```
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        let mut header = vec!["element".to_owned(), "question".to_owned()];
        header.extend(
            self.columns
                .iter()
                .map(|c| format!("{} ({})", c.short_name, c.adopted.year)),
        );
        csv_record(&mut out, &header);
        let mut defs = vec!["defining provisions".to_owned(), String::new()];
        defs.extend(self.columns.iter().map(|c| {
            c.definitions
                .iter()
                .map(|d| d.display.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        }));
        csv_record(&mut out, &defs);
        let mut legal = vec!["legal terms".to_owned(), String::new()];
        legal.extend(self.columns.iter().map(|c| {
            c.legal_terms
                .iter()
                .map(|t| format!("{} [{}]", t.text, t.lang))
                .collect::<Vec<_>>()
                .join("; ")
        }));
        csv_record(&mut out, &legal);
        for row in &self.rows {
            let mut record = vec![
                row.label.text.clone(),
                row.question
                    .as_ref()
                    .map(|q| q.text.clone())
                    .unwrap_or_default(),
            ];
            record.extend(row.cells.iter().map(|cell| {
                let Some(cell) = cell else {
                    return String::new();
                };
                let mut lines = vec![cell.value.as_str().to_owned()];
                if let Some(d) = &cell.detail {
                    lines.push(d.text.clone());
                }
                lines.push(cell.cite.display.clone());
                if !cell.cite.verified {
                    lines.push("not verified".to_owned());
                }
                lines.join("\n")
            }));
            csv_record(&mut out, &record);
        }
        out
    }
}

/// Appends one RFC 4180 record (CRLF-terminated); line breaks inside a field become LF.
fn csv_record(out: &mut String, fields: &[String]) {
    for (n, field) in fields.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        let text = field.replace("\r\n", "\n").replace('\r', "\n");
        if text.contains([',', '"', '\n']) {
            out.push('"');
            out.push_str(&text.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&text);
        }
    }
    out.push_str("\r\n");
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
    /// and the element matrix (a citation in every cell), for `reader`, with every instrument in
    /// play (empty columns included; [`Glossary::compare_instruments_with`] chooses).
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
        self.compare_instruments_with(id, reader, &MatrixOptions::all())
    }

    /// The element matrix with the instruments `options` choose: by default every instrument in
    /// play except those whose column is empty all the way down (counted in `hidden_empty`);
    /// `choices` lists them all for a picker.
    ///
    /// ```
    /// use luxterm::{Glossary, compare::MatrixOptions, view::Reader};
    /// let g = Glossary::embedded();
    /// let reader = Reader::new("en");
    /// let two = g.compare_instruments_with(
    ///     "child-sexual-abuse-material",
    ///     &reader,
    ///     &MatrixOptions::default().with_instruments(["un-cybercrime-convention", "opsc"]),
    /// ).unwrap();
    /// let ids: Vec<&str> = two.columns.iter().map(|c| c.instrument.as_str()).collect();
    /// assert_eq!(ids, ["opsc", "un-cybercrime-convention"]); // in order of adoption
    /// assert!(two.chosen);
    /// assert!(two.rows.iter().all(|r| r.cells.len() == 2));
    /// assert!(two.choices.len() > 2);
    /// ```
    ///
    /// # Errors
    ///
    /// [`crate::Error::UnknownConcept`] for an id the glossary does not have.
    pub fn compare_instruments_with(
        &self,
        id: &str,
        reader: &Reader,
        options: &MatrixOptions,
    ) -> Result<ElementMatrix, crate::Error> {
        let full = self.full_matrix(id, reader)?;
        let asked = |c: &InstrumentColumn| options.instruments.contains(&c.instrument);
        let chosen = full.columns.iter().any(asked);
        let keep: Vec<bool> = full
            .columns
            .iter()
            .map(|c| {
                if chosen {
                    asked(c)
                } else {
                    options.show_empty || !c.empty
                }
            })
            .collect();
        let hidden_empty = if chosen {
            Vec::new()
        } else {
            full.columns
                .iter()
                .zip(&keep)
                .filter(|(_, k)| !**k)
                .map(|(c, _)| c.short_name.clone())
                .collect()
        };
        let choices = full
            .columns
            .iter()
            .zip(&keep)
            .map(|(c, k)| InstrumentChoice {
                instrument: c.instrument.clone(),
                short_name: c.short_name.clone(),
                adopted: c.adopted,
                shown: *k,
                empty: c.empty,
            })
            .collect();
        let pick = |n: &usize| keep.get(*n).copied().unwrap_or(false);
        let columns = full
            .columns
            .into_iter()
            .enumerate()
            .filter(|(n, _)| pick(n))
            .map(|(_, c)| c)
            .collect();
        let rows = full
            .rows
            .into_iter()
            .map(|r| MatrixRow {
                cells: r
                    .cells
                    .into_iter()
                    .enumerate()
                    .filter(|(n, _)| pick(n))
                    .map(|(_, c)| c)
                    .collect(),
                ..r
            })
            .collect();
        Ok(ElementMatrix {
            concept: full.concept,
            columns,
            rows,
            choices,
            chosen,
            hidden_empty,
        })
    }

    /// The matrix with every instrument in play.
    fn full_matrix(&self, id: &str, reader: &Reader) -> Result<ElementMatrix, crate::Error> {
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
                let definitions: Vec<DefiningProvision> = c
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
                    .collect();
                let legal_terms: Vec<TermView> = shown
                    .into_iter()
                    .map(|t| term_view(self, c, t, text_lang))
                    .collect();
                let cells: Vec<&CellView> = rows
                    .iter()
                    .filter_map(|r: &MatrixRow| r.cells.get(n).and_then(Option::as_ref))
                    .collect();
                let mut cited: Vec<String> = Vec::new();
                let provisions = definitions
                    .iter()
                    .map(|d| d.display.clone())
                    .chain(
                        legal_terms
                            .iter()
                            .flat_map(|t| t.legal_term_of.iter())
                            .filter(|x| x.instrument == *i.id)
                            .map(|x| x.display.clone()),
                    )
                    .chain(cells.iter().map(|x| x.cite.display.clone()));
                for p in provisions {
                    if !cited.contains(&p) {
                        cited.push(p);
                    }
                }
                InstrumentColumn {
                    instrument: i.id.to_string(),
                    kind: i.kind,
                    adopted: i.adopted,
                    empty: definitions.is_empty() && legal_terms.is_empty() && cells.is_empty(),
                    definitions,
                    legal_terms,
                    legal_terms_fallback: fallback,
                    answered: cells.len(),
                    cited,
                    short_name: short,
                }
            })
            .collect::<Vec<_>>();
        Ok(ElementMatrix {
            concept: link(c, &reader.terms),
            choices: Vec::new(),
            chosen: false,
            hidden_empty: Vec::new(),
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

#[cfg(test)]
mod tests {
    use super::*;

    const CSAM: &str = "child-sexual-abuse-material";

    fn en() -> Reader {
        Reader::new("en")
    }

    #[test]
    fn empty_columns_are_hidden_by_default_and_shown_on_request() {
        let g = Glossary::embedded();
        // Find a concept with an empty column, so that the test can fail.
        let mut found = false;
        for c in g.concepts() {
            let all = g.compare_instruments(&c.id, &en()).unwrap();
            let empty: Vec<&str> = all
                .columns
                .iter()
                .filter(|c| c.empty)
                .map(|c| c.instrument.as_str())
                .collect();
            let shown = g
                .compare_instruments_with(&c.id, &en(), &MatrixOptions::default())
                .unwrap();
            assert_eq!(shown.hidden_empty.len(), empty.len(), "{}", c.id);
            assert_eq!(shown.columns.len() + empty.len(), all.columns.len());
            assert!(shown.columns.iter().all(|c| !c.empty));
            assert_eq!(shown.choices.len(), all.columns.len());
            for (n, col) in all.columns.iter().enumerate() {
                if col.empty {
                    found = true;
                    assert!(col.definitions.is_empty() && col.legal_terms.is_empty());
                    assert!(all.rows.iter().all(|r| r.cells[n].is_none()));
                    let choice = &shown.choices[n];
                    assert!(choice.empty && !choice.shown);
                } else {
                    assert!(shown.choices[n].shown);
                }
            }
            let with_empty = g
                .compare_instruments_with(&c.id, &en(), &MatrixOptions::default().with_empty(true))
                .unwrap();
            assert_eq!(with_empty.columns, all.columns);
            assert!(with_empty.hidden_empty.is_empty());
        }
        assert!(
            found,
            "no concept has an empty column: the test cannot fail"
        );
    }

    #[test]
    fn instruments_are_chosen_by_id_in_order_of_adoption() {
        let g = Glossary::embedded();
        let all = g.compare_instruments(CSAM, &en()).unwrap();
        let opts = MatrixOptions::default().with_instruments([
            "un-cybercrime-convention",
            "no-such-instrument",
            "lanzarote-convention",
        ]);
        let m = g.compare_instruments_with(CSAM, &en(), &opts).unwrap();
        assert!(m.chosen);
        let ids: Vec<&str> = m.columns.iter().map(|c| c.instrument.as_str()).collect();
        assert_eq!(ids, ["lanzarote-convention", "un-cybercrime-convention"]);
        let n = all
            .columns
            .iter()
            .position(|c| c.instrument == "lanzarote-convention")
            .unwrap();
        for (row, full) in m.rows.iter().zip(&all.rows) {
            assert_eq!(row.element, full.element);
            assert_eq!(row.cells.len(), 2);
            assert_eq!(row.cells[0], full.cells[n]);
        }
        let shown: Vec<&str> = m
            .choices
            .iter()
            .filter(|c| c.shown)
            .map(|c| c.instrument.as_str())
            .collect();
        assert_eq!(shown, ids);
        // Nothing asked is in play: the default.
        let none = g
            .compare_instruments_with(
                CSAM,
                &en(),
                &MatrixOptions::default().with_instruments(["no-such-instrument"]),
            )
            .unwrap();
        assert!(!none.chosen);
        assert_eq!(
            none,
            g.compare_instruments_with(CSAM, &en(), &MatrixOptions::default())
                .unwrap()
        );
    }

    #[test]
    fn a_column_lists_every_provision_it_cites_once() {
        let g = Glossary::embedded();
        let m = g.compare_instruments(CSAM, &en()).unwrap();
        for (n, col) in m.columns.iter().enumerate() {
            for row in &m.rows {
                if let Some(cell) = &row.cells[n] {
                    assert!(col.cited.contains(&cell.cite.display), "{}", col.instrument);
                }
            }
            for d in &col.definitions {
                assert!(col.cited.contains(&d.display));
            }
            let mut unique = col.cited.clone();
            unique.dedup();
            assert_eq!(unique.len(), col.cited.len());
        }
        let opsc = m.columns.iter().find(|c| c.instrument == "opsc").unwrap();
        assert!(
            opsc.cited.iter().any(|p| p == "OPSC art. 2(c)"),
            "{:?}",
            opsc.cited
        );
    }

    #[test]
    fn legal_terms_follow_the_language_of_terms_and_fall_back_marked() {
        let g = Glossary::embedded();
        let fr = g
            .compare_instruments(CSAM, &Reader::new("en").with_terms("fr"))
            .unwrap();
        let lanzarote = fr
            .columns
            .iter()
            .find(|c| c.instrument == "lanzarote-convention")
            .unwrap();
        assert!(!lanzarote.legal_terms_fallback);
        assert!(
            lanzarote
                .legal_terms
                .iter()
                .any(|t| t.lang == "fr" && t.text == "pornographie enfantine"),
            "{:?}",
            lanzarote.legal_terms
        );
        // A language with no legal terms: English, marked as a fallback.
        let ar = g
            .compare_instruments(CSAM, &Reader::new("en").with_terms("ar"))
            .unwrap();
        let budapest = ar
            .columns
            .iter()
            .find(|c| c.instrument == "budapest-convention")
            .unwrap();
        if budapest.legal_terms.iter().all(|t| t.lang == "en") && !budapest.legal_terms.is_empty() {
            assert!(budapest.legal_terms_fallback);
        }
    }

    #[test]
    fn every_answer_of_an_addressed_element_says_what_in_words() {
        // The two-part questions ("Below what age …, and may a State set a lower age?") are
        // answered by the detail, not by the one-word value.
        let g = Glossary::embedded();
        for lang in ["en", "fr", "es", "ar", "zh", "ru"] {
            for c in g.concepts() {
                let m = g.compare_instruments(&c.id, &Reader::new(lang)).unwrap();
                for row in &m.rows {
                    for cell in row.cells.iter().flatten() {
                        if cell.value != CellValue::NotAddressed {
                            let d = cell
                                .detail
                                .as_ref()
                                .unwrap_or_else(|| panic!("{} {}: no detail", c.id, row.element));
                            assert!(!d.text.trim().is_empty());
                            assert_eq!(d.fallback, d.lang != lang);
                        }
                    }
                }
            }
        }
        let m = g.compare_instruments(CSAM, &en()).unwrap();
        let age = m.rows.iter().find(|r| r.element == "age-limit").unwrap();
        let budapest = m
            .columns
            .iter()
            .position(|c| c.instrument == "budapest-convention")
            .unwrap();
        let cell = age.cells[budapest].as_ref().unwrap();
        let detail = &cell.detail.as_ref().unwrap().text;
        assert!(detail.contains("18") && detail.contains("16"), "{detail}");
        assert_eq!(cell.cite.display, "Budapest Convention art. 9(3)");
    }

    fn read_csv(text: &str) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn the_csv_is_rfc_4180_and_holds_the_table() {
        let g = Glossary::embedded();
        for lang in ["en", "fr", "ar"] {
            for c in g.concepts() {
                let m = g
                    .compare_instruments_with(&c.id, &Reader::new(lang), &MatrixOptions::default())
                    .unwrap();
                let text = m.to_csv();
                // Every line ends in CRLF; no lone CR; no bare LF outside a quoted field.
                assert!(text.ends_with("\r\n"));
                assert!(!text.replace("\r\n", "").contains('\r'));
                let records = read_csv(&text);
                assert_eq!(records.len(), 3 + m.rows.len(), "{}", c.id);
                for r in &records {
                    assert_eq!(r.len(), 2 + m.columns.len(), "{}", c.id);
                }
                for (row, record) in m.rows.iter().zip(&records[3..]) {
                    assert_eq!(record[0], row.label.text);
                    for (cell, field) in row.cells.iter().zip(&record[2..]) {
                        match cell {
                            None => assert!(field.is_empty()),
                            Some(cell) => {
                                let mut lines = field.split('\n');
                                assert_eq!(lines.next(), Some(cell.value.as_str()));
                                assert!(field.contains(&cell.cite.display));
                                if let Some(d) = &cell.detail {
                                    assert!(field.contains(&d.text));
                                }
                                assert_eq!(field.ends_with("\nnot verified"), !cell.cite.verified);
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn csv_fields_are_quoted_as_rfc_4180_says() {
        let mut out = String::new();
        let fields = [
            "plain",
            "a, comma",
            "a \"quote\"",
            "two\r\nlines",
            "lone\rcr",
            "",
            "عربي",
        ]
        .map(str::to_owned);
        csv_record(&mut out, &fields);
        assert_eq!(
            out,
            "plain,\"a, comma\",\"a \"\"quote\"\"\",\"two\nlines\",\"lone\ncr\",,عربي\r\n"
        );
        assert_eq!(
            read_csv(&out),
            [[
                "plain",
                "a, comma",
                "a \"quote\"",
                "two\nlines",
                "lone\ncr",
                "",
                "عربي"
            ]]
        );
    }

    #[test]
    fn the_csv_of_the_matrix_is_pinned() {
        let g = Glossary::embedded();
        let m = g
            .compare_instruments_with(CSAM, &en(), &MatrixOptions::default())
            .unwrap();
        insta::assert_snapshot!("matrix_csv_csam_en", m.to_csv());
    }
}
