//! The Download menu: the whole glossary in each export format, and the page's selection.
//!
//! A disclosure button and the panel it shows (not an ARIA menu: plain links and buttons in tab
//! order; Escape closes it and gives focus back to the button).
//!
//! - **The whole glossary**: links with `download` attributes to the static files `cargo xtask
//!   build` writes (`/exports/luxterm-1.1.0-tbx-<fingerprint>.tbx`, listed in
//!   `/exports/manifest.json`). A format appears when the build wrote its file.
//! - **This selection** (the concept, category or concepts compared; all languages or only the
//!   language of terms): made in the browser by the export module (`web/export`), imported only
//!   when a reader asks for it, from the whole glossary's bytes the app already holds. The file is
//!   saved through a Blob and an object URL: nothing is sent anywhere.
//!
//! To keep the first load small (the same menu as a yew component, with the panel's layout, its
//! words in every interface language, the manifest's parsing and the Blob saving in Rust, cost 12 KB gzip
//! there, measured with `cargo xtask size`), the app carries only the button, in a plain function
//! rather than a component, and the panel's empty element: on the first click `boot.js` imports
//! the panel's script (`web/export/downloads.js`, served as `exporter/downloads.js` beside the
//! export module), which holds the panel's words in every interface language, fetches the
//! manifest and lays out the panel for the selection this button hands it. The app holds no
//! export logic: the module builds the core's `Selection` and calls the core.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::i18n::{UiLang, lang_name};

#[wasm_bindgen]
extern "C" {
    /// `globalThis.luxtermDownloadMenu(root, ui, lang, langName, selection, concepts, category,
    /// release, label, whole, wholeUrl)` (in `boot.js`): opens or closes the panel in `root`,
    /// importing the panel's script on first use.
    #[wasm_bindgen(catch, js_namespace = globalThis, js_name = luxtermDownloadMenu)]
    #[allow(clippy::too_many_arguments)]
    fn luxterm_download_menu(
        root: &web_sys::Element,
        ui: &str,
        lang: &str,
        lang_name: &str,
        selection: &str,
        concepts: &js_sys::Array,
        category: Option<String>,
        release: Option<String>,
        label: &str,
        whole: Option<js_sys::Uint8Array>,
        whole_url: &str,
    ) -> Result<JsValue, JsValue>;
}

/// What a page offers besides the whole glossary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Offer {
    /// `concept`, `category` or `compared` (the panel's heading); empty on the home page, which
    /// offers only the whole glossary.
    pub selection: &'static str,
    /// The concepts shown, by id.
    pub concepts: Vec<String>,
    /// The category shown (its name in the source format).
    pub category: Option<String>,
    /// The release the page is pinned to, if any.
    pub release: Option<String>,
    /// A short name for the saved file (`child`, `material`).
    pub label: String,
}

/// The button's label.
fn download_label(ui: UiLang) -> &'static str {
    match ui {
        UiLang::En => "Download",
        UiLang::Fr => "Télécharger",
        UiLang::Es => "Descargar",
        UiLang::Ar => "تنزيل",
        UiLang::Zh => "下载",
        UiLang::Ru => "Скачать",
    }
}

/// The Download menu: the button and the panel's element (filled by the panel's script), for
/// what `offer` says, with the interface language `ui` and the language of terms `lang`.
pub fn download_menu(ui: UiLang, lang: &str, offer: Offer) -> Html {
    let key = format!(
        "{}:{}:{}",
        offer.selection,
        offer.label,
        offer.release.as_deref().unwrap_or("")
    );
    let lang = lang.to_owned();
    let onclick = Callback::from(move |e: MouseEvent| {
        let root = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest(".download").ok().flatten());
        if let Some(root) = root {
            let concepts: js_sys::Array = offer
                .concepts
                .iter()
                .map(|c| JsValue::from_str(c))
                .collect();
            let whole = crate::data::whole_bytes().map(js_sys::Uint8Array::from);
            let _ = luxterm_download_menu(
                &root,
                ui.code(),
                &lang,
                &lang_name(ui, &lang),
                offer.selection,
                &concepts,
                offer.category.clone(),
                offer.release.clone(),
                &offer.label,
                whole,
                &crate::data::whole_url(),
            );
        }
    });
    // A fragment of one keyed element: another selection on the same page is a new menu, closed.
    html! {
        <>
        <div class="download no-print" key={key}>
            <button type="button" class="download-button" aria-expanded="false" aria-controls="download-panel" {onclick}>
                { download_label(ui) }
            </button>
            <div id="download-panel" class="download-panel" hidden=true></div>
        </div>
        </>
    }
}
