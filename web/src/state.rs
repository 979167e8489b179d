//! The app's state, shared through a context: the interface language and the language terms are
//! shown in. Changed only through [`Action`]s, as in yew's examples.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::UiLang;

/// What the whole app shares.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The interface language.
    pub ui: UiLang,
    /// The language of preferred terms and definitions (one of the six UN languages).
    pub lang: String,
}

/// Every change of [`AppState`].
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch the interface language; the language of terms stays as it is (a translator
    /// reads the interface in one language and works on terms in another).
    SetUi(UiLang),
    /// Show terms and definitions in another language.
    SetLang(String),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetUi(ui) => Rc::new(AppState {
                ui,
                lang: self.lang.clone(),
            }),
            Action::SetLang(lang)
                if crate::data::search_part().term_languages().contains(&lang) =>
            {
                Rc::new(AppState { ui: self.ui, lang })
            }
            Action::SetLang(_) => self,
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            ui: UiLang::En,
            lang: "en".to_string(),
        }
    }
}

const UI_KEY: &str = "luxterm.ui";
const LANG_KEY: &str = "luxterm.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

impl AppState {
    /// The state saved in this browser, else the browser's language, else English. The two
    /// settings are saved apart: the language of terms starts as the interface language only
    /// when none was ever chosen.
    pub fn initial() -> AppState {
        let saved = storage();
        let get = |key: &str| saved.as_ref().and_then(|s| s.get_item(key).ok().flatten());
        let browser = web_sys::window().and_then(|w| w.navigator().language());
        let ui = get(UI_KEY)
            .as_deref()
            .and_then(UiLang::from_tag)
            .or_else(|| browser.as_deref().and_then(UiLang::from_tag))
            .unwrap_or(UiLang::En);
        let lang = get(LANG_KEY)
            .filter(|l| crate::data::search_part().term_languages().contains(l)) // tidy:allow(filter): a saved setting
            .unwrap_or_else(|| ui.code().to_string());
        AppState { ui, lang }
    }

    /// Saves the state in this browser (nothing leaves it).
    pub fn save(&self) {
        if let Some(s) = storage() {
            let _ = s.set_item(UI_KEY, self.ui.code());
            let _ = s.set_item(LANG_KEY, &self.lang);
        }
    }
}

/// The handle components use to read and change the state.
pub type AppContext = UseReducerHandle<AppState>;
