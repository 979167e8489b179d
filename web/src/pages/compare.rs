//! Compare: two to four concepts side by side; one concept across chosen languages; one concept
//! across two releases, with the differences highlighted.

use luxterm::{Concept, Glossary, Status, Term, Version};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use super::concept_name;
use crate::adapter::{self, ChangeKind, Part};
use crate::components::badges::status_badge;
use crate::components::cite::citation;
use crate::components::link::AppLink;
use crate::components::text::{fallback_note, in_lang};
use crate::hooks::{use_list_param, use_param, use_ui};
use crate::i18n::{Strings, UN_LANGUAGES, UiLang, dir_of, lang_name};
use crate::route::{Query, Route};

/// The most concepts compared side by side.
pub const MAX_CONCEPTS: usize = 4;

fn select_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

/// Every concept as `(id, name, name's language)`, sorted by name in `lang`.
fn concept_options(lang: &str) -> Vec<(String, String, String)> {
    let mut out: Vec<_> = Glossary::embedded()
        .concepts()
        .iter()
        .map(|c| {
            let (name, _) = concept_name(c, lang);
            let (text, l) = name
                .map(|t| (t.text.to_string(), t.lang.to_string()))
                .unwrap_or((c.id.to_string(), "en".into()));
            (c.id.to_string(), text, l)
        })
        .collect();
    out.sort_by_key(|a| a.1.to_lowercase());
    out
}

/// Links between the three ways of comparing.
fn tabs(s: &Strings, current: u8, id: Option<&str>) -> Html {
    let with_id = |make: fn(String) -> Route| id.map(|id| make(id.to_string()));
    let items: [(u8, &str, Option<Route>, Query); 3] = [
        (
            0,
            s.compare_concepts,
            Some(Route::Compare),
            id.map(|i| vec![("c", i.to_string())]).unwrap_or_default(),
        ),
        (
            1,
            s.compare_languages,
            with_id(|id| Route::CompareLanguages { id }),
            Vec::new(),
        ),
        (
            2,
            s.compare_releases,
            with_id(|id| Route::CompareReleases { id }),
            Vec::new(),
        ),
    ];
    html! {
        <nav class="compare-tabs no-print" aria-label={s.compare_heading}>
            <ul>
                { for items.into_iter().map(|(n, label, route, query)| html! {
                    <li>
                        if let Some(route) = route {
                            <AppLink to={route} {query} current={n == current}>{ label }</AppLink>
                        } else {
                            <span class="disabled">{ label }</span>
                        }
                    </li>
                }) }
            </ul>
        </nav>
    }
}

fn name_cell(c: &Concept, lang: &str, ui: UiLang) -> Html {
    let (name, fell_back) = concept_name(c, lang);
    let (text, name_lang) = name
        .map(|t| (t.text.to_string(), t.lang.to_string()))
        .unwrap_or((c.id.to_string(), "en".into()));
    html! {
        <>
            <AppLink to={Route::Concept { id: c.id.to_string() }} lang={AttrValue::from(name_lang.clone())} dir={AttrValue::from(dir_of(&name_lang))}>{ text }</AppLink>
            if fell_back { { " " }{ fallback_note(ui, &name_lang) } }
        </>
    }
}

fn term_list(terms: &[&Term]) -> Html {
    if terms.is_empty() {
        return html! { <span class="empty">{ "—" }</span> };
    }
    html! {
        <ul class="cell-list">
            { for terms.iter().map(|t| html! { <li>{ in_lang(&t.lang, &t.text) }</li> }) }
        </ul>
    }
}

fn definition_cell(c: &Concept, lang: &str, ui: UiLang) -> Html {
    let own = c.definitions.iter().find(|d| d.lang == lang);
    let shown = own
        .or_else(|| c.definitions.iter().find(|d| d.lang == "en"))
        .or_else(|| c.definitions.first());
    match shown {
        None => html! { <span class="empty">{ "—" }</span> },
        Some(d) => html! {
            <>
                if own.is_none() { <p>{ fallback_note(ui, &d.lang) }</p> }
                <p lang={d.lang.to_string()} dir={dir_of(&d.lang)}>{ d.text.to_string() }</p>
            </>
        },
    }
}

/// Two to four concepts side by side (`/compare?c=a,b`).
#[function_component]
pub fn CompareConcepts() -> Html {
    let (ui, s, lang) = use_ui();
    use_effect_with(s.compare_heading, |t| super::set_title(t));
    let g = Glossary::embedded();
    let chosen: Vec<String> = use_list_param("c")
        .into_iter()
        .filter(|id| g.concept(id).is_some())
        .take(MAX_CONCEPTS)
        .collect();
    let navigator = use_navigator();
    let options = concept_options(&lang);
    let concepts: Vec<&Concept> = chosen.iter().filter_map(|id| g.concept(id)).collect();

    let on_pick = |slot: usize| {
        let (chosen, navigator) = (chosen.clone(), navigator.clone());
        Callback::from(move |e: Event| {
            let value = select_value(&e);
            let mut next = chosen.clone();
            if slot < next.len() {
                if value.is_empty() {
                    next.remove(slot);
                } else if let Some(x) = next.get_mut(slot) {
                    *x = value;
                }
            } else if !value.is_empty() {
                next.push(value);
            }
            if let Some(nav) = &navigator {
                let _ = nav.replace_with_query(&Route::Compare, vec![("c", next.join(","))]);
            }
        })
    };

    let row = |label: &str, cell: &dyn Fn(&Concept) -> Html| {
        html! {
            <tr>
                <th scope="row">{ label.to_string() }</th>
                { for concepts.iter().map(|c| html! { <td>{ cell(c) }</td> }) }
            </tr>
        }
    };
    let terms_with = |c: &Concept, pred: &dyn Fn(Status) -> bool| -> Html {
        let list: Vec<&Term> = c.terms_in(&lang).filter(|t| pred(t.status)).collect();
        term_list(&list)
    };

    html! {
        <div class="compare">
            <h1>{ s.compare_heading }</h1>
            { tabs(s, 0, chosen.first().map(String::as_str)) }
            <form class="compare-pickers no-print" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for (0..MAX_CONCEPTS).map(|slot| {
                    let id = format!("concept-{}", slot + 1);
                    let current = chosen.get(slot).cloned().unwrap_or_default();
                    html! {
                        <div class="field">
                            <label for={id.clone()}>{ format!("{} {}", s.concept_n, slot + 1) }</label>
                            <select id={id} onchange={on_pick(slot)} disabled={slot > chosen.len()}>
                                <option value="" selected={current.is_empty()}>{ s.choose }</option>
                                { for options.iter().map(|(value, text, l)| html! {
                                    <option value={value.clone()} lang={l.clone()} selected={*value == current}>{ text.clone() }</option>
                                }) }
                            </select>
                        </div>
                    }
                }) }
            </form>
            if concepts.len() < 2 {
                <p class="hint">{ s.pick_two }</p>
            }
            if !concepts.is_empty() {
                <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
                    <table class="compare-table">
                        <caption id="compare-caption">{ format!("{} · {}", s.compare_heading, lang_name(ui, &lang)) }</caption>
                        <thead>
                            <tr>
                                <td></td>
                                { for concepts.iter().map(|c| html! { <th scope="col">{ name_cell(c, &lang, ui) }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { row(s.preferred_term, &|c| terms_with(c, &|st| st == Status::Preferred)) }
                            { row(s.other_terms, &|c| terms_with(c, &|st| matches!(st, Status::Admitted | Status::UseWithCaution))) }
                            { row(s.terms_to_avoid, &|c| terms_with(c, &|st| st == Status::Avoid)) }
                            { row(s.definition, &|c| definition_cell(c, &lang, ui)) }
                            { row(s.category, &|c| html! { { s.category(c.category) } }) }
                            { row(s.legal_terms, &|c| {
                                let legal: Vec<&Term> = c.terms_in(&lang).filter(|t| !t.legal_term_of.is_empty()).collect();
                                html! {
                                    <ul class="cell-list">
                                        { for legal.iter().map(|t| html! {
                                            <li>{ in_lang(&t.lang, &t.text) }{ ": " }{ for t.legal_term_of.iter().map(|x| html! { <>{ citation(x, ui, s) }{ " " }</> }) }</li>
                                        }) }
                                    </ul>
                                }
                            }) }
                            { row(s.provisions, &|c| html! {
                                <ul class="cell-list">
                                    { for c.citations.iter().map(|e| html! { <li>{ citation(&e.citation, ui, s) }</li> }) }
                                </ul>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </div>
    }
}

/// Properties of the views of one concept.
#[derive(Properties, PartialEq, Clone)]
pub struct OneConceptProps {
    /// The concept's id.
    pub id: AttrValue,
}

/// One concept across the languages a translator picks (`?langs=en,fr,ar`).
#[function_component]
pub fn CompareLanguages(props: &OneConceptProps) -> Html {
    let (ui, s, lang) = use_ui();
    use_effect_with(s.compare_languages, |t| super::set_title(t));
    let g = Glossary::embedded();
    let navigator = use_navigator();
    let asked = use_list_param("langs");
    let Some(c) = g.concept(&props.id) else {
        return html! { <super::not_found::NotFound /> };
    };
    let mut available: Vec<String> = UN_LANGUAGES.iter().map(|l| l.to_string()).collect();
    for l in c.languages() {
        if !available.iter().any(|x| x == l) {
            available.push(l.to_string());
        }
    }
    let chosen: Vec<String> = if asked.is_empty() {
        let mut v = vec![lang.clone()];
        if lang != "en" {
            v.push("en".into());
        }
        v
    } else {
        available
            .iter()
            .filter(|l| asked.contains(l))
            .cloned()
            .collect()
    };
    let toggle = |l: String| {
        let (chosen, navigator, id) = (chosen.clone(), navigator.clone(), props.id.to_string());
        let order = available.clone();
        Callback::from(move |_: Event| {
            let mut next: Vec<String> = chosen.clone();
            if let Some(i) = next.iter().position(|x| *x == l) {
                next.remove(i);
            } else {
                next.push(l.clone());
            }
            next.sort_by_key(|x| order.iter().position(|o| o == x));
            if let Some(nav) = &navigator {
                let _ = nav.replace_with_query(
                    &Route::CompareLanguages { id: id.clone() },
                    vec![("langs", next.join(","))],
                );
            }
        })
    };
    let cell = |l: &str, pred: &dyn Fn(Status) -> bool| {
        let list: Vec<&Term> = c.terms_in(l).filter(|t| pred(t.status)).collect();
        term_list(&list)
    };
    html! {
        <div class="compare">
            <h1>{ s.compare_languages }{ ": " }{ name_cell(c, &lang, ui) }</h1>
            { tabs(s, 1, Some(&props.id)) }
            <fieldset class="lang-choices no-print">
                <legend>{ s.languages_legend }</legend>
                { for available.iter().map(|l| {
                    let id = format!("lang-{l}");
                    html! {
                        <span class="check">
                            <input type="checkbox" id={id.clone()} checked={chosen.contains(l)} onchange={toggle(l.clone())} />
                            <label for={id}>{ lang_name(ui, l) }</label>
                        </span>
                    }
                }) }
            </fieldset>
            <div class="table-scroll" role="region" aria-labelledby="langs-caption" tabindex="0">
                <table class="compare-table">
                    <caption id="langs-caption">{ s.compare_languages }</caption>
                    <thead>
                        <tr>
                            <td></td>
                            { for chosen.iter().map(|l| html! { <th scope="col">{ lang_name(ui, l) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for [Status::Preferred, Status::Admitted, Status::UseWithCaution, Status::Avoid].into_iter().map(|st| html! {
                            <tr>
                                <th scope="row">{ status_badge(s, st) }</th>
                                { for chosen.iter().map(|l| html! { <td>{ cell(l, &|x| x == st) }</td> }) }
                            </tr>
                        }) }
                        <tr>
                            <th scope="row">{ s.definition }</th>
                            { for chosen.iter().map(|l| html! {
                                <td>
                                    if let Some(d) = c.definitions.iter().find(|d| d.lang == *l) {
                                        <p lang={d.lang.to_string()} dir={dir_of(&d.lang)}>{ d.text.to_string() }</p>
                                    } else {
                                        <span class="empty">{ "—" }</span>
                                    }
                                </td>
                            }) }
                        </tr>
                        <tr>
                            <th scope="row">{ s.legal_terms }</th>
                            { for chosen.iter().map(|l| html! {
                                <td>
                                    <ul class="cell-list">
                                        { for c.terms_in(l).filter(|t| !t.legal_term_of.is_empty()).map(|t| html! {
                                            <li>{ in_lang(&t.lang, &t.text) }{ ": " }{ for t.legal_term_of.iter().map(|x| html! { <>{ citation(x, ui, s) }{ " " }</> }) }</li>
                                        }) }
                                    </ul>
                                </td>
                            }) }
                        </tr>
                    </tbody>
                </table>
            </div>
        </div>
    }
}

/// One concept across two releases, differences highlighted (`?from=0.1.0&to=0.2.0`).
#[function_component]
pub fn CompareReleases(props: &OneConceptProps) -> Html {
    let (ui, s, lang) = use_ui();
    use_effect_with(s.compare_releases, |t| super::set_title(t));
    let g = Glossary::embedded();
    let navigator = use_navigator();
    let from_param = use_param("from");
    let to_param = use_param("to");
    let Some(c) = g.concept(&props.id) else {
        return html! { <super::not_found::NotFound /> };
    };
    let releases: Vec<Version> = g.releases().iter().map(|r| r.version).collect();
    let pick = |p: Option<String>, default: Option<&Version>| {
        p.and_then(|v| v.parse::<Version>().ok())
            .filter(|v| releases.contains(v))
            .or(default.copied())
    };
    let from = pick(from_param, releases.first());
    let to = pick(to_param, releases.last());
    let on_change = |which: &'static str| {
        let (navigator, id) = (navigator.clone(), props.id.to_string());
        let (from, to) = (
            from.map(|v| v.to_string()).unwrap_or_default(),
            to.map(|v| v.to_string()).unwrap_or_default(),
        );
        Callback::from(move |e: Event| {
            let value = select_value(&e);
            let (f, t) = if which == "from" {
                (value, to.clone())
            } else {
                (from.clone(), value)
            };
            if let Some(nav) = &navigator {
                let _ = nav.replace_with_query(
                    &Route::CompareReleases { id: id.clone() },
                    vec![("from", f), ("to", t)],
                );
            }
        })
    };
    let picker = |id: &'static str, label: &str, current: Option<Version>| {
        html! {
            <div class="field">
                <label for={id}>{ label.to_string() }</label>
                <select {id} onchange={on_change(if id == "release-from" { "from" } else { "to" })}>
                    { for releases.iter().map(|v| html! { <option value={v.to_string()} selected={Some(*v) == current}>{ v.to_string() }</option> }) }
                </select>
            </div>
        }
    };
    let old = from.and_then(|v| c.as_of(v));
    let new = to.and_then(|v| c.as_of(v));
    let empty = Concept {
        terms: Default::default(),
        definitions: Default::default(),
        guidance: Default::default(),
        citations: Default::default(),
        relations: Default::default(),
        history: Default::default(),
        ..c.clone()
    };
    let changes = adapter::diff(
        old.as_ref().unwrap_or(&empty),
        new.as_ref().unwrap_or(&empty),
    );
    let value = |part: Part, v: &Option<String>| -> Html {
        match v {
            None => html! {},
            Some(v) if part == Part::Term => html! { { status_label(s, v) } },
            Some(v) => html! { { v.clone() } },
        }
    };
    html! {
        <div class="compare">
            <h1>{ s.compare_releases }{ ": " }{ name_cell(c, &lang, ui) }</h1>
            { tabs(s, 2, Some(&props.id)) }
            <form class="release-pickers no-print" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { picker("release-from", s.from_release, from) }
                { picker("release-to", s.to_release, to) }
            </form>
            if releases.len() < 2 {
                <p class="hint">{ s.one_release_only }</p>
            } else if changes.is_empty() {
                <p class="hint">{ s.no_differences }</p>
            } else {
                <div class="table-scroll" role="region" aria-labelledby="diff-caption" tabindex="0">
                    <table class="diff-table">
                        <caption id="diff-caption">{ format!("{} {} → {}", s.compare_releases, from.map(|v| v.to_string()).unwrap_or_default(), to.map(|v| v.to_string()).unwrap_or_default()) }</caption>
                        <thead><tr><th scope="col">{ s.parts[0] }</th><th scope="col">{ "" }</th><th scope="col">{ s.before }</th><th scope="col">{ s.after }</th></tr></thead>
                        <tbody>
                            { for changes.iter().map(|ch| {
                                let (class, label) = match ch.kind {
                                    ChangeKind::Added => ("added", s.added),
                                    ChangeKind::Removed => ("removed", s.removed),
                                    ChangeKind::Changed => ("changed", s.changed),
                                };
                                let entry_lang = ch.lang.clone().unwrap_or_else(|| "en".into());
                                let value_lang = (ch.part == Part::Definition).then(|| entry_lang.clone());
                                html! {
                                    <tr class={class}>
                                        <th scope="row">{ part_label(s, ch.part) }{ " · " }<span class="badge">{ label }</span></th>
                                        <td>
                                            if let Some(l) = &ch.lang { <span class="badge lang">{ lang_name(ui, l) }</span>{ " " } }
                                            <span lang={entry_lang.clone()} dir={dir_of(&entry_lang)}>{ ch.key.clone() }</span>
                                        </td>
                                        <td>if ch.before.is_some() { <del lang={value_lang.clone()}>{ value(ch.part, &ch.before) }</del> }</td>
                                        <td>if ch.after.is_some() { <ins lang={value_lang.clone()}>{ value(ch.part, &ch.after) }</ins> }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </div>
    }
}

fn part_label(s: &Strings, part: Part) -> &'static str {
    let i = match part {
        Part::Category => 0,
        Part::Term => 1,
        Part::Definition => 2,
        Part::Guidance => 3,
        Part::Citation => 4,
        Part::Relation => 5,
    };
    s.parts.get(i).copied().unwrap_or_default()
}

fn status_label(s: &Strings, value: &str) -> String {
    [
        Status::Preferred,
        Status::Admitted,
        Status::UseWithCaution,
        Status::Avoid,
    ]
    .into_iter()
    .find(|st| st.as_str() == value)
    .map(|st| s.status(st).to_string())
    .unwrap_or_else(|| value.to_string())
}
