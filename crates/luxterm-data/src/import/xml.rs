//! A bounded XML reader for the importer: quick-xml's pull parser, with no DTD processing at all
//! (a document type declaration with an internal subset is refused before anything in it is
//! read; an external DTD is never fetched; only XML's five predefined entities and character
//! references are replaced), a nesting limit, and elements handed over one entry at a time so
//! memory holds one `conceptEntry` rather than the whole tree.

use super::{Limits, Problem};
use crate::diag::Code;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// An element: its qualified name, where its start tag begins, its attributes and children.
#[derive(Debug, Clone)]
pub(super) struct Node {
    /// The qualified name as written (`langSec`, `xml:lang` for attributes).
    pub(super) name: String,
    /// Byte offset of its `<` in the file.
    pub(super) start: usize,
    /// Its attributes, unescaped.
    pub(super) attrs: Vec<Attr>,
    /// Elements and text, in document order.
    pub(super) children: Vec<Child>,
}

/// An attribute and where its value starts.
#[derive(Debug, Clone)]
pub(super) struct Attr {
    pub(super) name: String,
    pub(super) value: String,
    /// Byte offset of the attribute's name in the file (its value's place when not found).
    pub(super) at: usize,
}

/// A child of an element.
#[derive(Debug, Clone)]
pub(super) enum Child {
    Node(Node),
    Text(String),
    /// White space written as a character reference (`&#xA;`, `&#x20;` …): content, which
    /// [`Node::text`] keeps, where white space written as itself may be layout.
    Kept(char),
}

impl Node {
    /// The attribute named `name` (qualified, as written).
    pub(super) fn attr(&self, name: &str) -> Option<&Attr> {
        self.attrs.iter().find(|a| a.name == name)
    }

    /// The child elements.
    pub(super) fn elements(&self) -> impl Iterator<Item = &Node> {
        self.children.iter().filter_map(|c| match c {
            Child::Node(n) => Some(n),
            Child::Text(_) | Child::Kept(_) => None,
        })
    }

    /// All the text inside the element (inline markup such as `<hi>` kept as its text), trimmed
    /// of XML white space (space, tab, CR, LF), with each run of it that breaks a line (layout:
    /// a text wrapped over several lines) made one space. Other spaces, and every other
    /// character (no-break spaces included), are kept as they are; so is white space written as
    /// a character reference (`&#xA;`, `&#x20;`), which is how a writer says that it is part of
    /// the text (the luxterm exporter writes a text's tabs, line breaks and leading or trailing
    /// spaces so).
    pub(super) fn text(&self) -> String {
        let mut raw = Vec::new();
        self.collect_text(&mut raw);
        layout_chars(&raw)
    }

    fn collect_text(&self, out: &mut Vec<(char, bool)>) {
        for c in &self.children {
            match c {
                Child::Text(t) => out.extend(t.chars().map(|c| (c, false))),
                Child::Kept(c) => out.push((*c, true)),
                // Depth is bounded by `Limits::max_depth`, so this recursion is too.
                Child::Node(n) => n.collect_text(out),
            }
        }
    }
}

fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// See [`Node::text`] (a text with no white space of character references).
#[cfg(test)]
pub(super) fn layout(raw: &str) -> String {
    let chars: Vec<(char, bool)> = raw.chars().map(|c| (c, false)).collect();
    layout_chars(&chars)
}

/// See [`Node::text`]: each character with whether it was a character reference.
fn layout_chars(raw: &[(char, bool)]) -> String {
    let layout = |&(c, kept): &(char, bool)| !kept && is_xml_space(c);
    let start = raw.iter().position(|x| !layout(x)).unwrap_or(raw.len());
    let end = raw
        .iter()
        .rposition(|x| !layout(x))
        .map_or(start, |i| i + 1);
    let mut out = String::with_capacity(end.saturating_sub(start));
    let mut run = String::new();
    for x in raw.get(start..end).unwrap_or(&[]) {
        if layout(x) {
            run.push(x.0);
            continue;
        }
        if !run.is_empty() {
            if run.contains(['\n', '\r', '\t']) {
                out.push(' ');
            } else {
                out.push_str(&run);
            }
            run.clear();
        }
        out.push(x.0);
    }
    out
}

/// The white space character a character reference (`#xA`, `#32`: what is between `&` and
/// `;`) stands for, if it stands for one.
fn space_reference(reference: &str) -> Option<char> {
    let code = match reference
        .strip_prefix("#x")
        .or_else(|| reference.strip_prefix("#X"))
    {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => reference.strip_prefix('#')?.parse().ok()?,
    };
    char::from_u32(code).filter(|c| is_xml_space(*c))
}

/// A text node as written (escaped), as children: its text unescaped, with white space written
/// as character references apart ([`Child::Kept`]).
fn text_children(escaped: &str) -> Result<Vec<Child>, quick_xml::escape::EscapeError> {
    let mut out = Vec::new();
    let mut rest = escaped;
    let mut plain = String::new();
    while let Some(amp) = rest.find('&') {
        let (before, from) = rest.split_at(amp);
        plain.push_str(before);
        let kept = from
            .find(';')
            .and_then(|end| Some((end, space_reference(from.get(1..end)?)?)));
        match kept {
            Some((end, c)) => {
                if !plain.is_empty() {
                    out.push(Child::Text(
                        quick_xml::escape::unescape(&plain)?.into_owned(),
                    ));
                    plain.clear();
                }
                out.push(Child::Kept(c));
                rest = from.get(end + 1..).unwrap_or("");
            }
            None => {
                plain.push('&');
                rest = from.get(1..).unwrap_or("");
            }
        }
    }
    plain.push_str(rest);
    if !plain.is_empty() {
        out.push(Child::Text(
            quick_xml::escape::unescape(&plain)?.into_owned(),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn layout_white_space_is_collapsed_and_other_spaces_kept() {
        assert_eq!(
            super::layout("\n  A group of\n\t\tstars.  "),
            "A group of stars."
        );
        assert_eq!(
            super::layout("enfants\u{202f}; a  b\u{a0}c"),
            "enfants\u{202f}; a  b\u{a0}c"
        );
    }

    #[test]
    fn white_space_written_as_a_character_reference_is_kept() {
        let children = super::text_children("&#x20;a&#xA;b\n\tc&#9;&amp;&#32;").unwrap();
        let node = super::Node {
            name: "term".into(),
            start: 0,
            attrs: Vec::new(),
            children,
        };
        assert_eq!(node.text(), " a\nb c\t& ");
        assert_eq!(super::space_reference("#xD"), Some('\r'));
        assert_eq!(super::space_reference("#65"), None);
        assert_eq!(super::space_reference("amp"), None);
    }
}

/// What the reader found besides the elements it handed over.
#[derive(Debug, Default)]
pub(super) struct Prolog {
    /// Where a document type declaration without internal subset was (ignored, never fetched).
    pub(super) doctype: Option<usize>,
}

/// Reads `text` (the file's text from byte `base` on; offsets are the file's), calling `root`
/// with the root element's start tag (children empty) and `entry` with every element completed
/// at a depth where [`detach`] says it stands on its own (entries, headers), which is then not
/// kept in its parent. Stops at the first problem of well-formedness, DTD or depth.
pub(super) fn read(
    text: &str,
    base: usize,
    limits: &Limits,
    mut root: impl FnMut(&Node) -> Result<(), Problem>,
    mut entry: impl FnMut(&[Node], Node) -> Result<(), Problem>,
) -> Result<Prolog, Problem> {
    let mut r = Reader::from_str(text);
    let config = r.config_mut();
    config.check_end_names = true;
    config.trim_text(false);
    let mut prolog = Prolog::default();
    let mut stack: Vec<Node> = Vec::new();
    let mut seen_root = false;
    let max_depth = limits.max_depth.clamp(4, 1000);
    loop {
        let before = offset(&r, base);
        let event = r.read_event().map_err(|e| {
            let at = usize::try_from(r.error_position()).unwrap_or(0) + base;
            xml_problem(at, &e.to_string())
        })?;
        match event {
            Event::DocType(t) => {
                let body = String::from_utf8_lossy(t.as_ref()).into_owned();
                check_doctype(&body, before)?;
                prolog.doctype = Some(before);
            }
            Event::Start(e) | Event::Empty(e) if seen_root && stack.is_empty() => {
                let _ = e;
                return Err(xml_problem(
                    before,
                    "a second root element: an XML file has exactly one",
                ));
            }
            Event::Start(e) => {
                if stack.len() >= max_depth {
                    return Err(Problem::new(
                        Code::TooDeep,
                        before..before + 1,
                        format!("elements are nested more than {max_depth} deep"),
                        "too deep",
                        "TBX entries nest about ten elements deep; this file is not a termbase, or it was damaged. The limit is `Limits::max_depth` (`--max-depth`)",
                    ));
                }
                let end = offset(&r, base);
                let node = start_node(&e, text, base, before, end)?;
                if stack.is_empty() {
                    seen_root = true;
                    root(&node)?;
                }
                stack.push(node);
            }
            Event::Empty(e) => {
                let end = offset(&r, base);
                let node = start_node(&e, text, base, before, end)?;
                if stack.is_empty() {
                    seen_root = true;
                    root(&node)?;
                    continue;
                }
                close(&mut stack, node, &mut entry)?;
            }
            Event::End(_) => {
                let Some(node) = stack.pop() else {
                    return Err(xml_problem(before, "an end tag without its start tag"));
                };
                if stack.is_empty() {
                    continue;
                }
                close(&mut stack, node, &mut entry)?;
            }
            Event::Text(t) => {
                let escaped = String::from_utf8_lossy(t.as_ref());
                let children =
                    text_children(&escaped).map_err(|e| entity_problem(before, &e.to_string()))?;
                if let Some(top) = stack.last_mut() {
                    top.children.extend(children);
                }
            }
            Event::CData(t) => {
                let s = String::from_utf8_lossy(t.as_ref()).into_owned();
                if let Some(top) = stack.last_mut() {
                    top.children.push(Child::Text(s));
                }
            }
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
            Event::Eof => {
                if let Some(open) = stack.last() {
                    return Err(xml_problem(
                        open.start,
                        &format!("the file ends before `<{}>` is closed", open.name),
                    ));
                }
                if !seen_root {
                    return Err(xml_problem(base, "the file has no root element"));
                }
                return Ok(prolog);
            }
        }
    }
}

fn offset(r: &Reader<&[u8]>, base: usize) -> usize {
    usize::try_from(r.buffer_position()).unwrap_or(0) + base
}

/// Hands a completed element to `entry` when it stands on its own, else keeps it in its parent.
fn close(
    stack: &mut [Node],
    node: Node,
    entry: &mut impl FnMut(&[Node], Node) -> Result<(), Problem>,
) -> Result<(), Problem> {
    if detach(stack) {
        entry(stack, node)
    } else {
        if let Some(parent) = stack.last_mut() {
            parent.children.push(Child::Node(node));
        }
        Ok(())
    }
}

/// Whether an element whose ancestors are `ancestors` is handed over on its own: the root's
/// children other than `text` (the header), and the children of `text/body` and `text/back`.
fn detach(ancestors: &[Node]) -> bool {
    match ancestors {
        [_root] => true,
        [_root, text, section] => {
            text.name == "text" && (section.name == "body" || section.name == "back")
        }
        _ => false,
    }
}

fn start_node(
    e: &BytesStart<'_>,
    text: &str,
    base: usize,
    start: usize,
    end: usize,
) -> Result<Node, Problem> {
    let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
    let tag = text.get(start - base..end - base).unwrap_or("");
    let mut attrs = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|err| xml_problem(start, &err.to_string()))?;
        let aname = String::from_utf8_lossy(a.key.as_ref()).into_owned();
        let value = a
            .unescape_value()
            .map_err(|err| entity_problem(start, &err.to_string()))?
            .into_owned();
        let at = tag
            .find(&format!(" {aname}="))
            .or_else(|| tag.find(&format!("\t{aname}=")))
            .or_else(|| tag.find(&format!("\n{aname}=")))
            .map_or(start, |i| start + i + 1);
        attrs.push(Attr {
            name: aname,
            value,
            at,
        });
    }
    Ok(Node {
        name,
        start,
        attrs,
        children: Vec::new(),
    })
}

/// A document type declaration is accepted only without an internal subset: then it names an
/// external DTD, which is never read or fetched. Entity declarations are refused before any is
/// expanded; an external entity (`SYSTEM`, `PUBLIC`) gets its own code.
fn check_doctype(body: &str, at: usize) -> Result<(), Problem> {
    let Some(open) = body.find('[') else {
        return Ok(());
    };
    let subset = body.get(open..).unwrap_or("");
    let span = at..at + "<!DOCTYPE".len();
    if let Some(i) = subset.find("<!ENTITY") {
        let decl = subset.get(i..).unwrap_or("");
        let decl = decl.split('>').next().unwrap_or(decl);
        if decl.contains("SYSTEM") || decl.contains("PUBLIC") {
            return Err(Problem::new(
                Code::ExternalEntity,
                span,
                "the document type declaration declares an external entity",
                "external entity (XXE)",
                "luxterm never resolves external entities or fetches anything; remove the `<!ENTITY … SYSTEM …>` declaration and the references to it (TBX needs no DTD)",
            ));
        }
        return Err(Problem::new(
            Code::Dtd,
            span,
            "the document type declaration declares entities",
            "entity declarations",
            "entity declarations are refused (nested ones expand into gigabytes: an entity-expansion bomb); write the text itself instead of `&name;` and remove the internal subset `[ … ]` (TBX needs no DTD)",
        ));
    }
    Err(Problem::new(
        Code::Dtd,
        span,
        "the document type declaration has an internal subset",
        "internal subset",
        "DTDs are not processed; remove the internal subset `[ … ]` (a `<!DOCTYPE martif SYSTEM \"…\">` without one is accepted and ignored)",
    ))
}

fn xml_problem(at: usize, message: &str) -> Problem {
    Problem::new(
        Code::Xml,
        at..at + 1,
        format!("the file is not well-formed XML: {message}"),
        "here",
        "fix the XML at this place (an editor with XML checking, or `xmllint --noout FILE`, shows it); a TBX file must be well-formed UTF-8 XML",
    )
}

fn entity_problem(at: usize, message: &str) -> Problem {
    Problem::new(
        Code::Xml,
        at..at + 1,
        format!("the file is not well-formed XML: {message}"),
        "here",
        "only XML's predefined entities (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`) and character references (`&#233;`) are read; write other characters as themselves",
    )
}
