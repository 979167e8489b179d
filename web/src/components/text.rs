//! Text from the data inside the interface's own text: every passage carries its own `lang` and
//! `dir`, every data string is isolated from what is around it, and a text missing in the chosen
//! language falls back visibly.
//!
//! **Isolation.** A term, an abbreviation, a date, a citation, an identifier, a name from the
//! data or text a reader typed is put in a `<bdi>` (Unicode bidirectional isolation, as the
//! `FSI`…`PDI` pair): its direction is its own, the interface text around it keeps its order, and
//! nothing inside it — not an English term in Arabic prose, not a U+202E RIGHT-TO-LEFT OVERRIDE
//! in the data — reorders what comes before or after. [`data`] is for a string of unknown
//! direction (the first strong character decides), [`in_lang`] for one in a known language,
//! [`ltr`] for versions and identifiers, [`date`] for dates, written in the interface language.

use luxterm::view::LangText;
use yew::prelude::*;

use crate::i18n::{UiLang, dir_of, lang_name};

/// A data string of unknown direction (a name, a citation, text from the address bar),
/// isolated: `<bdi>` with no `dir`, so its first strong character sets its direction.
pub fn data(text: &str) -> Html {
    html! { <bdi>{ text.to_string() }</bdi> }
}

/// A passage in language `lang`, isolated, with that language's `lang` and `dir`.
pub fn in_lang(lang: &str, text: &str) -> Html {
    html! { <bdi lang={lang.to_string()} dir={dir_of(lang)}>{ text.to_string() }</bdi> }
}

/// Numbers, versions and identifiers, kept left to right inside right-to-left text.
pub fn ltr(text: &str) -> Html {
    html! { <bdi dir="ltr">{ text.to_string() }</bdi> }
}

/// A date in the interface language's words (`20 نوفمبر 1989`, `1989年11月20日`), from the
/// browser's CLDR data ([`crate::intl::date`]), in a `<time>` with the ISO date and isolated.
pub fn date(ui: UiLang, d: luxterm::Date) -> Html {
    html! {
        <bdi class="date"><time datetime={d.to_string()}>{ crate::intl::date(ui, d) }</time></bdi>
    }
}

/// A passage in language `lang`, as a block.
pub fn para_in_lang(lang: &str, text: &str, class: &'static str) -> Html {
    html! { <p class={class} lang={lang.to_string()} dir={dir_of(lang)}>{ text.to_string() }</p> }
}

/// The note shown next to a passage in another language than the one asked for.
pub fn fallback_note(ui: UiLang, shown: &str) -> Html {
    html! {
        <span class="fallback">{ format!("{}{}{}", ui.s().fallback_shown_in, ui.word_space(), lang_name(ui, shown)) }</span>
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
