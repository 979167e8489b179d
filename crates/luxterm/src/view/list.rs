//! Lists of concepts: all of them or one category's, and the categories with their counts.

use super::{LangText, Reader, concept_name};
use crate::{Category, Glossary};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;

/// One concept in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct ConceptListItem {
    /// Its id.
    pub id: String,
    /// Its category.
    pub category: Category,
    /// Its name in the reader's language of terms (fallback marked).
    pub name: LangText,
}

/// Concepts, sorted by id (a stable order in every language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct ConceptList {
    /// The category listed, or `None` for every concept.
    pub category: Option<Category>,
    /// The language names were asked in.
    pub lang: String,
    /// The concepts.
    pub concepts: Vec<ConceptListItem>,
}

/// A category and how many concepts it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct CategoryCount {
    /// The category.
    pub category: Category,
    /// How many concepts it has.
    pub concepts: usize,
}

impl Glossary {
    /// Every concept, or one category's, each named in the reader's language of terms by the one
    /// fallback rule (what `luxterm list` prints, as text and as JSON alike).
    ///
    /// ```
    /// use luxterm::{Category, Glossary, view::Reader};
    /// let g = Glossary::embedded();
    /// let list = g.concept_list(Some(Category::Material), &Reader::new("xx"));
    /// assert!(list.concepts.iter().all(|c| c.category == Category::Material));
    /// // No concept has a term in "xx": every name falls back, visibly.
    /// assert!(list.concepts.iter().all(|c| c.name.fallback && c.name.lang == "en"));
    /// ```
    pub fn concept_list(&self, category: Option<Category>, reader: &Reader) -> ConceptList {
        ConceptList {
            category,
            lang: reader.terms.clone(),
            concepts: self
                .concepts()
                .iter()
                .filter(|c| category.is_none_or(|k| c.category == k))
                .map(|c| ConceptListItem {
                    id: c.id.to_string(),
                    category: c.category,
                    name: concept_name(c, &reader.terms),
                })
                .collect(),
        }
    }

    /// The languages the glossary has preferred terms in, in display order (the six UN languages
    /// first, in the UN's order, then the others by tag): the choices of a "language of terms"
    /// menu.
    ///
    /// ```
    /// let langs = luxterm::Glossary::embedded().term_languages();
    /// assert_eq!(&langs[..6], ["ar", "zh", "en", "fr", "ru", "es"]);
    /// ```
    pub fn term_languages(&self) -> Vec<String> {
        let present = self.concepts().iter().flat_map(|c| {
            c.terms
                .iter()
                .filter(|t| t.status == crate::Status::Preferred && t.span.until.is_none())
                .map(|t| &*t.lang)
        });
        crate::lang::order(present, None)
            .into_iter()
            .map(str::to_owned)
            .collect()
    }

    /// The categories that have concepts, in browsing order, with their counts.
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// let total: usize = g.category_counts().iter().map(|c| c.concepts).sum();
    /// assert_eq!(total, g.concepts().len());
    /// ```
    pub fn category_counts(&self) -> Vec<CategoryCount> {
        self.categories()
            .into_iter()
            .map(|(category, concepts)| CategoryCount { category, concepts })
            .collect()
    }
}
