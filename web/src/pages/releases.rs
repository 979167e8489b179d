//! The glossary's releases, newest first.

use yew::prelude::*;

use crate::components::text::ltr;

use crate::hooks::use_ui;

/// The releases.
#[function_component]
pub fn Releases() -> Html {
    let (_, s, _) = use_ui();
    use_effect_with(s.releases_heading, |t| super::set_title(t));
    let g = crate::data::search_part();
    html! {
        <div class="releases">
            <h1>{ s.releases_heading }</h1>
            <ol class="release-list" reversed=true>
                { for g.releases().iter().rev().map(|r| {
                    let added = g.concepts().iter().filter(|c| c.added == r.version).count();
                    html! {
                        <li id={format!("release-{}", r.version)}>
                            <h2>{ format!("{} {}", s.release, r.version) }</h2>
                            <p class="meta">{ format!("{} ", s.released_on) }{ ltr(&r.date.to_string()) }{ format!(" · {} {}", added, s.concepts) }</p>
                            <p lang="en" dir="ltr">{ r.notes.to_string() }</p>
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}
