//! Passages in a language: every one carries its own `lang` and `dir`, and a text missing in the
//! chosen language falls back visibly.

use luxterm::view::LangText;
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

/// A text of a view in its own language, with a visible note when it is a fallback (the view
/// says so; the app never picks a fallback itself).
pub fn lang_text(t: &LangText, ui: UiLang) -> Html {
    html! {
        <>
            { in_lang(&t.lang, &t.text) }
            if t.fallback { { " " }{ fallback_note(ui, &t.lang) } }
        </>
    }
}

/// [`lang_text`] as a block of class `class`.
pub fn lang_para(t: &LangText, ui: UiLang, class: &'static str) -> Html {
    html! {
        <>
            if t.fallback { <p>{ fallback_note(ui, &t.lang) }</p> }
            { para_in_lang(&t.lang, &t.text, class) }
        </>
    }
}
