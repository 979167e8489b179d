//! Source → model: each step converts one kind of source struct and calls, in a fixed order, the
//! checks (in `checks/`) of the values it reads. The order of the calls is the order of the
//! diagnostics.

use super::checks::verification::Claim;
use super::context::{Cx, InstInfo, Refs, VerifiedProvision};
use super::source::{
    SrcCitation, SrcConcept, SrcElementRow, SrcElements, SrcGuidance, SrcInstrument, SrcReleases,
    SrcTerm, src_span,
};
use crate::model::*;
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

/// The releases a concept's entries name, with the span that names each: every one needs a
/// `[[history]]` entry.
type Used = Vec<(Version, Range<usize>)>;

impl Cx {
    /// The releases of releases.toml, and the set of their versions.
    pub(crate) fn releases(&mut self, rsrc: &SrcReleases) -> (Vec<Release>, BTreeSet<Version>) {
        let mut rel_list: Vec<Release> = Vec::new();
        let mut known_releases: BTreeSet<Version> = BTreeSet::new();
        let mut prev: Option<(Version, Date)> = None;
        for r in &rsrc.release {
            let version = self.version(&r.version);
            let date = self.date(&r.date);
            let notes = self.text(&r.notes);
            if let (Some(v), Some(d)) = (version, date) {
                if self.unique_release(&mut known_releases, v, &r.version) {
                    self.check_release_order(r, v, d, prev);
                }
                prev = Some((v, d));
                rel_list.push(Release {
                    version: v,
                    date: d,
                    notes,
                });
            }
        }
        self.check_some_release(rsrc);
        (rel_list, known_releases)
    }

    /// The element vocabulary of elements.toml, and the set of its ids.
    pub(crate) fn elements(&mut self, esrc: &SrcElements) -> (Vec<ElementDef>, BTreeSet<String>) {
        let mut element_list: Vec<ElementDef> = Vec::new();
        let mut element_ids: BTreeSet<String> = BTreeSet::new();
        for e in &esrc.element {
            if self.check_element_id(&e.id) {
                self.unique_element(&mut element_ids, &e.id);
            }
            self.check_element_label(e);
            element_list.push(ElementDef {
                id: Cow::Owned(e.id.get_ref().clone()),
                label: self.localized(&e.label),
                question: self.localized(&e.question),
            });
        }
        (element_list, element_ids)
    }

    /// What citations need to know of an instrument: its id (checked against the file name and the
    /// other files) and its provisions. False if the id is unusable as a reference.
    pub(crate) fn index_instrument(
        &mut self,
        i: &SrcInstrument,
        stem: &str,
        index: &mut std::collections::BTreeMap<String, InstInfo>,
    ) -> bool {
        let id_ok = self.check_id(&i.id, stem);
        let mut provisions = BTreeSet::new();
        let mut verified = std::collections::BTreeMap::new();
        for p in &i.provision {
            self.unique_provision(&mut provisions, p);
            if *p.verified.get_ref() {
                let (line, _) = crate::diag::line_col(&self.src, p.verified.span().start);
                let quote = p
                    .quote
                    .as_ref()
                    .map(|q| (q.lang.get_ref().clone(), q.text.get_ref().clone()));
                verified
                    .entry(p.path.get_ref().clone())
                    .or_insert(VerifiedProvision { line, quote });
            }
        }
        self.unique_instrument(index, &i.id);
        index.insert(
            i.id.get_ref().clone(),
            InstInfo {
                guideline: i.kind == InstrumentKind::Guideline,
                provisions,
                file: self.file.clone(),
                verified,
            },
        );
        id_ok
    }

    /// An instrument file.
    pub(crate) fn instrument(&mut self, i: &SrcInstrument) -> Instrument {
        let mut provisions = Vec::new();
        for p in &i.provision {
            self.check_path(&p.path);
            let evidence = self.opt_text(&p.evidence);
            self.check_provision_evidence(p, evidence.is_some());
            self.check_provision_summary(p);
            provisions.push(Provision {
                path: self.text(&p.path),
                kind: p.kind,
                heading: self.localized(&p.heading),
                summary: self.localized(&p.summary),
                // A quote reproduces its source as read, so its typography is not checked.
                quote: p.quote.as_ref().map(|q| Quote {
                    lang: self.lang(&q.lang),
                    text: self.text(&q.text),
                }),
                verified: *p.verified.get_ref(),
                evidence,
            });
        }
        self.check_instrument_title(i);
        let authentic_languages = i.authentic_languages.iter().map(|l| self.lang(l)).collect();
        let adopted = self.date(&i.adopted).unwrap_or(Date {
            year: 0,
            month: None,
            day: None,
        });
        let in_force = i.in_force.as_ref().and_then(|d| self.date(d));
        Instrument {
            id: Cow::Owned(i.id.get_ref().clone()),
            kind: i.kind,
            body: self.text(&i.body),
            symbol: self.opt_text(&i.symbol),
            adopted,
            in_force,
            authentic_languages: Cow::Owned(authentic_languages),
            url: self.opt_text(&i.url),
            url_verified: i.url_verified,
            short_name: self.localized(&i.short_name),
            title: self.localized(&i.title),
            note: self.localized(&i.note),
            provisions: Cow::Owned(provisions),
        }
    }

    /// A citation of an instrument, wherever it appears; `claim` is what it vouches for.
    pub(crate) fn citation(
        &mut self,
        c: &SrcCitation,
        refs: &Refs<'_>,
        claim: Claim<'_>,
    ) -> Citation {
        let info = self.check_cited(c, refs);
        let evidence = self.opt_text(&c.evidence);
        self.check_citation_evidence(c, evidence.is_some());
        if let Some(info) = info {
            self.check_stale_unverified(c, info, claim);
        }
        Citation {
            instrument: Cow::Owned(c.instrument.get_ref().clone()),
            provision: self.opt_text(&c.provision),
            pinpoint: self.opt_text(&c.pinpoint),
            verified: *c.verified.get_ref(),
            evidence,
        }
    }

    /// A concept file, step by step.
    pub(crate) fn concept(&mut self, c: &SrcConcept, refs: &Refs<'_>) -> Concept {
        let mut used: Used = Vec::new();
        let (added, removed) = self.concept_lifetime(c, refs, &mut used);
        let terms = self.terms(c, added, refs, &mut used);
        let definitions = self.definitions(c, added, refs, &mut used);
        let guidance = self.guidance(c, added, refs, &mut used);
        let citations = self.citation_entries(c, added, refs, &mut used);
        let relations = self.relations(c, added, refs, &mut used);
        let element_rows = self.element_rows(c, added, refs, &mut used);
        let history = self.history(c, used, refs);
        Concept {
            id: Cow::Owned(c.id.get_ref().clone()),
            category: c.category,
            added: added.unwrap_or(Version::new(0, 0, 0)),
            removed,
            terms: Cow::Owned(terms),
            definitions: Cow::Owned(definitions),
            guidance: Cow::Owned(guidance),
            citations: Cow::Owned(citations),
            relations: Cow::Owned(relations),
            history: Cow::Owned(history),
            elements: Cow::Owned(element_rows),
        }
    }

    /// `added` and `removed`.
    fn concept_lifetime(
        &mut self,
        c: &SrcConcept,
        refs: &Refs<'_>,
        used: &mut Used,
    ) -> (Option<Version>, Option<Version>) {
        let added = self.release(&c.added, refs.releases);
        if let Some(a) = added {
            used.push((a, c.added.span()));
        }
        let removed = c
            .removed
            .as_ref()
            .and_then(|r| self.release(r, refs.releases));
        if let (Some(r), Some(rs)) = (removed, &c.removed) {
            used.push((r, rs.span()));
        }
        (added, removed)
    }

    /// The `[[term]]` entries.
    fn terms(
        &mut self,
        c: &SrcConcept,
        added: Option<Version>,
        refs: &Refs<'_>,
        used: &mut Used,
    ) -> Vec<Term> {
        let mut terms = Vec::new();
        let mut preferred: HashMap<(String, String), Range<usize>> = HashMap::new();
        let mut seen: BTreeSet<(String, String, Option<String>)> = BTreeSet::new();
        self.check_some_term(c);
        for t in &c.term {
            terms.push(self.term(c, t, added, refs, used, &mut seen, &mut preferred));
        }
        self.check_preferred_english(c);
        terms
    }

    /// One `[[term]]`.
    #[allow(clippy::too_many_arguments)]
    fn term(
        &mut self,
        c: &SrcConcept,
        t: &SrcTerm,
        added: Option<Version>,
        refs: &Refs<'_>,
        used: &mut Used,
        seen: &mut BTreeSet<(String, String, Option<String>)>,
        preferred: &mut HashMap<(String, String), Range<usize>>,
    ) -> Term {
        let lang = self.lang(&t.lang);
        let text = self.text_in(&t.text, t.lang.get_ref());
        let span = self.span(&src_span!(t), added, refs, used);
        self.unique_term(seen, t, span.until);
        self.check_one_preferred(preferred, t, span.until);
        self.check_avoid_has_replacement(t);
        if let Some(ic) = &t.instead_concept {
            self.check_concept_ref(ic, refs);
        }
        if let Some(instead) = &t.instead {
            self.check_replacement(c, t, instead, refs);
        }
        let legal_term_of = t
            .legal_term_of
            .iter()
            .map(|ci| {
                let claim = Claim::LegalTerm {
                    lang: t.lang.get_ref(),
                    text: t.text.get_ref(),
                };
                self.citation(ci, refs, claim)
            })
            .collect();
        Term {
            lang,
            text,
            status: *t.status.get_ref(),
            abbreviation: self.opt_text_in(&t.abbreviation, t.lang.get_ref()),
            grammar: t.grammar.unwrap_or_default(),
            note: self.opt_text(&t.note),
            instead: self.opt_text_in(&t.instead, t.lang.get_ref()),
            instead_concept: self.opt_text(&t.instead_concept),
            why: self.opt_text(&t.why),
            legal_term_of: Cow::Owned(legal_term_of),
            forms: Cow::Owned(self.forms(t)),
            span,
        }
    }

    /// The `[[definition]]` entries.
    fn definitions(
        &mut self,
        c: &SrcConcept,
        added: Option<Version>,
        refs: &Refs<'_>,
        used: &mut Used,
    ) -> Vec<Definition> {
        let mut definitions = Vec::new();
        for d in &c.definition {
            let span = self.span(&src_span!(d), added, refs, used);
            definitions.push(Definition {
                lang: self.lang(&d.lang),
                text: self.text_in(&d.text, d.lang.get_ref()),
                source: self.citation(&d.source, refs, Claim::Provision),
                span,
            });
        }
        definitions
    }

    /// The `[[guidance]]` entries.
    fn guidance(
        &mut self,
        c: &SrcConcept,
        added: Option<Version>,
        refs: &Refs<'_>,
        used: &mut Used,
    ) -> Vec<Guidance> {
        c.guidance
            .iter()
            .map(|g| self.one_guidance(c, g, added, refs, used))
            .collect()
    }

    /// One `[[guidance]]`.
    fn one_guidance(
        &mut self,
        c: &SrcConcept,
        g: &SrcGuidance,
        added: Option<Version>,
        refs: &Refs<'_>,
        used: &mut Used,
    ) -> Guidance {
        self.check_guideline(&g.guideline, refs);
        let term_lang = g
            .term_lang
            .as_ref()
            .map_or(Cow::Borrowed("en"), |l| self.lang(l));
        if let Some(term) = &g.term {
            self.check_guidance_term(c, term, &term_lang);
        }
        self.check_guidance_reason(&g.guideline, &g.reason);
        let span = self.span(&src_span!(g), added, refs, used);
        Guidance {
            guideline: Cow::Owned(g.guideline.get_ref().clone()),
            term: self.opt_text(&g.term),
            term_lang,
            advice: g.advice,
            reason: self.localized(&g.reason),
            cite: self.citation(&g.cite, refs, Claim::Provision),
            span,
        }
    }

    /// The `[[citation]]` entries.
    fn citation_entries(
        &mut self,
        c: &SrcConcept,
        added: Option<Version>,
        refs: &Refs<'_>,
        used: &mut Used,
    ) -> Vec<CitationEntry> {
        let mut citations = Vec::new();
        for ci in &c.citation {
            let span = self.span(&src_span!(ci), added, refs, used);
            let src = SrcCitation {
                instrument: ci.instrument.clone(),
                provision: ci.provision.clone(),
                pinpoint: ci.pinpoint.clone(),
                verified: ci.verified.clone(),
                evidence: ci.evidence.clone(),
            };
            citations.push(CitationEntry {
                citation: self.citation(&src, refs, Claim::Provision),
                span,
            });
        }
        citations
    }

    /// The `[[relation]]` entries.
    fn relations(
        &mut self,
        c: &SrcConcept,
        added: Option<Version>,
        refs: &Refs<'_>,
        used: &mut Used,
    ) -> Vec<Relation> {
        let mut relations = Vec::new();
        for r in &c.relation {
            if self.check_concept_ref(&r.concept, refs) {
                self.check_not_self(c, r);
            }
            let span = self.span(&src_span!(r), added, refs, used);
            relations.push(Relation {
                kind: r.kind,
                concept: Cow::Owned(r.concept.get_ref().clone()),
                span,
            });
        }
        relations
    }

    /// The `[[element]]` rows of the comparison matrix.
    fn element_rows(
        &mut self,
        c: &SrcConcept,
        added: Option<Version>,
        refs: &Refs<'_>,
        used: &mut Used,
    ) -> Vec<ElementRow> {
        let mut element_rows = Vec::new();
        let mut seen_rows: BTreeSet<(String, Option<String>)> = BTreeSet::new();
        for row in &c.element {
            self.check_element_known(row, refs);
            let span = self.span(&src_span!(row), added, refs, used);
            self.unique_row(&mut seen_rows, row, span.until);
            element_rows.push(ElementRow {
                element: Cow::Owned(row.element.get_ref().clone()),
                cells: Cow::Owned(self.cells(row, refs)),
                span,
            });
        }
        element_rows
    }

    /// The cells of one row, one per instrument.
    fn cells(&mut self, row: &SrcElementRow, refs: &Refs<'_>) -> Vec<ElementCell> {
        let id = row.element.get_ref();
        let mut cells = Vec::new();
        let mut seen_inst: BTreeSet<&str> = BTreeSet::new();
        for cell in &row.cell {
            self.unique_cell(&mut seen_inst, cell, id);
            self.check_cell_detail(cell, id);
            let cite = SrcCitation {
                instrument: cell.instrument.clone(),
                provision: cell.provision.clone(),
                pinpoint: cell.pinpoint.clone(),
                verified: cell.verified.clone(),
                evidence: cell.evidence.clone(),
            };
            cells.push(ElementCell {
                value: cell.value,
                detail: self.localized(&cell.detail),
                cite: self.citation(&cite, refs, Claim::Provision),
            });
        }
        cells
    }

    /// The `[[history]]` entries, oldest first, checked against every release the concept uses.
    fn history(&mut self, c: &SrcConcept, used: Used, refs: &Refs<'_>) -> Vec<Revision> {
        let mut history = Vec::new();
        let mut history_releases = BTreeSet::new();
        for h in &c.history {
            if let Some(v) = self.release(&h.release, refs.releases) {
                self.unique_history(&mut history_releases, v, &h.release);
                history.push(Revision {
                    release: v,
                    summary: self.text(&h.summary),
                });
            }
        }
        self.check_history_covers(used, &history_releases, refs);
        history.sort_by_key(|h| h.release);
        history
    }
}
