//! The frame of every page: skip link, header with navigation and language menus, footer.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::text::date;
use yew_router::prelude::*;

use crate::components::link::AppLink;
use crate::hooks::{use_app, use_ui};
use crate::i18n::{UiLang, dir_of, lang_name};
use crate::route::Route;
use crate::state::Action;

fn select_value(e: &Event) -> Option<String> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
}

/// The header: the name, the main menu and the two language menus.
#[function_component]
pub fn Header() -> Html {
    let app = use_app();
    let (ui, s, lang) = use_ui();
    let route = use_route::<Route>();
    let on_ui = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            if let Some(ui) = select_value(&e).as_deref().and_then(UiLang::from_tag) {
                app.dispatch(Action::SetUi(ui));
            }
        })
    };
    let on_lang = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            if let Some(lang) = select_value(&e) {
                app.dispatch(Action::SetLang(lang));
            }
        })
    };
    let is = |r: &[Route]| route.as_ref().is_some_and(|x| r.contains(x));
    let in_compare = matches!(
        route,
        Some(
            Route::Compare
                | Route::CompareLanguages { .. }
                | Route::CompareInstruments { .. }
                | Route::CompareReleases { .. }
        )
    );
    let in_instruments = matches!(route, Some(Route::Instruments | Route::Instrument { .. }));
    // Home and the results have the main search box; every other page has this one.
    let on_home = matches!(route, Some(Route::Home | Route::Search) | None);
    let navigator = use_navigator();
    let on_search = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        let value = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("site-q"))
            .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|i| i.value())
            .unwrap_or_default();
        if let Some(nav) = &navigator {
            if value.trim().is_empty() {
                nav.push(&Route::Search);
            } else {
                let _ = nav.push_with_query(&Route::Search, vec![("q", value)]);
            }
        }
    });
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main">{ s.skip_to_content }</a>
            <div class="brand">
                <AppLink to={Route::Home} classes="brand-name">{ "luxterm" }</AppLink>
                <span class="tagline">{ s.app_tagline }</span>
            </div>
            <nav aria-label={s.nav_label} class="main-nav">
                <ul>
                    <li><AppLink to={Route::Home} current={is(&[Route::Home, Route::Search])}>{ s.nav_search }</AppLink></li>
                    <li><AppLink to={Route::Instruments} current={in_instruments}>{ s.nav_instruments }</AppLink></li>
                    <li><AppLink to={Route::Compare} current={in_compare}>{ s.nav_compare }</AppLink></li>
                    <li><AppLink to={Route::Check} current={is(&[Route::Check])}>{ s.check.nav }</AppLink></li>
                    <li><AppLink to={Route::Releases} current={is(&[Route::Releases])}>{ s.nav_releases }</AppLink></li>
                </ul>
            </nav>
            if !on_home {
                <form role="search" class="site-search no-print" aria-label={s.nav_search} onsubmit={on_search}>
                    <label for="site-q" class="visually-hidden">{ s.search_label }</label>
                    <input id="site-q" name="q" type="search" autocomplete="off" spellcheck="false"
                        placeholder={s.search_label} />
                    <button type="submit">{ s.search_button }</button>
                </form>
            }
            <div class="lang-menus no-print">
                <div class="field-inline">
                    <label for="ui-lang">{ s.ui_language }</label>
                    <select id="ui-lang" onchange={on_ui}>
                        { for UiLang::ALL.iter().map(|l| html! {
                            <option value={l.code()} lang={l.code()} dir={l.dir()} selected={*l == ui}>{ l.endonym() }</option>
                        }) }
                    </select>
                </div>
                <div class="field-inline terms-lang-menu">
                    <label for="content-lang">{ s.content_language }</label>
                    <select id="content-lang" onchange={on_lang}>
                        { for crate::data::search_part().term_languages().iter().map(|l| html! {
                            <option value={l.clone()} selected={*l == lang}>{ lang_name(ui, l) }</option>
                        }) }
                    </select>
                </div>
            </div>
        </header>
    }
}

/// The footer: what luxterm is, and the release shown.
#[function_component]
pub fn Footer() -> Html {
    let (ui, s, _) = use_ui();
    let release = crate::data::search_part().current_release();
    html! {
        <footer class="site-footer">
            <p>{ s.footer }</p>
            if let Some(r) = release {
                <p>
                    <AppLink to={Route::Releases}>{ format!("{} {}", s.release, r.version) }</AppLink>
                    { format!(" · {} ", s.released_on) }{ date(ui, r.date) }
                </p>
            }
        </footer>
    }
}

/// The direction attribute value for a language tag, as an `AttrValue`.
pub fn dir_attr(lang: &str) -> AttrValue {
    AttrValue::from(dir_of(lang))
}
