//! The app's views, one per route.

pub mod category;
pub mod compare;
pub mod concept;
pub mod home;
pub mod instrument;
pub mod not_found;
pub mod releases;

use luxterm::{Concept, Term};
use yew::prelude::*;

use crate::components::link::AppLink;
use crate::components::text::fallback_note;
use crate::i18n::{UN_LANGUAGES, UiLang, dir_of};
use crate::route::Route;

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

/// A link to a concept, named by its preferred term in `lang` (with a visible note when it falls
/// back to English).
pub fn name_link(c: &Concept, lang: &str, ui: UiLang) -> Html {
    let (name, fell_back) = concept_name(c, lang);
    let (text, name_lang) = name
        .map(|t| (t.text.to_string(), t.lang.to_string()))
        .unwrap_or((c.id.to_string(), "en".into()));
    html! {
        <>
            <AppLink to={Route::Concept { id: c.id.to_string() }} lang={AttrValue::from(name_lang.clone())} dir={AttrValue::from(dir_of(&name_lang))}>{ text }</AppLink>
            if fell_back { { " " }{ fallback_note(ui, &name_lang) } }
        </>
    }
}

/// [`name_link`] for a concept id (the id itself when no concept has it).
pub fn name_link_by_id(id: &str, lang: &str, ui: UiLang) -> Html {
    match crate::data::glossary().concept(id) {
        Some(c) => name_link(c, lang, ui),
        None => html! { { id.to_string() } },
    }
}
