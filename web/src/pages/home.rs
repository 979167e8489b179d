//! Home: the search box (answering as you type), the categories, the current release.

use yew::prelude::*;

use crate::components::text::date;

use crate::components::download::download_menu;
use crate::components::link::AppLink;
use crate::components::search::SearchPanel;
use crate::hooks::{use_param, use_ui};
use crate::route::Route;

/// Home and search results.
#[function_component]
pub fn Home() -> Html {
    let (ui, s, lang) = use_ui();
    let searching = use_param("q").is_some_and(|q| !q.trim().is_empty());
    let g = crate::data::search_part();
    // Re-render when the whole glossary arrives: the release notes come with it.
    let _ = use_context::<crate::components::loading::Loader>();
    use_effect_with(s.nav_search, |title| super::set_title(title));
    html! {
        <div class="home">
            <h1>{ s.app_tagline }</h1>
            <p class="intro">{ s.intro }</p>
            <SearchPanel />
            if !searching {
                <div class="home-columns">
                    <section aria-labelledby="categories-heading" class="categories">
                        <h2 id="categories-heading">{ s.categories_heading }</h2>
                        <ul class="category-list">
                            { for g.category_counts().into_iter().map(|c| html! {
                                <li>
                                    <AppLink to={Route::Category { id: c.category.as_str().to_string() }}>{ s.category(c.category) }</AppLink>
                                    <span class="count">{ format!(" ({})", crate::intl::number(ui, c.concepts as u64)) }</span>
                                </li>
                            }) }
                        </ul>
                    </section>
                    if let Some(r) = g.current_release() {
                        <section aria-labelledby="release-heading" class="release-box">
                            <h2 id="release-heading">{ s.current_release }</h2>
                            <p class="release-version">
                                <AppLink to={Route::Releases}>{ format!("{} {}", s.release, r.version) }</AppLink>
                                { format!(" · {} ", s.released_on) }{ date(ui, r.date) }
                            </p>
                            <p class="release-counts">
                                { ui.count(g.concepts().len() as u64, &s.concepts) }{ " · " }
                                <AppLink to={Route::Instruments}>{ ui.count(g.instruments().len() as u64, &s.instruments) }</AppLink>
                            </p>
                            if let Some(notes) = crate::data::whole().and_then(|w| w.current_release()).map(|w| w.notes.to_string()) {
                                <p class="release-notes" lang="en" dir="ltr">{ notes }</p>
                            }
                            { download_menu(ui, &lang, Default::default()) }
                        </section>
                    }
                </div>
            }
        </div>
    }
}
