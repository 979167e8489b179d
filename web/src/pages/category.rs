//! The concepts of one category.

use luxterm::{Category, Glossary};
use yew::prelude::*;

use super::concept_name;
use crate::components::link::AppLink;
use crate::components::text::fallback_note;
use crate::hooks::use_ui;
use crate::i18n::dir_of;
use crate::pages::not_found::NotFound;
use crate::route::Route;

/// Properties of [`CategoryPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct CategoryProps {
    /// The category's name in the source format.
    pub id: AttrValue,
}

/// The concepts of a category, by their preferred term in the chosen language.
#[function_component]
pub fn CategoryPage(props: &CategoryProps) -> Html {
    let (ui, s, lang) = use_ui();
    let category = props.id.parse::<Category>().ok();
    let title = category
        .map(|c| s.category(c))
        .unwrap_or(s.not_found_heading);
    use_effect_with(title, |t| super::set_title(t));
    let Some(category) = category else {
        return html! { <NotFound /> };
    };
    let g = Glossary::embedded();
    html! {
        <div class="category-page">
            <h1>{ s.category(category) }</h1>
            <ul class="concept-list">
                { for g.concepts_in(category).map(|c| {
                    let (name, fell_back) = concept_name(c, &lang);
                    let (text, name_lang) = name.map(|t| (t.text.to_string(), t.lang.to_string())).unwrap_or((c.id.to_string(), "en".into()));
                    html! {
                        <li>
                            <AppLink to={Route::Concept { id: c.id.to_string() }} lang={AttrValue::from(name_lang.clone())} dir={AttrValue::from(dir_of(&name_lang))}>{ text }</AppLink>
                            if fell_back { { " " }{ fallback_note(ui, &name_lang) } }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
