//! Passages in a language: every one carries its own `lang` and `dir`, and a text missing in the
//! chosen language falls back visibly.

use luxterm::{Localized, pick};
use yew::prelude::*;

use crate::i18n::{UiLang, dir_of, lang_name};

/// A passage in language `lang`.
pub fn in_lang(lang: &str, text: &str) -> Html {
    html! { <span lang={lang.to_string()} dir={dir_of(lang)}>{ text.to_string() }</span> }
}

/// Numbers, dates and versions, kept left to right inside right-to-left text.
pub fn ltr(text: &str) -> Html {
    html! { <bdi dir="ltr">{ text.to_string() }</bdi> }
}

/// A passage in language `lang`, as a block.
pub fn para_in_lang(lang: &str, text: &str, class: &'static str) -> Html {
    html! { <p class={class} lang={lang.to_string()} dir={dir_of(lang)}>{ text.to_string() }</p> }
}

/// The note shown next to a passage in another language than the one asked for.
pub fn fallback_note(ui: UiLang, shown: &str) -> Html {
    html! {
        <span class="fallback">{ format!("{} {}", ui.s().fallback_shown_in, lang_name(ui, shown)) }</span>
    }
}

/// A localized text in `lang`, else English, else the first language, with a visible note on
/// fallback; `None` when the list is empty.
pub fn localized(list: &[Localized], lang: &str, ui: UiLang) -> Option<Html> {
    let (chosen, fell_back) = pick(list, lang)?;
    Some(html! {
        <>
            { in_lang(&chosen.lang, &chosen.text) }
            if fell_back { { " " }{ fallback_note(ui, &chosen.lang) } }
        </>
    })
}
