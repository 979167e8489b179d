//! Compare: two to four concepts side by side; one concept across chosen languages; one concept
//! across instruments (the element matrix); one concept across two releases, differences
//! highlighted. The tables come from the core (`luxterm::compare`, `luxterm::diff`); this module
//! only lays them out.

use luxterm::compare::Localised;
use luxterm::diff::{ChangeKind, WordChange};
use luxterm::model::CellValue;
use luxterm::{Status, Term, Version};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use super::{concept_name, name_link, name_link_by_id};
use crate::components::badges::status_badge;
use crate::components::cite::citation;
use crate::components::link::AppLink;
use crate::components::text::{fallback_note, in_lang, localized};
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
    let mut out: Vec<_> = crate::data::glossary()
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
    luxterm::sort::sort_by_key(&mut out, |a| a.1.to_lowercase());
    out
}

/// Links between the four ways of comparing.
fn tabs(s: &Strings, current: u8, id: Option<&str>) -> Html {
    let with_id = |make: fn(String) -> Route| id.map(|id| make(id.to_string()));
    let items: [(u8, &str, Option<Route>, Query); 4] = [
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
            s.compare_instruments,
            with_id(|id| Route::CompareInstruments { id }),
            Vec::new(),
        ),
        (
            3,
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

/// A concept's name (preferred term in `lang`), linked to its page.
fn empty() -> Html {
    html! { <span class="empty">{ "—" }</span> }
}

fn term_list(terms: &[&Term], s: &Strings, with_status: bool) -> Html {
    if terms.is_empty() {
        return empty();
    }
    html! {
        <ul class="cell-list">
            { for terms.iter().map(|t| html! {
                <li>
                    { in_lang(&t.lang, &t.text) }
                    if with_status { { " " }{ status_badge(s, t.status) } }
                </li>
            }) }
        </ul>
    }
}

fn localised_term(t: &Option<Localised<&Term>>, ui: UiLang) -> Html {
    match t {
        None => empty(),
        Some(l) => html! {
            <>
                { in_lang(&l.value.lang, &l.value.text) }
                if l.fallback { { " " }{ fallback_note(ui, &l.value.lang) } }
            </>
        },
    }
}

fn localised_definition(d: &Option<Localised<&luxterm::Definition>>, ui: UiLang) -> Html {
    match d {
        None => empty(),
        Some(l) => html! {
            <>
                if l.fallback { <p>{ fallback_note(ui, &l.value.lang) }</p> }
                <p lang={l.value.lang.to_string()} dir={dir_of(&l.value.lang)}>{ l.value.text.to_string() }</p>
            </>
        },
    }
}

fn legal_terms(terms: &[&Term], ui: UiLang, s: &Strings) -> Html {
    if terms.is_empty() {
        return empty();
    }
    html! {
        <ul class="cell-list">
            { for terms.iter().map(|t| html! {
                <li>
                    { in_lang(&t.lang, &t.text) }{ ": " }
                    { for t.legal_term_of.iter().map(|x| html! { <>{ citation(x, ui, s) }{ " " }</> }) }
                </li>
            }) }
        </ul>
    }
}

/// Two to four concepts side by side (`/compare?c=a,b`).
#[function_component]
pub fn CompareConcepts() -> Html {
    let (ui, s, lang) = use_ui();
    use_effect_with(s.compare_heading, |t| super::set_title(t));
    let g = crate::data::glossary();
    let chosen: Vec<String> = use_list_param("c")
        .into_iter()
        .filter(|id| g.concept(id).is_some())
        .take(MAX_CONCEPTS)
        .collect();
    let navigator = use_navigator();
    let options = concept_options(&lang);
    let ids: Vec<&str> = chosen.iter().map(String::as_str).collect();
    let table = g
        .compare_concepts(&ids, &lang)
        .ok()
        .filter(|t| !t.columns.is_empty());

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
            if chosen.len() < 2 {
                <p class="hint">{ s.pick_two }</p>
            }
            if let Some(table) = table {
                <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
                    <table class="compare-table">
                        <caption id="compare-caption">{ format!("{} · {}", s.compare_concepts, lang_name(ui, &lang)) }</caption>
                        <thead>
                            <tr>
                                <td></td>
                                { for table.columns.iter().map(|c| html! { <th scope="col">{ name_link_by_id(c.id, &lang, ui) }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            <tr>
                                <th scope="row">{ s.preferred_term }</th>
                                { for table.columns.iter().map(|c| html! { <td>{ localised_term(&c.preferred, ui) }</td> }) }
                            </tr>
                            <tr>
                                <th scope="row">{ s.other_terms }</th>
                                { for table.columns.iter().map(|c| html! { <td>{ term_list(&c.other_terms, s, true) }</td> }) }
                            </tr>
                            <tr>
                                <th scope="row">{ s.definition }</th>
                                { for table.columns.iter().map(|c| html! { <td>{ localised_definition(&c.definition, ui) }</td> }) }
                            </tr>
                            <tr>
                                <th scope="row">{ s.category }</th>
                                { for table.columns.iter().map(|c| html! {
                                    <td>{ g.concept(c.id).map(|x| s.category(x.category)).unwrap_or_default() }</td>
                                }) }
                            </tr>
                            <tr>
                                <th scope="row">{ s.legal_terms }</th>
                                { for table.columns.iter().map(|c| {
                                    let legal: Vec<&Term> = g.concept(c.id).map(|x| x.terms_in(&lang).filter(|t| !t.legal_term_of.is_empty()).collect()).unwrap_or_default();
                                    html! { <td>{ legal_terms(&legal, ui, s) }</td> }
                                }) }
                            </tr>
                            <tr>
                                <th scope="row">{ s.provisions }</th>
                                { for table.columns.iter().map(|c| html! {
                                    <td>
                                        <ul class="cell-list">
                                            { for c.citations.iter().map(|x| html! { <li>{ citation(x, ui, s) }</li> }) }
                                        </ul>
                                    </td>
                                }) }
                            </tr>
                            <tr>
                                <th scope="row">{ s.related_heading }</th>
                                { for table.columns.iter().map(|c| html! {
                                    <td>
                                        <ul class="cell-list">
                                            { for [
                                                (luxterm::RelationKind::Broader, &c.broader),
                                                (luxterm::RelationKind::Narrower, &c.narrower),
                                                (luxterm::RelationKind::Related, &c.related),
                                            ].into_iter().flat_map(|(kind, ids)| ids.iter().map(move |id| (kind, id))).map(|(kind, id)| html! {
                                                <li>{ s.relation(kind) }{ ": " }{ name_link_by_id(id, &lang, ui) }</li>
                                            }) }
                                        </ul>
                                    </td>
                                }) }
                            </tr>
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
    let g = crate::data::glossary();
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
            luxterm::sort::sort_by_key(&mut next, |x| order.iter().position(|o| o == x));
            if let Some(nav) = &navigator {
                let _ = nav.replace_with_query(
                    &Route::CompareLanguages { id: id.clone() },
                    vec![("langs", next.join(","))],
                );
            }
        })
    };
    let langs: Vec<&str> = chosen.iter().map(String::as_str).collect();
    let columns = if langs.is_empty() {
        Vec::new()
    } else {
        g.compare_languages(&c.id, &langs)
            .map(|t| t.columns)
            .unwrap_or_default()
    };
    let statuses = [
        Status::Preferred,
        Status::Admitted,
        Status::UseWithCaution,
        Status::Avoid,
    ];
    html! {
        <div class="compare">
            <h1>{ s.compare_languages }{ ": " }{ name_link(c, &lang, ui) }</h1>
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
            if !columns.is_empty() {
                <div class="table-scroll" role="region" aria-labelledby="langs-caption" tabindex="0">
                    <table class="compare-table">
                        <caption id="langs-caption">{ s.compare_languages }</caption>
                        <thead>
                            <tr>
                                <td></td>
                                { for columns.iter().map(|col| html! { <th scope="col">{ lang_name(ui, &col.lang) }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for statuses.into_iter().map(|st| html! {
                                <tr>
                                    <th scope="row">{ status_badge(s, st) }</th>
                                    { for columns.iter().map(|col| {
                                        let terms: Vec<&Term> = col.terms.iter().copied().filter(|t| t.status == st).collect();
                                        html! { <td>{ term_list(&terms, s, false) }</td> }
                                    }) }
                                </tr>
                            }) }
                            <tr>
                                <th scope="row">{ s.definition }</th>
                                { for columns.iter().map(|col| html! { <td>{ localised_definition(&col.definition, ui) }</td> }) }
                            </tr>
                            <tr>
                                <th scope="row">{ s.legal_terms }</th>
                                { for columns.iter().map(|col| {
                                    let legal: Vec<&Term> = col.terms.iter().copied().filter(|t| !t.legal_term_of.is_empty()).collect();
                                    html! { <td>{ legal_terms(&legal, ui, s) }</td> }
                                }) }
                            </tr>
                        </tbody>
                    </table>
                </div>
            }
        </div>
    }
}

fn cell_value(s: &Strings, v: CellValue) -> Html {
    let (i, class) = match v {
        CellValue::Yes => (0, "cell-yes"),
        CellValue::No => (1, "cell-no"),
        CellValue::Optional => (2, "cell-optional"),
        CellValue::Partly => (3, "cell-partly"),
        CellValue::NotAddressed => (4, "cell-not-addressed"),
    };
    html! { <span class={classes!("badge", class)}>{ s.cell_values.get(i).copied().unwrap_or_default() }</span> }
}

/// One concept's definitions across instruments: defining provisions, legal terms, and the
/// element matrix with a citation in every cell.
#[function_component]
pub fn CompareInstruments(props: &OneConceptProps) -> Html {
    let (ui, s, lang) = use_ui();
    use_effect_with(s.compare_instruments, |t| super::set_title(t));
    let g = crate::data::glossary();
    let Some(c) = g.concept(&props.id) else {
        return html! { <super::not_found::NotFound /> };
    };
    let Ok(matrix) = g.compare_instruments(&c.id) else {
        return html! { <super::not_found::NotFound /> };
    };
    let short = |id: &str| g.short_name(id, ui.code()).to_string();
    html! {
        <div class="compare">
            <h1>{ s.compare_instruments }{ ": " }{ name_link(c, &lang, ui) }</h1>
            { tabs(s, 2, Some(&props.id)) }
            if matrix.columns.is_empty() {
                <p class="hint">{ s.no_matrix }</p>
            } else {
                <div class="table-scroll" role="region" aria-labelledby="matrix-caption" tabindex="0">
                    <table class="compare-table matrix">
                        <caption id="matrix-caption">{ s.compare_instruments }</caption>
                        <thead>
                            <tr>
                                <td></td>
                                { for matrix.columns.iter().map(|col| html! {
                                    <th scope="col">
                                        <AppLink to={Route::Instrument { id: col.instrument.id.to_string() }}>{ short(&col.instrument.id) }</AppLink>
                                        <span class="year">{ format!(" ({})", col.instrument.adopted.year) }</span>
                                    </th>
                                }) }
                            </tr>
                        </thead>
                        <tbody>
                            <tr>
                                <th scope="row">{ s.defining_provisions }</th>
                                { for matrix.columns.iter().map(|col| html! {
                                    <td>
                                        if col.definitions.is_empty() { { empty() } }
                                        <ul class="cell-list">
                                            { for col.definitions.iter().map(|p| html! {
                                                <li>
                                                    <AppLink to={Route::Instrument { id: col.instrument.id.to_string() }} query={vec![("p", p.path.to_string())]}>{ format!("{} {}", short(&col.instrument.id), p.path) }</AppLink>
                                                </li>
                                            }) }
                                        </ul>
                                    </td>
                                }) }
                            </tr>
                            <tr>
                                <th scope="row">{ s.legal_terms }</th>
                                { for matrix.columns.iter().map(|col| {
                                    let own: Vec<&Term> = col.legal_terms.iter().copied().filter(|t| t.lang == lang).collect();
                                    let shown = if own.is_empty() { col.legal_terms.iter().copied().filter(|t| t.lang == "en").collect() } else { own };
                                    html! { <td>{ term_list(&shown, s, true) }</td> }
                                }) }
                            </tr>
                            { for matrix.rows.iter().map(|row| html! {
                                <tr>
                                    <th scope="row">
                                        { localized(&row.element.label, ui.code(), ui).unwrap_or_else(|| html! { { row.element.id.to_string() } }) }
                                        if let Some(q) = localized(&row.element.question, ui.code(), ui) { <p class="question">{ q }</p> }
                                    </th>
                                    { for row.cells.iter().map(|cell| html! {
                                        <td>
                                            if let Some(cell) = cell {
                                                { cell_value(s, cell.value) }
                                                if let Some(detail) = localized(&cell.detail, ui.code(), ui) { <p class="detail">{ detail }</p> }
                                                <p class="source">{ citation(&cell.cite, ui, s) }</p>
                                            } else {
                                                { empty() }
                                            }
                                        </td>
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </div>
    }
}

/// The language of a changed entry's text, from the core's field name (`definition fr`).
fn change_lang(field: &str) -> Option<&str> {
    field
        .strip_prefix("definition ")
        .and_then(|rest| rest.split(' ').next())
}

fn words(changes: &[WordChange], lang: Option<&str>) -> Html {
    html! {
        <p class="word-diff" lang={lang.map(str::to_string)} dir={lang.map(dir_of).unwrap_or("auto")}>
            { for changes.iter().map(|w| match w {
                WordChange::Same(t) => html! { { t.clone() } },
                WordChange::Removed(t) => html! { <del>{ t.clone() }</del> },
                WordChange::Added(t) => html! { <ins>{ t.clone() }</ins> },
            }) }
        </p>
    }
}

/// One concept across two releases, differences highlighted (`?from=0.1.0&to=0.2.0`).
#[function_component]
pub fn CompareReleases(props: &OneConceptProps) -> Html {
    let (ui, s, lang) = use_ui();
    use_effect_with(s.compare_releases, |t| super::set_title(t));
    let g = crate::data::glossary();
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
    let picker = |id: &'static str, which: &'static str, label: &str, current: Option<Version>| {
        html! {
            <div class="field">
                <label for={id}>{ label.to_string() }</label>
                <select {id} onchange={on_change(which)}>
                    { for releases.iter().map(|v| html! { <option value={v.to_string()} selected={Some(*v) == current}>{ v.to_string() }</option> }) }
                </select>
            </div>
        }
    };
    let diff = match (from, to) {
        (Some(f), Some(t)) => g.concept_diff(&c.id, f, t).ok().flatten(),
        _ => None,
    };
    let version = |v: Option<Version>| v.map(|v| v.to_string()).unwrap_or_default();
    html! {
        <div class="compare">
            <h1>{ s.compare_releases }{ ": " }{ name_link(c, &lang, ui) }</h1>
            { tabs(s, 3, Some(&props.id)) }
            <form class="release-pickers no-print" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { picker("release-from", "from", s.from_release, from) }
                { picker("release-to", "to", s.to_release, to) }
            </form>
            if releases.len() < 2 {
                <p class="hint">{ s.one_release_only }</p>
            }
            if let Some(diff) = diff {
                <p>{ change_kind(s, diff.kind) }</p>
                <div class="table-scroll" role="region" aria-labelledby="diff-caption" tabindex="0">
                    <table class="diff-table">
                        <caption id="diff-caption">{ format!("{} {} → {}", s.compare_releases, version(from), version(to)) }</caption>
                        <thead><tr><th scope="col">{ s.entry }</th><th scope="col">{ s.before }</th><th scope="col">{ s.after }</th></tr></thead>
                        <tbody>
                            { for diff.changes.iter().map(|ch| {
                                let class = match ch.kind {
                                    ChangeKind::Added => "added",
                                    ChangeKind::Removed => "removed",
                                    ChangeKind::Modified => "changed",
                                };
                                let value_lang = change_lang(&ch.field);
                                html! {
                                    <tr class={class}>
                                        <th scope="row"><span lang="en" dir="auto">{ ch.field.clone() }</span>{ " " }<span class="badge">{ change_kind(s, ch.kind) }</span></th>
                                        if ch.words.is_empty() {
                                            <td>if let Some(old) = &ch.old { <del lang={value_lang.map(str::to_string)} dir="auto">{ old.clone() }</del> }</td>
                                            <td>if let Some(new) = &ch.new { <ins lang={value_lang.map(str::to_string)} dir="auto">{ new.clone() }</ins> }</td>
                                        } else {
                                            <td colspan="2">{ words(&ch.words, value_lang) }</td>
                                        }
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            } else if releases.len() >= 2 {
                <p class="hint">{ s.no_differences }</p>
            }
        </div>
    }
}

fn change_kind(s: &Strings, kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Added => s.added,
        ChangeKind::Removed => s.removed,
        ChangeKind::Modified => s.changed,
    }
}
