//! A language pair (`/compare/pair?from=fr&to=ar`, `&c=child` for one concept): each concept's
//! terms in a source and a target language side by side, status by status, every cell in its
//! own language and direction. The table is the core's [`luxterm::view::LanguagePair`]; the pair
//! shown when none is asked is the core's too ([`luxterm::Glossary::default_pair`]).

use luxterm::view::{PairSide, Reader};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use super::concept_link;
use crate::components::badges::{lang_tag, status_badge};
use crate::components::copy::{CopyButton, CopyScope};
use crate::components::link::AppLink;
use crate::hooks::{use_list_param, use_param, use_ui};
use crate::i18n::{UiLang, lang_name};
use crate::i18n_tools::tools;
use crate::route::{Query, Route};

fn select_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

/// The query of a pair's URL.
fn pair_query(from: &str, to: &str, ids: &[String]) -> Query {
    let mut q = vec![("from", from.to_string()), ("to", to.to_string())];
    if !ids.is_empty() {
        q.push(("c", ids.join(",")));
    }
    q
}

/// One side of one concept: its terms by status, in the side's language.
fn side_cell(side: &PairSide, ui: UiLang) -> Html {
    let s = ui.s();
    let empty = side.groups.iter().all(|g| g.terms.is_empty());
    html! {
        <td class="pair-cell" lang={side.lang.clone()} dir={side.dir.as_str()} data-lang={side.lang.clone()}>
            { lang_tag(ui, &side.lang) }
            if empty {
                <p class="missing" lang={ui.code()} dir={ui.dir()}>{ s.no_term_yet }</p>
            }
            { for side.groups.iter().map(|g| html! {
                if !g.terms.is_empty() {
                    <div class={classes!("pair-group", format!("group-{}", g.status.as_str()))}>
                        <span lang={ui.code()} dir={ui.dir()}>{ status_badge(s, g.status) }</span>
                        <ul class="cell-list">
                            { for g.terms.iter().map(|t| html! {
                                <li>
                                    <span class="term-text">{ t.text.clone() }</span>
                                    { " " }<span lang={ui.code()} dir={ui.dir()}><CopyButton text={t.text.clone()} /></span>
                                </li>
                            }) }
                        </ul>
                    </div>
                }
            }) }
        </td>
    }
}

/// The language pair page.
#[function_component]
pub fn ComparePair() -> Html {
    let (ui, s, lang) = use_ui();
    let t = tools(ui);
    let g = crate::data::glossary();
    let reader = Reader::new(ui.code()).with_terms(&lang);
    let (default_from, default_to) = g.default_pair(&reader);
    let from = use_param("from").unwrap_or(default_from);
    let to = use_param("to").unwrap_or(default_to);
    let ids = use_list_param("c");
    let navigator = use_navigator();
    let label = format!("{from} → {to}");
    {
        let title = format!("{} {label}", t.language_pair);
        use_effect_with(title, |t| super::set_title(t));
    }
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let Ok(pair) = g.language_pair(&from, &to, &refs, &reader) else {
        return html! { <super::not_found::NotFound /> };
    };
    let go = {
        let (navigator, ids) = (navigator.clone(), ids.clone());
        move |from: String, to: String| {
            if let Some(nav) = &navigator {
                let _ = nav.replace_with_query(&Route::ComparePair, pair_query(&from, &to, &ids));
            }
        }
    };
    let on_from = {
        let (go, to) = (go.clone(), to.clone());
        Callback::from(move |e: Event| go(select_value(&e), to.clone()))
    };
    let on_to = {
        let (go, from) = (go.clone(), from.clone());
        Callback::from(move |e: Event| go(from.clone(), select_value(&e)))
    };
    let on_swap = {
        let (go, from, to) = (go.clone(), from.clone(), to.clone());
        Callback::from(move |_: MouseEvent| go(to.clone(), from.clone()))
    };
    let picker = |id: &'static str, label: &str, chosen: &str, onchange: Callback<Event>| {
        html! {
            <div class="field-inline">
                <label for={id}>{ label.to_string() }</label>
                <select id={id} {onchange}>
                    { for pair.available.iter().map(|l| html! {
                        <option value={l.clone()} selected={l == chosen}>{ format!("{} ({l})", lang_name(ui, l)) }</option>
                    }) }
                </select>
            </div>
        }
    };
    let names = format!(
        "{} → {}",
        lang_name(ui, &pair.source),
        lang_name(ui, &pair.target)
    );
    html! {
        <div class="compare pair">
            <h1>
                { t.language_pair }{ ": " }
                <bdi class="pair-label" lang="en" dir="ltr">{ label.clone() }</bdi>
            </h1>
            <p class="pair-names">{ names.clone() }{ " · " }{ t.pair_intro }</p>
            <ul class="actions no-print">
                if let [one] = ids.as_slice() {
                    <li><AppLink to={Route::CompareLanguages { id: one.clone() }}>{ s.compare_languages }</AppLink></li>
                }
                if !ids.is_empty() {
                    <li><AppLink to={Route::ComparePair} query={pair_query(&from, &to, &[])} classes="pair-all">{ t.all_concepts }</AppLink></li>
                }
            </ul>
            <form class="pair-pickers no-print" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { picker("pair-from", t.source_language, &from, on_from) }
                <button type="button" class="pair-swap" onclick={on_swap}>{ "⇄ " }{ t.swap }</button>
                { picker("pair-to", t.target_language, &to, on_to) }
            </form>
            <CopyScope>
                <div class="table-scroll" role="region" aria-labelledby="pair-caption" tabindex="0">
                    <table class="compare-table pair-table">
                        <caption id="pair-caption">{ format!("{} · {label} · {names}", t.language_pair) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t.concept }</th>
                                <th scope="col" lang={ui.code()}>{ lang_name(ui, &pair.source) }{ " " }<span class="lang-code" lang="en">{ format!("({})", pair.source) }</span></th>
                                <th scope="col" lang={ui.code()}>{ lang_name(ui, &pair.target) }{ " " }<span class="lang-code" lang="en">{ format!("({})", pair.target) }</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            { for pair.rows.iter().map(|row| html! {
                                <tr>
                                    <th scope="row">{ concept_link(&row.concept, ui) }</th>
                                    { side_cell(&row.source, ui) }
                                    { side_cell(&row.target, ui) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </CopyScope>
        </div>
    }
}
