//! A link to a view of the app, with query parameters and any attributes a passage needs.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::{Query, Route, href};

/// Properties of [`AppLink`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppLinkProps {
    /// The view.
    pub to: Route,
    /// Its query parameters.
    #[prop_or_default]
    pub query: Query,
    /// CSS classes.
    #[prop_or_default]
    pub classes: Classes,
    /// The language of the link text, when it differs from the page's.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// The writing direction of the link text.
    #[prop_or_default]
    pub dir: Option<AttrValue>,
    /// `aria-current`, for the current page in a menu.
    #[prop_or_default]
    pub current: bool,
    /// The link text.
    #[prop_or_default]
    pub children: Html,
}

/// An `<a href>` that opens the view in the app (and, with a modifier key, in a new tab).
#[function_component]
pub fn AppLink(props: &AppLinkProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let (to, query) = (props.to.clone(), props.query.clone());
        Callback::from(move |e: MouseEvent| {
            if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
                return;
            }
            if let Some(nav) = &navigator {
                e.prevent_default();
                crate::nav::leaving();
                if query.is_empty() {
                    nav.push(&to);
                } else {
                    let _ = nav.push_with_query(&to, &query);
                }
            }
        })
    };
    html! {
        <a
            href={href(&props.to, &props.query)}
            class={props.classes.clone()}
            lang={props.lang.clone()}
            dir={props.dir.clone()}
            aria-current={props.current.then_some("page")}
            {onclick}
        >
            { props.children.clone() }
        </a>
    }
}
