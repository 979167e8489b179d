//! The page for addresses that match no view.

use yew::prelude::*;

use crate::components::link::AppLink;
use crate::hooks::use_ui;
use crate::route::Route;

/// Page not found.
#[function_component]
pub fn NotFound() -> Html {
    let (_, s, _) = use_ui();
    use_effect_with(s.not_found_heading, |t| super::set_title(t));
    html! {
        <div class="not-found">
            <h1>{ s.not_found_heading }</h1>
            <p>{ s.not_found_text }</p>
            <p><AppLink to={Route::Home}>{ s.back_home }</AppLink></p>
        </div>
    }
}
