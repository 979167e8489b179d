//! Markdown: the prose, without code and URLs.

use super::{Block, Document};
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// Reads Markdown: one block per paragraph, heading, list item, table cell or block quote line;
/// code, link destinations and autolinks left out. Spans point into `text`.
///
/// ```
/// use luxterm::check::input::markdown;
/// let doc = markdown("# Title\n\nSee `child porn` and [the **report**](https://x.org/child-porn).\n");
/// let texts: Vec<_> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
/// assert_eq!(texts, ["Title", "See \u{1} and the report."]);
/// // Offsets map back into the Markdown source.
/// assert_eq!(doc.blocks[1].to_source(10), 31); // "the", after the link's `[`
/// ```
pub fn markdown(text: &str) -> Document {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_FOOTNOTES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let mut blocks = Vec::new();
    let mut current = Block::default();
    let mut in_code_block = false;
    let mut in_autolink = 0usize;
    let flush = |current: &mut Block, blocks: &mut Vec<Block>| {
        if !current.text.trim().is_empty() {
            blocks.push(core::mem::take(current));
        } else {
            *current = Block::default();
        }
    };
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_)) => {
                flush(&mut current, &mut blocks);
                in_code_block = true;
            }
            Event::End(TagEnd::CodeBlock) => in_code_block = false,
            Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            }) => in_autolink += 1,
            Event::End(TagEnd::Link) if in_autolink > 0 => {
                in_autolink -= 1;
                // An autolink separates the words around it, like a code span.
                current.push("\u{1}", range.start, false);
            }
            Event::Start(tag) if is_block(&tag) => flush(&mut current, &mut blocks),
            Event::End(tag) if is_block_end(&tag) => flush(&mut current, &mut blocks),
            Event::Text(t) if !in_code_block && in_autolink == 0 => {
                let raw = text.get(range.clone()).unwrap_or("");
                current.push(&t, range.start, raw == &*t);
            }
            Event::Code(_) | Event::InlineHtml(_) | Event::InlineMath(_) => {
                current.push("\u{1}", range.start, false);
            }
            Event::SoftBreak | Event::HardBreak => current.push("\n", range.start, false),
            _ => {}
        }
    }
    flush(&mut current, &mut blocks);
    Document {
        source: Some(text.to_owned()),
        blocks,
    }
}

fn is_block(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::Item
            | Tag::List(_)
            | Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::TableCell
            | Tag::FootnoteDefinition(_)
            | Tag::HtmlBlock
    )
}

fn is_block_end(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::Item
            | TagEnd::List(_)
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::TableCell
            | TagEnd::FootnoteDefinition
            | TagEnd::HtmlBlock
    )
}
