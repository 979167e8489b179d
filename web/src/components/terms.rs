//! A concept's terms in one language, grouped by status, with each instrument's legal term marked
//! and, for terms to avoid, what to say instead and why.

use std::rc::Rc;

use luxterm::{Concept, Status, Term};
use yew::prelude::*;

use crate::components::badges::status_badge;
use crate::components::cite::citation;
use crate::components::link::AppLink;
use crate::components::text::{in_lang, para_in_lang};
use crate::hooks::use_ui;
use crate::i18n::{dir_of, lang_name};
use crate::route::Route;

/// The order terms are grouped in.
pub const STATUSES: [Status; 4] = [
    Status::Preferred,
    Status::Admitted,
    Status::UseWithCaution,
    Status::Avoid,
];

/// Properties of [`LanguageTerms`].
#[derive(Properties, PartialEq, Clone)]
pub struct LanguageTermsProps {
    /// The concept (as of the release shown).
    pub concept: Rc<Concept>,
    /// The language.
    pub lang: AttrValue,
    /// The term to highlight (one the reader came from).
    #[prop_or_default]
    pub highlight: Option<AttrValue>,
}

/// The terms of a concept in one language, grouped by status; says so when there are none.
#[function_component]
pub fn LanguageTerms(props: &LanguageTermsProps) -> Html {
    let (ui, s, _) = use_ui();
    let lang = props.lang.as_str();
    let terms: Vec<&Term> = props
        .concept
        .terms
        .iter()
        .filter(|t| t.lang == lang)
        .collect();
    let heading_id = format!("terms-{lang}");
    html! {
        <section class="lang-block" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ lang_name(ui, lang) }<span class="lang-code" lang="en">{ format!(" ({lang})") }</span></h3>
            if terms.is_empty() {
                <p class="missing">{ s.no_term_yet }</p>
            }
            { for STATUSES.iter().filter(|st| terms.iter().any(|t| t.status == **st)).map(|st| html! {
                <div class={classes!("status-group", format!("group-{}", st.as_str()))}>
                    <h4>{ status_badge(s, *st) }</h4>
                    <ul class="terms">
                        { for terms.iter().filter(|t| t.status == *st).map(|t| term_item(t, props.highlight.as_deref() == Some(&*t.text))) }
                    </ul>
                </div>
            }) }
        </section>
    }
}

/// One term with its marks and notes.
#[function_component]
fn TermItem(props: &TermItemProps) -> Html {
    let (ui, s, _) = use_ui();
    let t = &props.term;
    html! {
        <li class={classes!("term", format!("term-{}", t.status.as_str()), props.highlight.then_some("highlight"))}>
            <span class="term-text" lang={t.lang.to_string()} dir={dir_of(&t.lang)}>{ t.text.to_string() }</span>
            if let Some(abbreviation) = &t.abbreviation {
                { " " }<abbr class="abbreviation" lang={t.lang.to_string()} title={format!("{}: {}", s.abbreviation, t.text)}>{ abbreviation.to_string() }</abbr>
            }
            if !t.legal_term_of.is_empty() {
                <ul class="legal-terms">
                    { for t.legal_term_of.iter().map(|c| html! {
                        <li class="legal-term"><span class="legal-mark">{ "§ " }{ s.legal_term_of }</span>{ " " }{ citation(c, ui, s) }</li>
                    }) }
                </ul>
            }
            if let Some(note) = &t.note {
                { para_in_lang(t.lang_of(note), note, "term-note") }
            }
            if t.status == Status::Avoid {
                <p class="instead">
                    if let Some(instead) = &t.instead {
                        <strong>{ s.use_instead }</strong>{ " " }
                        if let Some(other) = &t.instead_concept {
                            <AppLink to={Route::Concept { id: other.to_string() }} lang={AttrValue::from(t.lang.to_string())} dir={AttrValue::from(dir_of(&t.lang))}>{ instead.to_string() }</AppLink>
                        } else {
                            { in_lang(&t.lang, instead) }
                        }
                    }
                    if let Some(why) = &t.why {
                        { " " }<span class="why">{ s.why }{ " " }{ in_lang(t.lang_of(why), why) }</span>
                    }
                </p>
            }
        </li>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct TermItemProps {
    term: Term,
    highlight: bool,
}

fn term_item(t: &Term, highlight: bool) -> Html {
    html! { <TermItem term={t.clone()} {highlight} /> }
}
