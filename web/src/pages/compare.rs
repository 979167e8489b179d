//! Compare: two to four concepts side by side; one concept across chosen languages; one concept
//! across instruments (the element matrix); one concept across two releases, differences
//! highlighted. The tables come from the core (`luxterm::compare`, `luxterm::diff`); this module
//! only lays them out.

use luxterm::Version;
use luxterm::diff::{Change, ChangeKind, Entry, FieldChange, Value, WordChange};
use luxterm::model::CellValue;
use luxterm::view::{DefinitionView, Reader, TermView};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use super::concept_link;
use crate::components::badges::status_badge;
use crate::components::cite::{CiteTable, citation};
use crate::components::download::{Offer, download_menu};
use crate::components::link::AppLink;
use crate::components::text::{data, fallback_note, in_lang, lang_para, lang_text};
use crate::hooks::{use_list_param, use_param, use_ui};
use crate::i18n::{Strings, UiLang, lang_name};
use crate::route::{Query, Route};

/// The most concepts compared side by side.
pub const MAX_CONCEPTS: usize = 4;

fn select_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

/// Links between the four ways of comparing.
fn tabs(s: &Strings, current: u8, id: Option<&str>) -> Html {
    let with_id = |make: fn(String) -> Route| id.map(|id| make(id.to_string()));
    let items: [(u8, &str, Option<Route>, Query); 5] = [
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
        (
            4,
            crate::i18n_tools::tools_for(s).language_pair,
            Some(Route::ComparePair),
            id.map(|i| vec![("c", i.to_string())]).unwrap_or_default(),
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
                            <span class="disabled" role="link" aria-disabled="true" aria-describedby="tabs-why">{ label }</span>
                        }
                    </li>
                }) }
            </ul>
            if id.is_none() {
                <p id="tabs-why" class="hint tabs-why">{ s.matrix.tabs_need_concept }</p>
            }
        </nav>
    }
}

/// A concept's name (preferred term in `lang`), linked to its page.
fn empty() -> Html {
    html! { <span class="empty">{ "—" }</span> }
}

fn term_list(terms: &[TermView], s: &Strings, with_status: bool) -> Html {
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

fn preferred_term(t: Option<&TermView>, fallback: bool, ui: UiLang) -> Html {
    match t {
        None => empty(),
        Some(t) => html! {
            <>
                { in_lang(&t.lang, &t.text) }
                if fallback { { " " }{ fallback_note(ui, &t.lang) } }
            </>
        },
    }
}

fn definition(d: Option<&DefinitionView>, ui: UiLang) -> Html {
    match d {
        None => empty(),
        Some(d) => lang_para(&d.text, ui, "definition-text"),
    }
}

fn legal_terms(terms: &[TermView], s: &Strings) -> Html {
    if terms.is_empty() {
        return empty();
    }
    html! {
        <ul class="cell-list">
            { for terms.iter().map(|t| html! {
                <li>
                    { in_lang(&t.lang, &t.text) }{ ": " }
                    { for t.legal_term_of.iter().map(|x| html! { <>{ citation(x, s) }{ " " }</> }) }
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
        .filter(|id| g.concept(id).is_some()) // tidy:allow(filter): ids from the URL, not data
        .take(MAX_CONCEPTS)
        .collect();
    let navigator = use_navigator();
    let options = g.concept_list(None, &Reader::new(ui.code()).with_terms(&lang));
    let ids: Vec<&str> = chosen.iter().map(String::as_str).collect();
    let table = match g.compare_concepts(&ids, &lang) {
        Ok(t) if !t.columns.is_empty() => Some(t),
        _ => None,
    };

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
            if !chosen.is_empty() {
                { download_menu(ui, &lang, Offer {
                    selection: "compared",
                    concepts: chosen.clone(),
                    label: chosen.join("_"),
                    ..Default::default()
                }) }
            }
            <form class="compare-pickers no-print" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for (0..MAX_CONCEPTS).map(|slot| {
                    let id = format!("concept-{}", slot + 1);
                    let current = chosen.get(slot).cloned().unwrap_or_default();
                    html! {
                        <div class="field">
                            <label for={id.clone()}>{ format!("{} {}", s.concept_n, slot + 1) }</label>
                            <select id={id} onchange={on_pick(slot)} disabled={slot > chosen.len()}>
                                <option value="" selected={current.is_empty()}>{ s.choose }</option>
                                { for options.concepts.iter().map(|c| html! {
                                    <option value={c.id.clone()} lang={c.name.lang.clone()} selected={c.id == current}>{ c.name.text.clone() }</option>
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
                                { for table.columns.iter().map(|c| html! { <th scope="col">{ concept_link(&c.concept, ui) }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            <tr>
                                <th scope="row">{ s.preferred_term }</th>
                                { for table.columns.iter().map(|c| html! { <td>{ preferred_term(c.preferred.as_ref(), c.preferred_fallback, ui) }</td> }) }
                            </tr>
                            <tr>
                                <th scope="row">{ s.other_terms }</th>
                                { for table.columns.iter().map(|c| html! { <td>{ term_list(&c.other_terms, s, true) }</td> }) }
                            </tr>
                            <tr>
                                <th scope="row">{ s.definition }</th>
                                { for table.columns.iter().map(|c| html! { <td>{ definition(c.definition.as_ref(), ui) }</td> }) }
                            </tr>
                            <tr>
                                <th scope="row">{ s.category }</th>
                                { for table.columns.iter().map(|c| html! { <td>{ s.category(c.category) }</td> }) }
                            </tr>
                            <tr>
                                <th scope="row">{ s.legal_terms }</th>
                                { for table.columns.iter().map(|c| html! { <td>{ legal_terms(&c.legal_terms, s) }</td> }) }
                            </tr>
                            <tr>
                                <th scope="row">{ s.provisions }</th>
                                { for table.columns.iter().map(|c| html! {
                                    <td>
                                        <ul class="cell-list">
                                            { for c.citations.iter().map(|x| html! { <li>{ citation(x, s) }</li> }) }
                                        </ul>
                                    </td>
                                }) }
                            </tr>
                            <tr>
                                <th scope="row">{ s.related_heading }</th>
                                { for table.columns.iter().map(|c| html! {
                                    <td>
                                        <ul class="cell-list">
                                            { for c.relations.iter().flat_map(|g| g.concepts.iter().map(move |x| (g.kind, x))).map(|(kind, x)| html! {
                                                <li>{ s.relation(kind) }{ ": " }{ concept_link(x, ui) }</li>
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

/// One concept across the languages a translator picks (`?langs=en,fr,ar`; by default the
/// language of terms, the interface language, English and every language with terms for it).
#[function_component]
pub fn CompareLanguages(props: &OneConceptProps) -> Html {
    let (ui, s, lang) = use_ui();
    let found = crate::data::glossary().concept(&props.id).is_some();
    super::use_title(s.compare_languages.into(), found);
    let g = crate::data::glossary();
    let navigator = use_navigator();
    let asked = use_list_param("langs");
    let reader = Reader::new(ui.code()).with_terms(&lang);
    // No choice in the URL: the core's default set (the reader's languages, English and every
    // language the concept has terms in), not every language there is.
    let asked = if asked.is_empty() {
        g.default_compared_languages(&props.id, &reader)
            .unwrap_or_default()
    } else {
        asked
    };
    let asked_refs: Vec<&str> = asked.iter().map(String::as_str).collect();
    let Ok(table) = g.compare_languages(&props.id, &asked_refs, &reader) else {
        return html! { <super::not_found::NotFound what={s.concept_not_found} id={props.id.clone()} /> };
    };
    let chosen: Vec<String> = table.columns.iter().map(|c| c.lang.clone()).collect();
    let toggle = |l: String| {
        let (chosen, navigator, id) = (chosen.clone(), navigator.clone(), props.id.to_string());
        Callback::from(move |_: Event| {
            let mut next: Vec<String> = chosen.clone();
            if let Some(i) = next.iter().position(|x| *x == l) {
                next.remove(i);
            } else {
                next.push(l.clone());
            }
            if let Some(nav) = &navigator {
                let _ = nav.replace_with_query(
                    &Route::CompareLanguages { id: id.clone() },
                    vec![("langs", next.join(","))],
                );
            }
        })
    };
    let columns = &table.columns;
    html! {
        <div class="compare">
            <h1>{ s.compare_languages }{ ": " }{ concept_link(&table.concept, ui) }</h1>
            { tabs(s, 1, Some(&props.id)) }
            <fieldset class="lang-choices no-print">
                <legend>{ s.languages_legend }</legend>
                { for table.available.iter().map(|l| {
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
                            { for luxterm::view::STATUS_ORDER.into_iter().enumerate().map(|(n, st)| html! {
                                <tr>
                                    <th scope="row">{ status_badge(s, st) }</th>
                                    { for columns.iter().map(|col| {
                                        let terms = col.groups.get(n).map(|g| g.terms.as_slice()).unwrap_or_default();
                                        html! { <td>{ term_list(terms, s, false) }</td> }
                                    }) }
                                </tr>
                            }) }
                            <tr>
                                <th scope="row">{ s.definition }</th>
                                { for columns.iter().map(|col| html! { <td>{ definition(col.definition.as_ref(), ui) }</td> }) }
                            </tr>
                            <tr>
                                <th scope="row">{ s.legal_terms }</th>
                                { for columns.iter().map(|col| html! { <td>{ legal_terms(&col.legal_terms, s) }</td> }) }
                            </tr>
                        </tbody>
                    </table>
                </div>
            }
        </div>
    }
}

fn cell_value(s: &Strings, v: CellValue) -> Html {
    html! { <span class={classes!("badge", format!("cell-{}", v.as_str()))}>{ s.cell_value(v) }</span> }
}

/// The instruments of the matrix's URL (`?i=opsc,lanzarote-convention`) and whether the empty
/// columns are shown (`?empty=1`).
fn matrix_query(instruments: &[String], empty: bool) -> Query {
    let mut q: Query = Vec::new();
    if !instruments.is_empty() {
        q.push(("i", instruments.join(",")));
    }
    if empty {
        q.push(("empty", "1".to_string()));
    }
    q
}

/// Saves `text` as a file named `name` through a Blob and an object URL (nothing is sent).
fn save_csv(text: &str, name: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let a = document
        .create_element("a")
        .ok()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    a.set_attribute("href", &url).ok()?;
    a.set_attribute("download", name).ok()?;
    a.set_attribute("hidden", "").ok()?;
    document.body()?.append_child(&a).ok()?;
    a.click();
    a.remove();
    web_sys::Url::revoke_object_url(&url).ok()
}

fn matrix_cell(cell: Option<&luxterm::compare::CellView>, s: &Strings, ui: UiLang) -> Html {
    match cell {
        Some(cell) => html! {
            <>
                { cell_value(s, cell.value) }
                if let Some(detail) = &cell.detail { <p class="detail">{ lang_text(detail, ui) }</p> }
                <p class="source">{ citation(&cell.cite, s) }</p>
            </>
        },
        None => empty(),
    }
}

fn defining(col: &luxterm::compare::InstrumentColumn) -> Html {
    html! {
        <>
            if col.definitions.is_empty() { { empty() } }
            <ul class="cell-list">
                { for col.definitions.iter().map(|p| html! {
                    <li>
                        <AppLink to={Route::Instrument { id: col.instrument.clone() }} query={vec![("p", p.path.clone())]}>{ data(&p.display) }</AppLink>
                    </li>
                }) }
            </ul>
        </>
    }
}

fn column_legal_terms(col: &luxterm::compare::InstrumentColumn, s: &Strings, ui: UiLang) -> Html {
    html! {
        <>
            { term_list(&col.legal_terms, s, true) }
            if col.legal_terms_fallback {
                if let Some(t) = col.legal_terms.first() { { fallback_note(ui, &t.lang) } }
            }
        </>
    }
}

/// One concept's definitions across instruments: defining provisions, legal terms, and the
/// element matrix with a citation in every cell (`?i=` the instruments shown, `?empty=1` the
/// columns with no entry). A table on wide screens (sticky header row and first column), one card
/// an element on phones, landscape on paper; with "cite this table" and its CSV.
#[function_component]
pub fn CompareInstruments(props: &OneConceptProps) -> Html {
    let (ui, s, lang) = use_ui();
    let found = crate::data::glossary().concept(&props.id).is_some();
    super::use_title(s.compare_instruments.into(), found);
    let g = crate::data::glossary();
    let navigator = use_navigator();
    let asked = use_list_param("i");
    let show_empty = use_param("empty").is_some_and(|v| v == "1");
    let options = luxterm::compare::MatrixOptions::default()
        .with_instruments(asked)
        .with_empty(show_empty);
    let reader = Reader::new(ui.code()).with_terms(&lang);
    let Ok(matrix) = g.compare_instruments_with(&props.id, &reader, &options) else {
        return html! { <super::not_found::NotFound what={s.concept_not_found} id={props.id.clone()} /> };
    };
    let m = &matrix;
    let shown: Vec<String> = m.columns.iter().map(|c| c.instrument.clone()).collect();
    let go = {
        let (navigator, id) = (navigator.clone(), props.id.to_string());
        move |instruments: Vec<String>, empty: bool| {
            if let Some(nav) = &navigator {
                let _ = nav.replace_with_query(
                    &Route::CompareInstruments { id: id.clone() },
                    matrix_query(&instruments, empty),
                );
            }
        }
    };
    let toggle = |i: String| {
        let (shown, go, all) = (shown.clone(), go.clone(), m.choices.clone());
        Callback::from(move |_: Event| {
            // The next choice, in the matrix's order (the core puts them in order of adoption).
            let next: Vec<String> = all
                .iter()
                .map(|c| c.instrument.clone())
                .filter(|c| (*c == i) != shown.contains(c)) // tidy:allow(filter): a checkbox toggled
                .collect();
            go(next, show_empty);
        })
    };
    let reset = {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go(Vec::new(), show_empty))
    };
    let set_empty = |on: bool| {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go(Vec::new(), on))
    };
    let release = g.current_release();
    let version = release.map(|r| r.version.to_string()).unwrap_or_default();
    let date = release.map(|r| r.date.to_string()).unwrap_or_default();
    let path = crate::route::href(
        &Route::CompareInstruments {
            id: props.id.to_string(),
        },
        &matrix_query(&shown, false),
    );
    let names: Vec<String> = m
        .columns
        .iter()
        .map(|c| format!("{} ({})", c.short_name, c.adopted.year))
        .collect();
    let cited: Vec<String> = m.columns.iter().map(|c| c.cited.join(", ")).collect();
    let cite_text = format!(
        "“{}”, {} ({}). {}: {}. {}, {} {} ({}).",
        m.concept.name.text,
        s.compare_instruments,
        names.join("; "),
        s.matrix.provisions_cited,
        cited.join("; "),
        s.glossary_name,
        s.release,
        version,
        date,
    );
    let on_csv = {
        let (csv, name) = (
            m.to_csv(),
            format!("luxterm-{version}-{}-instruments.csv", props.id),
        );
        Callback::from(move |_: MouseEvent| {
            let _ = save_csv(&csv, &name);
        })
    };
    html! {
        <div class="compare compare-matrix">
            <h1>{ s.compare_instruments }{ ": " }{ concept_link(&m.concept, ui) }</h1>
            { tabs(s, 2, Some(&props.id)) }
            if m.choices.is_empty() {
                <p class="hint">{ s.no_matrix }</p>
            } else {
                <fieldset class="instrument-choices no-print">
                    <legend>{ s.matrix.instruments }</legend>
                    { for m.choices.iter().map(|c| {
                        let id = format!("instrument-{}", c.instrument);
                        let last = c.shown && m.columns.len() == 1;
                        html! {
                            <span class="check">
                                <input type="checkbox" id={id.clone()} value={c.instrument.clone()} checked={c.shown} disabled={last} onchange={toggle(c.instrument.clone())} />
                                <label for={id}>
                                    <bdi>{ c.short_name.clone() }</bdi>
                                    if c.empty { { " " }<span class="note-inline">{ s.matrix.no_entry }</span> }
                                </label>
                            </span>
                        }
                    }) }
                    if m.chosen {
                        <button type="button" class="link-button" onclick={reset}>{ s.matrix.all_instruments }</button>
                    }
                </fieldset>
                if !m.hidden_empty.is_empty() {
                    <p class="hidden-empty no-print">
                        { s.matrix.hidden_empty }{ ui.word_space() }
                        { for m.hidden_empty.iter().enumerate().map(|(n, name)| html! { <>if n > 0 { { ui.list_separator() } }<bdi>{ name.clone() }</bdi></> }) }
                        { " " }
                        <button type="button" class="link-button" id="show-empty" onclick={set_empty(true)}>{ s.matrix.show_empty }</button>
                    </p>
                } else if show_empty && !m.chosen && m.columns.iter().any(|c| c.empty) {
                    <p class="hidden-empty no-print">
                        <button type="button" class="link-button" id="hide-empty" onclick={set_empty(false)}>{ s.matrix.hide_empty }</button>
                    </p>
                }
                <div class="table-scroll matrix-scroll" role="region" aria-labelledby="matrix-caption" tabindex="0">
                    <table class="compare-table matrix">
                        <caption id="matrix-caption">{ s.compare_instruments }{ ": " }{ in_lang(&m.concept.name.lang, &m.concept.name.text) }</caption>
                        <thead>
                            <tr>
                                <td class="corner"></td>
                                { for m.columns.iter().map(|col| html! {
                                    <th scope="col" class={classes!(col.empty.then_some("empty-column"))}>
                                        <AppLink to={Route::Instrument { id: col.instrument.clone() }}>{ data(&col.short_name) }</AppLink>
                                        <span class="year">{ " (" }<bdi dir="ltr">{ col.adopted.year.to_string() }</bdi>{ ")" }</span>
                                    </th>
                                }) }
                            </tr>
                        </thead>
                        <tbody>
                            <tr>
                                <th scope="row">{ s.defining_provisions }</th>
                                { for m.columns.iter().map(|col| html! { <td>{ defining(col) }</td> }) }
                            </tr>
                            <tr class="legal-terms-row">
                                <th scope="row">{ s.legal_terms }</th>
                                { for m.columns.iter().map(|col| html! { <td>{ column_legal_terms(col, s, ui) }</td> }) }
                            </tr>
                            { for m.rows.iter().map(|row| html! {
                                <tr data-element={row.element.clone()}>
                                    <th scope="row">
                                        { lang_text(&row.label, ui) }
                                        if let Some(q) = &row.question { <p class="question">{ lang_text(q, ui) }</p> }
                                    </th>
                                    { for row.cells.iter().map(|cell| html! { <td>{ matrix_cell(cell.as_ref(), s, ui) }</td> }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <div class="matrix-cards">
                    <section class="matrix-card">
                        <h2>{ s.matrix.overview }</h2>
                        { for m.columns.iter().map(|col| html! {
                            <div class="card-cell">
                                <h3><AppLink to={Route::Instrument { id: col.instrument.clone() }}>{ data(&col.short_name) }</AppLink>
                                    <span class="year">{ " (" }<bdi dir="ltr">{ col.adopted.year.to_string() }</bdi>{ ")" }</span></h3>
                                <p class="card-label">{ s.defining_provisions }</p>
                                { defining(col) }
                                <p class="card-label">{ s.legal_terms }</p>
                                { column_legal_terms(col, s, ui) }
                            </div>
                        }) }
                    </section>
                    { for m.rows.iter().map(|row| html! {
                        <section class="matrix-card" data-element={row.element.clone()}>
                            <h2>{ lang_text(&row.label, ui) }</h2>
                            if let Some(q) = &row.question { <p class="question">{ lang_text(q, ui) }</p> }
                            { for row.cells.iter().zip(&m.columns).map(|(cell, col)| html! {
                                <div class="card-cell">
                                    <h3><bdi>{ col.short_name.clone() }</bdi></h3>
                                    { matrix_cell(cell.as_ref(), s, ui) }
                                </div>
                            }) }
                        </section>
                    }) }
                </div>
                <p class="matrix-actions no-print">
                    <button type="button" id="matrix-csv" onclick={on_csv}>{ s.matrix.download_csv }</button>
                </p>
                <CiteTable heading={s.matrix.cite_heading} path={path} text={cite_text} release={version.clone()} />
            }
        </div>
    }
}

fn words(changes: &[WordChange], lang: &str, dir: &'static str) -> Html {
    html! {
        <p class="word-diff" lang={lang.to_string()} dir={dir}>
            { for changes.iter().map(|w| match w {
                WordChange::Same(t) => html! { { t.clone() } },
                WordChange::Removed(t) => html! { <del>{ t.clone() }</del> },
                WordChange::Added(t) => html! { <ins>{ t.clone() }</ins> },
            }) }
        </p>
    }
}

/// The kind of a changed entry and what it is, in the interface's language.
fn entry_label(e: &Entry, s: &Strings, ui: UiLang) -> Html {
    let kind = |n: usize| s.diff_entries.get(n).copied().unwrap_or_default();
    match e {
        Entry::Category => html! { { kind(0) } },
        Entry::Term { lang, text } => html! {
            <>{ kind(1) }{ " " }{ in_lang(lang, text) }{ format!(" ({})", lang_name(ui, lang)) }</>
        },
        Entry::Definition { lang, n } => html! {
            <>{ kind(2) }{ format!(" ({})", lang_name(ui, lang)) }if *n > 1 { { format!(" #{n}") } }</>
        },
        Entry::Guidance {
            guideline_name,
            term,
            ..
        } => html! {
            <>{ kind(3) }{ " " }<bdi>{ guideline_name.clone() }</bdi>
                if let Some(t) = term { { " · " }{ in_lang(&t.lang, &t.text) } }
            </>
        },
        Entry::Citation { display, .. } => {
            html! { <>{ kind(4) }{ " " }<bdi>{ display.clone() }</bdi></> }
        }
        Entry::Relation { kind: k, name, .. } => html! {
            <>{ kind(5) }{ " · " }{ s.relation(*k) }{ ": " }{ lang_text(name, ui) }</>
        },
        Entry::Element {
            label,
            instrument_name,
            ..
        } => html! {
            <>{ kind(6) }{ " " }{ lang_text(label, ui) }{ " · " }<bdi>{ instrument_name.clone() }</bdi></>
        },
        _ => html! {},
    }
}

fn value(v: &Value, s: &Strings, ui: UiLang) -> Html {
    match v {
        Value::Text(t) => lang_text(t, ui),
        Value::Status(st) => status_badge(s, *st),
        Value::Advice(a) => html! { { s.advice(*a) } },
        Value::Category(c) => html! { { s.category(*c) } },
        Value::Answer(a) => cell_value(s, *a),
        Value::Verified(b) => html! { { if *b { s.verified } else { s.unverified } } },
        Value::Citations(c) => html! { <bdi>{ c.join("; ") }</bdi> },
        _ => html! {},
    }
}

fn field_row(f: &FieldChange, s: &Strings, ui: UiLang) -> Html {
    let text_lang = match (&f.old, &f.new) {
        (Some(Value::Text(t)), _) | (_, Some(Value::Text(t))) => {
            Some((t.lang.clone(), t.dir.as_str()))
        }
        _ => None,
    };
    html! {
        <li class="field-change">
            <span class="field-name">{ s.diff_field(f.field) }{ ": " }</span>
            if let (false, Some((lang, dir))) = (f.words.is_empty(), text_lang) {
                { words(&f.words, &lang, dir) }
            } else {
                if let Some(old) = &f.old { <del>{ value(old, s, ui) }</del> }
                if f.old.is_some() && f.new.is_some() { { " → " } }
                if let Some(new) = &f.new { <ins>{ value(new, s, ui) }</ins> }
            }
        </li>
    }
}

fn change_row(ch: &Change, s: &Strings, ui: UiLang) -> Html {
    let class = match ch.kind {
        ChangeKind::Added => "added",
        ChangeKind::Removed => "removed",
        _ => "changed",
    };
    html! {
        <tr class={class}>
            <th scope="row">{ entry_label(&ch.entry, s, ui) }{ " " }<span class="badge">{ change_kind(s, ch.kind) }</span></th>
            <td><ul class="field-changes">{ for ch.fields.iter().map(|f| field_row(f, s, ui)) }</ul></td>
        </tr>
    }
}

/// One concept across two releases, differences highlighted (`?from=0.1.0&to=0.2.0`; by
/// default the first and the current release).
#[function_component]
pub fn CompareReleases(props: &OneConceptProps) -> Html {
    let (ui, s, lang) = use_ui();
    let found = crate::data::glossary().concept(&props.id).is_some();
    super::use_title(s.compare_releases.into(), found);
    let g = crate::data::glossary();
    let navigator = use_navigator();
    let from_param = use_param("from");
    let to_param = use_param("to");
    let Some(c) = g.concept(&props.id) else {
        return html! { <super::not_found::NotFound what={s.concept_not_found} id={props.id.clone()} /> };
    };
    let reader = Reader::new(ui.code()).with_terms(&lang);
    let name = luxterm::view::ConceptLink {
        id: c.id.to_string(),
        name: luxterm::view::concept_name(c, &lang),
    };
    let releases: Vec<Version> = g.releases().iter().map(|r| r.version).collect();
    let default = g.default_release_range();
    let asked_or = |p: Option<String>, default: Option<Version>| {
        p.and_then(|v| v.parse::<Version>().ok())
            .filter(|v| g.release(*v).is_some()) // tidy:allow(filter): a version from the URL
            .or(default)
    };
    let from = asked_or(from_param, default.map(|d| d.0));
    let to = asked_or(to_param, default.map(|d| d.1));
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
        (Some(f), Some(t)) => g.concept_diff(&c.id, f, t, &reader).ok().flatten(),
        _ => None,
    };
    let version = |v: Option<Version>| v.map(|v| v.to_string()).unwrap_or_default();
    html! {
        <div class="compare">
            <h1>{ s.compare_releases }{ ": " }{ concept_link(&name, ui) }</h1>
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
                        <caption id="diff-caption">
                            { format!("{} ", s.compare_releases) }<bdi dir="ltr">{ format!("{} → {}", version(from), version(to)) }</bdi>
                        </caption>
                        <thead><tr><th scope="col">{ s.entry }</th><th scope="col">{ s.changed }</th></tr></thead>
                        <tbody>
                            { for diff.changes.iter().map(|ch| change_row(ch, s, ui)) }
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
        _ => s.changed,
    }
}
