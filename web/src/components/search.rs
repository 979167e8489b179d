//! The search box, answering as you type, and its results.

use luxterm::view::{HitView, Reader};
use luxterm::{SearchOptions, Status};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::badges::{lang_badge, status_badge};
use crate::components::link::AppLink;
use crate::components::terms::instead;
use crate::components::text::lang_text;
use crate::hooks::{use_param, use_ui};
use crate::i18n::UiLang;
use crate::route::Route;

/// The most concepts listed for a query.
const MAX_HITS: usize = 100;

fn focus_first_result() {
    let first = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".results a").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(link) = first {
        let _ = link.focus();
    }
}

/// The search box and, once something is typed, the results. The query is kept in the URL
/// (`/?q=…`), so results survive a reload and can be shared.
#[function_component]
pub fn SearchPanel() -> Html {
    let (ui, s, lang) = use_ui();
    let url_query = use_param("q").unwrap_or_default();
    let query = use_state(|| url_query.clone());
    let navigator = use_navigator();
    let route = use_route::<Route>().unwrap_or(Route::Home);

    {
        // Follow the URL when it changes from outside (back and forward buttons).
        let query = query.clone();
        use_effect_with(url_query.clone(), move |url_query| {
            if *query != *url_query {
                query.set(url_query.clone());
            }
        });
    }

    let oninput = {
        let (query, navigator, route) = (query.clone(), navigator.clone(), route.clone());
        Callback::from(move |e: InputEvent| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let value = input.value();
            query.set(value.clone());
            if let Some(nav) = &navigator {
                if value.trim().is_empty() {
                    nav.replace(&route);
                } else {
                    let _ = nav.replace_with_query(&route, vec![("q", value.clone())]);
                }
            }
        })
    };
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() == "ArrowDown" {
            e.prevent_default();
            focus_first_result();
        }
    });
    let onsubmit = Callback::from(|e: SubmitEvent| {
        e.prevent_default();
        focus_first_result();
    });

    html! {
        <div class="search-panel">
            <form role="search" class="search-form" {onsubmit}>
                <label for="q" class="search-label">{ s.search_label }</label>
                <div class="search-row">
                    <input
                        id="q"
                        type="search"
                        value={(*query).clone()}
                        placeholder={s.search_placeholder}
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby="search-hint"
                        {oninput}
                        {onkeydown}
                    />
                    <button type="submit">{ s.search_button }</button>
                </div>
                <p id="search-hint" class="hint">{ s.search_hint }</p>
            </form>
            if !query.trim().is_empty() {
                <Results query={(*query).clone()} ui={ui} lang={lang} />
            }
        </div>
    }
}

/// Properties of [`Results`].
#[derive(Properties, PartialEq, Clone)]
pub struct ResultsProps {
    /// What was typed.
    pub query: AttrValue,
    /// The interface language.
    pub ui: UiLang,
    /// The language of preferred terms.
    pub lang: AttrValue,
}

/// The concepts matching a query, each with the term that matched, its language and status,
/// the preferred term in the chosen language and, for a term to avoid, what to say instead: the
/// core's [`luxterm::view::SearchResults`], one hit per concept.
#[function_component]
pub fn Results(props: &ResultsProps) -> Html {
    let ui = props.ui;
    let s = ui.s();
    let options = SearchOptions {
        lang: None,
        limit: MAX_HITS,
    };
    let reader = Reader::new(ui.code()).with_terms(&props.lang);
    let results = crate::data::search_part().search_view(&props.query, &options, true, &reader);
    html! {
        <section class="results-section" aria-labelledby="results-heading">
            <h2 id="results-heading">{ s.results_heading }</h2>
            <p class="results-count" role="status" aria-live="polite">
                if results.hits.is_empty() { { s.no_results } } else { { format!("{} {}", s.results_found, results.hits.len()) } }
            </p>
            <ol class="results">
                { for results.hits.iter().map(|hit| result_item(hit, ui)) }
            </ol>
        </section>
    }
}

fn result_item(hit: &HitView, ui: UiLang) -> Html {
    let s = ui.s();
    let term = &hit.term;
    let avoid = term.status == Status::Avoid;
    let mut query = Vec::new();
    if avoid {
        query.push(("term", term.text.clone()));
    }
    html! {
        <li class={classes!("result", avoid.then_some("result-avoid"))}>
            <div class="result-head">
                <AppLink to={Route::Concept { id: hit.concept.clone() }} {query} classes="result-term"
                    lang={AttrValue::from(term.lang.clone())} dir={AttrValue::from(term.dir.as_str())}>
                    { term.text.clone() }
                </AppLink>
                { " " }{ lang_badge(ui, &term.lang) }{ " " }{ status_badge(s, term.status) }
            </div>
            if let Some(preferred) = &hit.preferred {
                <p class="result-preferred">
                    { s.preferred_term }{ ": " }{ lang_text(preferred, ui) }
                </p>
            }
            if avoid {
                <p class="result-instead">{ instead(term) }</p>
            }
        </li>
    }
}
