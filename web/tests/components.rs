//! Component tests in a real browser: `scripts/test-web.sh` runs them in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown -p luxterm-web`, with CHROMEDRIVER set).
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::Duration;

use luxterm::compact::{CompactError, HEADER_LEN};
use luxterm::{Glossary, parts};
use luxterm_web::Root;
use luxterm_web::data::{self, LoadError};
use luxterm_web::i18n::UiLang;
use luxterm_web::route::{Route, href, param};
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

/// The app's content at a path, in a memory history (the address bar is not touched).
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

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(60)).await;
}

/// Waits (up to 10 s) until `selector` matches in `root`.
async fn wait_for(root: &web_sys::Element, selector: &str) {
    for _ in 0..200 {
        if root.query_selector(selector).ok().flatten().is_some() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "{selector} never appeared in: {}",
        root.inner_html().chars().take(600).collect::<String>()
    );
}

/// The whole glossary, as the app would have fetched it (the test server does not serve it).
fn whole() -> &'static Glossary {
    data::install(parts::WHOLE).unwrap()
}

/// Renders the app at `path` into a fresh element, with a fresh saved state and the whole
/// glossary in memory.
async fn render(path: &str) -> (web_sys::Element, yew::AppHandle<At>) {
    whole();
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<At>::with_root_and_props(
        root.clone(),
        AtProps {
            path: path.to_string().into(),
        },
    )
    .render();
    wait_for(&root, "main h1").await;
    (root, handle)
}

fn done(root: web_sys::Element, handle: yew::AppHandle<At>) {
    handle.destroy();
    root.remove();
}

fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into().ok())
        .collect()
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_concept_page_shows_six_languages_legal_terms_and_a_pinned_permalink() {
    let (root, handle) = render("/concept/child-sexual-abuse-material").await;
    assert_eq!(text(&root, "#concept-title"), "child sexual abuse material");
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        assert!(
            root.query_selector(&format!("#terms-{lang}"))
                .unwrap()
                .is_some(),
            "terms in {lang}"
        );
    }
    let arabic = root
        .query_selector("section[aria-labelledby=terms-ar] .term-text")
        .unwrap()
        .unwrap();
    assert_eq!(arabic.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(arabic.get_attribute("dir").as_deref(), Some("rtl"));
    assert!(
        !all(&root, ".legal-term").is_empty(),
        "legal terms are marked"
    );
    assert!(
        !all(&root, ".badge.unverified").is_empty(),
        "unverified facts are marked"
    );
    let permalink: web_sys::HtmlInputElement = root
        .query_selector("#permalink")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let current = whole().current_release().unwrap().version.to_string();
    assert!(
        permalink.value().ends_with(&format!(
            "/concept/child-sexual-abuse-material?release={current}"
        )),
        "{}",
        permalink.value()
    );
    done(root, handle);
}

#[wasm_bindgen_test]
async fn search_results_lead_from_a_term_to_avoid_to_its_replacement() {
    let (root, handle) = render("/?q=child+pornography").await;
    let first = root
        .query_selector(".results li")
        .unwrap()
        .expect("a result");
    assert!(first.class_name().split(' ').any(|c| c == "result-avoid"));
    let content = first.text_content().unwrap();
    assert!(content.contains("child sexual abuse material"), "{content}");
    assert!(content.contains("Avoid"), "{content}");
    let link = first.query_selector("a.result-term").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/concept/child-sexual-abuse-material?term=child+pornography")
    );
    done(root, handle);
}

#[wasm_bindgen_test]
async fn a_concept_reached_from_a_term_to_avoid_says_what_to_use_and_why() {
    let (root, handle) = render("/concept/child-sexual-abuse-material?term=pédopornographie").await;
    let note = text(&root, ".from-term");
    assert!(note.contains("pédopornographie"), "{note}");
    assert!(
        note.contains("matériel d'abus sexuels sur enfants"),
        "{note}"
    );
    assert_eq!(all(&root, ".term.highlight").len(), 1);
    done(root, handle);
}

#[wasm_bindgen_test]
async fn the_interface_switches_to_arabic_right_to_left() {
    let (root, handle) = render("/").await;
    let select: web_sys::HtmlSelectElement = root
        .query_selector("#ui-lang")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value("ar");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(text(&root, "label[for=q]"), UiLang::Ar.s().search_label);
    // The language of terms is a setting of its own: changing the interface language keeps it.
    let content: web_sys::HtmlSelectElement = root
        .query_selector("#content-lang")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(content.value(), "en");
    select.set_value("en");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("dir")
            .as_deref(),
        Some("ltr")
    );
    done(root, handle);
}

#[wasm_bindgen_test]
async fn a_missing_translation_falls_back_visibly() {
    // Terms can be shown in another language than the interface's; a concept's
    // definitions may lack Russian and then show English with a note.
    let g = whole();
    let concept = g
        .concepts()
        .iter()
        .find(|c| !c.definitions.is_empty() && !c.definitions.iter().any(|d| d.lang == "ru"));
    let Some(concept) = concept else { return };
    let (root, handle) = render(&format!("/concept/{}", concept.id)).await;
    let select: web_sys::HtmlSelectElement = root
        .query_selector("#content-lang")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value("ru");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert!(
        !all(&root, ".definitions .fallback").is_empty(),
        "fallback note on definitions"
    );
    done(root, handle);
}

#[wasm_bindgen_test]
async fn compare_shows_concepts_side_by_side() {
    let (root, handle) = render("/compare?c=child-sexual-abuse-material,sale-of-children").await;
    let heads = all(&root, ".compare-table thead th a");
    assert_eq!(heads.len(), 2);
    assert_eq!(
        heads[1].get_attribute("href").as_deref(),
        Some("/concept/sale-of-children")
    );
    done(root, handle);
}

#[wasm_bindgen_test]
async fn an_instrument_page_highlights_the_cited_provision_and_who_cites_it() {
    let (root, handle) = render("/instrument/opsc?p=art.+2(c)").await;
    let highlighted = all(&root, ".provision.highlight");
    assert_eq!(highlighted.len(), 1);
    assert_eq!(highlighted[0].id(), "provision-art-2-c");
    assert!(
        highlighted[0]
            .text_content()
            .unwrap()
            .contains("child sexual abuse material")
    );
    done(root, handle);
}

#[wasm_bindgen_test]
async fn a_pinned_view_says_so_and_an_unknown_release_is_explained() {
    let first = whole().releases()[0].version.to_string();
    let (root, handle) = render(&format!("/concept/child?release={first}")).await;
    assert!(text(&root, ".pinned-notice").contains(&first));
    done(root, handle);
    let (root, handle) = render("/concept/child?release=99.0.0").await;
    assert!(text(&root, "main").contains("99.0.0"));
    done(root, handle);
}

#[wasm_bindgen_test]
async fn the_element_matrix_cites_every_answer() {
    let (root, handle) = render("/compare/instruments/child-sexual-abuse-material").await;
    let columns = all(&root, ".matrix thead th a");
    assert!(
        columns
            .iter()
            .any(|a| a.get_attribute("href").as_deref() == Some("/instrument/opsc"))
    );
    let answers = all(&root, ".matrix tbody td > .badge[class*=cell-]");
    assert!(!answers.is_empty(), "the matrix has answers");
    for cell in answers {
        let td = cell.parent_element().unwrap();
        assert!(
            td.query_selector(".citation").unwrap().is_some(),
            "an answer without a citation"
        );
    }
    done(root, handle);
}

#[wasm_bindgen_test]
async fn compare_releases_offers_the_glossary_releases() {
    let (root, handle) = render("/compare/releases/child").await;
    let options = all(&root, "#release-from option");
    assert_eq!(options.len(), whole().releases().len());
    done(root, handle);
}

#[wasm_bindgen_test]
fn links_and_addresses_agree() {
    let link = href(
        &Route::Instrument { id: "opsc".into() },
        &[("p", "art. 2(c)".to_string())],
    );
    assert_eq!(link, "/instrument/opsc?p=art.+2%28c%29");
    assert_eq!(param("?p=art.+2%28c%29", "p").as_deref(), Some("art. 2(c)"));
    assert_eq!(
        param("?q=traite%20d%E2%80%99enfants&x=1", "q").as_deref(),
        Some("traite d’enfants")
    );
    assert_eq!(UiLang::from_tag("ar-EG"), Some(UiLang::Ar));
}

#[wasm_bindgen_test]
fn only_the_whole_glossary_the_app_was_built_with_is_accepted() {
    // The search part compiled in is not the whole glossary.
    assert_eq!(
        data::install(parts::SEARCH).unwrap_err(),
        LoadError::NotWhole
    );
    // A host answering a missing file with a page.
    assert_eq!(
        data::install(b"<!doctype html><html><body></body></html>").unwrap_err(),
        LoadError::Compact(CompactError::NotAGlossary)
    );
    // A download cut short.
    assert_eq!(
        data::install(&parts::WHOLE[..10]).unwrap_err(),
        LoadError::Compact(CompactError::Truncated { len: 10 })
    );
    // A whole glossary of another build (a stale cached copy).
    let mut other = parts::WHOLE.to_vec();
    other[HEADER_LEN - 1] ^= 0xff;
    assert!(matches!(
        data::install(&other).unwrap_err(),
        LoadError::Mismatch { expected, .. } if expected == parts::FINGERPRINT
    ));
    // Each failure explains itself and names the file.
    let message = data::install(parts::SEARCH).unwrap_err().to_string();
    assert!(message.contains(parts::WHOLE_FILE), "{message}");
    // The right one is kept, and its content is more than the search part's.
    let g = whole();
    assert!(!g.concept("child").unwrap().definitions.is_empty());
    assert!(
        data::search_part()
            .concept("child")
            .unwrap()
            .definitions
            .is_empty()
    );
    assert!(std::ptr::eq(data::glossary(), g));
}

/// The app is built with `js-normalize`: search keys and term keys come from the browser's
/// `String.prototype.normalize`, not from compiled-in tables. They must be the keys the tables
/// give natively (pinned here from a native run of `luxterm_text::normalize::fold`).
#[wasm_bindgen_test]
fn search_keys_from_the_browser_normalizer_are_the_native_ones() {
    use luxterm_text::normalize::{fold, is_nfc, nfc};
    let pinned: &[(&str, &str)] = &[
        (
            "ا\u{650}س\u{652}ت\u{650}غ\u{652}ل\u{64e}ال\u{64f} الأ\u{64e}ط\u{652}ف\u{64e}ال\u{650}",
            "استغلال الاطفال",
        ),
        ("إ\u{650}س\u{64e}اء\u{64e}ة\u{64c}", "اساءه"),
        ("آث\u{64e}ار", "اثار"),
        ("م\u{651}\u{64f}", "م"),
        ("اســتغلال", "استغلال"),
        ("ﷺ", "صلي الله عليه وسلم"),
        ("ﻻ", "لا"),
        ("ٱل\u{652}", "ال"),
        ("Tiếng Việt", "tieng viet"),
        ("BÓC LỘT TÌNH DỤC TRẺ EM", "boc lot tinh duc tre em"),
        ("ệ", "e"),
        ("e\u{302}\u{323}", "e"),
        ("e\u{323}\u{302}", "e"),
        ("Ư\u{303}", "u"),
        ("ở", "o"),
        ("아동 성착취", "아동 성착취"),
        ("각", "각"),
        ("ﾡﾤ", "ᄀᄂ"),
        ("ㄱㅏ", "가"),
        ("가\u{301}", "가"),
        ("ＣＳＡＭ", "csam"),
        ("ｶ\u{ff9e}ｲﾄ\u{ff9e}", "ガイド"),
        ("ﾊ\u{ff9f}ﾝ", "パン"),
        ("㍿", "株式会社"),
        ("①②", "12"),
        ("㎏", "kg"),
        ("Ｅ．Ｇ．", "e g"),
        ("ﬁlm", "film"),
        ("ﬀ", "ff"),
        ("ﬃ", "ffi"),
        ("ﬆ", "st"),
        ("Ǆ", "dz"),
        ("ǅ", "dz"),
        ("Å", "a"),
        ("K", "k"),
        ("ſ", "s"),
        ("µ", "μ"),
        ("ϐ", "β"),
        ("ℌ", "h"),
        ("ΟΔΟΣ", "οδοσ"),
        ("ὀδός", "οδοσ"),
        ("ΐ", "ι"),
        ("ᾼ", "α"),
        ("ᾳ\u{301}", "α"),
        ("Σ\u{345}", "σ"),
        ("ς\u{301}", "σ"),
        ("STRAẞE", "strasse"),
        ("straße", "strasse"),
        ("ß\u{301}", "ss"),
        ("İSTANBUL", "istanbul"),
        ("İ\u{301}", "i"),
        ("ı", "ı"),
        ("I\u{307}", "i"),
        ("a\u{301}\u{316}", "a"),
        ("a\u{316}\u{301}", "a"),
        ("q\u{307}\u{323}", "q"),
        ("\u{301}a", "a"),
        ("e\u{200b}\u{301}", "e"),
        ("o\u{308}\u{34f}\u{301}", "o"),
        ("\u{301}\u{308}\u{327}", ""),
        ("か\u{3099}", "が"),
        ("ｶ\u{3099}", "ガ"),
        ("क\u{93c}", "क\u{93c}"),
        ("क़", "क\u{93c}"),
        ("ש\u{5b8}\u{5c1}לו\u{5b9}ם", "שלום"),
        ("a\u{7}\u{301}b", "a b"),
        ("childʼs", "child s"),
        ("儿童，色情", "儿童 色情"),
        ("ПОРНОГРАФИЯ ещё", "порнография еще"),
        ("👩\u{200d}👧\u{fe0f}", ""),
        ("", ""),
    ];
    for &(text, key) in pinned {
        assert_eq!(fold(text), key, "{text:?}");
    }
    assert!(is_nfc("pédopornographie"));
    assert!(!is_nfc("pe\u{301}dopornographie"));
    assert!(is_nfc("ascii only"));
    assert_eq!(nfc("pe\u{301}dopornographie"), "pédopornographie");
    assert_eq!(nfc("\u{212B}"), "\u{C5}");
    assert_eq!(
        luxterm::term_key("  PE\u{301}DO  PORNOGRAPHIE "),
        "pédo pornographie"
    );
}

/// A small deterministic generator (xorshift64*; proptest's runner wants threads and clocks that
/// wasm32 in a browser lacks): the same strings on every run, so a failure reproduces.
struct Strings(u64);

impl Strings {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u32) -> u32 {
        (self.next() >> 32) as u32 % n
    }

    /// A string of up to 12 characters drawn from the ranges where folding does its work: ASCII,
    /// Latin with combining marks, Greek, Cyrillic, Arabic and its presentation forms, Hebrew,
    /// Devanagari, CJK and kana (full and half width), Hangul jamo and syllables, compatibility
    /// letters and symbols, ligatures, zero-width and bidi controls. Unassigned code points are
    /// left out: where the browser's Unicode version and the tables' differ, so do the results.
    fn string(&mut self) -> String {
        const RANGES: &[(u32, u32)] = &[
            (0x20, 0x7e),
            (0xa0, 0x24f),
            (0x300, 0x36f),
            (0x370, 0x3ff),
            (0x400, 0x4ff),
            // Hebrew without U+05C8..U+05CF, unassigned: there Chromium's ICU and the tables of
            // unicode-normalization disagree (found by this test: NFC of U+064B U+05C9).
            (0x591, 0x5c7),
            (0x5d0, 0x5ea),
            (0x600, 0x6ff),
            (0x900, 0x97f),
            (0x1100, 0x11ff),
            (0x1e00, 0x1fff),
            (0x2000, 0x206f),
            (0x2100, 0x24ff),
            (0x3000, 0x30ff),
            (0x3130, 0x318f),
            (0x3300, 0x33ff),
            (0x4e00, 0x4fff),
            (0xac00, 0xd7a3),
            (0xfb00, 0xfb4f),
            (0xfb50, 0xfdff),
            (0xfe70, 0xfefc),
            (0xff01, 0xffdc),
        ];
        let len = self.below(13);
        (0..len)
            .filter_map(|_| {
                let (lo, hi) = RANGES[self.below(RANGES.len() as u32) as usize];
                char::from_u32(lo + self.below(hi - lo + 1))
            })
            .collect()
    }
}

/// The browser's normalizer (what the app uses, feature `js-normalize`) and the compiled-in tables
/// (what native builds use) agree on generated strings, so search keys built in the browser are
/// the native ones: NFC, NFKD and the NFC check, then the keys themselves, which must be stable
/// (folding a key changes nothing) and blind to the normalization form of the input.
#[wasm_bindgen_test]
fn search_keys_from_the_browser_normalizer_match_the_tables_for_generated_strings() {
    use luxterm_text::normalize::{fold, is_nfc, nfc};
    use unicode_normalization::UnicodeNormalization;
    let mut strings = Strings(0x6c75_7874_6572_6d21);
    for _ in 0..3000 {
        let s = strings.string();
        let tables_nfc: String = s.nfc().collect();
        let tables_nfd: String = s.nfd().collect();
        let tables_nfkd: String = s.nfkd().collect();
        assert_eq!(nfc(&s), tables_nfc, "NFC of {s:?}");
        assert_eq!(
            String::from(js_sys::JsString::from(s.as_str()).normalize("NFKD")),
            tables_nfkd,
            "NFKD of {s:?}"
        );
        assert_eq!(
            is_nfc(&s),
            unicode_normalization::is_nfc(&s),
            "is_nfc({s:?})"
        );
        let key = fold(&s);
        assert_eq!(fold(&key), key, "folding the key of {s:?} changes it");
        assert_eq!(
            fold(&tables_nfc),
            key,
            "the key of {s:?} depends on its form (NFC)"
        );
        assert_eq!(
            fold(&tables_nfd),
            key,
            "the key of {s:?} depends on its form (NFD)"
        );
        assert_eq!(
            luxterm::term_key(&tables_nfc),
            luxterm::term_key(&nfc(&s)),
            "term key of {s:?}"
        );
    }
}

/// Undoes the fixture's escapes (`\u{HEX}`; tests/search_keys.rs `escape`).
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        let end = after.find('}').expect("a closed escape");
        let code = u32::from_str_radix(&after[..end], 16).expect("hex");
        out.push(char::from_u32(code).expect("a character"));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Search keys of 3,000 generated strings computed here, with the browser's normalizer, are the
/// keys the native build computed and pinned in `tests/fixtures/search-keys.txt` (generated with
/// proptest strategies from a fixed seed by the native test `tests/search_keys.rs`, which fails
/// when its keys and the file differ): NFC, the search key (`fold`) and the term key.
#[wasm_bindgen_test]
fn search_keys_of_generated_strings_are_the_native_ones() {
    use luxterm_text::normalize::{fold, nfc};
    let fixture = include_str!("../../tests/fixtures/search-keys.txt");
    let mut n = 0;
    for line in fixture.lines() {
        let cols: Vec<String> = line.split('\t').map(unescape).collect();
        let [input, nfc_key, fold_key, term] = cols.as_slice() else {
            panic!("a fixture line has four columns: {line:?}");
        };
        assert_eq!(&nfc(input), nfc_key, "NFC of {input:?}");
        assert_eq!(&fold(input), fold_key, "search key of {input:?}");
        assert_eq!(&luxterm::term_key(input), term, "term key of {input:?}");
        n += 1;
    }
    assert_eq!(n, 3000);
}

#[wasm_bindgen_test]
async fn the_check_page_is_in_the_menu_and_explains_a_checker_that_cannot_load() {
    // The component tests load no boot.js, so there is no checker module to import: the page must
    // say so rather than break. (The e2e tests check it with the module.)
    let (root, handle) = render("/check").await;
    wait_for(&root, ".check-page [role=alert]").await;
    assert_eq!(text(&root, "h1"), "Check a text");
    let link = root
        .query_selector("nav.main-nav a[href='/check']")
        .unwrap()
        .expect("a menu entry");
    assert_eq!(link.get_attribute("aria-current").as_deref(), Some("page"));
    assert!(text(&root, ".check-page [role=alert]").contains("could not be loaded"));
    assert!(root.query_selector(".check-app").unwrap().is_some());
    // The checker is handed the very bytes the app installed.
    assert_eq!(data::whole_bytes(), Some(parts::WHOLE));
    done(root, handle);
}
