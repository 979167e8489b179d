//! The app: router, shared state, page frame and the view for each route.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::layout::{Footer, Header};
use crate::components::loading::Loader;
use crate::data::{self, Status};
use crate::pages::category::CategoryPage;
use crate::pages::home::Home;
use crate::pages::not_found::NotFound;
use crate::route::Route;
use crate::state::{AppContext, AppState};

/// The view for a route. Home, search and categories run on the search part of the glossary;
/// the other views wait for the whole glossary ([`whole_view`]).
pub fn switch(route: Route) -> Html {
    // An id spelt with other capitals shows its view at once ([`Root`] replaces the address).
    let route = route.canonical(data::search_part()).unwrap_or(route);
    match route {
        Route::Home | Route::Search => html! { <Home /> },
        Route::Category { id } => html! { <CategoryPage id={id} /> },
        Route::NotFound => html! { <NotFound /> },
        other => whole_view(other),
    }
}

/// A view over the whole glossary, shown once it is in memory.
#[cfg(feature = "full")]
fn whole_view(route: Route) -> Html {
    use crate::components::loading::NeedsWhole;
    use crate::pages::check::CheckPage;
    use crate::pages::compare::{
        CompareConcepts, CompareInstruments, CompareLanguages, CompareReleases,
    };
    use crate::pages::concept::ConceptPage;
    use crate::pages::instrument::{InstrumentPage, Instruments};
    use crate::pages::pair::ComparePair;
    use crate::pages::releases::Releases;
    let view = match route {
        Route::Concept { id } => html! { <ConceptPage id={id} /> },
        Route::Instrument { id } => html! { <InstrumentPage id={id} /> },
        Route::Instruments => html! { <Instruments /> },
        Route::Compare => html! { <CompareConcepts /> },
        Route::CompareLanguages { id } => html! { <CompareLanguages id={id} /> },
        Route::ComparePair => html! { <ComparePair /> },
        Route::CompareInstruments { id } => html! { <CompareInstruments id={id} /> },
        Route::CompareReleases { id } => html! { <CompareReleases id={id} /> },
        Route::Releases => html! { <Releases /> },
        // The checker is built over the whole glossary (term forms are only there).
        Route::Check => html! { <CheckPage /> },
        Route::Home | Route::Search | Route::Category { .. } | Route::NotFound => {
            return switch(route);
        }
    };
    html! { <NeedsWhole>{ view }</NeedsWhole> }
}

/// The first-load module has no view over the whole glossary: it loads the page again, and
/// `boot.js` starts the full module for the address.
#[cfg(not(feature = "full"))]
fn whole_view(_route: Route) -> Html {
    html! { <crate::components::loading::ToFull /> }
}

/// The app in the browser: real paths in the address bar.
#[function_component]
pub fn App() -> Html {
    html! {
        <BrowserRouter>
            <Root />
        </BrowserRouter>
    }
}

/// Everything inside the router: the state, the frame and the current view. Tests render it
/// inside a router with a memory history.
#[function_component]
pub fn Root() -> Html {
    let state = use_reducer(AppState::initial);
    let location = use_location();

    // The page's language and direction follow the interface language; the choice is saved.
    use_effect_with(state.clone(), |state| {
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", state.ui.code());
            let _ = html.set_attribute("dir", state.ui.dir());
        }
        state.save();
    });

    // Where the window is scrolled and the focus is after each navigation (crate::nav).
    let here = location.as_ref().map(|l| {
        (
            l.path().to_string(),
            l.query_str().to_string(),
            l.hash().to_string(),
            l.id(),
        )
    });
    use_effect_with(here, |here| {
        if let Some((path, query, hash, _)) = here {
            crate::nav::navigated(path, query, hash);
        }
    });

    // An address whose id is spelt with other capitals is replaced with the canonical one,
    // keeping its query.
    let route = use_route::<Route>();
    let navigator = use_navigator();
    let query = location
        .as_ref()
        .map(|l| l.query_str().to_string())
        .unwrap_or_default();
    use_effect_with(route, move |route| {
        let canonical = route
            .as_ref()
            .and_then(|r| r.canonical(data::search_part()));
        if let (Some(canonical), Some(nav)) = (canonical, navigator) {
            let _ = nav.replace_with_query(&canonical, crate::route::params(&query));
        }
    });

    // The whole glossary is fetched after the first paint (effects run after rendering), and
    // again when a reader asks after a failure.
    let status = use_state(|| match data::whole() {
        Some(_) => Status::Ready,
        None => Status::Loading,
    });
    let attempt = use_state(|| 0_u32);
    {
        let status = status.clone();
        use_effect_with(*attempt, move |_| {
            if data::whole().is_none() {
                status.set(Status::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    match data::fetch_whole().await {
                        Ok(_) => status.set(Status::Ready),
                        Err(e) => status.set(Status::Failed(e.to_string())),
                    }
                });
            }
        });
    }
    let retry = {
        let attempt = attempt.clone();
        use_callback((), move |(), _| attempt.set(*attempt + 1))
    };
    let loader = Loader {
        status: (*status).clone(),
        retry,
    };

    html! {
        <ContextProvider<AppContext> context={state}>
            <ContextProvider<Loader> context={loader}>
                <Header />
                <main id="main" tabindex="-1">
                    <Switch<Route> render={switch} />
                </main>
                <Footer />
            </ContextProvider<Loader>>
        </ContextProvider<AppContext>>
    }
}
