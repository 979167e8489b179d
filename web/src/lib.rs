//! The luxterm web app.

use yew::prelude::*;

/// The app.
#[function_component]
pub fn App() -> Html {
    let g = luxterm::Glossary::embedded();
    html! { <main><h1>{ "luxterm" }</h1><p>{ g.concepts().len() }</p></main> }
}

/// Renders the app into the page's body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
