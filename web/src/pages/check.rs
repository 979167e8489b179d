//! Check a text: paste a text or choose (or drop) a file, and see every term to avoid or to use
//! with caution marked in place, with what to use instead, why and the source.
//!
//! The checker is not in the app: it is a WebAssembly module of its own (`web/check`), imported
//! when this page opens (`luxtermChecker` in `static/boot.js`) and built over the whole
//! glossary's bytes the app has already fetched. Files are read in the browser
//! (`File.arrayBuffer`); nothing is uploaded. The module answers with the core's view
//! ([`CheckedText`]), which this page lays out: text nodes and `<mark>`s, never HTML.

use std::cell::RefCell;
use std::rc::Rc;

use luxterm::check::view::{CheckedBlock, CheckedText, MAX_INPUT, PlacedFinding};
use luxterm::check::{FindingCitation, FindingKind, InputError, Level};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::components::badges::verification;
use crate::components::link::AppLink;
use crate::components::text::{in_lang, ltr};
use crate::hooks::use_ui;
use crate::i18n::{CheckStrings, Strings, lang_name};
use crate::route::Route;

#[wasm_bindgen]
extern "C" {
    /// The checker's module, as `static/boot.js` loads it.
    type RemoteChecker;

    /// Imports the module (once) and builds its checker over the whole glossary's bytes.
    #[wasm_bindgen(js_name = luxtermChecker, catch)]
    fn load_checker(whole: &js_sys::Uint8Array) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(method, js_name = checkText, catch)]
    fn check_text(
        this: &RemoteChecker,
        text: &str,
        lang: Option<String>,
    ) -> Result<js_sys::Uint8Array, JsValue>;

    #[wasm_bindgen(method, js_name = checkFile, catch)]
    fn check_file(
        this: &RemoteChecker,
        name: &str,
        bytes: &[u8],
        lang: Option<String>,
    ) -> Result<js_sys::Uint8Array, JsValue>;
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

/// Where the page stands.
#[derive(Clone, PartialEq)]
enum Outcome {
    /// Nothing checked yet.
    Idle,
    /// Reading or checking.
    Busy,
    /// The view of the text (and the file's name, for a file).
    Done(Rc<CheckedText>, Option<String>),
    /// The file could not be read (and its name).
    Bad(InputError, String),
    /// The checker could not be loaded or answered nonsense.
    Broken(String),
}

fn decode_text(bytes: &[u8]) -> Outcome {
    match postcard::from_bytes::<CheckedText>(bytes) {
        Ok(view) => Outcome::Done(Rc::new(view), None),
        Err(e) => Outcome::Broken(e.to_string()),
    }
}

fn decode_file(bytes: &[u8], name: String) -> Outcome {
    match postcard::from_bytes::<Result<CheckedText, InputError>>(bytes) {
        Ok(Ok(view)) => Outcome::Done(Rc::new(view), Some(name)),
        Ok(Err(e)) => Outcome::Bad(e, name),
        Err(e) => Outcome::Broken(e.to_string()),
    }
}

async fn run_text(text: String, lang: Option<String>) -> Outcome {
    let c = match checker().await {
        Ok(c) => c,
        Err(e) => return Outcome::Broken(e),
    };
    match c.check_text(&text, lang) {
        Ok(bytes) => decode_text(&bytes.to_vec()),
        Err(e) => Outcome::Broken(js_message(&e)),
    }
}

async fn run_file(file: web_sys::File, lang: Option<String>) -> Outcome {
    let name = file.name();
    if file.size() > MAX_INPUT as f64 {
        return Outcome::Bad(
            InputError::TooLarge {
                part: name.clone(),
                limit: MAX_INPUT,
            },
            name,
        );
    }
    let buffer = match JsFuture::from(file.array_buffer()).await {
        Ok(b) => b,
        Err(e) => return Outcome::Broken(js_message(&e)),
    };
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let c = match checker().await {
        Ok(c) => c,
        Err(e) => return Outcome::Broken(e),
    };
    match c.check_file(&name, &bytes, lang) {
        Ok(out) => decode_file(&out.to_vec(), name),
        Err(e) => Outcome::Broken(js_message(&e)),
    }
}

fn focus(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

fn level_class(level: Level) -> &'static str {
    match level {
        Level::Avoid => "finding-avoid",
        Level::Caution => "finding-caution",
        Level::Info => "finding-info",
    }
}

/// What to say about a file that could not be read, in the interface language.
fn bad_file(c: &CheckStrings, e: &InputError) -> &'static str {
    match e {
        InputError::InvalidUtf8 { .. } => c.bad_utf8,
        InputError::NotZip(_) => c.bad_zip,
        InputError::NotDocx => c.bad_docx,
        InputError::TooLarge { .. } => c.bad_too_large,
        InputError::ExternalRelationship { .. } => c.bad_external,
        InputError::Dtd { .. } => c.bad_dtd,
        InputError::Xml { .. } => c.bad_xml,
        InputError::NotXliff(_) => c.bad_xliff,
    }
}

/// The count per level, as the live region says it.
fn counts_line(c: &CheckStrings, view: &CheckedText) -> String {
    let sum = &view.summary;
    if view.findings.is_empty() {
        return c.no_findings.to_owned();
    }
    format!(
        "{} {} — {}: {}, {}: {}, {}: {}",
        c.findings_count,
        view.findings.len(),
        c.level(Level::Avoid),
        sum.avoid,
        c.level(Level::Caution),
        sum.caution,
        c.level(Level::Info),
        sum.info
    )
}

/// One block of the text, its findings marked.
fn block_view(b: &CheckedBlock, view: &CheckedText, c: &CheckStrings) -> Html {
    let dir = b.dir.map_or("auto", |d| d.as_str());
    html! {
        <p class="checked-block" lang={b.lang.clone()} {dir}>
            { for b.pieces.iter().map(|p| match p.finding.and_then(|i| view.findings.get(i).map(|f| (i, f))) {
                Some((i, f)) => {
                    let target = format!("finding-{i}");
                    let onclick = Callback::from(move |_: MouseEvent| focus(&target));
                    html! {
                        <mark class={level_class(f.finding.level)}>
                            <button type="button" class="finding-mark" id={format!("mark-{i}")}
                                aria-label={format!("{}: {}", c.level(f.finding.level), p.text)}
                                {onclick}>{ p.text.clone() }</button>
                        </mark>
                    }
                }
                None => html! { { p.text.clone() } },
            }) }
        </p>
    }
}

fn source_view(src: &FindingCitation, s: &Strings) -> Html {
    let place = [src.provision.as_deref(), src.pinpoint.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <li>
            <AppLink to={Route::Instrument { id: src.instrument.clone() }}>{ src.name.clone() }</AppLink>
            if !place.is_empty() { { " " }{ ltr(&place) } }
            { " " }{ verification(s, src.verified, None) }
            if let Some(reason) = &src.reason { <p class="finding-reason">{ reason.clone() }</p> }
        </li>
    }
}

/// One finding in the list: the term found, its level, what to use instead, why, the sources
/// and the concept.
fn finding_view(i: usize, p: &PlacedFinding, s: &Strings, ui: crate::i18n::UiLang) -> Html {
    let c = s.check;
    let f = &p.finding;
    let back = p.marked.then(|| {
        let target = format!("mark-{i}");
        Callback::from(move |_: MouseEvent| focus(&target))
    });
    html! {
        <li id={format!("finding-{i}")} tabindex="-1" class={classes!("finding", level_class(f.level))}>
            <p class="finding-head">
                <span class="badge level">{ c.level(f.level) }</span>
                { " " }
                <strong>{ in_lang(&f.lang, &f.found) }</strong>
                if f.kind != FindingKind::Term { { " · " }{ c.kind(f.kind) } }
                { " · " }{ lang_name(ui, &f.lang) }
            </p>
            if f.form.is_some() {
                <p>{ format!("{} ", c.form_of) }{ in_lang(&f.lang, &f.term) }</p>
            }
            if let Some(instead) = &f.instead {
                <p class="finding-instead">
                    { format!("{} ", s.use_instead) }
                    <strong>{ in_lang(&f.lang, instead) }</strong>
                </p>
            }
            if let Some(why) = &f.why {
                <p class="finding-why">{ format!("{} {why}", s.why) }</p>
            }
            if !f.citations.is_empty() {
                <div class="finding-sources">
                    <p>{ c.sources }</p>
                    <ul>{ for f.citations.iter().map(|src| source_view(src, s)) }</ul>
                </div>
            }
            <p class="finding-links">
                if let Some(id) = &f.concept {
                    <AppLink to={Route::Concept { id: id.clone() }}>{ format!("{} ", c.concept_page) }{ in_lang(&f.lang, &f.term) }</AppLink>
                }
                if let Some(id) = f.instead_concept.as_ref().filter(|id| Some(*id) != f.concept.as_ref()) { // tidy:allow(filter): a second link only when the view names another concept
                    { " · " }
                    <AppLink to={Route::Concept { id: id.clone() }}>{ format!("{} ", c.concept_page) }{ f.instead.as_deref().map(|t| in_lang(&f.lang, t)).unwrap_or_default() }</AppLink>
                }
                if let Some(back) = back {
                    { " · " }<button type="button" class="link-button" onclick={back}>{ c.back_to_text }</button>
                }
            </p>
        </li>
    }
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
    let outcome = use_state(|| Outcome::Idle);
    let dragging = use_state(|| false);
    use_effect_with(c.heading, |title| super::set_title(title));
    // Import the checker as soon as the page opens, so that the first check answers at once.
    use_effect_with((), |_| {
        wasm_bindgen_futures::spawn_local(async {
            let _ = checker().await;
        });
    });

    let chosen_lang = {
        let lang = lang.clone();
        move || Some((*lang).clone()).filter(|l| !l.is_empty()) // tidy:allow(filter): the menu's "detect" entry is empty
    };
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
        let (text, outcome, chosen_lang) = (text.clone(), outcome.clone(), chosen_lang.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (t, l, outcome) = ((*text).clone(), chosen_lang(), outcome.clone());
            outcome.set(Outcome::Busy);
            wasm_bindgen_futures::spawn_local(async move {
                outcome.set(run_text(t, l).await);
            });
        })
    };
    let check_file = {
        let (outcome, chosen_lang) = (outcome.clone(), chosen_lang.clone());
        Callback::from(move |file: web_sys::File| {
            let (l, outcome) = (chosen_lang(), outcome.clone());
            outcome.set(Outcome::Busy);
            wasm_bindgen_futures::spawn_local(async move {
                outcome.set(run_file(file, l).await);
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

    let status_line = match &*outcome {
        Outcome::Idle => String::new(),
        Outcome::Busy => c.checking.to_owned(),
        Outcome::Done(view, _) => counts_line(c, view),
        Outcome::Bad(e, _) => bad_file(c, e).to_owned(),
        Outcome::Broken(_) => c.checker_failed.to_owned(),
    };
    let results = match &*outcome {
        Outcome::Done(view, file) => html! {
            <>
                if let Some(name) = file {
                    <p class="checked-file">{ format!("{} ", c.file) }<bdi>{ name.clone() }</bdi></p>
                }
                <ul class="check-counts">
                    <li class="finding-avoid">{ format!("{}: ", c.level(Level::Avoid)) }<strong>{ view.summary.avoid.to_string() }</strong></li>
                    <li class="finding-caution">{ format!("{}: ", c.level(Level::Caution)) }<strong>{ view.summary.caution.to_string() }</strong></li>
                    <li class="finding-info">{ format!("{}: ", c.level(Level::Info)) }<strong>{ view.summary.info.to_string() }</strong></li>
                </ul>
                if !view.blocks.is_empty() {
                    <section aria-labelledby="checked-heading" class="checked-text-section">
                        <h2 id="checked-heading">{ c.text_heading }</h2>
                        <div class="checked-text">
                            { for view.blocks.iter().map(|b| block_view(b, view, c)) }
                        </div>
                    </section>
                }
                if !view.findings.is_empty() {
                    <section aria-labelledby="findings-heading">
                        <h2 id="findings-heading">{ c.findings_heading }</h2>
                        <ol class="findings">
                            { for view.findings.iter().enumerate().map(|(i, p)| finding_view(i, p, s, ui)) }
                        </ol>
                    </section>
                }
            </>
        },
        Outcome::Bad(e, name) => html! {
            <div class="load-failed" role="alert">
                <p>{ bad_file(c, e) }</p>
                <p class="load-reason" lang="en" dir="ltr"><bdi>{ name.clone() }</bdi>{ ": " }<code>{ e.to_string() }</code></p>
            </div>
        },
        Outcome::Broken(reason) => html! {
            <div class="load-failed" role="alert">
                <p>{ c.checker_failed }</p>
                <p class="load-reason" lang="en" dir="ltr"><code>{ reason.clone() }</code></p>
            </div>
        },
        Outcome::Idle | Outcome::Busy => Html::default(),
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
            <p class="check-status" role="status" aria-live="polite" aria-busy={(*outcome == Outcome::Busy).then_some("true")}>{ status_line }</p>
            { results }
        </div>
    }
}
