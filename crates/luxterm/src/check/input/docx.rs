//! `.docx`: paragraphs of the main document, footnotes, endnotes and comments.

use super::xml::{attr, next, reader, unescape};
use super::{Block, Document, InputError, Location};
use quick_xml::events::Event;
use std::io::{Cursor, Read};

/// The most bytes one part may decompress to.
pub const MAX_PART: u64 = 64 << 20;
/// The most bytes all the parts read may decompress to together.
pub const MAX_TOTAL: u64 = 256 << 20;
/// The most entries a package may list.
const MAX_ENTRIES: usize = 10_000;

/// The parts read, in order.
const PARTS: &[&str] = &[
    "word/document.xml",
    "word/footnotes.xml",
    "word/endnotes.xml",
    "word/comments.xml",
];

/// Reads a `.docx`: one block per paragraph (`w:p`) of each part, runs joined.
///
/// ```
/// use luxterm::check::input::{docx, InputError};
/// assert!(matches!(docx(b"not a zip"), Err(InputError::NotZip(_))));
/// ```
///
/// # Errors
///
/// [`InputError::NotZip`], [`InputError::NotDocx`], [`InputError::TooLarge`] (a zip bomb),
/// [`InputError::ExternalRelationship`], [`InputError::Dtd`], [`InputError::Xml`].
pub fn docx(bytes: &[u8]) -> Result<Document, InputError> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| InputError::NotZip(e.to_string()))?;
    if zip.len() > MAX_ENTRIES {
        return Err(InputError::NotZip(format!(
            "{} entries (at most {MAX_ENTRIES})",
            zip.len()
        )));
    }
    let mut budget = MAX_TOTAL;
    // Refuse relationships to external targets that a word processor would fetch.
    let rels: Vec<String> = zip
        .file_names()
        .filter(|n| n.ends_with(".rels"))
        .map(str::to_owned)
        .collect();
    for name in &rels {
        let xml = read_part(&mut zip, name, &mut budget)?;
        check_relationships(&xml, name)?;
    }
    let mut blocks = Vec::new();
    let mut found_main = false;
    for &part in PARTS {
        if zip.index_for_name(part).is_none() {
            continue;
        }
        found_main |= part == "word/document.xml";
        let xml = read_part(&mut zip, part, &mut budget)?;
        paragraphs(&xml, part, &mut blocks)?;
    }
    if !found_main {
        return Err(InputError::NotDocx);
    }
    Ok(Document {
        source: None,
        blocks,
    })
}

/// A part's bytes as text, never more than the limits however the archive describes itself.
fn read_part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    budget: &mut u64,
) -> Result<String, InputError> {
    let too_large = || InputError::TooLarge {
        part: name.to_owned(),
        limit: MAX_PART,
    };
    let file = zip
        .by_name(name)
        .map_err(|e| InputError::NotZip(format!("{name}: {e}")))?;
    let limit = MAX_PART.min(*budget);
    if file.size() > limit {
        return Err(too_large());
    }
    let mut out = Vec::new();
    // The declared size may lie: read at most one byte past the limit.
    file.take(limit + 1)
        .read_to_end(&mut out)
        .map_err(|e| InputError::NotZip(format!("{name}: {e}")))?;
    let len = u64::try_from(out.len()).unwrap_or(u64::MAX);
    if len > limit {
        return Err(too_large());
    }
    *budget -= len;
    String::from_utf8(out).map_err(|e| InputError::Xml {
        part: Some(name.to_owned()),
        offset: u64::try_from(e.utf8_error().valid_up_to()).unwrap_or(0),
        message: "not UTF-8".to_owned(),
    })
}

fn check_relationships(xml: &str, part: &str) -> Result<(), InputError> {
    let mut r = reader(xml);
    let mut open = 0;
    loop {
        match next(&mut r, Some(part), &mut open)? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"Relationship" => {
                let external = attr(&e, b"TargetMode").is_some_and(|m| m == "External");
                let kind = attr(&e, b"Type").unwrap_or_default();
                if external && !kind.ends_with("/hyperlink") {
                    return Err(InputError::ExternalRelationship {
                        kind: kind.rsplit('/').next().unwrap_or(&kind).to_owned(),
                        target: attr(&e, b"Target").unwrap_or_default(),
                    });
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// The paragraphs of one part.
fn paragraphs(xml: &str, part: &str, blocks: &mut Vec<Block>) -> Result<(), InputError> {
    let mut r = reader(xml);
    let mut open = 0;
    let mut n = 0;
    // Nested paragraphs (a text box inside a paragraph) each become their own block.
    let mut stack: Vec<Block> = Vec::new();
    let mut in_text = false;
    let mut in_deleted = 0usize;
    loop {
        match next(&mut r, Some(part), &mut open)? {
            Event::Start(e) => match e.local_name().as_ref() {
                b"p" => {
                    n += 1;
                    stack.push(Block {
                        location: Some(Location {
                            part: Some(part.to_owned()),
                            paragraph: Some(n),
                            ..Location::default()
                        }),
                        lang: None,
                        ..Block::default()
                    });
                }
                b"t" => in_text = true,
                b"del" => in_deleted += 1,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"tab" | b"br" | b"cr" => {
                    if let Some(b) = stack.last_mut() {
                        let at = b.text.len();
                        b.push(
                            if e.local_name().as_ref() == b"tab" {
                                "\t"
                            } else {
                                "\n"
                            },
                            at,
                            true,
                        );
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"p" => {
                    if let Some(b) = stack.pop()
                        && !b.text.trim().is_empty()
                    {
                        blocks.push(b);
                    }
                }
                b"t" => in_text = false,
                b"del" => in_deleted = in_deleted.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) if in_text && in_deleted == 0 => {
                let text = unescape(&t, &r, Some(part))?;
                if let Some(b) = stack.last_mut() {
                    let at = b.text.len();
                    b.push(&text, at, true);
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}
