//! XLIFF 1.2 and 2.0: target segments with their sources.

use super::xml::{attr, attr_local, next, reader, unescape};
use super::{Block, Document, InputError, Location, SourceText};
use quick_xml::events::Event;

/// Inline elements whose content is native code, not text (XLIFF 1.2 `ph`, `bpt`, `ept`, `it`,
/// `sub` is text; XLIFF 2.0 keeps native data in `originalData`, outside segments).
const CODE: &[&[u8]] = &[b"ph", b"bpt", b"ept", b"it", b"originalData"];

/// Reads XLIFF 1.2 (`trans-unit`) or 2.0 (`unit`/`segment`): one block per target, in the
/// target language, with its source. Spans point into `text`.
///
/// ```
/// use luxterm::check::input::xliff;
/// let x = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
/// <file id="f"><unit id="u1"><segment><source>child pornography</source>
/// <target>pédopornographie</target></segment></unit></file></xliff>"#;
/// let doc = xliff(x).unwrap();
/// let b = &doc.blocks[0];
/// assert_eq!((b.text.as_str(), b.lang.as_deref()), ("pédopornographie", Some("fr")));
/// assert_eq!(b.source.as_ref().unwrap().text, "child pornography");
/// assert_eq!(&x[b.to_source(0)..b.to_source(b.text.len())], "pédopornographie");
/// ```
///
/// # Errors
///
/// [`InputError::Dtd`] for any DTD (XXE, entity bombs), [`InputError::Xml`] for malformed XML or
/// an undefined entity, [`InputError::NotXliff`] for another vocabulary.
pub fn xliff(text: &str) -> Result<Document, InputError> {
    let mut r = reader(text);
    let mut open = 0;
    let mut version: Option<String> = None;
    let (mut src_lang, mut trg_lang) = (String::from("en"), None::<String>);
    let mut unit: Option<String> = None;
    let mut segment: Option<String> = None;
    let mut source = String::new();
    // Which of source/target is being read, and how deep inside native code.
    let mut reading: Option<bool> = None;
    let mut code_depth = 0usize;
    let mut target = Block::default();
    let mut blocks = Vec::new();
    loop {
        let before = usize::try_from(r.buffer_position()).unwrap_or(0);
        match next(&mut r, None, &mut open)? {
            Event::Start(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                match name {
                    b"xliff" => {
                        version = attr(&e, b"version");
                        if let Some(l) = attr(&e, b"srcLang") {
                            src_lang = l;
                        }
                        trg_lang = attr(&e, b"trgLang").or(trg_lang);
                    }
                    b"file" => {
                        if let Some(l) = attr(&e, b"source-language") {
                            src_lang = l;
                        }
                        trg_lang = attr(&e, b"target-language").or(trg_lang);
                    }
                    b"trans-unit" | b"unit" => {
                        unit = attr(&e, b"id");
                        segment = None;
                    }
                    b"segment" => segment = attr(&e, b"id"),
                    b"source" if reading.is_none() => {
                        reading = Some(false);
                        source.clear();
                    }
                    b"target" if reading.is_none() => {
                        reading = Some(true);
                        target = Block {
                            lang: attr_local(&e, b"lang").or_else(|| trg_lang.clone()),
                            location: Some(Location {
                                unit: unit.clone(),
                                segment: segment.clone(),
                                ..Location::default()
                            }),
                            ..Block::default()
                        };
                    }
                    _ if reading.is_some() && CODE.contains(&name) => code_depth += 1,
                    _ => {}
                }
            }
            Event::End(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                match name {
                    b"source" if reading == Some(false) => reading = None,
                    b"target" if reading == Some(true) => {
                        reading = None;
                        target.source = Some(SourceText {
                            lang: src_lang.clone(),
                            text: source.clone(),
                        });
                        blocks.push(core::mem::take(&mut target));
                    }
                    _ if reading.is_some() && CODE.contains(&name) => {
                        code_depth = code_depth.saturating_sub(1);
                    }
                    _ => {}
                }
            }
            Event::Empty(e) if reading.is_some() => {
                // Placeholders (x, bx, ex, ph, sc, ec): a separator between the words around.
                let _ = e;
                if reading == Some(true) {
                    target.push("\u{1}", before, false);
                } else {
                    source.push('\u{1}');
                }
            }
            Event::Text(t) if reading.is_some() && code_depth == 0 => {
                let s = unescape(&t, &r, None)?;
                let raw = text
                    .get(before..usize::try_from(r.buffer_position()).unwrap_or(0))
                    .unwrap_or("");
                if reading == Some(true) {
                    push_escaped(&mut target, raw, before);
                } else {
                    source.push_str(&s);
                }
            }
            Event::CData(c) if reading.is_some() && code_depth == 0 => {
                let s = String::from_utf8_lossy(&c).into_owned();
                if reading == Some(true) {
                    target.push(&s, before + 9, true);
                } else {
                    source.push_str(&s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    match version.as_deref() {
        Some(v) if v.starts_with("1.") || v.starts_with("2.") => Ok(Document {
            source: Some(text.to_owned()),
            blocks,
        }),
        Some(v) => Err(InputError::NotXliff(format!("version {v}"))),
        None => Err(InputError::NotXliff(
            "no <xliff> root with a version".to_owned(),
        )),
    }
}

/// Appends XML character data, one piece per run of literal text and per entity reference, so
/// that offsets map exactly into the file around `&amp;` and `&#233;`.
fn push_escaped(block: &mut Block, raw: &str, raw_at: usize) {
    let mut rest = raw;
    let mut at = raw_at;
    while !rest.is_empty() {
        let (literal, tail) = match rest.find('&') {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        if !literal.is_empty() {
            block.push(literal, at, true);
            at += literal.len();
        }
        if tail.is_empty() {
            break;
        }
        let end = tail.find(';').map_or(tail.len(), |e| e + 1);
        let (entity, after) = tail.split_at(end);
        let decoded = quick_xml::escape::unescape(entity).unwrap_or_else(|_| entity.into());
        block.push(&decoded, at, false);
        at += entity.len();
        rest = after;
    }
}
