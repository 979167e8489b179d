//! The app's views, one per route.

pub mod category;
pub mod compare;
pub mod concept;
pub mod home;
pub mod instrument;
pub mod not_found;
pub mod releases;

use luxterm::{Concept, Term};

use crate::i18n::UN_LANGUAGES;

/// A concept's name in `lang`: its preferred term there, else in English, else its first term;
/// with whether it fell back.
pub fn concept_name<'c>(concept: &'c Concept, lang: &str) -> (Option<&'c Term>, bool) {
    match concept.preferred(lang) {
        Some(t) => (Some(t), false),
        None => (
            concept.preferred("en").or_else(|| concept.terms.first()),
            true,
        ),
    }
}

/// The languages to show for a concept: `first`, then the other UN languages, then any other
/// language the concept has terms in.
pub fn languages_for(concept: &Concept, first: &str) -> Vec<String> {
    let mut out = vec![first.to_string()];
    for l in UN_LANGUAGES {
        if !out.iter().any(|x| x == l) {
            out.push(l.to_string());
        }
    }
    for l in concept.languages() {
        if !out.iter().any(|x| x == l) {
            out.push(l.to_string());
        }
    }
    out
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(&format!("{title} · luxterm"));
    }
}
