//! The glossary's releases, newest first, each with how many concepts it had and which it added,
//! changed and removed (the core's [`luxterm::view::ReleaseList`]).

use luxterm::view::Reader;
use yew::prelude::*;

use super::concept_link;
use crate::components::text::{date, in_lang};
use crate::hooks::use_ui;
use crate::intl::number;

/// The releases.
#[function_component]
pub fn Releases() -> Html {
    let (ui, s, lang) = use_ui();
    use_effect_with(s.releases_heading, |t| super::set_title(t));
    let list = crate::data::glossary().release_list(&Reader::new(ui.code()).with_terms(&lang));
    html! {
        <div class="releases">
            <h1>{ s.releases_heading }</h1>
            // Newest first; each release is named by its version, not by a list number.
            <ol class="release-list" reversed=true>
                { for list.releases.iter().map(|r| html! {
                    <li id={format!("release-{}", r.version)}>
                        <h2>
                            { format!("{} ", s.release) }<bdi dir="ltr">{ r.version.to_string() }</bdi>
                            if r.current { { " " }<span class="badge current">{ s.current_release }</span> }
                        </h2>
                        <p class="meta">
                            { format!("{} ", s.released_on) }{ date(ui, r.date) }
                            { " · " }{ ui.count(r.concepts as u64, &s.concepts) }
                        </p>
                        <p>{ in_lang(&r.notes.lang, &r.notes.text) }</p>
                        <dl class="release-counts">
                            <div><dt>{ s.release_concepts }</dt><dd>{ number(ui, r.concepts as u64) }</dd></div>
                            <div><dt>{ s.release_added }</dt><dd>{ number(ui, r.added.len() as u64) }</dd></div>
                            <div><dt>{ s.release_changed }</dt><dd>{ number(ui, r.changed.len() as u64) }</dd></div>
                            <div><dt>{ s.release_removed }</dt><dd>{ number(ui, r.removed.len() as u64) }</dd></div>
                        </dl>
                        { changes(s.release_added, &r.added, ui) }
                        { changes(s.release_changed, &r.changed, ui) }
                        { changes(s.release_removed, &r.removed, ui) }
                    </li>
                }) }
            </ol>
        </div>
    }
}

/// The concepts a release added, changed or withdrew, behind a disclosure (none: nothing).
fn changes(label: &str, concepts: &[luxterm::view::ConceptLink], ui: crate::i18n::UiLang) -> Html {
    if concepts.is_empty() {
        return Html::default();
    }
    html! {
        <details class="release-changes">
            <summary>{ format!("{label} {}", number(ui, concepts.len() as u64)) }</summary>
            <ul>{ for concepts.iter().map(|c| html! { <li>{ concept_link(c, ui) }</li> }) }</ul>
        </details>
    }
}
