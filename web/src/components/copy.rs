//! A copy button per term: puts the term's exact text on the clipboard and says so in a polite
//! live region, which [`CopyScope`] holds for everything inside it (one region per page section,
//! not one per term).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::use_ui;
use crate::i18n_tools::tools;

/// What a copy button says once it is done, through the nearest [`CopyScope`].
#[derive(Clone, PartialEq)]
pub struct Announcer(Callback<String>);

/// Properties of [`CopyScope`].
#[derive(Properties, PartialEq, Clone)]
pub struct CopyScopeProps {
    /// What it holds.
    #[prop_or_default]
    pub children: Html,
}

/// A part of a page whose copy buttons share one live region.
#[function_component]
pub fn CopyScope(props: &CopyScopeProps) -> Html {
    let message = use_state(String::new);
    let announce = {
        let message = message.clone();
        use_callback((), move |text: String, _| message.set(text))
    };
    html! {
        <ContextProvider<Announcer> context={Announcer(announce)}>
            { props.children.clone() }
            <p class="copy-announce visually-hidden" role="status" aria-live="polite">{ (*message).clone() }</p>
        </ContextProvider<Announcer>>
    }
}

/// Properties of [`CopyButton`].
#[derive(Properties, PartialEq, Clone)]
pub struct CopyButtonProps {
    /// The exact text to copy (a term).
    pub text: AttrValue,
}

fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let c = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    (!c.is_undefined() && !c.is_null()).then(|| c.unchecked_into::<web_sys::Clipboard>())
}

/// A small button that copies `text` exactly; works with the keyboard as any button does.
#[function_component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let (ui, s, _) = use_ui();
    let t = tools(ui);
    let announcer = use_context::<Announcer>();
    let onclick = {
        let text = props.text.to_string();
        let (copied, failed) = (t.copied_term, s.copy_failed);
        Callback::from(move |_: MouseEvent| {
            let announce = {
                let announcer = announcer.clone();
                move |message: String| {
                    if let Some(Announcer(a)) = &announcer {
                        a.emit(message);
                    }
                }
            };
            let text = text.clone();
            match clipboard() {
                Some(c) => {
                    let promise = c.write_text(&text);
                    wasm_bindgen_futures::spawn_local(async move {
                        match wasm_bindgen_futures::JsFuture::from(promise).await {
                            Ok(_) => announce(format!("{copied} {text}")),
                            Err(_) => announce(failed.to_string()),
                        }
                    });
                }
                None => announce(failed.to_string()),
            }
        })
    };
    html! {
        <button type="button" class="copy-term no-print" {onclick}
            aria-label={format!("{} {}", t.copy_term, props.text)} data-copy={props.text.clone()}>
            { t.copy }
        </button>
    }
}
