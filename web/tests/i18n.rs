//! The interface languages in a real browser (`cargo test --target wasm32-unknown-unknown -p
//! luxterm-web`, with CHROMEDRIVER set): every language has every string, plural forms follow
//! the browser's CLDR rules, numbers and dates are the language's, and data strings are isolated.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::Duration;

use luxterm::{Date, parts};
use luxterm_web::Root;
use luxterm_web::data;
use luxterm_web::i18n::UiLang;
use luxterm_web::intl::{self, Plural};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;
use yew_router::Router;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::query::Raw;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct AtProps {
    path: AttrValue,
}

#[function_component]
fn At(props: &AtProps) -> Html {
    let history = use_memo(props.path.clone(), |path| {
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let history = MemoryHistory::new();
        history.push_with_query(path, Raw(query)).unwrap();
        AnyHistory::from(history)
    });
    html! { <Router history={(*history).clone()}><Root /></Router> }
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Renders the app at `path` in interface language `ui`, with the whole glossary in memory.
async fn render(ui: UiLang, path: &str) -> (web_sys::Element, yew::AppHandle<At>) {
    data::install(parts::WHOLE).unwrap();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    storage.set_item("luxterm.ui", ui.code()).unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<At>::with_root_and_props(
        root.clone(),
        AtProps {
            path: path.to_string().into(),
        },
    )
    .render();
    for _ in 0..200 {
        if root.query_selector("main h1").unwrap().is_some() {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(50)).await;
    }
    yew::platform::time::sleep(Duration::from_millis(60)).await;
    (root, handle)
}

fn done(root: web_sys::Element, handle: yew::AppHandle<At>) {
    handle.destroy();
    root.remove();
}

const NUMBERS: [u64; 9] = [0, 1, 2, 3, 11, 21, 63, 100, 101];

#[wasm_bindgen_test]
fn arabic_plural_categories_are_cldr_s() {
    use Plural::*;
    let got: Vec<Plural> = NUMBERS
        .iter()
        .map(|n| intl::plural(UiLang::Ar, *n))
        .collect();
    assert_eq!(
        got,
        [Zero, One, Two, Few, Many, Many, Many, Other, Other],
        "{NUMBERS:?}"
    );
    let concepts = &UiLang::Ar.s().concepts;
    let said: Vec<String> = NUMBERS
        .iter()
        .map(|n| UiLang::Ar.count(*n, concepts))
        .collect();
    assert_eq!(
        said,
        [
            "0 مفهوم",
            "مفهوم واحد",
            "مفهومان",
            "3 مفاهيم",
            "11 مفهومًا",
            "21 مفهومًا",
            "63 مفهومًا",
            "100 مفهوم",
            "101 مفهوم",
        ]
    );
}

#[wasm_bindgen_test]
fn russian_plural_categories_are_cldr_s() {
    use Plural::*;
    let got: Vec<Plural> = NUMBERS
        .iter()
        .map(|n| intl::plural(UiLang::Ru, *n))
        .collect();
    assert_eq!(
        got,
        [Many, One, Few, Few, Many, One, Few, Many, One],
        "{NUMBERS:?}"
    );
    let said: Vec<String> = NUMBERS
        .iter()
        .map(|n| UiLang::Ru.count(*n, &UiLang::Ru.s().concepts))
        .collect();
    assert_eq!(
        said,
        [
            "0 понятий",
            "1 понятие",
            "2 понятия",
            "3 понятия",
            "11 понятий",
            "21 понятие",
            "63 понятия",
            "100 понятий",
            "101 понятие",
        ]
    );
    assert_eq!(
        UiLang::Ru.count(5, &UiLang::Ru.s().instruments),
        "5 документов"
    );
    assert_eq!(
        UiLang::Ru.count(22, &UiLang::Ru.s().instruments),
        "22 документа"
    );
}

#[wasm_bindgen_test]
fn every_counted_phrase_has_the_plural_categories_of_its_language() {
    for ui in UiLang::ALL {
        let mut cldr = intl::plural_categories(ui);
        assert!(cldr.contains(&Plural::Other), "{ui:?}: {cldr:?}");
        cldr.sort_by_key(|p| Plural::ALL.iter().position(|x| x == p));
        for phrase in [&ui.s().concepts, &ui.s().instruments] {
            let mut ours = phrase.categories();
            ours.sort_by_key(|p| Plural::ALL.iter().position(|x| x == p));
            assert_eq!(ours, cldr, "{ui:?}");
        }
    }
    assert_eq!(UiLang::En.count(1, &UiLang::En.s().concepts), "1 concept");
    assert_eq!(UiLang::Zh.count(63, &UiLang::Zh.s().concepts), "63 个概念");
    assert_eq!(UiLang::Fr.count(0, &UiLang::Fr.s().concepts), "0 notion");
}

#[wasm_bindgen_test]
fn every_language_has_every_string_in_the_browser_too() {
    let english = UiLang::En.s().texts().len()
        - UiLang::En.s().concepts.0.len()
        - UiLang::En.s().instruments.0.len();
    for ui in UiLang::ALL {
        let s = ui.s();
        let texts = s.texts();
        assert_eq!(
            texts.len() - s.concepts.0.len() - s.instruments.0.len(),
            english,
            "{ui:?}"
        );
        assert!(texts.iter().all(|t| !t.trim().is_empty()), "{ui:?}");
    }
}

#[wasm_bindgen_test]
fn numbers_and_dates_are_the_language_s() {
    assert_eq!(intl::number(UiLang::En, 1234), "1,234");
    // Russian groups with a no-break space; Arabic keeps the digits 0–9.
    assert_eq!(intl::number(UiLang::Ru, 1234), "1\u{a0}234");
    assert_eq!(intl::number(UiLang::Ar, 63), "63");
    let day = Date {
        year: 1989,
        month: Some(11),
        day: Some(20),
    };
    assert_eq!(intl::date(UiLang::En, day), "20 November 1989");
    assert_eq!(intl::date(UiLang::Zh, day), "1989年11月20日");
    assert_eq!(intl::date(UiLang::Ru, day), "20 ноября 1989 г.");
    assert_eq!(intl::date(UiLang::Fr, day), "20 novembre 1989");
    assert_eq!(intl::date(UiLang::Ar, day), "20 نوفمبر 1989");
    let month = Date {
        year: 2024,
        month: Some(12),
        day: None,
    };
    assert_eq!(intl::date(UiLang::En, month), "December 2024");
    let year = Date {
        year: 1996,
        month: None,
        day: None,
    };
    assert_eq!(intl::date(UiLang::Ar, year), "1996");
}

#[wasm_bindgen_test]
async fn each_language_sets_lang_and_dir_and_names_itself() {
    for ui in UiLang::ALL {
        let (root, handle) = render(ui, "/").await;
        let html = document().document_element().unwrap();
        assert_eq!(html.get_attribute("lang").as_deref(), Some(ui.code()));
        assert_eq!(html.get_attribute("dir").as_deref(), Some(ui.dir()));
        let label = root
            .query_selector("label[for=q]")
            .unwrap()
            .unwrap()
            .text_content();
        assert_eq!(label.as_deref(), Some(ui.s().search_label), "{ui:?}");
        let option = root
            .query_selector(&format!("#ui-lang option[value={}]", ui.code()))
            .unwrap()
            .unwrap();
        assert_eq!(option.text_content().as_deref(), Some(ui.endonym()));
        assert_eq!(option.get_attribute("lang").as_deref(), Some(ui.code()));
        let counts = root
            .query_selector(".release-counts")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        let n = data::search_part().concepts().len() as u64;
        assert!(
            counts.contains(&ui.count(n, &ui.s().concepts)),
            "{ui:?}: {counts}"
        );
        done(root, handle);
    }
}

#[wasm_bindgen_test]
async fn arabic_dates_on_instruments_are_isolated_and_in_arabic() {
    let (root, handle) = render(UiLang::Ar, "/instruments").await;
    let time = root
        .query_selector("bdi.date > time[datetime='1989-11-20']")
        .unwrap()
        .expect("the CRC's adoption date, isolated");
    assert_eq!(time.text_content().as_deref(), Some("20 نوفمبر 1989"));
    // Every date on the page is isolated.
    let dates = root.query_selector_all("time").unwrap();
    for i in 0..dates.length() {
        let t: web_sys::Element = dates.item(i).unwrap().dyn_into().unwrap();
        assert_eq!(t.parent_element().unwrap().tag_name(), "BDI");
    }
    done(root, handle);
}

#[wasm_bindgen_test]
async fn an_override_character_in_the_address_stays_inside_its_isolate() {
    let (root, handle) = render(UiLang::Ar, "/concept/child?release=%E2%80%AEabc").await;
    let p = root.query_selector(".problem p").unwrap().unwrap();
    let bdi = p
        .query_selector("bdi")
        .unwrap()
        .expect("the value isolated");
    assert_eq!(bdi.text_content().as_deref(), Some("\u{202E}abc"));
    // The sentence's full stop is after the isolate, outside it.
    assert_eq!(
        p.text_content().unwrap(),
        format!("{} \u{202E}abc.", UiLang::Ar.s().unknown_release)
    );
    assert!(!bdi.text_content().unwrap().ends_with('.'));
    done(root, handle);
}

#[wasm_bindgen_test]
async fn a_term_and_its_abbreviation_are_one_run_in_the_term_s_direction() {
    let (root, handle) = render(UiLang::Ar, "/concept/child-sexual-abuse-material").await;
    let unit = root
        .query_selector("section[aria-labelledby=terms-en] .term-unit")
        .unwrap()
        .expect("an English term");
    assert_eq!(unit.tag_name(), "BDI");
    assert_eq!(unit.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(unit.get_attribute("lang").as_deref(), Some("en"));
    done(root, handle);
}
