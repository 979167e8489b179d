//! The luxterm web app: browse, search and compare the glossary's terms in the browser.
//!
//! A client-side [yew](https://yew.rs) app on the `luxterm` crate's glossary: static files only,
//! no request beyond its own origin, works offline once loaded. The search part of the glossary is
//! compiled in; the whole glossary is a static file fetched after the first paint ([`data`]).
//!
//! # Concepts
//!
//! - [`route::Route`]: every view is a URL (`/concept/child?release=0.1.0`).
//! - [`state::AppState`]: the interface language and the language of terms, a `Reducible`
//!   changed by [`state::Action`]s and shared through a context.
//! - [`components`] and [`hooks`]: the pieces the [`pages`] are made of.
//! - [`nav`]: scroll and focus after each navigation (top and heading, a provision, Back).
//! - [`i18n`]: the interface in the six UN languages (Arabic right to left); [`intl`]: plural
//!   categories, numbers and dates from the browser's CLDR data.
//!
//! # Running
//!
//! `scripts/serve.sh` (or `cargo xtask serve`) builds the app and serves it on
//! <http://127.0.0.1:8080/>; `scripts/test-web.sh` runs its tests in headless Chromium.

pub mod app;
pub mod components;
pub mod data;
pub mod hooks;
pub mod i18n;
pub mod i18n_tools;
pub mod intl;
pub mod nav;
pub mod pages;
pub mod route;
pub mod state;

pub use app::{App, Root};

/// Renders the app into the page's body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
