//! The Check page's form, rendered into the element the app leaves for it: a text area, a file
//! input and a drop zone, the language menu, the button, the live region and the results.
//! Files are read in the browser (`File.arrayBuffer`); nothing is uploaded.

use std::cell::RefCell;
use std::rc::Rc;

use luxterm::check::view::{CheckedText, MAX_INPUT};
use luxterm::check::{CheckOptions, Checker, InputError};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, Event};

use crate::render::{self, Dom};
use crate::strings::{self, Strings};

type Result<T = ()> = std::result::Result<T, JsValue>;

/// What was last checked, to check it again when the interface language changes.
#[derive(Clone)]
enum Input {
    Text(String),
    File(String, Rc<Vec<u8>>),
}

/// The page as mounted: its elements, what was checked last, and the listeners (dropped, and
/// so removed from JavaScript's reach, when the page is mounted again).
#[derive(Default)]
struct Mounted {
    last: Option<Input>,
    listeners: Vec<Closure<dyn FnMut(Event)>>,
}

thread_local! {
    static MOUNTED: RefCell<Mounted> = RefCell::new(Mounted::default());
}

/// The elements a check writes to.
#[derive(Clone)]
struct Outputs {
    status: Element,
    results: Element,
    lang: web_sys::HtmlSelectElement,
    ui: &'static str,
}

impl Outputs {
    fn run(&self, checker: &Checker<'static>, input: Input) {
        let lang = Some(self.lang.value()).filter(|l| !l.is_empty());
        let options = CheckOptions {
            lang,
            ..CheckOptions::default()
        };
        let s = strings::of(self.ui);
        let (result, file) = match &input {
            Input::Text(text) => (Ok(CheckedText::of_text(checker, text, &options)), None),
            Input::File(name, bytes) => (
                CheckedText::of_file(checker, name, bytes, &options),
                Some(name.as_str()),
            ),
        };
        let said = render::render(&self.results, &result, file, s).unwrap_or_default();
        self.status.set_text_content(Some(&said));
        let _ = self.status.remove_attribute("aria-busy");
        MOUNTED.with(|m| m.borrow_mut().last = Some(input));
    }

    fn busy(&self) {
        self.status
            .set_text_content(Some(strings::of(self.ui).checking));
        let _ = self.status.set_attribute("aria-busy", "true");
    }

    /// Reads a file in the browser and checks it (a file over [`MAX_INPUT`] is refused unread).
    fn read(&self, checker: &'static Checker<'static>, file: web_sys::File) {
        let name = file.name();
        if file.size() > MAX_INPUT as f64 {
            let refused = Err(InputError::TooLarge {
                part: name.clone(),
                limit: MAX_INPUT,
            });
            let s = strings::of(self.ui);
            let said = render::render(&self.results, &refused, Some(&name), s).unwrap_or_default();
            self.status.set_text_content(Some(&said));
            return;
        }
        self.busy();
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => {
                    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                    this.run(checker, Input::File(name, Rc::new(bytes)));
                }
                Err(e) => {
                    let reason = e.as_string().unwrap_or_else(|| name.clone());
                    this.status.set_text_content(Some(&reason));
                }
            }
        });
    }
}

fn listen(
    target: &Element,
    event: &str,
    f: impl FnMut(Event) + 'static,
    keep: &mut Vec<Closure<dyn FnMut(Event)>>,
) -> Result {
    let closure = Closure::<dyn FnMut(Event)>::new(f);
    target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())?;
    keep.push(closure);
    Ok(())
}

fn first_file(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files.and_then(|f| f.get(0))
}

/// Renders the form into `root` (replacing what was there, but keeping the text typed, the
/// language chosen and the last check, which runs again in the new interface language).
pub fn mount(checker: &'static Checker<'static>, root: &Element, ui: &str) -> Result {
    let doc: Document = root
        .owner_document()
        .ok_or_else(|| JsValue::from_str("the element is in no document"))?;
    let s: &'static Strings = strings::of(ui);
    let ui: &'static str = match ui {
        "fr" => "fr",
        "es" => "es",
        "ar" => "ar",
        "zh" => "zh",
        "ru" => "ru",
        _ => "en",
    };
    let value_of = |selector: &str| -> Option<String> {
        let e = root.query_selector(selector).ok().flatten()?;
        if let Some(t) = e.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            return Some(t.value());
        }
        e.dyn_ref::<web_sys::HtmlSelectElement>().map(|s| s.value())
    };
    // The page's own style sheet, beside the module (once per page).
    let head = match doc.get_element_by_id("luxterm-check-css") {
        Some(_) => None,
        None => doc.query_selector("head")?,
    };
    if let Some(head) = head {
        let link = doc.create_element("link")?;
        link.set_id("luxterm-check-css");
        link.set_attribute("rel", "stylesheet")?;
        link.set_attribute("href", "/checker/check.css")?;
        head.append_child(&link)?;
    }
    let (old_text, old_lang) = (value_of("#check-text"), value_of("#check-lang"));
    let mut listeners = Vec::new();
    root.set_text_content(None);
    let d = Dom { doc };

    let form = d.el(root, "form", Some("check-form"))?;
    let field = d.el(&form, "div", Some("field"))?;
    d.el_text(&field, "label", None, s.text_label)?
        .set_attribute("for", "check-text")?;
    let area = d.el(&field, "textarea", None)?;
    area.set_id("check-text");
    area.set_attribute("rows", "8")?;
    area.set_attribute("dir", "auto")?;
    let area: web_sys::HtmlTextAreaElement = area.dyn_into()?;
    if let Some(t) = &old_text {
        area.set_value(t);
    }

    let zone = d.el(&form, "div", Some("drop-zone"))?;
    d.el_text(&zone, "label", None, s.file_label)?
        .set_attribute("for", "check-file")?;
    let input = d.el(&zone, "input", None)?;
    input.set_id("check-file");
    input.set_attribute("type", "file")?;
    input.set_attribute("accept", ".txt,.md,.markdown,.docx,.xlf,.xliff")?;
    d.el_text(&zone, "p", Some("hint"), s.drop_hint)?;

    let field = d.el(&form, "div", Some("field-inline"))?;
    d.el_text(&field, "label", None, s.lang_label)?
        .set_attribute("for", "check-lang")?;
    let select = d.el(&field, "select", None)?;
    select.set_id("check-lang");
    d.el_text(&select, "option", None, s.detect)?
        .set_attribute("value", "")?;
    for lang in checker.glossary().term_languages() {
        d.el_text(&select, "option", None, s.lang_name(&lang))?
            .set_attribute("value", &lang)?;
    }
    let select: web_sys::HtmlSelectElement = select.dyn_into()?;
    if let Some(l) = &old_lang {
        select.set_value(l);
    }
    let p = d.el(&form, "p", None)?;
    d.el_text(&p, "button", None, s.check_button)?
        .set_attribute("type", "submit")?;

    let status = d.el(root, "p", Some("check-status"))?;
    status.set_attribute("role", "status")?;
    status.set_attribute("aria-live", "polite")?;
    let results = d.el(root, "div", Some("check-results"))?;
    let out = Outputs {
        status,
        results,
        lang: select,
        ui,
    };

    {
        let out = out.clone();
        listen(
            &form,
            "submit",
            move |e| {
                e.prevent_default();
                out.busy();
                out.run(checker, Input::Text(area.value()));
            },
            &mut listeners,
        )?;
    }
    {
        let out = out.clone();
        listen(
            &input,
            "change",
            move |e| {
                let files = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                    .and_then(|i| i.files());
                if let Some(f) = first_file(files) {
                    out.read(checker, f);
                }
            },
            &mut listeners,
        )?;
    }
    {
        let zone2 = zone.clone();
        listen(
            &zone,
            "dragover",
            move |e| {
                e.prevent_default();
                let _ = zone2.class_list().add_1("dragging");
            },
            &mut listeners,
        )?;
        let zone2 = zone.clone();
        listen(
            &zone,
            "dragleave",
            move |_| {
                let _ = zone2.class_list().remove_1("dragging");
            },
            &mut listeners,
        )?;
        let (zone2, out) = (zone.clone(), out.clone());
        listen(
            &zone,
            "drop",
            move |e| {
                e.prevent_default();
                let _ = zone2.class_list().remove_1("dragging");
                let files = e
                    .dyn_ref::<web_sys::DragEvent>()
                    .and_then(|d| d.data_transfer())
                    .and_then(|d| d.files());
                if let Some(f) = first_file(files) {
                    out.read(checker, f);
                }
            },
            &mut listeners,
        )?;
    }

    let last = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        m.listeners = listeners;
        m.last.clone()
    });
    if let Some(input) = last {
        out.run(checker, input);
    }
    Ok(())
}
