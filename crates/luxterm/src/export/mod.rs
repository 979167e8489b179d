//! Exports of a selection of the glossary, in the formats translation and vocabulary tools
//! import (feature `export`). One file a format; this module holds what they share: the
//! [`Selection`] a user makes, resolved against a glossary into a [`Selected`] (the concepts as
//! they stood in the chosen release, the languages asked, the release's version and date for the
//! file's header), and the [`ExportError`] a bad selection gives.
//!
//! ```
//! use luxterm::export::{Scope, Selection};
//! use luxterm::{Category, Glossary};
//! let g = Glossary::embedded();
//! let all = Selection::default().resolve(g).unwrap();
//! assert_eq!(all.concepts.len(), g.concepts().iter().filter(|c| c.removed.is_none()).count());
//! assert_eq!(Some(&all.release), g.current_release());
//!
//! let some = Selection {
//!     scope: Scope::Category(Category::Material),
//!     languages: Some(vec!["en".into(), "fr".into()]),
//!     ..Default::default()
//! };
//! let picked = some.resolve(g).unwrap();
//! assert!(picked.concepts.iter().all(|c| c.category == Category::Material));
//! assert!(picked.concepts.iter().all(|c| c.terms.iter().all(|t| t.lang == "en" || t.lang == "fr")));
//! ```

use std::fmt;

use crate::{Category, Concept, Glossary, Release, Version};

/// Which concepts an export holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Scope {
    /// Every concept of the release.
    #[default]
    All,
    /// The concepts of one category.
    Category(Category),
    /// These concepts, by id, in this order.
    Concepts(Vec<String>),
}

/// What a user asks to export: which concepts, which languages, as of which release.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Which concepts.
    pub scope: Scope,
    /// Which languages (BCP 47 tags as the glossary writes them); `None` for every language.
    /// Terms, definitions and other texts in other languages are left out.
    pub languages: Option<Vec<String>>,
    /// The release; `None` for the current one.
    pub release: Option<Version>,
}

/// A [`Selection`] resolved against a glossary: what every format writes.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Selected<'g> {
    /// The glossary the selection was made from (instruments, provisions, releases).
    pub glossary: &'g Glossary,
    /// The release the export is of: its version and date go in every file's header.
    pub release: Release,
    /// The concepts, as they stood in that release, with only the languages asked.
    pub concepts: Vec<Concept>,
    /// The languages the export holds, in the glossary's language order.
    pub languages: Vec<String>,
}

/// Why a selection or an export failed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExportError {
    /// The glossary has no release with this version.
    UnknownRelease(Version),
    /// The glossary has no release at all.
    NoRelease,
    /// The glossary has no concept with this id.
    UnknownConcept(String),
    /// The concept exists but was not in the selected release.
    NotInRelease(String, Version),
    /// No concept of the glossary has a term in this language.
    UnknownLanguage(String),
    /// The selection holds no concept.
    Empty,
    /// The format's writer failed (the message says how).
    Write(String),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::UnknownRelease(v) => write!(f, "the glossary has no release {v}"),
            ExportError::NoRelease => write!(f, "the glossary has no release"),
            ExportError::UnknownConcept(id) => write!(f, "the glossary has no concept `{id}`"),
            ExportError::NotInRelease(id, v) => {
                write!(f, "the concept `{id}` is not in release {v}")
            }
            ExportError::UnknownLanguage(l) => {
                write!(
                    f,
                    "no concept of the glossary has a term in the language `{l}`"
                )
            }
            ExportError::Empty => write!(f, "the selection holds no concept"),
            ExportError::Write(why) => write!(f, "the export could not be written: {why}"),
        }
    }
}

impl std::error::Error for ExportError {}

impl Selection {
    /// Resolves the selection: the concepts as of the release, with texts in other languages
    /// left out.
    ///
    /// ```
    /// use luxterm::export::{ExportError, Scope, Selection};
    /// use luxterm::{Glossary, Version};
    /// let g = Glossary::embedded();
    /// let bad = Selection { release: Some(Version::new(9, 0, 0)), ..Default::default() };
    /// assert_eq!(bad.resolve(g).unwrap_err(), ExportError::UnknownRelease(Version::new(9, 0, 0)));
    /// let bad = Selection { scope: Scope::Concepts(vec!["nope".into()]), ..Default::default() };
    /// assert_eq!(bad.resolve(g).unwrap_err(), ExportError::UnknownConcept("nope".into()));
    /// let bad = Selection { languages: Some(vec!["xx".into()]), ..Default::default() };
    /// assert_eq!(bad.resolve(g).unwrap_err(), ExportError::UnknownLanguage("xx".into()));
    /// ```
    pub fn resolve<'g>(&self, glossary: &'g Glossary) -> Result<Selected<'g>, ExportError> {
        let release = match self.release {
            Some(v) => glossary
                .release(v)
                .ok_or(ExportError::UnknownRelease(v))?
                .clone(),
            None => glossary
                .current_release()
                .ok_or(ExportError::NoRelease)?
                .clone(),
        };
        let version = release.version;
        let mut concepts: Vec<Concept> = match &self.scope {
            Scope::All => glossary
                .concepts()
                .iter()
                .filter_map(|c| c.as_of(version))
                .collect(),
            Scope::Category(category) => glossary
                .concepts_in(*category)
                .filter_map(|c| c.as_of(version))
                .collect(),
            Scope::Concepts(ids) => {
                let mut out = Vec::with_capacity(ids.len());
                for id in ids {
                    let concept = glossary
                        .concept(id)
                        .ok_or_else(|| ExportError::UnknownConcept(id.clone()))?;
                    let as_of = concept
                        .as_of(version)
                        .ok_or_else(|| ExportError::NotInRelease(id.clone(), version))?;
                    out.push(as_of);
                }
                out
            }
        };
        let all_languages = glossary.term_languages();
        let languages: Vec<String> = match &self.languages {
            None => all_languages,
            Some(asked) => {
                for lang in asked {
                    if !all_languages.iter().any(|l| l == lang) {
                        return Err(ExportError::UnknownLanguage(lang.clone()));
                    }
                }
                all_languages
                    .into_iter()
                    .filter(|l| asked.iter().any(|a| a == l))
                    .collect()
            }
        };
        if self.languages.is_some() {
            for concept in &mut concepts {
                keep_languages(concept, &languages);
            }
        }
        if concepts.is_empty() {
            return Err(ExportError::Empty);
        }
        Ok(Selected {
            glossary,
            release,
            concepts,
            languages,
        })
    }
}

/// Drops a concept's terms, definitions, guidance on terms and texts in languages not kept.
fn keep_languages(concept: &mut Concept, languages: &[String]) {
    let keep = |lang: &str| languages.iter().any(|l| l == lang);
    concept.terms.to_mut().retain(|t| keep(&t.lang));
    concept.definitions.to_mut().retain(|d| keep(&d.lang));
    let guidance = concept.guidance.to_mut();
    guidance.retain(|g| g.term.is_none() || keep(&g.term_lang));
    for g in guidance.iter_mut() {
        g.reason.to_mut().retain(|r| keep(&r.lang));
    }
}
