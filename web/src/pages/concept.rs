//! A concept: all six UN languages on one screen, definitions, guidance, cited provisions,
//! related concepts, history, and "cite this" — as it stands now or in a given release.

use std::rc::Rc;

use luxterm::{Concept, Error, RelationKind, Status, Version};
use yew::prelude::*;

use super::{concept_name, languages_for, name_link_by_id};
use crate::components::badges::status_badge;
use crate::components::cite::{CiteThis, citation};
use crate::components::link::AppLink;
use crate::components::terms::LanguageTerms;
use crate::components::text::{fallback_note, in_lang, localized};
use crate::hooks::{use_param, use_ui};
use crate::i18n::{Strings, UN_LANGUAGES, UiLang, dir_of};
use crate::route::Route;

/// Properties of [`ConceptPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct ConceptProps {
    /// The concept's id.
    pub id: AttrValue,
}

/// What the URL asks for: the concept now, in a release, or an error to show.
enum Loaded {
    Found(Rc<Concept>, Option<Version>),
    NoSuchConcept,
    NoSuchRelease(String),
    NotInRelease(Version),
}

fn load(id: &str, release: Option<&str>) -> Loaded {
    let g = crate::data::glossary();
    match release {
        None => match g.concept(id) {
            Some(c) => Loaded::Found(Rc::new(c.clone()), None),
            None => Loaded::NoSuchConcept,
        },
        Some(text) => match text.parse::<Version>() {
            Err(_) => Loaded::NoSuchRelease(text.to_string()),
            Ok(v) => match g.concept_as_of(id, v) {
                Ok(Some(c)) => Loaded::Found(Rc::new(c), Some(v)),
                Ok(None) => Loaded::NotInRelease(v),
                Err(Error::UnknownRelease(_)) => Loaded::NoSuchRelease(text.to_string()),
                Err(_) => Loaded::NoSuchConcept,
            },
        },
    }
}

/// The concept page.
#[function_component]
pub fn ConceptPage(props: &ConceptProps) -> Html {
    let (_, s, lang) = use_ui();
    let release = use_param("release");
    let from_term = use_param("term");
    let loaded = load(&props.id, release.as_deref());
    let title = match &loaded {
        Loaded::Found(c, _) => concept_name(c, &lang)
            .0
            .map(|t| t.text.to_string())
            .unwrap_or_else(|| c.id.to_string()),
        _ => s.not_found_heading.to_string(),
    };
    use_effect_with(title, |t| super::set_title(t));
    let problem = |text: String| {
        html! {
            <div class="problem">
                <h1>{ s.not_found_heading }</h1>
                <p>{ text }</p>
                if release.is_some() && crate::data::glossary().concept(&props.id).is_some() {
                    <p><AppLink to={Route::Concept { id: props.id.to_string() }}>{ s.see_current }</AppLink></p>
                }
                <p><AppLink to={Route::Home}>{ s.back_home }</AppLink></p>
            </div>
        }
    };
    match loaded {
        Loaded::NoSuchConcept => problem(s.concept_not_found.to_string()),
        Loaded::NoSuchRelease(v) => problem(format!("{} {v}.", s.unknown_release)),
        Loaded::NotInRelease(v) => problem(format!("{} {v}.", s.not_in_release)),
        Loaded::Found(concept, pinned) => html! {
            <ConceptView {concept} {pinned} from_term={from_term.map(AttrValue::from)} />
        },
    }
}

/// Properties of [`ConceptView`].
#[derive(Properties, PartialEq, Clone)]
pub struct ConceptViewProps {
    /// The concept as shown.
    pub concept: Rc<Concept>,
    /// The release it is pinned to, if any.
    #[prop_or_default]
    pub pinned: Option<Version>,
    /// A term the reader came from (a term to avoid, say).
    #[prop_or_default]
    pub from_term: Option<AttrValue>,
}

/// A concept, laid out for reading and for print.
#[function_component]
pub fn ConceptView(props: &ConceptViewProps) -> Html {
    let (ui, s, lang) = use_ui();
    let g = crate::data::glossary();
    let c = &props.concept;
    let (name, fell_back) = concept_name(c, &lang);
    let (name_text, name_lang) = name
        .map(|t| (t.text.to_string(), t.lang.to_string()))
        .unwrap_or_else(|| (c.id.to_string(), "en".into()));
    let release = props
        .pinned
        .and_then(|v| g.release(v))
        .or_else(|| g.current_release())
        .map(|r| (r.version.to_string(), r.date.to_string()))
        .unwrap_or_default();
    let from = props.from_term.as_deref().and_then(|text| {
        c.terms
            .iter()
            .find(|t| t.text == text && t.status != Status::Preferred)
    });
    let on_print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <article class="concept" aria-labelledby="concept-title">
            <header class="concept-head">
                <p class="crumbs">
                    <span>{ s.category }{ ": " }</span>
                    <AppLink to={Route::Category { id: c.category.as_str().to_string() }}>{ s.category(c.category) }</AppLink>
                </p>
                <h1 id="concept-title" lang={name_lang.clone()} dir={dir_of(&name_lang)}>{ name_text.clone() }</h1>
                if fell_back { <p>{ fallback_note(ui, &name_lang) }</p> }
                <p class="meta">
                    <code lang="en" dir="ltr">{ c.id.to_string() }</code>
                    { format!(" · {} {}", s.added_in, c.added) }
                    if let Some(removed) = c.removed { { format!(" · {} {removed}", s.removed_in) } }
                </p>
                if let Some(v) = props.pinned {
                    <p class="pinned-notice" role="note">
                        { format!("{} {v} ({}). ", s.pinned_notice, release.1) }
                        <AppLink to={Route::Concept { id: c.id.to_string() }}>{ s.see_current }</AppLink>
                    </p>
                }
                if let Some(t) = from {
                    <div class="from-term" role="note">
                        <p>
                            { status_badge(s, t.status) }{ " " }
                            <span class="term-text" lang={t.lang.to_string()} dir={dir_of(&t.lang)}>{ t.text.to_string() }</span>
                        </p>
                        if let Some(instead) = &t.instead {
                            <p><strong>{ s.use_instead }</strong>{ " " }{ in_lang(&t.lang, instead) }</p>
                        }
                        if let Some(why) = &t.why {
                            <p><strong>{ s.why }</strong>{ " " }{ in_lang(t.lang_of(why), why) }</p>
                        }
                    </div>
                }
                <ul class="actions no-print">
                    <li><AppLink to={Route::CompareLanguages { id: c.id.to_string() }}>{ s.compare_languages }</AppLink></li>
                    <li><AppLink to={Route::CompareInstruments { id: c.id.to_string() }}>{ s.compare_instruments }</AppLink></li>
                    <li><AppLink to={Route::CompareReleases { id: c.id.to_string() }}>{ s.compare_releases }</AppLink></li>
                    <li><AppLink to={Route::Compare} query={vec![("c", c.id.to_string())]}>{ s.compare_concepts }</AppLink></li>
                    <li><button type="button" onclick={on_print}>{ s.print }</button></li>
                </ul>
            </header>

            <section class="terms-section" aria-labelledby="terms-heading">
                <h2 id="terms-heading">{ s.terms_heading }</h2>
                <div class="lang-grid">
                    { for languages_for(c, &lang).into_iter().filter(|l| UN_LANGUAGES.contains(&l.as_str()) || c.terms.iter().any(|t| t.lang == *l)).map(|l| html! {
                        <LanguageTerms concept={c.clone()} lang={AttrValue::from(l)} highlight={props.from_term.clone()} />
                    }) }
                </div>
            </section>

            { definitions(c, ui, s, &lang) }
            { guidance(c, ui, s, &lang) }
            { provisions(c, ui, s) }
            { related(c, ui, s, &lang) }

            <section class="history" aria-labelledby="history-heading">
                <h2 id="history-heading">{ s.history_heading }</h2>
                <ol>
                    { for c.history.iter().map(|h| html! {
                        <li>
                            <AppLink to={Route::Concept { id: c.id.to_string() }} query={vec![("release", h.release.to_string())]}>
                                { format!("{} {}", s.release, h.release) }
                            </AppLink>
                            { ": " }<span lang="en" dir="ltr">{ h.summary.to_string() }</span>
                        </li>
                    }) }
                </ol>
            </section>

            <CiteThis id={c.id.to_string()} name={name_text} name_lang={name_lang} release={release.0} date={release.1} />
        </article>
    }
}

fn definitions(c: &Concept, ui: UiLang, s: &Strings, lang: &str) -> Html {
    let order = |l: &str| {
        (
            l != lang,
            l != "en",
            UN_LANGUAGES.iter().position(|x| *x == l).unwrap_or(99),
        )
    };
    let mut defs: Vec<_> = c.definitions.iter().collect();
    luxterm::sort::sort_by_key(&mut defs, |d| order(&d.lang));
    let has_own = defs.iter().any(|d| d.lang == lang);
    html! {
        <section class="definitions" aria-labelledby="definitions-heading">
            <h2 id="definitions-heading">{ s.definitions_heading }</h2>
            if defs.is_empty() {
                <p class="missing">{ s.no_definition }</p>
            }
            { for defs.iter().enumerate().map(|(i, d)| html! {
                <div class="definition">
                    if i == 0 && !has_own { <p>{ fallback_note(ui, &d.lang) }</p> }
                    <p class="definition-text" lang={d.lang.to_string()} dir={dir_of(&d.lang)}>{ d.text.to_string() }</p>
                    <p class="source">{ s.source }{ " " }{ citation(&d.source, ui, s) }</p>
                </div>
            }) }
        </section>
    }
}

fn guidance(c: &Concept, ui: UiLang, s: &Strings, lang: &str) -> Html {
    if c.guidance.is_empty() {
        return html! {};
    }
    let g = crate::data::glossary();
    html! {
        <section class="guidance" aria-labelledby="guidance-heading">
            <h2 id="guidance-heading">{ s.guidance_heading }</h2>
            <ul class="guidance-list">
                { for c.guidance.iter().map(|x| {
                    let advice_class = format!("advice-{}", match x.advice { luxterm::Advice::Use => "use", luxterm::Advice::UseWithCaution => "use-with-caution", luxterm::Advice::Avoid => "avoid" });
                    html! {
                        <li class="guidance-item">
                            <p>
                                <AppLink to={Route::Instrument { id: x.guideline.to_string() }}>{ g.short_name(&x.guideline, ui.code()).to_string() }</AppLink>
                                { ": " }<span class={classes!("badge", advice_class)}>{ s.advice(x.advice) }</span>
                                if let Some(term) = &x.term {
                                    { format!(" · {} ", s.about_term) }{ in_lang(&x.term_lang, term) }
                                }
                            </p>
                            if let Some(reason) = localized(&x.reason, lang, ui) { <p class="reason">{ reason }</p> }
                            <p class="source">{ s.source }{ " " }{ citation(&x.cite, ui, s) }</p>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

fn provisions(c: &Concept, ui: UiLang, s: &Strings) -> Html {
    if c.citations.is_empty() {
        return html! {};
    }
    let g = crate::data::glossary();
    html! {
        <section class="provisions-cited" aria-labelledby="provisions-heading">
            <h2 id="provisions-heading">{ s.citations_heading }</h2>
            <ul class="citation-list">
                { for c.citations.iter().map(|e| {
                    let provision = e.citation.provision.as_deref().and_then(|p| g.provision(&e.citation.instrument, p));
                    html! {
                        <li>
                            { citation(&e.citation, ui, s) }
                            if let Some(p) = provision {
                                { " " }<span class="badge kind">{ s.provision_kind(p.kind) }</span>
                                if let Some(summary) = localized(&p.summary, ui.code(), ui) { <p class="summary">{ summary }</p> }
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

fn related(c: &Concept, ui: UiLang, s: &Strings, lang: &str) -> Html {
    if c.relations.is_empty() {
        return html! {};
    }
    let kinds = [
        RelationKind::ReplacedBy,
        RelationKind::Broader,
        RelationKind::Narrower,
        RelationKind::Related,
    ];
    html! {
        <section class="related" aria-labelledby="related-heading">
            <h2 id="related-heading">{ s.related_heading }</h2>
            <dl>
                { for kinds.into_iter().filter(|k| c.relations.iter().any(|r| r.kind == *k)).map(|k| html! {
                    <>
                        <dt>{ s.relation(k) }</dt>
                        { for c.relations.iter().filter(|r| r.kind == k).map(|r| html! {
                            <dd>{ name_link_by_id(&r.concept, lang, ui) }</dd>
                        }) }
                    </>
                }) }
            </dl>
        </section>
    }
}
