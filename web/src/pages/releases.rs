//! The glossary's releases, newest first, each with how many concepts it had and which it added,
//! changed and removed (the core's [`luxterm::view::ReleaseList`]).

use luxterm::view::Reader;
use yew::prelude::*;

use super::concept_link;
use crate::components::text::{date, in_lang};
use crate::hooks::use_ui;

/// The releases.
#[function_component]
pub fn Releases() -> Html {
    let (ui, s, lang) = use_ui();
    use_effect_with(s.releases_heading, |t| super::set_title(t));
    let list = crate::data::glossary().release_list(&Reader::new(ui.code()).with_terms(&lang));
    html! {
        <div class="releases">
            <h1>{ s.releases_heading }</h1>
            <ol class="release-list" reversed=true>
                { for list.releases.iter().map(|r| html! {
                    <li id={format!("release-{}", r.version)}>
                        <h2>{ format!("{} ", s.release) }<bdi dir="ltr">{ r.version.to_string() }</bdi></h2>
                        <p class="meta">
                            { format!("{} ", s.released_on) }{ date(ui, r.date) }
                            { " · " }{ ui.count(r.concepts as u64, &s.concepts) }
                        </p>
                        <p>{ in_lang(&r.notes.lang, &r.notes.text) }</p>
                        if !r.added.is_empty() {
                            <details class="release-changes">
                                <summary>{ format!("{} ({})", s.added, r.added.len()) }</summary>
                                <ul>{ for r.added.iter().map(|c| html! { <li>{ concept_link(c, ui) }</li> }) }</ul>
                            </details>
                        }
                        if !r.changed.is_empty() {
                            <details class="release-changes">
                                <summary>{ format!("{} ({})", s.changed, r.changed.len()) }</summary>
                                <ul>{ for r.changed.iter().map(|c| html! { <li>{ concept_link(c, ui) }</li> }) }</ul>
                            </details>
                        }
                        if !r.removed.is_empty() {
                            <details class="release-changes">
                                <summary>{ format!("{} ({})", s.removed, r.removed.len()) }</summary>
                                <ul>{ for r.removed.iter().map(|c| html! { <li>{ concept_link(c, ui) }</li> }) }</ul>
                            </details>
                        }
                    </li>
                }) }
            </ol>
        </div>
    }
}
