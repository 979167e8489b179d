//! A concept's terms in one language, grouped by status, with each instrument's legal term marked
//! and, for terms to avoid, what to say instead and why. The grouping, order and replacements come
//! from the core's view ([`luxterm::view::LanguageTerms`]).

use luxterm::Status;
use luxterm::view::{LanguageTerms as LanguageView, TermView};
use yew::prelude::*;

use crate::components::badges::{lang_tag, status_badge};
use crate::components::cite::citation;
use crate::components::copy::CopyButton;
use crate::components::link::AppLink;
use crate::components::text::{in_lang, para_in_lang};
use crate::hooks::use_ui;
use crate::i18n::lang_name;
use crate::route::Route;

/// Properties of [`LanguageTerms`].
#[derive(Properties, PartialEq, Clone)]
pub struct LanguageTermsProps {
    /// The terms of one language, grouped by status.
    pub view: LanguageView,
    /// The term to highlight (one the reader came from).
    #[prop_or_default]
    pub highlight: Option<AttrValue>,
}

/// The terms of a concept in one language, grouped by status; says so when there are none.
#[function_component]
pub fn LanguageTerms(props: &LanguageTermsProps) -> Html {
    let (ui, s, _) = use_ui();
    let v = &props.view;
    let lang = v.lang.as_str();
    let heading_id = format!("terms-{lang}");
    html! {
        <section class="lang-block" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ lang_name(ui, lang) }<span class="lang-code" lang="en">{ format!(" ({lang})") }</span></h3>
            if v.groups.is_empty() {
                <p class="missing">{ s.no_term_yet }</p>
            }
            { for v.groups.iter().map(|g| html! {
                <div class={classes!("status-group", format!("group-{}", g.status.as_str()))}>
                    <h4>{ status_badge(s, g.status) }</h4>
                    <ul class="terms">
                        { for g.terms.iter().map(|t| html! {
                            <TermItem term={t.clone()} highlight={props.highlight.as_deref() == Some(t.text.as_str())} />
                        }) }
                    </ul>
                </div>
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct TermItemProps {
    term: TermView,
    highlight: bool,
}

/// One term with its marks and notes.
#[function_component]
fn TermItem(props: &TermItemProps) -> Html {
    let (_, s, _) = use_ui();
    let t = &props.term;
    html! {
        <li class={classes!("term", format!("term-{}", t.status.as_str()), props.highlight.then_some("highlight"))}>
            // The term and its abbreviation are one isolated run in the term's direction
            // ("child sexual abuse material CSAM" in an Arabic page too, not "CSAM child…").
            <bdi class="term-unit" lang={t.lang.clone()} dir={t.dir.as_str()}>
                <span class="term-text" lang={t.lang.clone()} dir={t.dir.as_str()}>{ t.text.clone() }</span>
                if let Some(abbreviation) = &t.abbreviation {
                    { " " }<abbr class="abbreviation" lang={t.lang.clone()} title={format!("{}: {}", s.abbreviation, t.text)}>{ abbreviation.clone() }</abbr>
                }
            </bdi>
            { " " }<CopyButton text={t.text.clone()} />
            if !t.legal_term_of.is_empty() {
                <ul class="legal-terms">
                    { for t.legal_term_of.iter().map(|c| html! {
                        <li class="legal-term"><span class="legal-mark">{ "§ " }{ s.legal_term_of }</span>{ " " }{ citation(c, s) }</li>
                    }) }
                </ul>
            }
            if let Some(note) = &t.note {
                { para_in_lang(&note.lang, &note.text, "term-note") }
            }
            if t.status == Status::Avoid {
                <p class="instead">{ instead(t) }</p>
            }
        </li>
    }
}

/// "Use instead …" and "why" of a term to avoid, with a link when the replacement is another
/// concept's term.
pub fn instead(t: &TermView) -> Html {
    html! { <InsteadOf term={t.clone()} /> }
}

/// [`instead`] where terms of several languages meet (search results, the term a reader came
/// from): the replacement carries its language tag and a copy button.
pub fn instead_labelled(t: &TermView) -> Html {
    html! { <InsteadOf term={t.clone()} labelled=true /> }
}

#[derive(Properties, PartialEq, Clone)]
struct InsteadProps {
    term: TermView,
    #[prop_or_default]
    labelled: bool,
}

#[function_component]
fn InsteadOf(props: &InsteadProps) -> Html {
    let (ui, s, _) = use_ui();
    let t = &props.term;
    html! {
        <>
            if let Some(r) = &t.instead {
                <strong>{ s.use_instead }</strong>{ " " }
                if r.other_concept {
                    <AppLink to={Route::Concept { id: r.concept.clone() }} lang={AttrValue::from(r.text.lang.clone())} dir={AttrValue::from(r.text.dir.as_str())}>{ r.text.text.clone() }</AppLink>
                } else {
                    { in_lang(&r.text.lang, &r.text.text) }
                }
                if props.labelled {
                    { " " }{ lang_tag(ui, &r.text.lang) }{ " " }<CopyButton text={r.text.text.clone()} />
                }
            }
            if let Some(why) = &t.why {
                { " " }<span class="why">{ s.why }{ " " }{ in_lang(&why.lang, &why.text) }</span>
            }
        </>
    }
}
