//! Instruments: the list, and one instrument with its provisions (in document order, nested) and
//! the concepts citing each. The pages lay out the core's [`luxterm::view::InstrumentPage`].

use luxterm::view::{ProvisionNode, Reader};
use yew::prelude::*;

use super::concept_link;
use crate::components::badges::verification;
use crate::components::link::AppLink;
use crate::components::text::{data, date, lang_text};
use crate::hooks::{use_param, use_ui};
use crate::i18n::{Strings, UiLang, lang_name};
use crate::pages::not_found::NotFound;
use crate::route::Route;

pub use luxterm::view::provision_anchor;

/// From how many top-level provisions (articles) an instrument page has a table of contents.
const TOC_FROM: usize = 8;

/// All instruments, in order of adoption.
#[function_component]
pub fn Instruments() -> Html {
    let (ui, s, lang) = use_ui();
    use_effect_with(s.instruments_heading, |t| super::set_title(t));
    let list = crate::data::glossary().instrument_list(&Reader::new(ui.code()).with_terms(&lang));
    html! {
        <div class="instruments">
            <h1>{ s.instruments_heading }</h1>
            <ul class="instrument-list">
                { for list.instruments.iter().map(|i| html! {
                    <li>
                        <AppLink to={Route::Instrument { id: i.id.clone() }}>{ data(&i.short_name) }</AppLink>
                        { format!(" · {} · ", s.instrument_kind(i.kind)) }{ date(ui, i.adopted) }
                        if let Some(title) = &i.title { <p class="title">{ lang_text(title, ui) }</p> }
                    </li>
                }) }
            </ul>
        </div>
    }
}

/// Properties of [`InstrumentPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct InstrumentProps {
    /// The instrument's id.
    pub id: AttrValue,
}

/// An instrument: metadata, provisions, and the concepts citing each provision.
#[function_component]
pub fn InstrumentPage(props: &InstrumentProps) -> Html {
    let (ui, s, lang) = use_ui();
    let g = crate::data::glossary();
    let page = g.instrument_page(&props.id, &Reader::new(ui.code()).with_terms(&lang));
    let highlighted = use_param("p");
    super::use_title(
        page.as_ref()
            .map(|i| i.short_name.clone())
            .unwrap_or_default()
            .into(),
        page.is_some(),
    );
    // Scrolling to the provision of `?p=` (or of a `#fragment`) is crate::nav's, after a direct
    // load as after a link in the app.
    let Some(i) = page else {
        return html! { <NotFound what={s.instrument_not_found} id={props.id.clone()} /> };
    };
    let date = |d: Option<luxterm::Date>| match d {
        Some(d) => date(ui, d),
        None => html! { { s.not_in_force } },
    };
    html! {
        <article class="instrument" aria-labelledby="instrument-title">
            <p class="crumbs"><AppLink to={Route::Instruments}>{ s.instruments_heading }</AppLink></p>
            <h1 id="instrument-title">{ i.title.as_ref().map(|t| lang_text(t, ui)).unwrap_or_else(|| data(&i.short_name)) }</h1>
            <dl class="meta-list">
                <dt>{ s.kind }</dt><dd>{ s.instrument_kind(i.kind) }{ " · " }{ data(&i.short_name) }</dd>
                <dt>{ s.adopted_by }</dt><dd lang="en" dir="ltr">{ i.body.clone() }</dd>
                if let Some(symbol) = &i.symbol { <dt>{ s.symbol }</dt><dd dir="ltr">{ symbol.clone() }</dd> }
                <dt>{ s.adopted }</dt><dd>{ date(Some(i.adopted)) }</dd>
                <dt>{ s.in_force }</dt><dd>{ date(i.in_force) }</dd>
                <dt>{ s.authentic_languages }</dt>
                <dd>{ i.authentic_languages.iter().map(|l| lang_name(ui, l)).collect::<Vec<_>>().join(ui.list_separator()) }</dd>
                if let Some(url) = &i.url {
                    <dt>{ s.official_text }</dt>
                    <dd>
                        if let Some(link) = &i.link {
                            <a class="external" href={link.clone()} rel="noopener noreferrer" dir="ltr">{ link.clone() }</a>
                        } else {
                            // Not https to a listed publisher: shown as text, never as a link.
                            <span class="url-text" dir="ltr">{ url.clone() }</span>
                        }
                        if !i.url_verified { <span class="note-inline">{ format!(" ({})", s.link_unverified) }</span> }
                    </dd>
                }
            </dl>
            if let Some(note) = &i.note {
                <p class="instrument-note"><strong>{ s.note }{ ": " }</strong>{ lang_text(note, ui) }</p>
            }
            if i.provisions.len() >= TOC_FROM {
                <nav class="toc" aria-labelledby="toc-heading">
                    <h2 id="toc-heading">{ s.contents_heading }</h2>
                    <ol class="toc-list">
                        { for i.provisions.iter().map(|p| html! {
                            <li>
                                <a href={format!("#{}", p.anchor)}>
                                    <bdi dir="ltr">{ p.path.clone() }</bdi>
                                    if let Some(heading) = &p.heading { { " · " }{ lang_text(heading, ui) } }
                                </a>
                            </li>
                        }) }
                    </ol>
                </nav>
            }
            <section aria-labelledby="provisions-heading">
                <h2 id="provisions-heading">{ s.provisions_heading }</h2>
                <ol class="provision-list">
                    { for i.provisions.iter().map(|p| provision(p, highlighted.as_deref(), ui, s)) }
                </ol>
            </section>
        </article>
    }
}

fn provision(p: &ProvisionNode, highlighted: Option<&str>, ui: UiLang, s: &Strings) -> Html {
    let is_highlighted = highlighted == Some(p.path.as_str());
    html! {
        <li id={p.anchor.clone()} class={classes!("provision", is_highlighted.then_some("highlight"))} tabindex={is_highlighted.then_some("-1")}>
            <h3><bdi>{ p.display.clone() }</bdi>{ " " }<span class="badge kind">{ s.provision_kind(p.kind) }</span></h3>
            if let Some(heading) = &p.heading { <p class="provision-heading">{ lang_text(heading, ui) }</p> }
            if let Some(summary) = &p.summary { <p class="summary">{ lang_text(summary, ui) }</p> }
            if let Some(q) = &p.quote {
                <figure class="quote">
                    <blockquote lang={q.lang.clone()} dir={q.dir.as_str()}>{ q.text.clone() }</blockquote>
                    <figcaption>{ format!("{} ({})", s.quotation, lang_name(ui, &q.lang)) }</figcaption>
                </figure>
            }
            <div class="verification">{ verification(s, p.verified, p.evidence.as_deref()) }</div>
            <div class="citing">
                <h4>{ s.concepts_citing }</h4>
                if p.cited_by.is_empty() {
                    <p class="missing">{ s.none_citing }</p>
                } else {
                    <ul>
                        { for p.cited_by.iter().map(|c| html! { <li>{ concept_link(c, ui) }</li> }) }
                    </ul>
                }
            </div>
            if !p.children.is_empty() {
                <ol class="provision-list sub">
                    { for p.children.iter().map(|c| provision(c, highlighted, ui, s)) }
                </ol>
            }
        </li>
    }
}
