//! Waiting for the whole glossary: views that need more than the search part render behind
//! [`NeedsWhole`].

use yew::prelude::*;

use crate::components::link::AppLink;
use crate::data::{self, Status};
use crate::hooks::use_ui;
use crate::route::Route;

/// Where the whole glossary stands, and how to ask for it again; provided by [`crate::Root`].
#[derive(Clone, PartialEq)]
pub struct Loader {
    /// Loading, ready or failed.
    pub status: Status,
    /// Fetches the whole glossary again after a failure.
    pub retry: Callback<()>,
}

/// Properties of [`NeedsWhole`].
#[derive(Properties, PartialEq)]
pub struct NeedsWholeProps {
    /// The view that needs the whole glossary.
    pub children: Html,
}

/// Renders its children once the whole glossary is in memory. Until then it says that the
/// glossary is loading (a polite live region); if loading failed, it says so, with the reason and
/// a button to try again. Search keeps working meanwhile: it runs on the search part.
#[function_component]
pub fn NeedsWhole(props: &NeedsWholeProps) -> Html {
    let loader = use_context::<Loader>();
    let (_, s, _) = use_ui();
    if data::whole().is_some() {
        return props.children.clone();
    }
    match loader {
        Some(Loader {
            status: Status::Failed(reason),
            retry,
        }) => html! {
            <div class="load-failed" role="alert">
                <h1>{ s.glossary_failed_heading }</h1>
                <p>{ s.glossary_failed }</p>
                <p class="load-reason" lang="en" dir="ltr"><code>{ reason }</code></p>
                <p class="load-actions">
                    <button type="button" onclick={retry.reform(|_: MouseEvent| ())}>{ s.retry }</button>
                    { " " }<AppLink to={Route::Home}>{ s.back_home }</AppLink>
                </p>
            </div>
        },
        _ => html! {
            <p class="loading" role="status" aria-live="polite" aria-busy="true">{ s.loading_glossary }</p>
        },
    }
}

/// In the first-load module (built without the `full` feature), a view it does not hold: it says
/// that the glossary is loading and loads the address again, which `boot.js` answers with the
/// full module (already in the browser's cache once the service worker has precached it).
#[cfg(not(feature = "full"))]
#[function_component]
pub fn ToFull() -> Html {
    let (_, s, _) = use_ui();
    use_effect_with((), |_| {
        if let Some(location) = web_sys::window().map(|w| w.location()) {
            let _ = location.reload();
        }
    });
    html! {
        <p class="loading" role="status" aria-live="polite" aria-busy="true">{ s.loading_glossary }</p>
    }
}
