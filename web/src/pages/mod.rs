//! The app's views, one per route. Each lays out a view of the core (`luxterm::view`,
//! `luxterm::compare`, `luxterm::diff`); none sorts, filters or picks a fallback itself.

pub mod category;
#[cfg(feature = "full")]
pub mod check;
#[cfg(feature = "full")]
pub mod compare;
#[cfg(feature = "full")]
pub mod concept;
pub mod home;
#[cfg(feature = "full")]
pub mod instrument;
pub mod not_found;
#[cfg(feature = "full")]
pub mod pair;
#[cfg(feature = "full")]
pub mod releases;

use luxterm::view::ConceptLink;
use yew::prelude::*;

use crate::components::link::AppLink;
use crate::components::text::fallback_note;
use crate::i18n::UiLang;
use crate::route::Route;

/// Sets the document's title.
pub fn set_title(title: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(&format!("{title} · luxterm"));
    }
}

/// Sets the document's title to `title` while `found`; a view that did not find what its address
/// names renders [`not_found::NotFound`], which sets the title itself.
#[hook]
pub fn use_title(title: AttrValue, found: bool) {
    use_effect_with((title, found), |(title, found)| {
        if *found {
            set_title(title);
        }
    });
}

/// A link to a concept, named as the view names it (with a visible note when the name falls
/// back to another language).
pub fn concept_link(c: &ConceptLink, ui: UiLang) -> Html {
    let name = &c.name;
    html! {
        <>
            <AppLink to={Route::Concept { id: c.id.clone() }} lang={AttrValue::from(name.lang.clone())} dir={AttrValue::from(name.dir.as_str())}>{ name.text.clone() }</AppLink>
            if name.fallback { { " " }{ fallback_note(ui, &name.lang) } }
        </>
    }
}
