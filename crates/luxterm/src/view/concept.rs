//! The concept page: everything a face shows of one concept, as it stood in one release.

use super::{
    CitationView, ConceptLink, LangText, Reader, ReleaseRef, STATUS_ORDER, TermView, cite,
    concept_name, link_by_id, pick_text, release_shown, term_view,
};
use crate::lang::{self, Dir};
use crate::{
    Advice, Category, Concept, Error, Glossary, ProvisionKind, RelationKind, Status, Version,
};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;

/// A concept as a reader sees it, in one release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ConceptPage {
    /// The concept's id (its permanent address).
    pub id: String,
    /// The category it is browsed under.
    pub category: Category,
    /// The release it first appeared in.
    pub added: Version,
    /// The release it was withdrawn in, if any.
    pub removed: Option<Version>,
    /// The release it is shown as of.
    pub release: ReleaseRef,
    /// True when a release was asked for (a pinned view), false for the current release.
    pub pinned: bool,
    /// Its name in the reader's language of terms (with the fallback marked).
    pub name: LangText,
    /// The term the reader came from, when it is not the name (a term to avoid, say).
    pub matched: Option<TermView>,
    /// Terms per language: the reader's language of terms first, then the six UN languages
    /// (each one listed, even without a term), then any other language the concept has.
    pub languages: Vec<LanguageTerms>,
    /// Definitions in the project's own words: the reader's language first, then English, then
    /// the UN order, then the others.
    pub definitions: Vec<DefinitionView>,
    /// True when there is no definition in the reader's language (the first one shown is then a
    /// fallback).
    pub definition_fallback: bool,
    /// What the guidelines say.
    pub guidance: Vec<GuidanceView>,
    /// The provisions that define or criminalise it.
    pub provisions: Vec<CitedProvision>,
    /// Related concepts by kind: replaced by, broader, narrower, related.
    pub relations: Vec<RelationGroup>,
    /// Its revision history up to the release shown, oldest first.
    pub history: Vec<RevisionView>,
}

impl ConceptPage {
    /// Keeps only the terms and definitions in `lang` (the name still falls back visibly).
    ///
    /// ```
    /// use luxterm::{Glossary, view::Reader};
    /// let mut page = Glossary::embedded().concept_page("child", &Reader::new("ru"), None).unwrap();
    /// page.restrict_to("ru");
    /// assert!(page.languages.iter().all(|l| l.lang == "ru"));
    /// ```
    pub fn restrict_to(&mut self, lang: &str) {
        self.languages.retain(|l| l.lang == lang);
        self.definitions.retain(|d| d.text.lang == lang);
    }
}

/// A concept's terms in one language, grouped by status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct LanguageTerms {
    /// The language.
    pub lang: String,
    /// Its writing direction.
    pub dir: Dir,
    /// Whether it is one of the six UN languages.
    pub un_language: bool,
    /// Non-empty groups, preferred first, terms to avoid last; empty when the concept has no
    /// term in this language yet.
    pub groups: Vec<StatusGroup>,
}

/// The terms of one status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct StatusGroup {
    /// The status.
    pub status: Status,
    /// The terms, in the order of the source.
    pub terms: Vec<TermView>,
}

/// A definition in the project's own words (never the instrument's text), with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct DefinitionView {
    /// The definition.
    pub text: LangText,
    /// The provision or document it rests on.
    pub source: CitationView,
}

/// What a guideline says about the concept or one of its terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct GuidanceView {
    /// The guideline's id.
    pub guideline: String,
    /// Its short name in the reader's language.
    pub guideline_name: String,
    /// The advice.
    pub advice: Advice,
    /// The term it is about, if one.
    pub term: Option<LangText>,
    /// The reason, in the project's words, in the reader's language (or a fallback).
    pub reason: Option<LangText>,
    /// Where the guideline says it.
    pub cite: CitationView,
}

/// A provision the concept cites, with what it does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct CitedProvision {
    /// The citation.
    pub cite: CitationView,
    /// What the provision does, when the instrument lists it.
    pub kind: Option<ProvisionKind>,
    /// What it defines or criminalises, in the project's words.
    pub summary: Option<LangText>,
}

/// Related concepts of one kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct RelationGroup {
    /// The kind of relation.
    pub kind: RelationKind,
    /// The concepts, in the order of the source.
    pub concepts: Vec<ConceptLink>,
}

/// One entry of a concept's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct RevisionView {
    /// The release in which it changed.
    pub release: Version,
    /// What changed (written in English).
    pub summary: LangText,
}

/// The order relation groups are shown in.
const RELATION_ORDER: [RelationKind; 4] = [
    RelationKind::ReplacedBy,
    RelationKind::Broader,
    RelationKind::Narrower,
    RelationKind::Related,
];

impl Glossary {
    /// A concept's page as of `release` (the current release when `None`), for `reader`.
    ///
    /// ```
    /// use luxterm::{Glossary, Status, view::Reader};
    /// let g = Glossary::embedded();
    /// let page = g.concept_page("child-sexual-abuse-material", &Reader::new("en"), None).unwrap();
    /// assert_eq!(page.name.text, "child sexual abuse material");
    /// let en = &page.languages[0];
    /// assert_eq!(en.groups[0].status, Status::Preferred);
    /// assert_eq!(en.groups.last().unwrap().status, Status::Avoid);
    /// // Every UN language is listed, in the UN's order after the reader's.
    /// let langs: Vec<_> = page.languages.iter().map(|l| l.lang.as_str()).take(6).collect();
    /// assert_eq!(langs, ["en", "ar", "zh", "fr", "ru", "es"]);
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::UnknownConcept`], [`Error::UnknownRelease`], or [`Error::NotInRelease`] when the
    /// concept did not exist in that release.
    pub fn concept_page(
        &self,
        id: &str,
        reader: &Reader,
        release: Option<Version>,
    ) -> Result<ConceptPage, Error> {
        let full = self
            .concept(id)
            .ok_or_else(|| Error::UnknownConcept(id.to_owned()))?;
        let shown = release_shown(self, release)?;
        let c = full
            .as_of(shown.version)
            .ok_or(Error::NotInRelease(id.to_owned(), shown.version))?;
        Ok(self.page_of(&c, reader, shown, release.is_some()))
    }

    /// [`Glossary::concept_page`] restricted to one language: only the terms and definitions in
    /// `lang` (what `luxterm show --lang` prints), with the name still falling back visibly.
    ///
    /// ```
    /// use luxterm::{Glossary, view::Reader};
    /// let g = Glossary::embedded();
    /// let page = g.concept_page_in("child", "fr", None).unwrap();
    /// assert_eq!(page.languages.len(), 1);
    /// assert!(page.definitions.iter().all(|d| d.text.lang == "fr"));
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Glossary::concept_page`].
    pub fn concept_page_in(
        &self,
        id: &str,
        lang: &str,
        release: Option<Version>,
    ) -> Result<ConceptPage, Error> {
        let mut page = self.concept_page(id, &Reader::new(lang), release)?;
        page.restrict_to(lang);
        Ok(page)
    }

    /// The concept a reader came to through `term` (a term they typed or followed), with the term
    /// they came from marked when it is not the concept's name: what `luxterm show TERM` and the
    /// web app's link from a search hit show.
    ///
    /// ```
    /// use luxterm::{Glossary, Status, view::Reader};
    /// let g = Glossary::embedded();
    /// let pages = g.concept_pages_for("pédopornographie", &Reader::new("fr"), None).unwrap();
    /// let m = pages[0].matched.as_ref().unwrap();
    /// assert_eq!(m.status, Status::Avoid);
    /// assert_eq!(m.instead.as_ref().unwrap().text.text, "matériel d'abus sexuels sur enfants");
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::UnknownConcept`] when no concept has that id or term, and the errors of
    /// [`Glossary::concept_page`].
    pub fn concept_pages_for(
        &self,
        query: &str,
        reader: &Reader,
        release: Option<Version>,
    ) -> Result<Vec<ConceptPage>, Error> {
        if self.concept(query).is_some() {
            return Ok(vec![self.concept_page(query, reader, release)?]);
        }
        let mut out: Vec<ConceptPage> = Vec::new();
        for hit in self.find_by_term(query) {
            if out.iter().any(|p| p.id == *hit.concept.id) {
                continue;
            }
            let mut page = self.concept_page(&hit.concept.id, reader, release)?;
            page.matched = self.matched_term(&page, hit.concept, &hit.term.text, &hit.term.lang);
            out.push(page);
        }
        if out.is_empty() {
            return Err(Error::UnknownConcept(query.to_owned()));
        }
        Ok(out)
    }

    /// Marks on `page` the term the reader came from (by its text, in any language), when that
    /// term is not the name shown: the web app's `?term=` parameter.
    ///
    /// ```
    /// use luxterm::{Glossary, view::Reader};
    /// let g = Glossary::embedded();
    /// let mut page = g.concept_page("child-sexual-abuse-material", &Reader::new("en"), None).unwrap();
    /// g.mark_from_term(&mut page, "child pornography");
    /// assert_eq!(page.matched.unwrap().text, "child pornography");
    /// ```
    pub fn mark_from_term(&self, page: &mut ConceptPage, term: &str) {
        let Some(c) = self.concept(&page.id) else {
            return;
        };
        let lang = page
            .languages
            .iter()
            .flat_map(|l| l.groups.iter().flat_map(|g| g.terms.iter()))
            .find(|t| t.text == term)
            .map(|t| t.lang.clone());
        if let Some(lang) = lang {
            page.matched = self.matched_term(page, c, term, &lang);
        }
    }

    fn matched_term(
        &self,
        page: &ConceptPage,
        c: &Concept,
        text: &str,
        lang: &str,
    ) -> Option<TermView> {
        let is_name = page.name.text == text && page.name.lang == lang;
        let term = page
            .languages
            .iter()
            .filter(|l| l.lang == lang)
            .flat_map(|l| l.groups.iter().flat_map(|g| g.terms.iter()))
            .find(|t| t.text == text)?;
        let _ = c;
        (!is_name && term.status != Status::Preferred).then(|| term.clone())
    }

    /// Builds the page of a concept already cut to one release ([`Concept::as_of`]).
    pub(crate) fn page_of(
        &self,
        c: &Concept,
        reader: &Reader,
        release: ReleaseRef,
        pinned: bool,
    ) -> ConceptPage {
        let text_lang = reader.text.as_str();
        let present: Vec<&str> = c.terms.iter().map(|t| &*t.lang).collect();
        let langs = lang::order(
            lang::UN_LANGUAGES.iter().copied().chain(present),
            Some(reader.terms.as_str()),
        );
        let languages = langs
            .into_iter()
            .filter(|l| lang::is_un_language(l) || c.terms.iter().any(|t| t.lang == *l))
            .map(|l| LanguageTerms {
                lang: l.to_owned(),
                dir: Dir::of(l),
                un_language: lang::is_un_language(l),
                groups: STATUS_ORDER
                    .into_iter()
                    .filter_map(|status| {
                        let terms: Vec<TermView> = c
                            .terms
                            .iter()
                            .filter(|t| t.lang == l && t.status == status)
                            .map(|t| term_view(self, c, t, text_lang))
                            .collect();
                        (!terms.is_empty()).then_some(StatusGroup { status, terms })
                    })
                    .collect(),
            })
            .collect();

        let def_langs = lang::order(
            std::iter::once(lang::FALLBACK).chain(c.definitions.iter().map(|d| &*d.lang)),
            Some(text_lang),
        );
        let definitions: Vec<DefinitionView> = def_langs
            .iter()
            .flat_map(|l| c.definitions.iter().filter(move |d| d.lang == *l))
            .map(|d| DefinitionView {
                text: LangText::new(&d.text, &d.lang),
                source: cite(self, &d.source, text_lang),
            })
            .collect();
        let definition_fallback = !c.definitions.iter().any(|d| d.lang == text_lang);

        let guidance = c
            .guidance
            .iter()
            .map(|x| GuidanceView {
                guideline: x.guideline.to_string(),
                guideline_name: self.short_name(&x.guideline, text_lang).to_owned(),
                advice: x.advice,
                term: x.term.as_deref().map(|t| LangText::new(t, &x.term_lang)),
                reason: pick_text(&x.reason, text_lang),
                cite: cite(self, &x.cite, text_lang),
            })
            .collect();

        let provisions = c
            .citations
            .iter()
            .map(|e| {
                let p = e
                    .citation
                    .provision
                    .as_deref()
                    .and_then(|p| self.provision(&e.citation.instrument, p));
                CitedProvision {
                    cite: cite(self, &e.citation, text_lang),
                    kind: p.map(|p| p.kind),
                    summary: p.and_then(|p| pick_text(&p.summary, text_lang)),
                }
            })
            .collect();

        let relations = RELATION_ORDER
            .into_iter()
            .filter_map(|kind| {
                let concepts: Vec<ConceptLink> = c
                    .relations
                    .iter()
                    .filter(|r| r.kind == kind)
                    .map(|r| link_by_id(self, &r.concept, &reader.terms))
                    .collect();
                (!concepts.is_empty()).then_some(RelationGroup { kind, concepts })
            })
            .collect();

        ConceptPage {
            id: c.id.to_string(),
            category: c.category,
            added: c.added,
            removed: c.removed,
            release,
            pinned,
            name: concept_name(c, &reader.terms),
            matched: None,
            languages,
            definitions,
            definition_fallback,
            guidance,
            provisions,
            relations,
            history: c
                .history
                .iter()
                .map(|h| RevisionView {
                    release: h.release,
                    summary: LangText::new(&h.summary, lang::FALLBACK),
                })
                .collect(),
        }
    }
}
