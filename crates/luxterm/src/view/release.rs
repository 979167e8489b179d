//! The releases: what each one added, changed and removed.

use super::{ConceptLink, LangText, Reader, link};
use crate::lang;
use crate::{Date, Glossary, Version};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;

/// One release and what it did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct ReleaseView {
    /// Its version.
    pub version: Version,
    /// The day it was published.
    pub date: Date,
    /// What changed, for people (written in English).
    pub notes: LangText,
    /// Whether it is the current release.
    pub current: bool,
    /// How many concepts the glossary had in this release.
    pub concepts: usize,
    /// Concepts that first appeared in it.
    pub added: Vec<ConceptLink>,
    /// Concepts that existed before and changed in it (they have a history entry for it).
    pub changed: Vec<ConceptLink>,
    /// Concepts withdrawn in it.
    pub removed: Vec<ConceptLink>,
}

/// The releases, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct ReleaseList {
    /// The releases, newest first.
    pub releases: Vec<ReleaseView>,
}

impl Glossary {
    /// The releases, newest first, each with how many concepts it had and which it added,
    /// changed and removed.
    ///
    /// ```
    /// use luxterm::{Glossary, view::Reader};
    /// let g = Glossary::embedded();
    /// let list = g.release_list(&Reader::new("en"));
    /// let newest = &list.releases[0];
    /// assert!(newest.current);
    /// assert_eq!(newest.concepts, g.concepts().len());
    /// let oldest = list.releases.last().unwrap();
    /// assert_eq!(oldest.added.len(), oldest.concepts);
    /// ```
    pub fn release_list(&self, reader: &Reader) -> ReleaseList {
        let current = self.current_release().map(|r| r.version);
        let releases = self
            .releases()
            .iter()
            .rev()
            .map(|r| {
                let v = r.version;
                let concepts = self.concepts().iter().filter(|c| c.exists_in(v)).count();
                let pick = |f: &dyn Fn(&crate::Concept) -> bool| -> Vec<ConceptLink> {
                    self.concepts()
                        .iter()
                        .filter(|c| f(c))
                        .map(|c| link(c, &reader.terms))
                        .collect()
                };
                ReleaseView {
                    version: v,
                    date: r.date,
                    notes: LangText::new(&r.notes, lang::FALLBACK),
                    current: Some(v) == current,
                    concepts,
                    added: pick(&|c| c.added == v),
                    changed: pick(&|c| c.added != v && c.history.iter().any(|h| h.release == v)),
                    removed: pick(&|c| c.removed == Some(v)),
                }
            })
            .collect();
        ReleaseList { releases }
    }
}
