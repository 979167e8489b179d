//! The concepts of one category.

use luxterm::Category;
use luxterm::view::Reader;
use yew::prelude::*;

use super::concept_link;
use crate::components::download::{Offer, download_menu};
use crate::hooks::use_ui;
use crate::pages::not_found::NotFound;

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
    super::use_title(
        category.map(|c| s.category(c)).unwrap_or_default().into(),
        category.is_some(),
    );
    let Some(category) = category else {
        return html! { <NotFound what={s.category_not_found} id={props.id.clone()} /> };
    };
    let list = crate::data::search_part()
        .concept_list(Some(category), &Reader::new(ui.code()).with_terms(&lang));
    html! {
        <div class="category-page">
            <h1>{ s.category(category) }</h1>
            { download_menu(ui, &lang, Offer {
                selection: "category",
                category: Some(category.as_str().to_owned()),
                label: category.as_str().to_owned(),
                ..Default::default()
            }) }
            <ul class="concept-list">
                { for list.concepts.iter().map(|c| html! {
                    <li>{ concept_link(&luxterm::view::ConceptLink { id: c.id.clone(), name: c.name.clone() }, ui) }</li>
                }) }
            </ul>
        </div>
    }
}
