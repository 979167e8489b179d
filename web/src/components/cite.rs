//! Citations of provisions, and "cite this entry": a permalink pinned to a release, a formatted
//! citation and buttons that copy them.

use luxterm::view::CitationView;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::badges::verification;
use crate::components::link::AppLink;
use crate::components::text::{data, ltr};
use crate::hooks::use_ui;
use crate::i18n::Strings;
use crate::route::{Route, href};

/// A cited provision: a link to its instrument page (at the provision), a link to the official
/// text, and whether it was verified. Everything comes from the view.
pub fn citation(c: &CitationView, s: &Strings) -> Html {
    let query = c
        .provision
        .iter()
        .map(|p| ("p", p.to_string()))
        .collect::<Vec<_>>();
    html! {
        <span class="citation">
            <AppLink to={Route::Instrument { id: c.instrument.clone() }} {query}>{ data(&c.display) }</AppLink>
            if let Some(link) = &c.official_link {
                { " · " }
                <a class="external" href={link.clone()} rel="noopener noreferrer">{ s.official_text }</a>
                if !c.official_url_verified { <span class="note-inline">{ format!(" ({})", s.link_unverified) }</span> }
            } else if let Some(url) = &c.official_url {
                // Not https to a listed publisher: the URL is shown as text, never as a link.
                { " · " }{ s.official_text }{ ": " }
                <span class="url-text" dir="ltr">{ url.clone() }</span>
            }
            { " " }
            { verification(s, c.verified, c.evidence.as_deref()) }
        </span>
    }
}

/// Properties of [`CiteThis`].
#[derive(Properties, PartialEq, Clone)]
pub struct CiteThisProps {
    /// The concept's id.
    pub id: AttrValue,
    /// The concept's name (its preferred term) and that name's language.
    pub name: AttrValue,
    /// The language of `name`.
    pub name_lang: AttrValue,
    /// The release the permalink is pinned to.
    pub release: AttrValue,
    /// The release's date.
    pub date: AttrValue,
}

fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

fn copy(text: String, field: NodeRef, status: UseStateHandle<Option<bool>>) {
    let clipboard = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null()) // tidy:allow(filter): a browser API
        .map(|c| c.unchecked_into::<web_sys::Clipboard>());
    let select = move || {
        if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
            input.select();
        } else if let Some(area) = field.cast::<web_sys::HtmlTextAreaElement>() {
            area.select();
        }
    };
    match clipboard {
        Some(clipboard) => {
            let promise = clipboard.write_text(&text);
            wasm_bindgen_futures::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                if !ok {
                    select();
                }
                status.set(Some(ok));
            });
        }
        None => {
            select();
            status.set(Some(false));
        }
    }
}

/// "Cite this entry": permalink pinned to the release, formatted citation, copy buttons.
#[function_component]
pub fn CiteThis(props: &CiteThisProps) -> Html {
    let (ui, s, _) = use_ui();
    let status = use_state(|| None::<bool>);
    let link_ref = use_node_ref();
    let citation_ref = use_node_ref();
    let route = Route::Concept {
        id: props.id.to_string(),
    };
    let permalink = format!(
        "{}{}",
        origin(),
        href(&route, &[("release", props.release.to_string())])
    );
    // The reader's quotation marks and commas; the name, id, release, date and address as data.
    let comma = ui.comma();
    let formatted = format!(
        "{}{comma}{} {}{comma}{} {} ({}). {}",
        ui.quoted(&props.name),
        s.glossary_name,
        props.id,
        s.release,
        props.release,
        props.date,
        permalink
    );
    let copy_link = {
        let (text, field, status) = (permalink.clone(), link_ref.clone(), status.clone());
        Callback::from(move |_| copy(text.clone(), field.clone(), status.clone()))
    };
    let copy_citation = {
        let (text, field, status) = (formatted.clone(), citation_ref.clone(), status.clone());
        Callback::from(move |_| copy(text.clone(), field.clone(), status.clone()))
    };
    html! {
        <section class="cite" aria-labelledby="cite-heading">
            <h2 id="cite-heading">{ s.cite_heading }</h2>
            <div class="field">
                <label for="permalink">{ s.permalink }{ " " }{ ltr(&props.release) }</label>
                <div class="copy-row">
                    <input id="permalink" type="url" readonly=true value={permalink} ref={link_ref} dir="ltr" />
                    <button type="button" class="no-print" onclick={copy_link}>{ s.copy_link }</button>
                </div>
            </div>
            <div class="field">
                <label for="citation">{ s.citation }</label>
                <div class="copy-row">
                    <textarea id="citation" readonly=true rows="3" ref={citation_ref} value={formatted} />
                    <button type="button" class="no-print" onclick={copy_citation}>{ s.copy_citation }</button>
                </div>
            </div>
            <p class="copy-status" role="status" aria-live="polite">
                { match *status { Some(true) => s.copied, Some(false) => s.copy_failed, None => "" } }
            </p>
        </section>
    }
}

/// Properties of [`CiteTable`].
#[derive(Properties, PartialEq, Clone)]
pub struct CiteTableProps {
    /// The section's heading.
    pub heading: AttrValue,
    /// The table's address (path and query, with the choices that make the view), without the
    /// origin.
    pub path: AttrValue,
    /// The citation's text before the address (the table, the release, what it cites).
    pub text: AttrValue,
    /// The release shown.
    pub release: AttrValue,
}

/// "Cite this table": the table's address with the choices that make it (so a view can be
/// shared and cited), a formatted citation ending in that address, copy buttons.
#[function_component]
pub fn CiteTable(props: &CiteTableProps) -> Html {
    let (_, s, _) = use_ui();
    let status = use_state(|| None::<bool>);
    let link_ref = use_node_ref();
    let citation_ref = use_node_ref();
    let permalink = format!("{}{}", origin(), props.path);
    let formatted = format!("{} {}", props.text, permalink);
    let copy_link = {
        let (text, field, status) = (permalink.clone(), link_ref.clone(), status.clone());
        Callback::from(move |_| copy(text.clone(), field.clone(), status.clone()))
    };
    let copy_citation = {
        let (text, field, status) = (formatted.clone(), citation_ref.clone(), status.clone());
        Callback::from(move |_| copy(text.clone(), field.clone(), status.clone()))
    };
    html! {
        <section class="cite" aria-labelledby="cite-table-heading">
            <h2 id="cite-table-heading">{ props.heading.clone() }</h2>
            <div class="field">
                <label for="table-permalink">{ s.permalink }{ " " }{ props.release.clone() }</label>
                <div class="copy-row">
                    <input id="table-permalink" type="url" readonly=true value={permalink} ref={link_ref} dir="ltr" />
                    <button type="button" class="no-print" onclick={copy_link}>{ s.copy_link }</button>
                </div>
            </div>
            <div class="field">
                <label for="table-citation">{ s.citation }</label>
                <div class="copy-row">
                    <textarea id="table-citation" readonly=true rows="5" ref={citation_ref} value={formatted} />
                    <button type="button" class="no-print" onclick={copy_citation}>{ s.copy_citation }</button>
                </div>
            </div>
            <p class="copy-status" role="status" aria-live="polite">
                { match *status { Some(true) => s.copied, Some(false) => s.copy_failed, None => "" } }
            </p>
        </section>
    }
}
