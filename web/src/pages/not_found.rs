//! The page for what is not there: an address that matches no view, or an id that names nothing.
//! It says once what was not found, sets the document's title, and offers a search.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::link::AppLink;
use crate::hooks::use_ui;
use crate::route::Route;

/// Properties of [`NotFound`].
#[derive(Properties, PartialEq, Clone)]
pub struct NotFoundProps {
    /// What was not found, as a sentence ending before the id (`No concept has this
    /// identifier:`); by default, that the address matches no page.
    #[prop_or_default]
    pub what: Option<AttrValue>,
    /// The id asked for, shown after `what` and offered as a search.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// Page not found. The views that look an id up render it (with `what` and `id`) and set no
/// title of their own, so that the title says "not found" too.
#[function_component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    let (_, s, _) = use_ui();
    use_effect_with(s.not_found_heading, |t| super::set_title(t));
    let navigator = use_navigator();
    let input = use_node_ref();
    // An id is a slug: its words are a good first search.
    let suggestion = props
        .id
        .as_deref()
        .map(|id| id.replace(['-', '_'], " "))
        .unwrap_or_default();
    let onsubmit = {
        let input = input.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let query = input
                .cast::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            if let Some(nav) = &navigator {
                if query.trim().is_empty() {
                    nav.push(&Route::Home);
                } else {
                    let _ = nav.push_with_query(&Route::Home, vec![("q", query)]);
                }
            }
        })
    };
    html! {
        <div class="not-found">
            <h1>{ s.not_found_heading }</h1>
            <p class="not-found-what">
                if let Some(what) = &props.what {
                    { what.clone() }
                    if let Some(id) = &props.id { { " " }<code dir="ltr">{ id.clone() }</code> }
                } else {
                    { s.not_found_text }
                }
            </p>
            // Named by its own label: the header's search landmark is named "Search".
            <form role="search" class="search-form" aria-labelledby="not-found-q-label" {onsubmit}>
                <label id="not-found-q-label" for="not-found-q" class="search-label">{ s.search_label }</label>
                <div class="search-row">
                    <input id="not-found-q" type="search" value={suggestion} ref={input} autocomplete="off" spellcheck="false" />
                    <button type="submit">{ s.search_button }</button>
                </div>
            </form>
            <p><AppLink to={Route::Home}>{ s.back_home }</AppLink></p>
        </div>
    }
}
