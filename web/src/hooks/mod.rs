//! Hooks shared by the views.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::{Strings, UiLang};
use crate::route::{list_param, param};
use crate::state::{AppContext, AppState};

/// The app's state and its dispatcher (a default state outside the app, as in tests).
#[hook]
pub fn use_app() -> AppContext {
    let fallback = use_reducer(AppState::default);
    use_context::<AppContext>().unwrap_or(fallback)
}

/// The interface language, its strings, and the language of terms.
#[hook]
pub fn use_ui() -> (UiLang, &'static Strings, String) {
    let app = use_app();
    (app.ui, app.ui.s(), app.lang.clone())
}

/// The current query string (`?q=…`), empty outside a router.
#[hook]
pub fn use_query_str() -> String {
    use_location()
        .map(|l| l.query_str().to_string())
        .unwrap_or_default()
}

/// One decoded query parameter of the current URL.
#[hook]
pub fn use_param(name: &'static str) -> Option<String> {
    let query = use_query_str();
    param(&query, name)
}

/// A comma-separated list query parameter of the current URL.
#[hook]
pub fn use_list_param(name: &'static str) -> Vec<String> {
    let query = use_query_str();
    list_param(&query, name)
}
