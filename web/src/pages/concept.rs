//! A concept: all six UN languages on one screen (and any other the concept has), definitions,
//! guidance, cited provisions, related concepts, history, and "cite this" — as it stands now or in
//! a given release. The page lays out the core's [`luxterm::view::ConceptPage`].

use luxterm::view::{ConceptPage as PageView, Reader};
use luxterm::{Error, Version};
use yew::prelude::*;

use super::concept_link;
use crate::components::badges::{lang_tag, status_badge};
use crate::components::cite::{CiteThis, citation};
use crate::components::copy::{CopyButton, CopyScope};
use crate::components::download::{Offer, download_menu};
use crate::components::link::AppLink;
use crate::components::terms::{LanguageTerms, instead_labelled};
use crate::components::text::{data, fallback_note, in_lang, lang_para, lang_text};
use crate::hooks::{use_param, use_ui};
use crate::i18n::{Strings, UiLang};
use crate::i18n_tools::tools;
use crate::pages::not_found::NotFound;
use crate::route::Route;

/// Properties of [`ConceptPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct ConceptProps {
    /// The concept's id.
    pub id: AttrValue,
}

/// The concept page.
#[function_component]
pub fn ConceptPage(props: &ConceptProps) -> Html {
    let (ui, s, lang) = use_ui();
    let release = use_param("release");
    let from_term = use_param("term");
    let g = crate::data::glossary();
    let reader = Reader::new(ui.code()).with_terms(&lang);
    // Err(Some((reason, value))): a problem with the release asked for (the value, from the
    // address bar, shown isolated); Err(None): no such concept.
    let loaded: Result<PageView, Option<(&str, Option<String>)>> =
        match release.as_deref().map(str::parse::<Version>) {
            Some(Err(_)) => Err(Some((s.unknown_release, release.clone()))),
            parsed => {
                let version = parsed.and_then(Result::ok);
                g.concept_page(&props.id, &reader, version)
                    .map_err(|e| match e {
                        Error::UnknownRelease(v) => Some((s.unknown_release, Some(v.to_string()))),
                        Error::NotInRelease(_, v) => Some((s.not_in_release, Some(v.to_string()))),
                        _ => None,
                    })
            }
        };
    let loaded = loaded.map(|mut page| {
        if let Some(t) = &from_term {
            g.mark_from_term(&mut page, t);
        }
        page
    });
    let title = match &loaded {
        Ok(p) => p.name.text.clone(),
        Err(_) => s.not_found_heading.to_string(),
    };
    super::use_title(title.into(), !matches!(loaded, Err(None)));
    match loaded {
        Err(None) => html! {
            <NotFound what={s.concept_not_found} id={props.id.clone()} />
        },
        Err(Some((text, value))) => html! {
            <div class="problem">
                <h1>{ s.not_found_heading }</h1>
                <p>
                    { text }
                    if let Some(value) = value { { " " }{ data(&value) }{ "." } }
                </p>
                if release.is_some() && g.concept(&props.id).is_some() {
                    <p><AppLink to={Route::Concept { id: props.id.to_string() }}>{ s.see_current }</AppLink></p>
                }
                <p><AppLink to={Route::Home}>{ s.back_home }</AppLink></p>
            </div>
        },
        Ok(page) => html! {
            <ConceptView page={page} from_term={from_term.map(AttrValue::from)} />
        },
    }
}

/// Properties of [`ConceptView`].
#[derive(Properties, PartialEq, Clone)]
pub struct ConceptViewProps {
    /// The concept as shown.
    pub page: PageView,
    /// A term the reader came from (a term to avoid, say), to highlight.
    #[prop_or_default]
    pub from_term: Option<AttrValue>,
}

/// A concept, laid out for reading and for print.
#[function_component]
pub fn ConceptView(props: &ConceptViewProps) -> Html {
    let (ui, s, lang) = use_ui();
    let p = &props.page;
    let name = &p.name;
    let on_print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let release = p.release.version.to_string();
    let date = p.release.date.to_string();
    html! {
        <CopyScope>
        <article class="concept" aria-labelledby="concept-title">
            <header class="concept-head">
                <p class="crumbs">
                    <span>{ s.category }{ ": " }</span>
                    <AppLink to={Route::Category { id: p.category.as_str().to_string() }}>{ s.category(p.category) }</AppLink>
                </p>
                <h1 id="concept-title" lang={name.lang.clone()} dir={name.dir.as_str()}>{ name.text.clone() }</h1>
                if name.fallback { <p>{ fallback_note(ui, &name.lang) }</p> }
                <p class="meta">
                    <code lang="en" dir="ltr">{ p.id.clone() }</code>
                    { format!(" · {} ", s.added_in) }<bdi dir="ltr">{ p.added.to_string() }</bdi>
                    if let Some(removed) = p.removed { { format!(" · {} ", s.removed_in) }<bdi dir="ltr">{ removed.to_string() }</bdi> }
                </p>
                if p.pinned {
                    <p class="pinned-notice" role="note">
                        { format!("{} ", s.pinned_notice) }<bdi dir="ltr">{ release.clone() }</bdi>{ " (" }<bdi dir="ltr">{ date.clone() }</bdi>{ "). " }
                        <AppLink to={Route::Concept { id: p.id.clone() }}>{ s.see_current }</AppLink>
                    </p>
                }
                if let Some(t) = &p.matched {
                    <div class="from-term" role="note">
                        <p>
                            { status_badge(s, t.status) }{ " " }
                            <span class="term-text" lang={t.lang.clone()} dir={t.dir.as_str()}>{ t.text.clone() }</span>
                            { " " }{ lang_tag(ui, &t.lang) }{ " " }<CopyButton text={t.text.clone()} />
                        </p>
                        <p>{ instead_labelled(t) }</p>
                    </div>
                }
                <ul class="actions no-print">
                    <li><AppLink to={Route::CompareLanguages { id: p.id.clone() }}>{ s.compare_languages }</AppLink></li>
                    <li><AppLink to={Route::CompareInstruments { id: p.id.clone() }}>{ s.compare_instruments }</AppLink></li>
                    <li><AppLink to={Route::CompareReleases { id: p.id.clone() }}>{ s.compare_releases }</AppLink></li>
                    <li><AppLink to={Route::ComparePair} query={vec![("c", p.id.clone())]} classes="pair-link">{ tools(ui).language_pair }</AppLink></li>
                    <li><AppLink to={Route::Compare} query={vec![("c", p.id.clone())]}>{ s.compare_concepts }</AppLink></li>
                    <li><button type="button" onclick={on_print}>{ s.print }</button></li>
                    <li>
                        { download_menu(ui, &lang, Offer {
                            selection: "concept",
                            concepts: vec![p.id.clone()],
                            release: p.pinned.then(|| release.clone()),
                            label: p.id.clone(),
                            ..Default::default()
                        }) }
                    </li>
                </ul>
            </header>

            <section class="terms-section" aria-labelledby="terms-heading">
                <h2 id="terms-heading">{ s.terms_heading }</h2>
                <div class="lang-grid">
                    { for p.languages.iter().map(|l| html! {
                        <LanguageTerms view={l.clone()} highlight={props.from_term.clone()} />
                    }) }
                </div>
            </section>

            { definitions(p, ui, s) }
            { guidance(p, ui, s) }
            { provisions(p, ui, s) }
            { related(p, ui, s) }

            <section class="history" aria-labelledby="history-heading">
                <h2 id="history-heading">{ s.history_heading }</h2>
                <ol>
                    { for p.history.iter().map(|h| html! {
                        <li>
                            <AppLink to={Route::Concept { id: p.id.clone() }} query={vec![("release", h.release.to_string())]}>
                                { format!("{} ", s.release) }<bdi dir="ltr">{ h.release.to_string() }</bdi>
                            </AppLink>
                            { ": " }{ in_lang(&h.summary.lang, &h.summary.text) }
                        </li>
                    }) }
                </ol>
            </section>

            <CiteThis id={p.id.clone()} name={name.text.clone()} name_lang={name.lang.clone()} release={release} date={date} />
        </article>
        </CopyScope>
    }
}

fn definitions(p: &PageView, ui: UiLang, s: &Strings) -> Html {
    let t = tools(ui);
    html! {
        <section class="definitions" aria-labelledby="definitions-heading">
            <h2 id="definitions-heading">{ s.definitions_heading }</h2>
            if !p.definitions.is_empty() {
                <p class="hint own-wording-note">{ t.own_wording_hint }{ " " }{ t.verified_means }</p>
            }
            if p.definitions.is_empty() {
                <p class="missing">{ s.no_definition }</p>
            }
            { for p.definitions.iter().enumerate().map(|(i, d)| html! {
                <div class="definition">
                    if i == 0 && p.definition_fallback { <p>{ fallback_note(ui, &d.text.lang) }</p> }
                    <p class="definition-text" lang={d.text.lang.clone()} dir={d.text.dir.as_str()}>{ d.text.text.clone() }</p>
                    <p class="source">
                        <span class="badge own-wording" title={t.own_wording_hint}>{ t.own_wording }</span>
                        { " " }{ lang_tag(ui, &d.text.lang) }
                        { format!(" · {} ", t.based_on) }{ citation(&d.source, s) }
                    </p>
                    <p class="visually-hidden">{ t.own_wording_hint }</p>
                </div>
            }) }
        </section>
    }
}

fn guidance(p: &PageView, ui: UiLang, s: &Strings) -> Html {
    if p.guidance.is_empty() {
        return html! {};
    }
    html! {
        <section class="guidance" aria-labelledby="guidance-heading">
            <h2 id="guidance-heading">{ s.guidance_heading }</h2>
            <ul class="guidance-list">
                { for p.guidance.iter().map(|x| html! {
                    <li class="guidance-item">
                        <p>
                            <AppLink to={Route::Instrument { id: x.guideline.clone() }}>{ data(&x.guideline_name) }</AppLink>
                            { ": " }<span class={classes!("badge", format!("advice-{}", x.advice.as_str()))}>{ s.advice(x.advice) }</span>
                            if let Some(term) = &x.term {
                                { format!(" · {} ", s.about_term) }{ in_lang(&term.lang, &term.text) }
                            }
                        </p>
                        if let Some(reason) = &x.reason { <p class="reason">{ lang_text(reason, ui) }</p> }
                        <p class="source">{ s.source }{ " " }{ citation(&x.cite, s) }</p>
                    </li>
                }) }
            </ul>
        </section>
    }
}

fn provisions(p: &PageView, ui: UiLang, s: &Strings) -> Html {
    if p.provisions.is_empty() {
        return html! {};
    }
    html! {
        <section class="provisions-cited" aria-labelledby="provisions-heading">
            <h2 id="provisions-heading">{ s.citations_heading }</h2>
            <ul class="citation-list">
                { for p.provisions.iter().map(|c| html! {
                    <li>
                        { citation(&c.cite, s) }
                        if let Some(kind) = c.kind {
                            { " " }<span class="badge kind">{ s.provision_kind(kind) }</span>
                        }
                        if let Some(summary) = &c.summary {
                            <p class="own-wording-label"><span class="badge own-wording" title={tools(ui).own_wording_hint}>{ tools(ui).own_wording }</span></p>
                            { lang_para(summary, ui, "summary") }
                        }
                        if let Some(q) = crate::data::glossary().quote_of(&c.cite) {
                            <figure class="quote">
                                <blockquote lang={q.lang.clone()} dir={q.dir.as_str()}>{ q.text.clone() }</blockquote>
                                <figcaption>{ s.quotation }{ " " }{ lang_tag(ui, &q.lang) }</figcaption>
                            </figure>
                        }
                    </li>
                }) }
            </ul>
        </section>
    }
}

fn related(p: &PageView, ui: UiLang, s: &Strings) -> Html {
    if p.relations.is_empty() {
        return html! {};
    }
    html! {
        <section class="related" aria-labelledby="related-heading">
            <h2 id="related-heading">{ s.related_heading }</h2>
            <dl>
                { for p.relations.iter().map(|g| html! {
                    <>
                        <dt>{ s.relation(g.kind) }</dt>
                        { for g.concepts.iter().map(|c| html! { <dd>{ concept_link(c, ui) }</dd> }) }
                    </>
                }) }
            </dl>
        </section>
    }
}
