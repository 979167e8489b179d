//! Instruments: the list, and one instrument with its provisions and the concepts citing each.

use luxterm::Instrument;
use yew::prelude::*;

use super::name_link;
use crate::components::badges::verification;
use crate::components::link::AppLink;
use crate::components::text::localized;
use crate::hooks::{use_param, use_ui};
use crate::i18n::{dir_of, lang_name};
use crate::pages::not_found::NotFound;
use crate::route::Route;

/// The id of a provision's element on the page: `art. 2(c)` → `provision-art-2-c`.
pub fn provision_anchor(path: &str) -> String {
    let mut out = String::from("provision");
    let mut dash = true;
    for c in path.chars() {
        if c.is_ascii_alphanumeric() {
            if dash {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
            dash = false;
        } else {
            dash = true;
        }
    }
    out
}

/// All instruments.
#[function_component]
pub fn Instruments() -> Html {
    let (ui, s, _) = use_ui();
    use_effect_with(s.instruments_heading, |t| super::set_title(t));
    let g = crate::data::glossary();
    let mut list: Vec<&Instrument> = g.instruments().iter().collect();
    luxterm::sort::sort_by_key(&mut list, |i| i.adopted);
    html! {
        <div class="instruments">
            <h1>{ s.instruments_heading }</h1>
            <ul class="instrument-list">
                { for list.into_iter().map(|i| html! {
                    <li>
                        <AppLink to={Route::Instrument { id: i.id.to_string() }}>{ g.short_name(&i.id, ui.code()).to_string() }</AppLink>
                        { format!(" · {} · {}", s.instrument_kind(i.kind), i.adopted) }
                        if let Some(title) = localized(&i.title, ui.code(), ui) { <p class="title">{ title }</p> }
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
    let instrument = g.instrument(&props.id);
    let highlighted = use_param("p");
    let title = instrument
        .map(|i| g.short_name(&i.id, ui.code()).to_string())
        .unwrap_or_else(|| s.not_found_heading.into());
    use_effect_with(title, |t| super::set_title(t));
    use_effect_with(highlighted.clone(), |p| {
        if let Some(p) = p {
            let element = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&provision_anchor(p)));
            if let Some(element) = element {
                element.scroll_into_view();
            }
        }
    });
    let Some(i) = instrument else {
        return html! { <><p class="problem">{ s.instrument_not_found }</p><NotFound /></> };
    };
    let short = g.short_name(&i.id, ui.code()).to_string();
    html! {
        <article class="instrument" aria-labelledby="instrument-title">
            <p class="crumbs"><AppLink to={Route::Instruments}>{ s.instruments_heading }</AppLink></p>
            <h1 id="instrument-title">{ localized(&i.title, ui.code(), ui).unwrap_or_else(|| html! { { short.clone() } }) }</h1>
            <dl class="meta-list">
                <dt>{ s.kind }</dt><dd>{ s.instrument_kind(i.kind) }{ " · " }<span>{ short.clone() }</span></dd>
                <dt>{ s.adopted_by }</dt><dd lang="en" dir="ltr">{ i.body.to_string() }</dd>
                if let Some(symbol) = &i.symbol { <dt>{ s.symbol }</dt><dd dir="ltr">{ symbol.to_string() }</dd> }
                <dt>{ s.adopted }</dt><dd>{ i.adopted.to_string() }</dd>
                <dt>{ s.in_force }</dt><dd>{ i.in_force.map(|d| d.to_string()).unwrap_or_else(|| s.not_in_force.to_string()) }</dd>
                <dt>{ s.authentic_languages }</dt>
                <dd>{ i.authentic_languages.iter().map(|l| lang_name(ui, l)).collect::<Vec<_>>().join(", ") }</dd>
                if let Some(url) = &i.url {
                    <dt>{ s.official_text }</dt>
                    <dd>
                        <a class="external" href={url.to_string()} rel="noopener noreferrer" dir="ltr">{ url.to_string() }</a>
                        if !i.url_verified { <span class="note-inline">{ format!(" ({})", s.link_unverified) }</span> }
                    </dd>
                }
            </dl>
            if let Some(note) = localized(&i.note, ui.code(), ui) {
                <p class="instrument-note"><strong>{ s.note }{ ": " }</strong>{ note }</p>
            }
            <section aria-labelledby="provisions-heading">
                <h2 id="provisions-heading">{ s.provisions_heading }</h2>
                <ol class="provision-list">
                    { for i.provisions.iter().map(|p| {
                        let citing = g.citing(&i.id, Some(&p.path));
                        let is_highlighted = highlighted.as_deref() == Some(&*p.path);
                        html! {
                            <li id={provision_anchor(&p.path)} class={classes!("provision", is_highlighted.then_some("highlight"))} tabindex={is_highlighted.then_some("-1")}>
                                <h3>{ format!("{short} {}", p.path) }{ " " }<span class="badge kind">{ s.provision_kind(p.kind) }</span></h3>
                                if let Some(heading) = localized(&p.heading, ui.code(), ui) { <p class="provision-heading">{ heading }</p> }
                                if let Some(summary) = localized(&p.summary, ui.code(), ui) { <p class="summary">{ summary }</p> }
                                if let Some(q) = &p.quote {
                                    <figure class="quote">
                                        <blockquote lang={q.lang.to_string()} dir={dir_of(&q.lang)}>{ q.text.to_string() }</blockquote>
                                        <figcaption>{ format!("{} ({})", s.quotation, lang_name(ui, &q.lang)) }</figcaption>
                                    </figure>
                                }
                                <div class="verification">{ verification(s, p.verified, p.evidence.as_deref()) }</div>
                                <div class="citing">
                                    <h4>{ s.concepts_citing }</h4>
                                    if citing.is_empty() {
                                        <p class="missing">{ s.none_citing }</p>
                                    } else {
                                        <ul>
                                            { for citing.iter().map(|c| html! { <li>{ name_link(c, &lang, ui) }</li> }) }
                                        </ul>
                                    }
                                </div>
                            </li>
                        }
                    }) }
                </ol>
            </section>
        </article>
    }
}
