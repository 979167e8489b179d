//! Search keys are the same in the browser and natively, for generated strings: this test
//! generates 3,000 strings with proptest strategies from a fixed seed (every script the glossary
//! and its readers use, combining marks in every order, case, punctuation, apostrophes, full-
//! and half-width forms, compatibility letters, zero-width and bidi controls, spaces of every
//! kind), computes their keys with the native build (normalisation from the compiled-in
//! tables) and pins them in `fixtures/search-keys.txt`. The web app's component test
//! `search_keys_of_generated_strings_are_the_native_ones` (web/tests/components.rs) reads that
//! file (`include_str!`) and recomputes every key in Chromium, where normalisation comes from
//! the browser (`js-normalize`): both paths must give the fixture's keys.
//!
//! The fixture is regenerated with `LUXTERM_BLESS=1 cargo test -p luxterm-tests --test
//! search_keys`; otherwise this test fails when a key or the generated strings changed, naming
//! the first line that differs.
//!
//! One line a string: `input<TAB>nfc(input)<TAB>fold(input)<TAB>term_key(input)`, each written
//! with [`escape`]: ASCII and letters as themselves, everything else (combining marks,
//! controls, spaces other than U+0020, symbols …) as `\u{HEX}`, so the file is plain NFC text
//! that shows no invisible character.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::fmt::Write as _;
use std::path::PathBuf;

const STRINGS: usize = 3000;

/// Ranges of assigned code points in the blocks where folding does its work. Unassigned code
/// points are left out: where the browser's Unicode version and the tables' differ, so do the
/// results, and that is not what this test is about.
const RANGES: &[(u32, u32)] = &[
    (0x20, 0x7e),
    (0xa0, 0x24f),
    (0x300, 0x36f),
    (0x370, 0x377),
    (0x37a, 0x37f),
    (0x384, 0x38a),
    (0x38c, 0x38c),
    (0x38e, 0x3a1),
    (0x3a3, 0x3ff),
    (0x400, 0x4ff),
    (0x591, 0x5c7),
    (0x5d0, 0x5ea),
    (0x600, 0x6ff),
    (0x900, 0x97f),
    (0x1100, 0x11ff),
    (0x1e00, 0x1fff),
    (0x2000, 0x2064),
    (0x2066, 0x206f),
    (0x2100, 0x218b),
    (0x2460, 0x24ff),
    (0x3000, 0x303f),
    (0x3041, 0x3096),
    (0x3099, 0x30ff),
    (0x3131, 0x318e),
    (0x3300, 0x33ff),
    (0x4e00, 0x4fff),
    (0xac00, 0xd7a3),
    (0xfb00, 0xfb06),
    (0xfb13, 0xfb17),
    (0xfb1d, 0xfb36),
    (0xfb50, 0xfbc1),
    (0xfe70, 0xfe74),
    (0xfe76, 0xfefc),
    (0xff01, 0xffbe),
    (0xffc2, 0xffc7),
    (0xffca, 0xffcf),
    (0xffd2, 0xffd7),
    (0xffda, 0xffdc),
];

fn any_char() -> impl Strategy<Value = char> {
    proptest::sample::select(RANGES).prop_flat_map(|(lo, hi)| {
        (lo..=hi).prop_map(|c| char::from_u32(c).expect("the ranges hold no surrogate"))
    })
}

/// Strings that look like what people type and what the glossary holds, and strings of any
/// character of [`RANGES`].
fn string() -> impl Strategy<Value = String> {
    prop_oneof![
        // Any characters of the ranges.
        3 => proptest::collection::vec(any_char(), 0..13).prop_map(|v| v.into_iter().collect()),
        // Latin words: case, accents precomposed and as combining marks in any order,
        // apostrophes, hyphens, punctuation.
        2 => "[A-Za-zÀ-ÿŒœẞß]{1,6}[\u{300}-\u{36f}]{0,3}(['’ʼ‘`´\\-.,;:!?()«» \u{a0}\u{202f}][A-Za-zİıſ]{0,6}){0,3}",
        // Greek and Cyrillic, with case and tonos, final sigma, ё.
        1 => "[Α-ΡΣ-Ωα-ωΆΈΉΊΌΎΏάέήίόύώϊϋΐΰς]{1,8}( [А-Яа-яЁё\u{301}]{1,8}){0,2}",
        // Arabic with harakat, tatweel, hamza forms, presentation forms, Arabic punctuation.
        2 => "[ء-يآأإؤئٱ][\u{64b}-\u{652}\u{670}ـ]{0,2}([ء-ي،؛؟ ][\u{64b}-\u{652}]{0,2}){0,8}|[\u{fe70}-\u{fe74}\u{fe76}-\u{fefc}\u{fb50}-\u{fbb1}]{1,6}",
        // Chinese with full-width and ideographic punctuation, full-width Latin and digits.
        2 => "[\u{4e00}-\u{4fff}，。、；：？！（）《》「」]{1,8}|[Ａ-Ｚａ-ｚ０-９！-／]{1,8}",
        // Kana, full and half width, with (semi-)voiced marks; Hangul syllables and jamo.
        1 => "[ぁ-ゖァ-ヺ\u{3099}\u{309a}ｦ-ﾟ]{1,8}|[가-힣\u{1100}-\u{1112}\u{1161}-\u{1175}ㄱ-ㅣ ]{1,8}",
        // Hebrew with points, Devanagari with nukta.
        1 => "[א-ת\u{5b0}-\u{5c2}]{1,8}|[क-ह\u{93c}\u{93e}-\u{94d}]{1,8}",
        // Compatibility letters and symbols, ligatures, zero-width and bidi controls, spaces.
        1 => "[ﬀ-ﬆǄ-ǌ㍱-㏿①-⑳KÅµℌ™a-z\u{200b}-\u{200f}\u{202a}-\u{202e}\u{2066}-\u{2069}\u{2000}-\u{200a}\u{3000}\u{feff}]{1,10}",
    ]
}

/// The generated strings: the same on every run (a fixed seed, ChaCha).
fn strings() -> Vec<String> {
    let seed: [u8; 32] = *b"luxterm search keys, browser/cli";
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed),
    );
    let s = string();
    (0..STRINGS)
        .map(|_| s.new_tree(&mut runner).expect("a string").current())
        .collect()
}

/// Hangul conjoining jamo, which compose with their neighbours.
fn jamo(c: char) -> bool {
    matches!(u32::from(c), 0x1100..=0x11ff | 0xa960..=0xa97f | 0xd7b0..=0xd7ff)
}

/// A text for the fixture: printable ASCII but `\`, and letters and digits that are NFC on
/// their own and compose with nothing, as themselves; any other character as `\u{HEX}`.
pub fn escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let plain = (c.is_ascii_graphic() && c != '\\')
            || c == ' '
            || (!c.is_ascii()
                && c.is_alphanumeric()
                && !unicode_normalization::char::is_combining_mark(c)
                && !jamo(c)
                && unicode_normalization::is_nfc(c.encode_utf8(&mut [0; 4])));
        if plain {
            out.push(c);
        } else {
            let _ = write!(out, "\\u{{{:X}}}", u32::from(c));
        }
    }
    out
}

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/search-keys.txt")
}

/// The fixture's text for the strings, with the native keys.
fn pinned(strings: &[String]) -> String {
    use luxterm_text::normalize::{fold, nfc};
    let mut out = String::new();
    for s in strings {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}",
            escape(s),
            escape(&nfc(s)),
            escape(&fold(s)),
            escape(&luxterm::term_key(s))
        );
    }
    out
}

#[test]
fn search_keys_of_generated_strings_are_pinned_for_the_browser() {
    let strings = strings();
    // The generator covers what it says: every family of characters occurs.
    let all: String = strings.concat();
    for (what, found) in [
        (
            "Arabic",
            all.chars().any(|c| ('\u{621}'..='\u{64a}').contains(&c)),
        ),
        (
            "Han",
            all.chars().any(|c| ('\u{4e00}'..='\u{4fff}').contains(&c)),
        ),
        (
            "combining marks",
            all.chars()
                .any(unicode_normalization::char::is_combining_mark),
        ),
        (
            "full-width forms",
            all.chars().any(|c| ('\u{ff01}'..='\u{ff5e}').contains(&c)),
        ),
        (
            "bidi controls",
            all.chars().any(|c| ('\u{202a}'..='\u{202e}').contains(&c)),
        ),
        ("apostrophes", all.contains('’') && all.contains('\'')),
        ("capitals", all.chars().any(char::is_uppercase)),
    ] {
        assert!(found, "no {what} among the generated strings");
    }
    let text = pinned(&strings);
    let path = fixture();
    if std::env::var_os("LUXTERM_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
        return;
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    if on_disk != text {
        let line = on_disk
            .lines()
            .zip(text.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| on_disk.lines().count().min(text.lines().count()));
        panic!(
            "{} differs from the native keys of the generated strings at line {}:\n  file:   {}\n  native: {}\n(a change of the keys or of the generator: check it, then run with LUXTERM_BLESS=1)",
            path.display(),
            line + 1,
            on_disk.lines().nth(line).unwrap_or("<end>"),
            text.lines().nth(line).unwrap_or("<end>")
        );
    }
}

#[test]
fn the_fixture_escape_is_plain_text() {
    assert_eq!(escape("a\\b c"), "a\\u{5C}b c");
    assert_eq!(escape("e\u{301}é\u{202e}"), "e\\u{301}é\\u{202E}");
    assert_eq!(escape("\u{212b}中"), "\\u{212B}中");
}
