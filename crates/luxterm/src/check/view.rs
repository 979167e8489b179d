//! The checker's view for a face that shows a text with its findings in place (the web app's
//! "Check a text" page): the text cut into blocks (a paragraph, a `.docx` paragraph, an XLIFF
//! target), each block cut into pieces, plain or marked with the finding they hold, and the
//! findings with a count per level.
//!
//! A face renders each piece as a text node (or a `<mark>` for a marked one) and never parses
//! the text again: spans, statuses, suggestions and languages all come from the core.
//!
//! ```
//! use luxterm::check::view::CheckedText;
//! use luxterm::check::{CheckOptions, Checker};
//!
//! let checker = Checker::new(luxterm::Glossary::embedded());
//! let text = "A report on child pornography online.\n\nSecond paragraph.";
//! let view = CheckedText::of_text(&checker, text, &CheckOptions::default());
//! assert_eq!(view.blocks.len(), 2);
//! let pieces: Vec<(&str, Option<usize>)> = view.blocks[0]
//!     .pieces
//!     .iter()
//!     .map(|p| (p.text.as_str(), p.finding))
//!     .collect();
//! assert_eq!(
//!     pieces,
//!     [("A report on ", None), ("child pornography", Some(0)), (" online.", None)]
//! );
//! let f = &view.findings[0];
//! assert_eq!((f.block, f.marked), (0, true));
//! assert_eq!(f.finding.instead.as_deref(), Some("child sexual abuse material"));
//! assert_eq!(view.summary.avoid, 1);
//! ```

use super::input::{self, Format, InputError};
use super::{CheckOptions, CheckReport, Checker, FileReport, Finding, FindingKind, Summary};
use crate::lang::Dir;
use serde::{Deserialize, Serialize};

/// The largest input a face should hand to [`CheckedText::of_file`] (32 MiB): larger files are
/// refused with [`InputError::TooLarge`] before they are read.
pub const MAX_INPUT: u64 = 32 << 20;

/// A text as checked, laid out for display.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CheckedText {
    /// The blocks of the text, in document order.
    pub blocks: Vec<CheckedBlock>,
    /// Every finding, in document order.
    pub findings: Vec<PlacedFinding>,
    /// How many findings of each level.
    pub summary: Summary,
}

/// A block of text: a paragraph of plain text or Markdown, a paragraph of a `.docx`, an XLIFF
/// target segment.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CheckedBlock {
    /// Where it is in the document (a `.docx` paragraph, an XLIFF unit), if it says.
    pub location: Option<super::Location>,
    /// Its language: the document's, the one asked for, or the one detected from its terms;
    /// `None` if nothing tells (a paragraph with no term in it).
    pub lang: Option<String>,
    /// The direction of that language, if known (a face lets the browser decide otherwise).
    pub dir: Option<Dir>,
    /// The block's text in order, cut at the findings.
    pub pieces: Vec<Piece>,
}

/// A piece of a block's text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Piece {
    /// The text, as written.
    pub text: String,
    /// The index in [`CheckedText::findings`] of the finding this piece is, if it is one.
    pub finding: Option<usize>,
}

/// A finding with the block it is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PlacedFinding {
    /// The index of its block in [`CheckedText::blocks`].
    pub block: usize,
    /// Whether a piece of the block marks it. A missing equivalent (about the whole target) is
    /// not marked, nor a finding overlapping one marked before it.
    pub marked: bool,
    /// The finding; its span is relative to its block's text.
    pub finding: Finding,
}

impl CheckedText {
    /// Checks plain text (a paragraph is text between blank lines).
    pub fn of_text(checker: &Checker<'_>, text: &str, options: &CheckOptions) -> CheckedText {
        let findings = checker.check(text, options);
        let mut blocks = Vec::new();
        let mut placed = Vec::new();
        let mut rest = findings.into_iter().peekable();
        for (start, end) in super::paragraphs(text) {
            let para = text.get(start..end).unwrap_or("").trim_end();
            let mut in_block = Vec::new();
            while let Some(f) = rest.next_if(|f| f.span.start < start + para.len()) {
                in_block.push(f);
            }
            for f in &mut in_block {
                f.span.start = f.span.start.saturating_sub(start);
                f.span.end = f.span.end.saturating_sub(start);
            }
            super::locate(para, &mut in_block);
            let block = blocks.len();
            let (pieces, marked) = cut(para, &in_block, placed.len());
            blocks.push(CheckedBlock {
                location: None,
                lang: block_lang(None, options, &in_block),
                dir: None,
                pieces,
            });
            push(&mut placed, block, in_block, marked);
        }
        CheckedText::finish(checker, blocks, placed)
    }

    /// Reads a file by its name's extension ([`Format::from_name`]: `.docx`, `.md`, `.xlf`, else
    /// plain text) and checks it. Without the reader's feature (`markdown`, `docx`, `xliff`) a
    /// file is read as plain text.
    ///
    /// ```
    /// use luxterm::check::view::CheckedText;
    /// use luxterm::check::{CheckOptions, Checker, InputError};
    ///
    /// let checker = Checker::new(luxterm::Glossary::embedded());
    /// let bad = CheckedText::of_file(&checker, "notes.txt", b"ab\xFF", &CheckOptions::default());
    /// assert_eq!(bad.unwrap_err(), InputError::InvalidUtf8 { offset: 2 });
    /// ```
    ///
    /// # Errors
    ///
    /// The [`InputError`] of the reader: not UTF-8, not a zip, a zip bomb, malformed XML …, or
    /// [`InputError::TooLarge`] for more than [`MAX_INPUT`] bytes.
    pub fn of_file(
        checker: &Checker<'_>,
        name: &str,
        bytes: &[u8],
        options: &CheckOptions,
    ) -> Result<CheckedText, InputError> {
        if u64::try_from(bytes.len()).map_or(true, |n| n > MAX_INPUT) {
            return Err(InputError::TooLarge {
                part: name.to_owned(),
                limit: MAX_INPUT,
            });
        }
        let format = Format::from_name(name);
        #[cfg(feature = "markdown")]
        if format == Format::Markdown {
            let doc = input::markdown(input::text(bytes)?);
            return Ok(CheckedText::of_document(checker, &doc, options));
        }
        #[cfg(feature = "docx")]
        if format == Format::Docx {
            return Ok(CheckedText::of_document(
                checker,
                &input::docx(bytes)?,
                options,
            ));
        }
        #[cfg(feature = "xliff")]
        if format == Format::Xliff {
            let doc = input::xliff(input::text(bytes)?)?;
            return Ok(CheckedText::of_document(checker, &doc, options));
        }
        let _ = format;
        Ok(CheckedText::of_text(checker, input::text(bytes)?, options))
    }

    /// Checks a document read by [`input`], block by block.
    ///
    /// ```
    /// use luxterm::check::view::CheckedText;
    /// use luxterm::check::{CheckOptions, Checker, Document};
    ///
    /// let checker = Checker::new(luxterm::Glossary::embedded());
    /// let doc = Document::translation(("en", "Child sexual abuse material."), ("ar", "نص"));
    /// let view = CheckedText::of_document(&checker, &doc, &CheckOptions::default());
    /// assert_eq!(view.blocks[0].dir, Some(luxterm::lang::Dir::Rtl));
    /// // The missing equivalent is about the whole target: listed, not marked.
    /// assert!(!view.findings[0].marked);
    /// assert_eq!(view.summary.caution, 1);
    /// ```
    pub fn of_document(
        checker: &Checker<'_>,
        doc: &input::Document,
        options: &CheckOptions,
    ) -> CheckedText {
        let mut all = checker
            .block_findings(doc, options, false)
            .into_iter()
            .peekable();
        let mut blocks = Vec::new();
        let mut placed = Vec::new();
        for (index, block) in doc.blocks.iter().enumerate() {
            let mut in_block = Vec::new();
            while let Some((_, f)) = all.next_if(|(i, _)| *i == index) {
                in_block.push(f);
            }
            let (pieces, marked) = cut(&block.text, &in_block, placed.len());
            blocks.push(CheckedBlock {
                location: block.location.clone(),
                lang: block_lang(block.lang.as_deref(), options, &in_block),
                dir: None,
                pieces,
            });
            push(&mut placed, index, in_block, marked);
        }
        CheckedText::finish(checker, blocks, placed)
    }

    fn finish(
        checker: &Checker<'_>,
        mut blocks: Vec<CheckedBlock>,
        findings: Vec<PlacedFinding>,
    ) -> CheckedText {
        for b in &mut blocks {
            b.dir = b.lang.as_deref().map(Dir::of);
        }
        let all: Vec<Finding> = findings.iter().map(|p| p.finding.clone()).collect();
        let report = CheckReport::new(
            checker.glossary(),
            vec![FileReport {
                path: String::new(),
                findings: all,
                error: None,
            }],
        );
        CheckedText {
            blocks,
            findings,
            summary: report.summary,
        }
    }
}

/// The language of a block: the document's, else the one asked for, else its first finding's.
fn block_lang(doc: Option<&str>, options: &CheckOptions, findings: &[Finding]) -> Option<String> {
    doc.map(str::to_owned)
        .or_else(|| options.lang.clone())
        .or_else(|| findings.first().map(|f| f.lang.clone()))
}

fn push(out: &mut Vec<PlacedFinding>, block: usize, findings: Vec<Finding>, marked: Vec<bool>) {
    for (finding, marked) in findings.into_iter().zip(marked) {
        out.push(PlacedFinding {
            block,
            marked,
            finding,
        });
    }
}

/// `text` cut at the spans of `findings` (relative to `text`, in order), each marked piece naming
/// its finding as `first + i`; and whether each finding got a piece.
fn cut(text: &str, findings: &[Finding], first: usize) -> (Vec<Piece>, Vec<bool>) {
    let mut pieces = Vec::new();
    let mut marked = Vec::with_capacity(findings.len());
    let mut pos = 0;
    for (i, f) in findings.iter().enumerate() {
        let (start, end) = (f.span.start, f.span.end);
        let whole_block = f.kind == FindingKind::MissingEquivalent;
        let (Some(before), Some(found)) = (text.get(pos..start), text.get(start..end)) else {
            marked.push(false);
            continue;
        };
        if whole_block || found.is_empty() {
            marked.push(false);
            continue;
        }
        if !before.is_empty() {
            pieces.push(Piece {
                text: before.to_owned(),
                finding: None,
            });
        }
        pieces.push(Piece {
            text: found.to_owned(),
            finding: Some(first + i),
        });
        marked.push(true);
        pos = end;
    }
    let tail = text.get(pos..).unwrap_or("");
    if !tail.is_empty() || pieces.is_empty() {
        pieces.push(Piece {
            text: tail.to_owned(),
            finding: None,
        });
    }
    (pieces, marked)
}

#[cfg(all(test, feature = "embed"))]
mod tests {
    use super::*;

    fn joined(b: &CheckedBlock) -> String {
        b.pieces.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn pieces_put_the_text_back_together_and_mark_every_term() {
        let checker = super::super::embedded();
        let text = "Борьба с детской порнографией.\n\nLa pédopornographie et la prostitution des enfants.\n";
        let view = CheckedText::of_text(checker, text, &CheckOptions::default());
        assert_eq!(joined(&view.blocks[0]), "Борьба с детской порнографией.");
        assert_eq!(
            joined(&view.blocks[1]),
            "La pédopornographie et la prostitution des enfants."
        );
        assert_eq!(view.blocks[0].lang.as_deref(), Some("ru"));
        assert_eq!(view.blocks[1].dir, Some(Dir::Ltr));
        for (i, f) in view.findings.iter().enumerate() {
            let b = &view.blocks[f.block];
            let piece = b.pieces.iter().find(|p| p.finding == Some(i));
            assert_eq!(
                piece.map(|p| p.text.as_str()),
                Some(f.finding.found.as_str())
            );
        }
        assert!(view.findings.len() >= 2);
    }

    #[test]
    fn arabic_blocks_are_right_to_left() {
        let checker = super::super::embedded();
        let text = "استغلال الأطفال في المواد الإباحية";
        let view = CheckedText::of_text(checker, text, &CheckOptions::default());
        if view.findings.is_empty() {
            // No Arabic term in this sentence: the direction is left to the face.
            assert_eq!(view.blocks[0].dir, None);
        } else {
            assert_eq!(view.blocks[0].dir, Some(Dir::Rtl));
        }
        let asked = CheckOptions {
            lang: Some("ar".into()),
            ..CheckOptions::default()
        };
        let view = CheckedText::of_text(checker, text, &asked);
        assert_eq!(view.blocks[0].dir, Some(Dir::Rtl));
    }

    #[test]
    fn empty_text_and_too_large_files() {
        let checker = super::super::embedded();
        let view = CheckedText::of_text(checker, "", &CheckOptions::default());
        assert!(view.blocks.is_empty() && view.findings.is_empty());
        let big = vec![b'a'; usize::try_from(MAX_INPUT).unwrap_or(0) + 1];
        let err = CheckedText::of_file(checker, "big.txt", &big, &CheckOptions::default());
        assert!(matches!(err, Err(InputError::TooLarge { .. })));
    }

    #[test]
    fn the_view_round_trips_through_serde() {
        // The web app receives the view as serde data from the checker's module.
        let checker = super::super::embedded();
        let view = CheckedText::of_text(checker, "child porn", &CheckOptions::default());
        let json = serde_json::to_string(&view).unwrap_or_default();
        let back: CheckedText = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, view);
    }
}
