//! Typography of Chinese and French texts (a warning): full-width punctuation between Chinese
//! characters, and a no-break space on the inner side of French high punctuation and guillemets.
//!
//! Only texts whose language is known are checked: terms, replacements, definitions and every
//! `{ lang = "text" }` table; not quotes, which reproduce their source as read. The rules,
//! precisely:
//!
//! **Chinese** (`zh`, `zh-*`). An ASCII `,` `;` `:` `?` `!` is reported when the nearest character
//! before it that is not a space is Chinese (a Han character, CJK punctuation or a full-width
//! form), and the nearest one after it is Chinese or there is none. An ASCII `(` is reported when
//! the nearest character after it is Chinese and the one before is Chinese or there is none; an
//! ASCII `)` the other way round. So ASCII inside or next to Latin words, numbers, URLs and
//! article references (`第9(2)(b)条`, `art. 2(c)`, `10:30`, `(a) 奴隶制`) is left alone.
//!
//! **French** (`fr`, `fr-*`). `;` `:` `!` `?` and `»` take a narrow no-break space (U+202F) or a
//! no-break space (U+00A0) before them, `«` one after it. Reported: a plain space (U+0020) in that
//! place, always; no space at all, only where the mark touches a letter (`enfants:`, `«enfant`,
//! `enfant»`), since after a digit or a symbol the mark belongs to a time, a ratio or a
//! reference (`10:30`, `art. 2:`), and a mark followed by a letter or digit is inside a token
//! (`a:b`, `?q=`). A mark right after another of `;:!?` is the second of a run (`?!`) and needs
//! no space of its own. Anything in a URL (from `http://`, `https://` or `www.` to the next
//! space) is left alone.

use crate::diag::Code;
use crate::load::context::Cx;
use crate::load::source::S;

/// One typographic problem in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Finding {
    /// Byte offset, in the text, of the offending character.
    pub(crate) at: usize,
    /// What is wrong.
    pub(crate) message: String,
    /// What to write instead.
    pub(crate) help: String,
}

/// Whether `lang` is Chinese (`zh`, `zh-Hans` …).
fn is_zh(lang: &str) -> bool {
    lang == "zh" || lang.starts_with("zh-")
}

/// Whether `lang` is French (`fr`, `fr-CA` …).
fn is_fr(lang: &str) -> bool {
    lang == "fr" || lang.starts_with("fr-")
}

/// Han ideographs, CJK symbols and punctuation (`、。《》「」`), and full-width forms (`，（）`).
fn is_chinese(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FFEF}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// The full-width form of an ASCII punctuation mark that Chinese text writes full-width.
fn full_width(c: char) -> Option<char> {
    Some(match c {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        '(' => '（',
        ')' => '）',
        _ => return None,
    })
}

/// Every typographic problem of `text` in language `lang` (none for other languages).
pub(crate) fn find(text: &str, lang: &str) -> Vec<Finding> {
    if is_zh(lang) {
        chinese(text)
    } else if is_fr(lang) {
        french(text)
    } else {
        Vec::new()
    }
}

fn chinese(text: &str) -> Vec<Finding> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    for (n, &(at, c)) in chars.iter().enumerate() {
        let Some(wide) = full_width(c) else {
            continue;
        };
        let before = chars
            .get(..n)
            .unwrap_or(&[])
            .iter()
            .rev()
            .map(|&(_, c)| c)
            .find(|c| !c.is_whitespace());
        let after = chars
            .get(n + 1..)
            .unwrap_or(&[])
            .iter()
            .map(|&(_, c)| c)
            .find(|c| !c.is_whitespace());
        let chinese_or_none = |x: Option<char>| x.is_none_or(is_chinese);
        let chinese = |x: Option<char>| x.is_some_and(is_chinese);
        let report = match c {
            '(' => chinese(after) && chinese_or_none(before),
            _ => chinese(before) && chinese_or_none(after),
        };
        if report {
            out.push(Finding {
                at,
                message: format!("ASCII `{c}` in Chinese text"),
                help: format!(
                    "Chinese text uses full-width punctuation: write `{wide}` (U+{:04X}) instead of `{c}`",
                    u32::from(wide)
                ),
            });
        }
    }
    out
}

/// The byte ranges of URLs in `text`.
fn urls(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rest) = text.get(from..) {
        let found = ["http://", "https://", "www."]
            .iter()
            .filter_map(|p| rest.find(p))
            .min();
        let Some(i) = found else {
            break;
        };
        let start = from + i;
        let len = text
            .get(start..)
            .and_then(|r| r.find(char::is_whitespace))
            .unwrap_or(text.len() - start);
        out.push(start..start + len);
        from = start + len.max(1);
    }
    out
}

const NNBSP: char = '\u{202F}';
const NBSP: char = '\u{A0}';

/// Up to `n` characters of `text` either side of byte `at`, with `fixed` in place of the
/// `len` bytes there, and U+202F written `\u202F` so it can be seen (and pasted into TOML).
fn excerpt(text: &str, at: usize, len: usize, fixed: &str) -> String {
    let n = 12;
    let head = text.get(..at).unwrap_or("");
    let tail = text.get(at + len..).unwrap_or("");
    let head_chars: Vec<char> = head.chars().collect();
    let skip = head_chars.len().saturating_sub(n);
    let before: String = head_chars.get(skip..).unwrap_or(&[]).iter().collect();
    let after: String = tail.chars().take(n).collect();
    let open = if skip > 0 { "…" } else { "" };
    let close = if tail.chars().count() > n { "…" } else { "" };
    format!("{open}{before}{fixed}{after}{close}").replace(NNBSP, "\\u202F")
}

fn french(text: &str) -> Vec<Finding> {
    let in_url = urls(text);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let is_space = |c: char| c == NNBSP || c == NBSP;
    for (n, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, ';' | ':' | '!' | '?' | '»' | '«') {
            continue;
        }
        if in_url.iter().any(|r| r.contains(&at)) {
            continue;
        }
        let before = n.checked_sub(1).and_then(|i| chars.get(i)).copied();
        let after = chars.get(n + 1).copied();
        if c == '«' {
            match after {
                Some((_, s)) if is_space(s) => {}
                Some((sat, ' ')) => out.push(Finding {
                    at: sat,
                    message: "a plain space after `«` in French text".to_owned(),
                    help: format!(
                        "after `«` write a narrow no-break space (U+202F), not a plain space: {}",
                        excerpt(text, sat, 1, "\u{202F}")
                    ),
                }),
                Some((_, x)) if x.is_alphanumeric() => out.push(Finding {
                    at,
                    message: "no space after `«` in French text".to_owned(),
                    help: format!(
                        "after `«` write a narrow no-break space (U+202F): {}",
                        excerpt(text, at, c.len_utf8(), "«\u{202F}")
                    ),
                }),
                _ => {}
            }
            continue;
        }
        if c != '»' && after.is_some_and(|(_, x)| x.is_alphanumeric()) {
            continue; // inside a token: 10:30, a:b, ?q=
        }
        match before {
            None => {}
            Some((_, s)) if is_space(s) => {}
            Some((_, ';' | ':' | '!' | '?')) => {}
            Some((sat, ' ')) => out.push(Finding {
                at: sat,
                message: format!("a plain space before `{c}` in French text"),
                help: format!(
                    "before `{c}` write a narrow no-break space (U+202F), not a plain space: {}",
                    excerpt(text, sat, 1, "\u{202F}")
                ),
            }),
            Some((_, x)) if x.is_alphabetic() => out.push(Finding {
                at,
                message: format!("no space before `{c}` in French text"),
                help: format!(
                    "before `{c}` write a narrow no-break space (U+202F): {}",
                    excerpt(text, at, c.len_utf8(), &format!("\u{202F}{c}"))
                ),
            }),
            Some(_) => {}
        }
    }
    out
}

impl Cx {
    /// Reports every typographic problem of the text `s` in language `lang`, at the exact place
    /// of the offending character in the file.
    pub(crate) fn check_typography(&mut self, s: &S, lang: &str) {
        for f in find(s.get_ref(), lang) {
            let len = s
                .get_ref()
                .get(f.at..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
            let span = self.value_range(s, f.at, len);
            self.err(Code::Typography, span, f.message, "here", f.help);
        }
    }

    /// The byte range in the file of the bytes `at..at + len` of the string value `s`, through
    /// its quotes and escapes (`\"`, `\u202F` …).
    fn value_range(&self, s: &S, at: usize, len: usize) -> std::ops::Range<usize> {
        let span = s.span();
        let fallback = span.start + 1 + at..span.start + 1 + at + len;
        let Some(raw) = self.src.get(span.clone()) else {
            return fallback;
        };
        match raw_offset(raw, at) {
            Some((start, end)) => span.start + start..span.start + end,
            None => fallback,
        }
    }
}

/// In the TOML source `raw` of a string value (quotes included), the byte range of the source
/// that decodes to the value's character at byte `at`.
fn raw_offset(raw: &str, at: usize) -> Option<(usize, usize)> {
    let (open, literal) = if raw.starts_with("\"\"\"") {
        (3, false)
    } else if raw.starts_with("'''") {
        (3, true)
    } else if raw.starts_with('"') {
        (1, false)
    } else if raw.starts_with('\'') {
        (1, true)
    } else {
        return None;
    };
    let mut i = open;
    // A newline right after the opening delimiter of a multi-line string is not part of it.
    if open == 3 {
        if raw.get(i..).is_some_and(|r| r.starts_with("\r\n")) {
            i += 2;
        } else if raw.get(i..).is_some_and(|r| r.starts_with('\n')) {
            i += 1;
        }
    }
    let mut decoded = 0;
    while let Some(rest) = raw.get(i..) {
        let c = rest.chars().next()?;
        let (raw_len, out_len) = if !literal && c == '\\' {
            let next = rest.get(1..)?.chars().next()?;
            match next {
                'u' => (6, hex_char(rest.get(2..6)?)?.len_utf8()),
                'U' => (10, hex_char(rest.get(2..10)?)?.len_utf8()),
                'x' => (4, hex_char(rest.get(2..4)?)?.len_utf8()),
                c if c.is_whitespace() => {
                    // A line-ending backslash: it and the white space after it vanish.
                    let ws = rest
                        .get(1..)?
                        .find(|c: char| !c.is_whitespace())
                        .unwrap_or(rest.len() - 1);
                    (1 + ws, 0)
                }
                _ => (2, 1),
            }
        } else {
            (c.len_utf8(), c.len_utf8())
        };
        if decoded == at && out_len > 0 {
            return Some((i, i + raw_len));
        }
        if decoded > at {
            return None;
        }
        decoded += out_len;
        i += raw_len;
    }
    None
}

fn hex_char(h: &str) -> Option<char> {
    u32::from_str_radix(h, 16).ok().and_then(char::from_u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, lang: &str) -> Vec<usize> {
        find(text, lang).iter().map(|f| f.at).collect()
    }

    #[test]
    fn ascii_punctuation_between_han_is_found() {
        let t = "儿童,包括;其他:是否?是!";
        assert_eq!(at(t, "zh").len(), 5, "{:?}", find(t, "zh"));
        assert_eq!(at("儿童 , 包括", "zh-Hans"), vec!["儿童 ".len()]);
        // A parenthesis around Chinese, and next to CJK brackets.
        assert_eq!(
            at("目的(性剥削)不属于", "zh"),
            vec!["目的".len(), "目的(性剥削".len()]
        );
        assert_eq!(at("文书(《巴勒莫议定书》)一律", "zh").len(), 2);
        // At the end of the text.
        assert_eq!(at("儿童:", "zh"), vec!["儿童".len()]);
    }

    #[test]
    fn ascii_in_latin_numbers_urls_and_references_is_left_alone_in_chinese() {
        for ok in [
            "《布达佩斯公约》第9(2)(b)条和第20条",
            "第2013/93/EU号指令第2(c)(iii)条",
            "见 art. 2(c), 以及",
            "的四类活动：(a) 奴隶制",
            "见https://example.org/a?b=c,d",
            "会议于10:30开始",
            "儿童(child)",
            "儿童，包括；其他：是否？是！（是）",
        ] {
            assert!(find(ok, "zh").is_empty(), "{ok}: {:?}", find(ok, "zh"));
        }
        // Other languages are not checked against Chinese rules.
        assert!(find("儿童,包括", "ja").is_empty());
    }

    #[test]
    fn the_chinese_hint_names_the_full_width_mark() {
        let f = find("儿童,包括", "zh");
        assert_eq!(f.len(), 1);
        assert!(
            f[0].help.contains('，') && f[0].help.contains("U+FF0C"),
            "{}",
            f[0].help
        );
    }

    #[test]
    fn french_plain_spaces_and_missing_spaces_are_found() {
        let t = "Voir : ceci ; cela ! Quoi ? « enfant »";
        let found = at(t, "fr");
        // Each plain space: before : ; ! ? », after «.
        assert_eq!(found.len(), 6, "{:?}", find(t, "fr"));
        assert!(found.iter().all(|&i| t.get(i..i + 1) == Some(" ")));
        assert_eq!(at("les enfants: voir", "fr-CA"), vec!["les enfants".len()]);
        assert_eq!(at("«enfant\u{202F}»", "fr"), vec![0]);
        assert_eq!(at("«\u{202F}enfant»", "fr"), vec!["«\u{202F}enfant".len()]);
    }

    #[test]
    fn french_fixed_text_is_offered() {
        let f = find("les enfants ; voir", "fr");
        assert_eq!(f.len(), 1);
        assert!(
            f[0].help.contains("les enfants\\u202F; voir"),
            "{}",
            f[0].help
        );
        let f = find("les enfants: voir", "fr");
        assert!(
            f[0].help.contains("les enfants\\u202F: voir"),
            "{}",
            f[0].help
        );
    }

    #[test]
    fn french_times_urls_references_and_runs_are_left_alone() {
        for ok in [
            "à 10:30 précises",
            "voir https://example.org/a?b=c:d ; puis",
            "www.example.org/x?y",
            "l'art. 2: définitions",
            "Quoi\u{202F}?!",
            "«\u{A0}enfant\u{A0}»",
            "Voir\u{202F}: ceci\u{202F}; cela\u{202F}! Quoi\u{202F}? «\u{202F}enfant\u{202F}»",
            ": au début",
        ] {
            let found = find(ok, "fr");
            let url_ok = ok.starts_with("voir https") && found.len() == 1;
            assert!(found.is_empty() || url_ok, "{ok}: {found:?}");
        }
        // The URL's own `?` and `:` are not reported; the French `;` after it is.
        assert_eq!(
            at("voir https://example.org/a?b=c:d ; puis", "fr"),
            vec!["voir https://example.org/a?b=c:d".len()]
        );
        // English is not checked against French rules.
        assert!(find("See: this; that!", "en").is_empty());
    }

    #[test]
    fn summaries_are_checked_and_quotes_are_not() {
        let releases = "[[release]]\nversion = \"0.1.0\"\ndate = \"2026-11-28\"\nnotes = \"x\"\n";
        let instrument = r#"id = "opsc"
kind = "protocol"
body = "UN"
adopted = "2000-05-25"
authentic_languages = ["fr"]
title = { en = "OPSC" }

[[provision]]
path = "art. 2"
kind = "defines"
summary = { en = "Defines.", fr = "Définit : la vente" }
quote = { lang = "fr", text = "On entend par : a) Vente" }
verified = false
"#;
        let files = vec![
            ("releases.toml".to_owned(), releases.to_owned()),
            ("instruments/opsc.toml".to_owned(), instrument.to_owned()),
        ];
        let loaded = crate::load_sources_with_warnings("g", &files).unwrap();
        let places: Vec<(usize, usize)> =
            loaded.warnings.iter().map(|w| (w.line, w.column)).collect();
        // Only the summary's plain space, at its column on line 11.
        let col = "summary = { en = \"Defines.\", fr = \"Définit"
            .chars()
            .count()
            + 1;
        assert_eq!(places, vec![(11, col)], "{:#?}", loaded.warnings);
    }

    #[test]
    fn raw_offsets_follow_quotes_and_escapes() {
        assert_eq!(raw_offset("\"ab,\"", 2), Some((3, 4)));
        assert_eq!(raw_offset("'ab,'", 2), Some((3, 4)));
        // `\"` is two bytes of source for one of text.
        assert_eq!(raw_offset("\"a\\\"b,\"", 3), Some((5, 6)));
        // An escaped character is found as its escape.
        assert_eq!(raw_offset("\"a\\u202F:\"", 1), Some((2, 8)));
        assert_eq!(raw_offset("\"\"\"\nab,\"\"\"", 2), Some((6, 7)));
        // Han characters are three bytes each.
        assert_eq!(raw_offset("\"儿童,\"", "儿童".len()), Some((7, 8)));
    }
}
