//! Check a text: paste a text or choose (or drop) a file, and see every term to avoid or to use
//! with caution marked in place, with what to use instead, why and the source.
//!
//! Neither the checker nor the page's form is in the app: both are a WebAssembly module of their
//! own (`web/check`), imported when this page opens (`luxtermChecker` in `static/boot.js`),
//! built over the whole glossary's bytes the app has already fetched, and mounted into an
//! element this page leaves empty. The module lays out the core's view of the checked text
//! (text nodes and elements, never HTML); this page only sends links in it to the app's router.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks::use_ui;
use crate::route::Route;

#[wasm_bindgen]
extern "C" {
    /// The checker's module, as `static/boot.js` loads it (`WebChecker` in `web/check`).
    type RemoteChecker;

    /// Imports the module (once) and builds its checker over the whole glossary's bytes.
    #[wasm_bindgen(js_name = luxtermChecker, catch)]
    fn load_checker(whole: &js_sys::Uint8Array) -> Result<js_sys::Promise, JsValue>;

    /// Renders the form and results into `root` in the interface language `ui`.
    #[wasm_bindgen(method, catch)]
    fn mount(this: &RemoteChecker, root: &web_sys::Element, ui: &str) -> Result<(), JsValue>;
}

thread_local! {
    static CHECKER: RefCell<Option<Rc<RemoteChecker>>> = const { RefCell::new(None) };
}

fn js_message(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "no reason given".to_owned())
}

/// The checker, imported and built on first use.
async fn checker() -> Result<Rc<RemoteChecker>, String> {
    if let Some(c) = CHECKER.with(|c| c.borrow().clone()) {
        return Ok(c);
    }
    let whole = crate::data::whole_bytes().ok_or("the glossary has not arrived yet")?;
    let promise = load_checker(&js_sys::Uint8Array::from(whole)).map_err(|e| js_message(&e))?;
    let value = JsFuture::from(promise).await.map_err(|e| js_message(&e))?;
    let c = Rc::new(value.unchecked_into::<RemoteChecker>());
    CHECKER.with(|slot| *slot.borrow_mut() = Some(c.clone()));
    Ok(c)
}

/// Where the checker stands.
#[derive(Clone, PartialEq)]
enum Status {
    Loading,
    Ready,
    Failed(String),
}

/// The Check page.
#[function_component]
pub fn CheckPage() -> Html {
    let (ui, s, _) = use_ui();
    let c = s.check;
    let root = use_node_ref();
    let status = use_state(|| Status::Loading);
    let navigator = use_navigator();
    use_effect_with(c.heading, |title| super::set_title(title));
    // Import the checker when the page opens, and mount its form (again when the interface
    // language changes).
    {
        let (root, status) = (root.clone(), status.clone());
        use_effect_with(ui, move |ui| {
            let code = ui.code();
            wasm_bindgen_futures::spawn_local(async move {
                let mounted = match (checker().await, root.cast::<web_sys::Element>()) {
                    (Ok(c), Some(el)) => c.mount(&el, code).map_err(|e| js_message(&e)),
                    (Err(e), _) => Err(e),
                    (_, None) => return,
                };
                status.set(match mounted {
                    Ok(()) => Status::Ready,
                    Err(e) => Status::Failed(e),
                });
            });
        });
    }
    // Links to concepts and instruments in the findings open in the app, as its own links do.
    let on_click = Callback::from(move |e: MouseEvent| {
        if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
            return;
        }
        let href = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a[href^='/']").ok().flatten())
            .and_then(|a| a.get_attribute("href"));
        if let (Some(route), Some(nav)) = (href.as_deref().and_then(Route::recognize), &navigator) {
            e.prevent_default();
            nav.push(&route);
        }
    });
    html! {
        <div class="check-page">
            <h1>{ c.heading }</h1>
            <p class="intro">{ c.intro }</p>
            if *status == Status::Loading {
                <p class="loading" role="status" aria-live="polite" aria-busy="true">{ c.loading }</p>
            }
            if let Status::Failed(reason) = &*status {
                <div class="load-failed" role="alert">
                    <p>{ c.checker_failed }</p>
                    <p class="load-reason" lang="en" dir="ltr"><code>{ reason.clone() }</code></p>
                </div>
            }
            // Filled by the checker's module; yew renders no child here.
            <div class="check-app" ref={root} onclick={on_click}></div>
        </div>
    }
}
