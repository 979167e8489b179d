//! The app's routes: every view is a URL that survives a reload and a share.
//!
//! Paths are real paths (`/concept/child`); the server answers unknown paths with `index.html`
//! (`cargo xtask serve` does, and `404.html` is a copy for static hosts). Options of a view are
//! query parameters: `?q=` (search), `?release=0.1.0` (a view pinned to a release), `?c=a,b`
//! (concepts compared), `?langs=en,fr`, `?from=`/`?to=` (releases, or the languages of a pair),
//! `?p=` (a provision), `?lang=`/`?status=`/`?category=`/`?instrument=` (filters of the results).

use yew_router::prelude::*;

/// A view of the app.
#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    /// Home, and the search results for `?q=`.
    #[at("/")]
    Home,
    /// The same view as [`Route::Home`], for links that name the search.
    #[at("/search")]
    Search,
    /// A concept; `?release=` pins it to a release.
    #[at("/concept/:id")]
    Concept {
        /// The concept's id.
        id: String,
    },
    /// An instrument, its provisions and the concepts citing each; `?p=` highlights a provision.
    #[at("/instrument/:id")]
    Instrument {
        /// The instrument's id.
        id: String,
    },
    /// All instruments.
    #[at("/instruments")]
    Instruments,
    /// The concepts of a category.
    #[at("/category/:id")]
    Category {
        /// The category's name in the source format (`material`).
        id: String,
    },
    /// Two to four concepts side by side: `?c=a,b`.
    #[at("/compare")]
    Compare,
    /// One concept across chosen languages: `?langs=en,fr,ar`.
    #[at("/compare/languages/:id")]
    CompareLanguages {
        /// The concept's id.
        id: String,
    },
    /// Concepts in a language pair, side by side: `?from=fr&to=ar` (the reader's languages when
    /// absent), `?c=child` for one concept (every concept when absent).
    #[at("/compare/pair")]
    ComparePair,
    /// One concept across instruments: the element matrix.
    #[at("/compare/instruments/:id")]
    CompareInstruments {
        /// The concept's id.
        id: String,
    },
    /// One concept across two releases: `?from=0.1.0&to=0.2.0`.
    #[at("/compare/releases/:id")]
    CompareReleases {
        /// The concept's id.
        id: String,
    },
    /// Check a text: terms to avoid in a pasted text or a file, marked in place.
    #[at("/check")]
    Check,
    /// The glossary's releases.
    #[at("/releases")]
    Releases,
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The same view with each id spelt as the glossary spells it, when the address spells it
    /// otherwise (`/concept/CHILD` is `/concept/child`): ids are resolved ignoring case, by the
    /// core's look-ups. `None` when the route is already canonical or names nothing.
    pub fn canonical(&self, g: &luxterm::Glossary) -> Option<Route> {
        let concept = |id: &str| {
            g.concept_ignoring_case(id)
                .map(|c| c.id.to_string())
                .filter(|c| c != id) // tidy:allow(filter): an id of the URL
        };
        match self {
            Route::Concept { id } => concept(id).map(|id| Route::Concept { id }),
            Route::CompareLanguages { id } => concept(id).map(|id| Route::CompareLanguages { id }),
            Route::CompareInstruments { id } => {
                concept(id).map(|id| Route::CompareInstruments { id })
            }
            Route::CompareReleases { id } => concept(id).map(|id| Route::CompareReleases { id }),
            Route::Instrument { id } => g
                .instrument_ignoring_case(id)
                .map(|i| i.id.to_string())
                .filter(|i| i != id) // tidy:allow(filter): an id of the URL
                .map(|id| Route::Instrument { id }),
            Route::Category { id } => luxterm::Category::from_name_ignoring_case(id)
                .map(|c| c.as_str())
                .filter(|c| c != id) // tidy:allow(filter): an id of the URL
                .map(|c| Route::Category { id: c.to_owned() }),
            _ => None,
        }
    }
}

/// The parameters of a query string (`?a=1&b=2`), decoded, in order.
pub fn params(query_str: &str) -> Vec<(String, String)> {
    query_str
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty()) // tidy:allow(filter): parsing the URL
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
        .collect()
}

/// Query parameters of a link, in order.
pub type Query = Vec<(&'static str, String)>;

/// The value of a query parameter in a query string (`?a=1&b=2`), decoded.
pub fn param(query_str: &str, name: &str) -> Option<String> {
    query_str
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key) == name).then(|| decode(value))
        })
}

/// A comma-separated list parameter (`?c=a,b`), without empty items.
pub fn list_param(query_str: &str, name: &str) -> Vec<String> {
    param(query_str, name)
        .map(|v| {
            v.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty()) // tidy:allow(filter): parsing the URL
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

fn decode(s: &str) -> String {
    let spaced = s.replace('+', " ");
    js_sys::decode_uri_component(&spaced)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or(spaced)
}

/// A path with its query string, as a link's `href`.
pub fn href(route: &Route, query: &[(&str, String)]) -> String {
    let mut out = route.to_path();
    for (i, (key, value)) in query.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(key);
        out.push('=');
        out.push_str(&form_encode(value));
    }
    out
}

/// `application/x-www-form-urlencoded` encoding, as the router writes queries (so that a link's
/// `href` and the address after following it are the same).
pub fn form_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
