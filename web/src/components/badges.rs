//! Badges: a term's status, a language, verified or not.

use luxterm::Status;
use yew::prelude::*;

use crate::i18n::{Strings, UiLang, lang_name};

/// A term's status as a badge (also told by its text, never by colour alone).
pub fn status_badge(s: &Strings, status: Status) -> Html {
    html! { <span class={classes!("badge", format!("status-{}", status.as_str()))}>{ s.status(status) }</span> }
}

/// A language as a badge.
pub fn lang_badge(ui: UiLang, lang: &str) -> Html {
    html! { <span class="badge lang">{ lang_name(ui, lang) }</span> }
}

/// Whether a fact was checked against the instrument's text, with what the check rests on.
pub fn verification(s: &Strings, verified: bool, evidence: Option<&str>) -> Html {
    let means = crate::i18n_tools::tools_for(s).verified_means;
    let mark = if verified {
        html! { <span class="badge verified" title={means}>{ "✓ " }{ s.verified }</span> }
    } else {
        html! { <span class="badge unverified" title={s.unverified_hint}>{ "⚠ " }{ s.unverified }</span> }
    };
    match evidence {
        Some(evidence) => html! {
            <>
                { mark }
                <details class="evidence">
                    <summary>{ s.evidence }</summary>
                    if verified { <p class="verified-means">{ means }</p> }
                    <p lang="en" dir="ltr">{ evidence.to_string() }</p>
                </details>
            </>
        },
        None => mark,
    }
}

/// A compact language tag (`fr`) beside a term, with the language's name for screen readers and
/// as a tooltip: every term in a list that mixes languages carries one.
pub fn lang_tag(ui: UiLang, lang: &str) -> Html {
    let name = lang_name(ui, lang);
    html! {
        <span class="lang-tag" title={name.clone()} data-lang={lang.to_string()}>
            <span aria-hidden="true" lang="en" dir="ltr">{ lang.to_string() }</span>
            <span class="visually-hidden">{ format!("({name})") }</span>
        </span>
    }
}
