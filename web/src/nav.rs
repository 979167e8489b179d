//! Moving between views as a reader expects of pages: where the window is scrolled and where the
//! focus is after each navigation (the router only changes what is rendered).
//!
//! - **A new page** (a link to another path) starts at the top, with the header and the main
//!   navigation in view, and moves the focus to the page's `h1` without scrolling
//!   (`preventScroll`), so that a screen reader announces the new page by its heading, as a full
//!   page load would. A page still waiting for the whole glossary has no `h1` yet: the focus goes
//!   to `main` meanwhile, and on to the `h1` when it appears (unless the reader moved it).
//! - **A link to a provision** (`/instrument/<id>?p=<path>`, or a fragment `#<anchor>`) scrolls to
//!   the provision once it is rendered and focuses it, for an in-app navigation as for a direct
//!   load.
//! - **Back and Forward** put the window where it was on that history entry. Each entry carries a
//!   key in its `history.state` (beside the router's own fields); the scroll position of each key
//!   is kept as the reader scrolls, and in `sessionStorage` when the page is hidden, so that it
//!   survives leaving the app and coming back. The browser's own restoration is turned off
//!   (`history.scrollRestoration = "manual"`): it would run before the view is rendered.
//! - A change of the query on the same page (search as you type, a filter) keeps the scroll
//!   position and the focus where they are.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::route::param;

/// The field of `history.state` holding the entry's key.
const STATE_KEY: &str = "luxterm_entry";
/// Where the scroll positions are kept while the page is hidden.
const STORAGE_KEY: &str = "luxterm-scroll";
/// How long to wait for a view to render what a navigation aims at (the whole glossary may still
/// be on its way).
const WAIT_MS: f64 = 20_000.0;
/// How often to look again meanwhile.
const POLL_MS: i32 = 50;
/// How long a same-page change waits before it writes its key into the history entry (typing in
/// the search box replaces the entry on every key; browsers throttle `history` calls).
const SETTLE_MS: i32 = 300;

/// Scroll positions by history entry key (a history is short: a list will do).
#[derive(Default)]
struct Positions(Vec<(String, f64)>);

impl Positions {
    /// The most entries kept: the oldest go first.
    const MAX: usize = 200;

    fn get(&self, key: &str) -> Option<f64> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, y)| *y)
    }

    fn insert(&mut self, key: String, y: f64) {
        if let Some(slot) = self.0.iter_mut().find(|(k, _)| *k == key) {
            slot.1 = y;
            return;
        }
        if self.0.len() >= Self::MAX {
            self.0.remove(0);
        }
        self.0.push((key, y));
    }
}

#[derive(Default)]
struct Nav {
    /// Whether the listeners are in place.
    installed: bool,
    /// The key of the entry shown.
    key: Option<String>,
    /// The path shown, and the element it aimed at (a provision's anchor).
    path: Option<String>,
    target: Option<String>,
    /// The scroll position of each entry, by key.
    positions: Positions,
    /// Bumped by every navigation; a wait that sees another value gives up.
    generation: u32,
    /// Keys made by this page.
    made: u32,
    /// A pending write of the key into the current entry.
    settle: Option<i32>,
}

thread_local! {
    static NAV: RefCell<Nav> = RefCell::new(Nav::default());
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}

fn scroll_y() -> f64 {
    window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0)
}

/// The key stored in the current history entry, if any.
fn entry_key() -> Option<String> {
    let state = window()?.history().ok()?.state().ok()?;
    if !state.is_object() {
        return None;
    }
    js_sys::Reflect::get(&state, &JsValue::from_str(STATE_KEY))
        .ok()?
        .as_string()
}

/// Writes `key` into the current history entry, keeping the router's fields beside it.
fn write_key(key: &str) {
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return;
    };
    let state = history.state().unwrap_or(JsValue::NULL);
    let copy = js_sys::Object::new();
    if state.is_object() {
        let _ = js_sys::Object::assign(&copy, &state.unchecked_into());
    }
    let _ = js_sys::Reflect::set(
        &copy,
        &JsValue::from_str(STATE_KEY),
        &JsValue::from_str(key),
    );
    let _ = history.replace_state(&copy, "");
}

fn new_key(nav: &mut Nav) -> String {
    nav.made += 1;
    format!("{}-{}", js_sys::Date::now() as u64, nav.made)
}

/// The saved positions, as `key=y` lines, `y` in whole CSS pixels (an integer: formatting and
/// parsing floating-point numbers would add some 15 KB of code to the first load for nothing).
fn load_positions() -> Positions {
    let text = window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .unwrap_or_default();
    let mut positions = Positions::default();
    for line in text.lines() {
        if let Some((key, y)) = line.split_once('=')
            && let Ok(y) = y.parse::<i64>()
        {
            positions.insert(key.to_owned(), y as f64);
        }
    }
    positions
}

fn save_positions(positions: &Positions) {
    let text: String = positions
        .0
        .iter()
        .map(|(k, y)| format!("{k}={}\n", y.round() as i64))
        .collect();
    if let Some(s) = window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = s.set_item(STORAGE_KEY, &text);
    }
}

/// Turns off the browser's restoration, and keeps the position of the entry shown as the reader
/// scrolls (and in `sessionStorage` when the page is hidden).
fn install(nav: &mut Nav) {
    if nav.installed {
        return;
    }
    nav.installed = true;
    nav.positions = load_positions();
    let Some(w) = window() else {
        return;
    };
    if let Ok(history) = w.history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    // The position is kept under the key the current entry carries once `navigated` has seen
    // it (an entry the router or a fragment link has just made carries none until then, so a
    // scroll between the two is not taken for the previous entry's; and after Back or Forward
    // the entry already carries the next key while the window still shows the previous view,
    // whose last scroll event may arrive then), or under the one waiting to be written.
    let on_scroll = Closure::<dyn Fn()>::new(|| {
        let y = scroll_y();
        let stored = entry_key();
        NAV.with(|n| {
            let mut n = n.borrow_mut();
            let seen = match stored {
                Some(k) if n.key.as_deref() == Some(k.as_str()) => Some(k),
                _ => None,
            };
            let pending = n.settle.is_some().then(|| n.key.clone()).flatten();
            if let Some(key) = seen.or(pending) {
                n.positions.insert(key, y);
            }
        });
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_passive(true);
    let _ = w.add_event_listener_with_callback_and_add_event_listener_options(
        "scroll",
        on_scroll.as_ref().unchecked_ref(),
        &options,
    );
    on_scroll.forget();
    let on_hide = Closure::<dyn Fn()>::new(|| NAV.with(|n| save_positions(&n.borrow().positions)));
    let _ = w.add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
    on_hide.forget();
}

/// The element a location aims at: the fragment's element (a link of the page's table of
/// contents keeps the query), else the provision of `?p=`.
fn target_of(query: &str, hash: &str) -> Option<String> {
    let id = hash.trim_start_matches('#');
    if !id.is_empty() {
        let decoded = js_sys::decode_uri_component(id)
            .ok()
            .and_then(|v| v.as_string());
        return Some(decoded.unwrap_or_else(|| id.to_owned()));
    }
    param(query, "p").map(|p| luxterm::view::provision_anchor(&p))
}

/// What to do once the view is rendered.
enum Aim {
    /// Scroll to this element and focus it.
    Element(String),
    /// Scroll to the top and focus the page's heading.
    Top,
    /// Scroll back to where the entry was.
    Restore(f64),
}

/// Called by the app's root after each change of location: `path`, `query` and `hash` as the
/// router has them.
pub fn navigated(path: &str, query: &str, hash: &str) {
    let target = target_of(query, hash);
    let aim = NAV.with(|n| {
        let mut nav = n.borrow_mut();
        install(&mut nav);
        nav.generation = nav.generation.wrapping_add(1);
        if let Some(t) = nav.settle.take()
            && let Some(w) = window()
        {
            w.clear_timeout_with_handle(t);
        }
        let first = nav.path.is_none();
        // A path that differs only in case is the same page (an address being canonicalised).
        let same_page = nav
            .path
            .as_deref()
            .is_some_and(|p| p.eq_ignore_ascii_case(path));
        let target_changed = target.is_some() && target != nav.target;
        nav.path = Some(path.to_owned());
        nav.target = target.clone();
        let aim = match entry_key() {
            // An entry seen before: Back, Forward, or a reload.
            Some(key) if nav.key.as_deref() != Some(key.as_str()) => {
                let saved = nav.positions.get(&key);
                nav.key = Some(key);
                match (saved, target.clone()) {
                    (Some(y), _) => Some(Aim::Restore(y)),
                    (None, Some(t)) => Some(Aim::Element(t)),
                    (None, None) if first => None,
                    (None, None) => Some(Aim::Top),
                }
            }
            // The same entry (nothing to do but follow a new target).
            Some(_) => target_changed.then(|| Aim::Element(target.clone().unwrap_or_default())),
            // A new entry: a link followed, or the router replacing the entry.
            None => {
                let key = new_key(&mut nav);
                let here = scroll_y();
                nav.positions.insert(key.clone(), here);
                nav.key = Some(key.clone());
                if same_page {
                    // Written a little later: typing replaces the entry on every key.
                    nav.settle = settle(key);
                    target_changed.then(|| Aim::Element(target.clone().unwrap_or_default()))
                } else {
                    write_key(&key);
                    match target {
                        Some(t) => Some(Aim::Element(t)),
                        None if first => None,
                        None => Some(Aim::Top),
                    }
                }
            }
        };
        aim.map(|a| (a, nav.generation))
    });
    let Some((aim, generation)) = aim else {
        return;
    };
    let start = js_sys::Date::now();
    match aim {
        Aim::Top => {
            if let Some(w) = window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
            focus_heading(generation, start, true);
        }
        Aim::Element(id) => scroll_to_element(id, generation, start, scroll_y()),
        Aim::Restore(y) => restore(y, generation, start, None),
    }
}

fn settle(key: String) -> Option<i32> {
    let w = window()?;
    let write = Closure::once_into_js(move || {
        NAV.with(|n| {
            let mut nav = n.borrow_mut();
            nav.settle = None;
            if nav.key.as_deref() == Some(key.as_str()) && entry_key().is_none() {
                write_key(&key);
            }
        });
    });
    w.set_timeout_with_callback_and_timeout_and_arguments_0(write.unchecked_ref(), SETTLE_MS)
        .ok()
}

/// Runs `step` again after a moment, while the navigation is the current one and the wait is
/// not over.
fn again(generation: u32, start: f64, step: impl FnOnce() + 'static) {
    let current = NAV.with(|n| n.borrow().generation) == generation;
    if !current || js_sys::Date::now() - start > WAIT_MS {
        return;
    }
    let Some(w) = window() else {
        return;
    };
    let step = Closure::once_into_js(move || {
        if NAV.with(|n| n.borrow().generation) == generation {
            step();
        }
    });
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(step.unchecked_ref(), POLL_MS);
}

fn focus_without_scrolling(element: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

fn html_element(e: web_sys::Element) -> Option<web_sys::HtmlElement> {
    e.dyn_into::<web_sys::HtmlElement>().ok()
}

/// Whether the reader has put the focus somewhere of their own since the navigation.
fn focus_is_free() -> bool {
    let Some(d) = document() else {
        return false;
    };
    match d.active_element() {
        None => true,
        Some(a) => {
            a.tag_name().eq_ignore_ascii_case("body")
                || a.id() == "main"
                || !d.body().is_some_and(|b| b.contains(Some(&a)))
        }
    }
}

/// Focuses the page's `h1` (made focusable by script, `tabindex=-1`) without scrolling; `main`
/// until the heading is rendered.
/// `now`: right after the navigation (the focus may still be on the link followed, in the
/// header); later attempts leave a focus the reader has moved.
fn focus_heading(generation: u32, start: f64, now: bool) {
    let Some(d) = document() else {
        return;
    };
    if !now && !focus_is_free() {
        return;
    }
    match d
        .query_selector("#main h1")
        .ok()
        .flatten()
        .and_then(html_element)
    {
        Some(h1) => {
            if !h1.has_attribute("tabindex") {
                let _ = h1.set_attribute("tabindex", "-1");
            }
            focus_without_scrolling(&h1);
        }
        None => {
            if let Some(main) = d.get_element_by_id("main").and_then(html_element) {
                focus_without_scrolling(&main);
            }
            again(generation, start, move || {
                focus_heading(generation, start, false)
            });
        }
    }
}

/// Scrolls to the element with `id` once it is rendered, and focuses it; gives up if the reader
/// scrolls meanwhile.
fn scroll_to_element(id: String, generation: u32, start: f64, from: f64) {
    let Some(d) = document() else {
        return;
    };
    if (scroll_y() - from).abs() > 1.0 {
        return;
    }
    match d.get_element_by_id(&id).and_then(html_element) {
        Some(element) => {
            element.scroll_into_view();
            if !element.has_attribute("tabindex") {
                let _ = element.set_attribute("tabindex", "-1");
            }
            focus_without_scrolling(&element);
        }
        None => again(generation, start, move || {
            scroll_to_element(id, generation, start, from)
        }),
    }
}

/// Scrolls back to `y` once the view is tall enough to hold it; gives up if the reader scrolls
/// meanwhile (`set`: where the previous attempt left the window).
fn restore(y: f64, generation: u32, start: f64, set: Option<f64>) {
    let Some(w) = window() else {
        return;
    };
    if set.is_some_and(|s| (scroll_y() - s).abs() > 1.0) {
        return;
    }
    let room = document()
        .and_then(|d| d.document_element())
        .map(|e| f64::from(e.scroll_height()))
        .unwrap_or(0.0)
        - w.inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
    w.scroll_to_with_x_and_y(0.0, y);
    if room + 1.0 < y {
        // Not rendered yet (or the whole glossary is still on its way): look again.
        let now = scroll_y();
        again(generation, start, move || {
            restore(y, generation, start, Some(now))
        });
    }
}

/// Called before a link of the app is followed: keeps the position of the entry being left
/// (the scroll event of a last move may not have fired yet). A key still waiting to be written
/// into the entry is written now, while it is the current one.
pub fn leaving() {
    let y = scroll_y();
    NAV.with(|n| {
        let mut n = n.borrow_mut();
        if let Some(key) = n.key.clone() {
            n.positions.insert(key.clone(), y);
            if let Some(t) = n.settle.take() {
                if let Some(w) = window() {
                    w.clear_timeout_with_handle(t);
                }
                if entry_key().is_none() {
                    write_key(&key);
                }
            }
        }
    });
}
