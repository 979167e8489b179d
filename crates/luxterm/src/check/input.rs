//! What the checker reads: plain text, Markdown, `.docx`, XLIFF 1.2 and 2.0.
//!
//! Every reader turns its input into a [`Document`]: blocks of text (a paragraph, a table cell,
//! a footnote, a translation target), each with its language when the input says it, where it is
//! ([`Location`]) and, when the document has a text form (Markdown, XLIFF), a map from the
//! block's text back to the bytes of the file, so that findings point into the file as given.
//!
//! * **Markdown** (feature `markdown`, `pulldown-cmark`): code spans and code blocks are not
//!   checked, nor link destinations and titles, nor the text of autolinks (a URL); a code span
//!   inside a sentence separates the words around it.
//! * **`.docx`** (feature `docx`, `zip` + `quick-xml`): the paragraphs of `word/document.xml`,
//!   `word/footnotes.xml`, `word/endnotes.xml` and `word/comments.xml`, their runs joined (a term
//!   split across formatting runs is found), deleted text of tracked changes left out. Nothing is
//!   ever fetched: a part related to an external target (a linked template, image, frame or
//!   object) makes the file refused with [`InputError::ExternalRelationship`]; hyperlinks, whose
//!   targets are only text, are allowed. Decompression is bounded (a zip bomb is refused with
//!   [`InputError::TooLarge`]).
//! * **XLIFF 1.2 and 2.0** (feature `xliff`, `quick-xml`): each target segment in the target
//!   language, with its source for the consistency check. A DTD is refused
//!   ([`InputError::Dtd`]), so no entity is ever defined or resolved: XXE and entity bombs
//!   cannot happen; an undefined entity is an [`InputError::Xml`] error.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Where in a document a block is.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Location {
    /// The part of the package (`word/document.xml`, `word/footnotes.xml`), for `.docx`.
    pub part: Option<String>,
    /// The paragraph's number in its part, from 1, for `.docx`.
    pub paragraph: Option<usize>,
    /// The translation unit's id, for XLIFF.
    pub unit: Option<String>,
    /// The segment's id within the unit (XLIFF 2.0), if it has one.
    pub segment: Option<String>,
}

/// The source of a translation target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceText {
    /// Its language.
    pub lang: String,
    /// Its text.
    pub text: String,
}

/// A block of text checked on its own (no match crosses two blocks).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Block {
    /// The text.
    pub text: String,
    /// Its language, if the document says.
    pub lang: Option<String>,
    /// For a translation target: its source.
    pub source: Option<SourceText>,
    /// Where it is.
    pub location: Option<Location>,
    /// Pieces of `text` and where they are in the document's text form: (offset in `text`, offset
    /// in the document, whether the piece has the same bytes in both).
    pub pieces: Vec<(usize, usize, bool)>,
}

impl Block {
    /// A block's offset mapped to the document's text form (identity without pieces).
    pub fn to_source(&self, offset: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.0 <= offset);
        match i.checked_sub(1).and_then(|i| self.pieces.get(i)) {
            Some(&(at, src, true)) => src + (offset - at),
            Some(&(_, src, false)) => src,
            None => offset,
        }
    }

    #[cfg(any(feature = "markdown", feature = "docx", feature = "xliff"))]
    fn push(&mut self, text: &str, source_at: usize, same: bool) {
        self.pieces.push((self.text.len(), source_at, same));
        self.text.push_str(text);
    }
}

/// A document as the checker reads it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// The document's text form (Markdown, XLIFF), to which findings' spans point; `None` for
    /// `.docx`, whose findings point into their block's text.
    pub source: Option<String>,
    /// The blocks, in document order.
    pub blocks: Vec<Block>,
}

impl Document {
    /// A one-unit translation (source and target text with their languages), as from XLIFF.
    ///
    /// ```
    /// let doc = luxterm::check::Document::translation(("en", "child porn"), ("fr", "x"));
    /// assert_eq!(doc.blocks[0].lang.as_deref(), Some("fr"));
    /// ```
    pub fn translation(source: (&str, &str), target: (&str, &str)) -> Document {
        Document {
            source: None,
            blocks: vec![Block {
                text: target.1.to_owned(),
                lang: Some(target.0.to_owned()),
                source: Some(SourceText {
                    lang: source.0.to_owned(),
                    text: source.1.to_owned(),
                }),
                ..Block::default()
            }],
        }
    }
}

/// Why an input could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum InputError {
    /// The bytes are not UTF-8 (text, Markdown and XLIFF must be).
    InvalidUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// A `.docx` that is not a zip archive, or a damaged one.
    NotZip(String),
    /// A `.docx` without `word/document.xml`.
    NotDocx,
    /// A `.docx` part would decompress to more than the limit (a zip bomb, or simply too big).
    TooLarge {
        /// The part.
        part: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// A `.docx` relates a part to an external target (linked template, image, object): refused,
    /// never fetched.
    ExternalRelationship {
        /// The relationship's type.
        kind: String,
        /// The external target.
        target: String,
    },
    /// The XML declares a DTD: refused, so that no entity (XXE, entity bomb) is ever resolved.
    Dtd {
        /// Byte offset of the declaration.
        offset: u64,
    },
    /// Malformed XML, or an undefined entity.
    Xml {
        /// The part (`word/document.xml`) or `None` for an XLIFF file.
        part: Option<String>,
        /// Byte offset of the problem.
        offset: u64,
        /// What is wrong.
        message: String,
    },
    /// An XML file that is not XLIFF 1.2 or 2.0.
    NotXliff(String),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::InvalidUtf8 { offset } => {
                write!(f, "not UTF-8: invalid byte at offset {offset}")
            }
            InputError::NotZip(e) => write!(f, "not a .docx (zip) file: {e}"),
            InputError::NotDocx => write!(f, "not a .docx file: no word/document.xml"),
            InputError::TooLarge { part, limit } => write!(
                f,
                "{part} decompresses to more than {limit} bytes: refused (a zip bomb?)"
            ),
            InputError::ExternalRelationship { kind, target } => write!(
                f,
                "refused: the document links to an external resource ({kind} -> {target}); luxterm never fetches anything"
            ),
            InputError::Dtd { offset } => write!(
                f,
                "refused: a DTD at byte {offset} (entities are never defined or resolved: no XXE, no entity expansion)"
            ),
            InputError::Xml {
                part,
                offset,
                message,
            } => match part {
                Some(p) => write!(f, "{p}: malformed XML at byte {offset}: {message}"),
                None => write!(f, "malformed XML at byte {offset}: {message}"),
            },
            InputError::NotXliff(e) => write!(f, "not XLIFF 1.2 or 2.0: {e}"),
        }
    }
}

impl std::error::Error for InputError {}

/// The formats the checker reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text (UTF-8).
    Text,
    /// Markdown (CommonMark with tables and footnotes).
    Markdown,
    /// Word `.docx`.
    Docx,
    /// XLIFF 1.2 or 2.0.
    Xliff,
}

impl Format {
    /// The format a file name's extension says (plain text for anything unknown).
    ///
    /// ```
    /// use luxterm::check::input::Format;
    /// assert_eq!(Format::from_name("bill.DOCX"), Format::Docx);
    /// assert_eq!(Format::from_name("notes.md"), Format::Markdown);
    /// assert_eq!(Format::from_name("fr.xlf"), Format::Xliff);
    /// assert_eq!(Format::from_name("-"), Format::Text);
    /// ```
    pub fn from_name(name: &str) -> Format {
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("md" | "markdown") => Format::Markdown,
            Some("docx") => Format::Docx,
            Some("xlf" | "xliff" | "xlz") => Format::Xliff,
            _ => Format::Text,
        }
    }
}

/// `bytes` as UTF-8 text (a leading byte order mark removed), or where it is not.
///
/// ```
/// use luxterm::check::input::{text, InputError};
/// assert_eq!(text(b"\xEF\xBB\xBFabc").unwrap(), "abc");
/// assert_eq!(text(b"ab\xFFc").unwrap_err(), InputError::InvalidUtf8 { offset: 2 });
/// ```
///
/// # Errors
///
/// [`InputError::InvalidUtf8`] with the offset of the first invalid byte.
pub fn text(bytes: &[u8]) -> Result<&str, InputError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| InputError::InvalidUtf8 {
        offset: e.valid_up_to(),
    })
}

#[cfg(feature = "markdown")]
mod markdown;
#[cfg(feature = "markdown")]
pub use markdown::markdown;

#[cfg(any(feature = "docx", feature = "xliff"))]
mod xml;

#[cfg(feature = "docx")]
mod docx;
#[cfg(feature = "docx")]
pub use docx::{MAX_PART, MAX_TOTAL, docx};

#[cfg(feature = "xliff")]
mod xliff;
#[cfg(feature = "xliff")]
pub use xliff::xliff;
