//! Check a text: paste a text or choose (or drop) a file, and see every term to avoid or to use
//! with caution marked in place, with what to use instead, why and the source.
//!
//! The checker is not in the app, nor the code that shows its findings: both are a WebAssembly
//! module of their own (`web/check`), imported when this page opens (`luxtermChecker` in
//! `static/boot.js`) and built over the whole glossary's bytes the app has already fetched. This
//! page holds the form and a live region; the module lays out the core's view of the checked
//! text in the results element (text nodes and elements, never HTML). Files are read in the
//! browser (`File.arrayBuffer`); nothing is uploaded.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks::use_ui;
use crate::i18n::lang_name;
use crate::route::Route;

#[wasm_bindgen]
extern "C" {
    /// The checker's module, as `static/boot.js` loads it (`WebChecker` in `web/check`).
    type RemoteChecker;

    /// Imports the module (once) and builds its checker over the whole glossary's bytes.
    #[wasm_bindgen(js_name = luxtermChecker, catch)]
    fn load_checker(whole: &js_sys::Uint8Array) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(method, js_name = checkText, catch)]
    fn check_text(
        this: &RemoteChecker,
        out: &web_sys::Element,
        text: &str,
        lang: Option<String>,
        ui: &str,
    ) -> Result<String, JsValue>;

    #[wasm_bindgen(method, js_name = refuseSize, catch)]
    fn refuse_size(
        this: &RemoteChecker,
        out: &web_sys::Element,
        name: &str,
        size: f64,
        ui: &str,
    ) -> Result<Option<String>, JsValue>;

    #[wasm_bindgen(method, js_name = checkFile, catch)]
    fn check_file(
        this: &RemoteChecker,
        out: &web_sys::Element,
        name: &str,
        bytes: &[u8],
        lang: Option<String>,
        ui: &str,
    ) -> Result<String, JsValue>;
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

/// What was last checked, to check again in another interface language.
#[derive(Clone)]
enum Input {
    Text(String),
    File(String, Rc<Vec<u8>>),
}

/// Checks `input` into `out`; the sentence for the live region, or why the checker failed.
async fn run(
    input: Input,
    out: web_sys::Element,
    lang: Option<String>,
    ui: &str,
) -> Result<String, String> {
    let c = checker().await?;
    match input {
        Input::Text(text) => c.check_text(&out, &text, lang, ui),
        Input::File(name, bytes) => c.check_file(&out, &name, &bytes, lang, ui),
    }
    .map_err(|e| js_message(&e))
}

/// Reads a file in the browser, unless the checker says it is too large.
async fn read(
    file: &web_sys::File,
    out: &web_sys::Element,
    ui: &str,
) -> Result<Result<Input, String>, String> {
    let c = checker().await?;
    if let Some(refused) = c
        .refuse_size(out, &file.name(), file.size(), ui)
        .map_err(|e| js_message(&e))?
    {
        return Ok(Err(refused));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| js_message(&e))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    Ok(Ok(Input::File(file.name(), Rc::new(bytes))))
}

/// Where the page stands.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Busy,
    /// The sentence the checker's module returned.
    Said(String),
    /// The checker could not be loaded (the reason).
    Broken(String),
}

fn input_file(e: &Event) -> Option<web_sys::File> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|i| i.files())
        .and_then(|f| f.get(0))
}

/// The Check page.
#[function_component]
pub fn CheckPage() -> Html {
    let (ui, s, _) = use_ui();
    let c = s.check;
    let text = use_state(String::new);
    let lang = use_state(String::new);
    let status = use_state(|| Status::Idle);
    let dragging = use_state(|| false);
    let results = use_node_ref();
    let last = use_mut_ref(|| None::<Input>);
    let navigator = use_navigator();
    use_effect_with(c.heading, |title| super::set_title(title));
    // Import the checker as soon as the page opens, so that the first check answers at once.
    use_effect_with((), |_| {
        wasm_bindgen_futures::spawn_local(async {
            let _ = checker().await;
        });
    });

    // Checks an input and keeps it, to check it again in another interface language.
    let start = {
        let (status, results, last, lang) =
            (status.clone(), results.clone(), last.clone(), lang.clone());
        Callback::from(move |input: Input| {
            let Some(out) = results.cast::<web_sys::Element>() else {
                return;
            };
            *last.borrow_mut() = Some(input.clone());
            let chosen = Some((*lang).clone()).filter(|l| !l.is_empty()); // tidy:allow(filter): the menu's "detect" entry is empty
            let status = status.clone();
            status.set(Status::Busy);
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match run(input, out, chosen, ui.code()).await {
                    Ok(said) => Status::Said(said),
                    Err(e) => Status::Broken(e),
                });
            });
        })
    };
    {
        let (start, last) = (start.clone(), last.clone());
        use_effect_with(ui, move |_| {
            let again = last.borrow().clone();
            if let Some(input) = again {
                start.emit(input);
            }
        });
    }

    let on_text = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                text.set(t.value());
            }
        })
    };
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |e: Event| {
            if let Some(v) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value())
            {
                lang.set(v);
            }
        })
    };
    let on_submit = {
        let (text, start) = (text.clone(), start.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            start.emit(Input::Text((*text).clone()));
        })
    };
    let check_file = {
        let (status, results, last) = (status.clone(), results.clone(), last.clone());
        Callback::from(move |file: web_sys::File| {
            let Some(out) = results.cast::<web_sys::Element>() else {
                return;
            };
            let (status, start, last) = (status.clone(), start.clone(), last.clone());
            status.set(Status::Busy);
            wasm_bindgen_futures::spawn_local(async move {
                match read(&file, &out, ui.code()).await {
                    Ok(Ok(input)) => start.emit(input),
                    Ok(Err(refused)) => {
                        *last.borrow_mut() = None;
                        status.set(Status::Said(refused));
                    }
                    Err(e) => status.set(Status::Broken(e)),
                }
            });
        })
    };
    let on_file = {
        let check_file = check_file.clone();
        Callback::from(move |e: Event| {
            if let Some(f) = input_file(&e) {
                check_file.emit(f);
            }
        })
    };
    let on_dragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_dragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(f) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                check_file.emit(f);
            }
        })
    };
    // Links to concepts and instruments in the findings open in the app, as its own links do.
    let on_results_click = Callback::from(move |e: MouseEvent| {
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

    let said = match &*status {
        Status::Idle => String::new(),
        Status::Busy => c.checking.to_owned(),
        Status::Said(said) => said.clone(),
        Status::Broken(_) => c.checker_failed.to_owned(),
    };
    html! {
        <div class="check-page">
            <h1>{ c.heading }</h1>
            <p class="intro">{ c.intro }</p>
            <form class="check-form" onsubmit={on_submit}>
                <div class="field">
                    <label for="check-text">{ c.text_label }</label>
                    <textarea id="check-text" rows="8" dir="auto" value={(*text).clone()} oninput={on_text} />
                </div>
                <div class={classes!("drop-zone", dragging.then_some("dragging"))}
                    ondragover={on_dragover} ondragleave={on_dragleave} ondrop={on_drop}>
                    <label for="check-file">{ c.file_label }</label>
                    <input id="check-file" type="file" accept=".txt,.md,.markdown,.docx,.xlf,.xliff" onchange={on_file} />
                    <p class="hint">{ c.drop_hint }</p>
                </div>
                <div class="field-inline">
                    <label for="check-lang">{ c.lang_label }</label>
                    <select id="check-lang" onchange={on_lang}>
                        <option value="" selected={lang.is_empty()}>{ c.detect }</option>
                        { for crate::data::search_part().term_languages().iter().map(|l| html! {
                            <option value={l.clone()} selected={*l == *lang}>{ lang_name(ui, l) }</option>
                        }) }
                    </select>
                </div>
                <p><button type="submit">{ c.check_button }</button></p>
            </form>
            <p class="check-status" role="status" aria-live="polite" aria-busy={(*status == Status::Busy).then_some("true")}>{ said }</p>
            if let Status::Broken(reason) = &*status {
                <div class="load-failed" role="alert">
                    <p>{ c.checker_failed }</p>
                    <p class="load-reason" lang="en" dir="ltr"><code>{ reason.clone() }</code></p>
                </div>
            }
            // Filled by the checker's module; yew renders no child here.
            <div class="check-results" ref={results} onclick={on_results_click}></div>
        </div>
    }
}
