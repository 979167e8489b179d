//! The search box, answering as you type, and its results: filters kept in the URL (the
//! filtering is the core's [`luxterm::view::SearchFilter`]), arrow keys between the hits, a copy
//! button and a language tag on every term.

use luxterm::view::{HitView, Match, Reader, SearchFilter};
use luxterm::{SearchOptions, Status};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::badges::{lang_badge, lang_tag, status_badge};
use crate::components::copy::{CopyButton, CopyScope};
use crate::components::link::AppLink;
use crate::components::terms::instead_labelled;
use crate::components::text::lang_text;
use crate::hooks::{use_param, use_query_str, use_ui};
use crate::i18n::{UiLang, lang_name};
use crate::i18n_tools::tools;
use crate::route::{Route, param};

/// The most concepts listed for a query.
const MAX_HITS: usize = 100;

/// The query parameters of the filters, in the order they are written in the URL.
pub const FILTER_PARAMS: [&str; 4] = ["lang", "status", "category", "instrument"];

/// The filter a query string carries (`?lang=fr&status=avoid…`), read by the core.
pub fn filter_of(query_str: &str) -> SearchFilter {
    let get = |name: &str| param(query_str, name);
    SearchFilter::parse(
        get("lang").as_deref(),
        get("status").as_deref(),
        get("category").as_deref(),
        get("instrument").as_deref(),
    )
}

/// The query of the results' URL: `q`, then every filter set in `query_str`, with `changed`
/// (a filter's name and its new value, empty to clear it) applied.
fn results_query(
    q: &str,
    query_str: &str,
    changed: Option<(&str, &str)>,
) -> Vec<(&'static str, String)> {
    let mut out = vec![("q", q.to_string())];
    for name in FILTER_PARAMS {
        let value = match changed {
            Some((n, v)) if n == name => v.to_string(),
            _ => param(query_str, name).unwrap_or_default(),
        };
        if !value.is_empty() {
            out.push((name, value));
        }
    }
    out
}

fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// The links of the hits, in order.
fn hit_links() -> Vec<web_sys::HtmlElement> {
    let Some(list) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(".results a.result-term").ok())
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok()) // tidy:allow(filter): DOM nodes
        .collect()
}

fn focus_first_result() {
    if let Some(link) = hit_links().first() {
        let _ = link.focus();
    }
}

/// Arrow keys inside the results: Down and Up move between the hits (Up from the first returns to
/// the search box), Home and End go to the first and last, Escape returns to the box. Enter
/// follows the focused link, as it does anywhere.
fn on_results_key(e: KeyboardEvent) {
    let key = e.key();
    if !matches!(
        key.as_str(),
        "ArrowDown" | "ArrowUp" | "Escape" | "Home" | "End"
    ) {
        return;
    }
    let links = hit_links();
    // The hit the focus is in (on its link, its copy button or its replacement).
    let current = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("li.result").ok().flatten())
        .and_then(|li| {
            links
                .iter()
                .position(|l| li.contains(Some(l.unchecked_ref::<web_sys::Node>())))
        });
    let target = match (key.as_str(), current) {
        ("Escape", _) | ("ArrowUp", Some(0)) | ("ArrowUp", None) => None,
        ("ArrowDown", Some(i)) => Some((i + 1).min(links.len().saturating_sub(1))),
        ("ArrowDown", None) | ("Home", _) => Some(0),
        ("ArrowUp", Some(i)) => Some(i - 1),
        _ => Some(links.len().saturating_sub(1)),
    };
    e.prevent_default();
    match target.and_then(|i| links.get(i)) {
        Some(link) => {
            let _ = link.focus();
        }
        None => {
            if let Some(input) = element_by_id("q") {
                let _ = input.focus();
            }
        }
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

    let query_str = use_query_str();
    let oninput = {
        let (query, navigator, route) = (query.clone(), navigator.clone(), route.clone());
        let query_str = query_str.clone();
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
                    let _ = nav.replace_with_query(&route, results_query(&value, &query_str, None));
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
                <Results query={(*query).clone()} ui={ui} lang={lang} query_str={query_str} />
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
    /// The URL's query string (the filters).
    #[prop_or_default]
    pub query_str: AttrValue,
}

/// The concepts matching a query, each with the term that matched, its language and status,
/// the preferred term in the chosen language and, for a term to avoid, what to say instead: the
/// core's [`luxterm::view::SearchResults`], one hit per concept, narrowed by the filters of the
/// URL.
#[function_component]
pub fn Results(props: &ResultsProps) -> Html {
    let ui = props.ui;
    let s = ui.s();
    let t = tools(ui);
    let options = SearchOptions {
        lang: None,
        limit: MAX_HITS,
    };
    let reader = Reader::new(ui.code()).with_terms(&props.lang);
    // The search part answers from the first paint; once the whole glossary is in (the loader's
    // context changes, so this re-renders), the hits also say why a term is to be avoided, and
    // the results can be filtered by instrument.
    let _ = use_context::<crate::components::loading::Loader>();
    let navigator = use_navigator();
    let route = use_route::<Route>().unwrap_or(Route::Home);
    let glossary = crate::data::glossary();
    let filter = filter_of(&props.query_str);
    let waiting = filter.instrument.is_some() && crate::data::whole().is_none();
    let results = glossary.search_view_filtered(&props.query, &options, true, &reader, &filter);
    let facets = glossary.search_facets(&reader);

    let on_filter = |name: &'static str| {
        let (navigator, route, q, qs) = (
            navigator.clone(),
            route.clone(),
            props.query.to_string(),
            props.query_str.to_string(),
        );
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value())
                .unwrap_or_default();
            if let Some(nav) = &navigator {
                let _ =
                    nav.replace_with_query(&route, results_query(&q, &qs, Some((name, &value))));
            }
        })
    };
    let on_clear = {
        let (navigator, route, q) = (navigator.clone(), route.clone(), props.query.to_string());
        Callback::from(move |_: MouseEvent| {
            if let Some(nav) = &navigator {
                let _ = nav.replace_with_query(&route, vec![("q", q.clone())]);
            }
        })
    };
    let current = |name: &str| param(&props.query_str, name).unwrap_or_default();
    let select = |id: &'static str,
                  name: &'static str,
                  label: &str,
                  choices: Vec<(String, String)>| {
        let chosen = current(name);
        html! {
            <div class="field-inline">
                <label for={id}>{ label.to_string() }</label>
                <select id={id} onchange={on_filter(name)}>
                    <option value="" selected={chosen.is_empty()}>{ t.any }</option>
                    { for choices.into_iter().map(|(value, text)| html! {
                        <option selected={value == chosen} value={value.clone()}>{ text }</option>
                    }) }
                </select>
            </div>
        }
    };
    html! {
        <section class="results-section" aria-labelledby="results-heading">
            <h2 id="results-heading">{ s.results_heading }</h2>
            <p class="terms-language">
                { s.content_language }{ ": " }<strong>{ lang_name(ui, &props.lang) }</strong>
            </p>
            <fieldset class="filters no-print">
                <legend>{ t.filters }</legend>
                { select("filter-lang", "lang", t.filter_language,
                    facets.languages.iter().map(|l| (l.clone(), lang_name(ui, l))).collect()) }
                { select("filter-status", "status", t.status,
                    facets.statuses.iter().map(|st| (st.as_str().to_string(), s.status(*st).to_string())).collect()) }
                { select("filter-category", "category", s.category,
                    facets.categories.iter().map(|c| (c.as_str().to_string(), s.category(*c).to_string())).collect()) }
                if !facets.instruments.is_empty() {
                    { select("filter-instrument", "instrument", t.filter_instrument,
                        facets.instruments.iter().map(|i| (i.id.clone(), i.name.clone())).collect()) }
                }
                if !filter.is_empty() {
                    <button type="button" class="clear-filters" onclick={on_clear}>{ t.clear_filters }</button>
                }
            </fieldset>
            if waiting {
                <p class="results-count" role="status" aria-live="polite">{ s.loading_glossary }</p>
            } else {
                <p class="results-count" role="status" aria-live="polite">
                    if results.hits.is_empty() { { s.no_results } } else { { format!("{}{}{}", s.results_found, ui.word_space(), crate::intl::number(ui, results.hits.len() as u64)) } }
                </p>
                if !results.hits.is_empty() {
                    <p class="hint results-keys">{ t.results_keys }</p>
                }
                <CopyScope>
                    <ol class="results" onkeydown={Callback::from(on_results_key)}>
                        { for results.hits.iter().map(|hit| result_item(hit, ui)) }
                    </ol>
                </CopyScope>
            }
        </section>
    }
}

/// Why a result matched, where the view says a reader may wonder ([`Match::as_typed`]).
fn match_badge(ui: UiLang, kind: Match) -> Html {
    if kind.as_typed() {
        return Html::default();
    }
    let t = tools(ui);
    let (class, text) = match kind {
        Match::Within => ("match-within", t.match_within),
        _ => ("match-fuzzy", t.match_fuzzy),
    };
    html! { <>{ " " }<span class={classes!("badge", "match", class)}>{ text }</span></> }
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
                { match_badge(ui, hit.kind) }
                { " " }<CopyButton text={term.text.clone()} />
            </div>
            if let Some(preferred) = &hit.preferred {
                <p class="result-preferred">
                    { s.preferred_term }{ ": " }{ lang_text(preferred, ui) }{ " " }{ lang_tag(ui, &preferred.lang) }
                    { " " }<CopyButton text={preferred.text.clone()} />
                </p>
            }
            if avoid {
                <p class="result-instead">{ instead_labelled(term) }</p>
            }
        </li>
    }
}
