//! Lays out the core's view of a checked text in the page, as DOM nodes: each block a `<p>` with
//! its language and direction, each finding a `<mark>` holding a link to its entry in the list
//! below (and back), every text a text node. No HTML string is ever parsed, so nothing in the
//! text can become markup.

use luxterm::check::view::{CheckedText, PlacedFinding};
use luxterm::check::{FindingCitation, FindingKind, InputError, Level};
use luxterm::lang::Dir;
use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

use crate::strings::Strings;

type Result<T = ()> = std::result::Result<T, JsValue>;

/// The sentence for the page's live region: how many findings of each level, or why the file
/// could not be read.
pub fn status_line(s: &Strings, result: &std::result::Result<CheckedText, InputError>) -> String {
    let view = match result {
        Ok(view) => view,
        Err(e) => return bad_file(s, e).to_owned(),
    };
    if view.findings.is_empty() {
        return s.no_findings.to_owned();
    }
    let sum = &view.summary;
    format!(
        "{} {} — {}: {}, {}: {}, {}: {}",
        s.findings_count,
        view.findings.len(),
        s.level(Level::Avoid),
        sum.avoid,
        s.level(Level::Caution),
        sum.caution,
        s.level(Level::Info),
        sum.info
    )
}

fn bad_file(s: &Strings, e: &InputError) -> &'static str {
    match e {
        InputError::InvalidUtf8 { .. } => s.bad_utf8,
        InputError::NotZip(_) => s.bad_zip,
        InputError::NotDocx => s.bad_docx,
        InputError::TooLarge { .. } => s.bad_too_large,
        InputError::ExternalRelationship { .. } => s.bad_external,
        InputError::Dtd { .. } => s.bad_dtd,
        InputError::Xml { .. } => s.bad_xml,
        InputError::NotXliff(_) => s.bad_xliff,
    }
}

fn level_class(level: Level) -> &'static str {
    match level {
        Level::Avoid => "finding-avoid",
        Level::Caution => "finding-caution",
        Level::Info => "finding-info",
    }
}

/// Builds nodes in one document.
pub(crate) struct Dom {
    pub(crate) doc: Document,
}

impl Dom {
    pub(crate) fn el(&self, parent: &Element, tag: &str, class: Option<&str>) -> Result<Element> {
        let e = self.doc.create_element(tag)?;
        if let Some(c) = class {
            e.set_class_name(c);
        }
        parent.append_child(&e)?;
        Ok(e)
    }

    pub(crate) fn text(&self, parent: &Element, text: &str) -> Result {
        parent.append_child(&self.doc.create_text_node(text))?;
        Ok(())
    }

    /// An element holding only `text`.
    pub(crate) fn el_text(
        &self,
        parent: &Element,
        tag: &str,
        class: Option<&str>,
        text: &str,
    ) -> Result<Element> {
        let e = self.el(parent, tag, class)?;
        self.text(&e, text)?;
        Ok(e)
    }

    /// A passage in language `lang`, with that language's direction.
    pub(crate) fn in_lang(
        &self,
        parent: &Element,
        tag: &str,
        lang: &str,
        text: &str,
    ) -> Result<Element> {
        let e = self.el_text(parent, tag, None, text)?;
        e.set_attribute("lang", lang)?;
        e.set_attribute("dir", Dir::of(lang).as_str())?;
        Ok(e)
    }

    pub(crate) fn link(
        &self,
        parent: &Element,
        href: &str,
        class: Option<&str>,
    ) -> Result<Element> {
        let a = self.el(parent, "a", class)?;
        a.set_attribute("href", href)?;
        Ok(a)
    }
}

/// Replaces the children of `out` with the findings of `result` (or why the file `file` could
/// not be read); returns the sentence for the live region.
///
/// # Errors
///
/// If the DOM refused a node (it does not for these elements).
pub fn render(
    out: &Element,
    result: &std::result::Result<CheckedText, InputError>,
    file: Option<&str>,
    s: &Strings,
) -> Result<String> {
    let doc = out
        .owner_document()
        .ok_or_else(|| JsValue::from_str("the element is in no document"))?;
    let d = Dom { doc };
    out.set_text_content(None);
    match result {
        Err(e) => {
            let alert = d.el(out, "div", Some("load-failed"))?;
            alert.set_attribute("role", "alert")?;
            d.el_text(&alert, "p", None, bad_file(s, e))?;
            let detail = d.el(&alert, "p", Some("load-reason"))?;
            detail.set_attribute("lang", "en")?;
            detail.set_attribute("dir", "ltr")?;
            if let Some(name) = file {
                d.el_text(&detail, "bdi", None, name)?;
                d.text(&detail, ": ")?;
            }
            d.el_text(&detail, "code", None, &e.to_string())?;
        }
        Ok(view) => view_nodes(&d, out, view, file, s)?,
    }
    Ok(status_line(s, result))
}

fn view_nodes(
    d: &Dom,
    out: &Element,
    view: &CheckedText,
    file: Option<&str>,
    s: &Strings,
) -> Result {
    if let Some(name) = file {
        let p = d.el(out, "p", Some("checked-file"))?;
        d.text(&p, &format!("{} ", s.file))?;
        d.el_text(&p, "bdi", None, name)?;
    }
    let counts = d.el(out, "ul", Some("check-counts"))?;
    for (level, n) in [
        (Level::Avoid, view.summary.avoid),
        (Level::Caution, view.summary.caution),
        (Level::Info, view.summary.info),
    ] {
        let li = d.el(&counts, "li", Some(level_class(level)))?;
        d.text(&li, &format!("{}: ", s.level(level)))?;
        d.el_text(&li, "strong", None, &n.to_string())?;
    }
    if !view.blocks.is_empty() {
        let section = d.el(out, "section", Some("checked-text-section"))?;
        section.set_attribute("aria-labelledby", "checked-heading")?;
        d.el_text(&section, "h2", None, s.text_heading)?
            .set_id("checked-heading");
        let text = d.el(&section, "div", Some("checked-text"))?;
        for b in &view.blocks {
            let p = d.el(&text, "p", Some("checked-block"))?;
            if let Some(lang) = &b.lang {
                p.set_attribute("lang", lang)?;
            }
            // A paragraph whose language nothing tells gets the browser's own rule (first
            // strong character).
            p.set_attribute("dir", b.dir.map_or("auto", Dir::as_str))?;
            for piece in &b.pieces {
                let found = piece
                    .finding
                    .and_then(|i| view.findings.get(i).map(|f| (i, f)));
                match found {
                    Some((i, f)) => {
                        let mark = d.el(&p, "mark", Some(level_class(f.finding.level)))?;
                        let a = d.link(&mark, &format!("#finding-{i}"), Some("finding-mark"))?;
                        a.set_id(&format!("mark-{i}"));
                        a.set_attribute(
                            "aria-label",
                            &format!("{}: {}", s.level(f.finding.level), piece.text),
                        )?;
                        d.text(&a, &piece.text)?;
                    }
                    None => d.text(&p, &piece.text)?,
                }
            }
        }
    }
    if !view.findings.is_empty() {
        let section = d.el(out, "section", None)?;
        section.set_attribute("aria-labelledby", "findings-heading")?;
        d.el_text(&section, "h2", None, s.findings_heading)?
            .set_id("findings-heading");
        let list = d.el(&section, "ol", Some("findings"))?;
        for (i, f) in view.findings.iter().enumerate() {
            finding(d, &list, i, f, s)?;
        }
    }
    Ok(())
}

/// One finding in the list: the term found, its level, what to use instead, why, the sources,
/// the concept, and the way back to the text.
fn finding(d: &Dom, list: &Element, i: usize, p: &PlacedFinding, s: &Strings) -> Result {
    let f = &p.finding;
    let li = d.el(
        list,
        "li",
        Some(&format!("finding {}", level_class(f.level))),
    )?;
    li.set_id(&format!("finding-{i}"));
    li.set_attribute("tabindex", "-1")?;
    let head = d.el(&li, "p", Some("finding-head"))?;
    d.el_text(&head, "span", Some("badge level"), s.level(f.level))?;
    d.text(&head, " ")?;
    let strong = d.el(&head, "strong", None)?;
    d.in_lang(&strong, "span", &f.lang, &f.found)?;
    if f.kind != FindingKind::Term {
        d.text(&head, &format!(" · {}", s.kind(f.kind)))?;
    }
    if f.form.is_some() {
        let form = d.el(&li, "p", None)?;
        d.text(&form, &format!("{} ", s.form_of))?;
        d.in_lang(&form, "span", &f.lang, &f.term)?;
    }
    if let Some(instead) = &f.instead {
        let p = d.el(&li, "p", Some("finding-instead"))?;
        d.text(&p, &format!("{} ", s.use_instead))?;
        let strong = d.el(&p, "strong", None)?;
        d.in_lang(&strong, "span", &f.lang, instead)?;
    }
    // The reasons are in the finding's language or, where the glossary has none, in English
    // (the view does not say which): their direction is the browser's guess (`dir=auto`), so
    // that English stays left to right in the Arabic interface.
    if let Some(why) = &f.why {
        let p = d.el(&li, "p", Some("finding-why"))?;
        d.text(&p, &format!("{} ", s.why))?;
        d.el_text(&p, "span", None, why)?
            .set_attribute("dir", "auto")?;
    }
    if !f.citations.is_empty() {
        let box_ = d.el(&li, "div", Some("finding-sources"))?;
        d.el_text(&box_, "p", None, s.sources)?;
        let ul = d.el(&box_, "ul", None)?;
        for c in &f.citations {
            source(d, &ul, c, s)?;
        }
    }
    let links = d.el(&li, "p", Some("finding-links"))?;
    let mut first = true;
    let mut sep = |links: &Element| -> Result {
        if !std::mem::replace(&mut first, false) {
            d.text(links, " · ")?;
        }
        Ok(())
    };
    if let Some(id) = &f.concept {
        sep(&links)?;
        let a = d.link(&links, &format!("/concept/{id}"), None)?;
        d.text(&a, &format!("{} ", s.concept_page))?;
        d.in_lang(&a, "span", &f.lang, &f.term)?;
    }
    if let (Some(id), Some(instead)) = (&f.instead_concept, &f.instead) {
        if Some(id) != f.concept.as_ref() {
            sep(&links)?;
            let a = d.link(&links, &format!("/concept/{id}"), None)?;
            d.text(&a, &format!("{} ", s.concept_page))?;
            d.in_lang(&a, "span", &f.lang, instead)?;
        }
    }
    if p.marked {
        sep(&links)?;
        let back = d.link(&links, &format!("#mark-{i}"), Some("link-button"))?;
        d.text(&back, s.back_to_text)?;
    }
    Ok(())
}

fn source(d: &Dom, ul: &Element, c: &FindingCitation, s: &Strings) -> Result {
    let li = d.el(ul, "li", None)?;
    let a = d.link(&li, &format!("/instrument/{}", c.instrument), None)?;
    d.el_text(&a, "bdi", None, &c.name)?;
    let place: Vec<&str> = [c.provision.as_deref(), c.pinpoint.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !place.is_empty() {
        d.text(&li, " ")?;
        let bdi = d.el_text(&li, "bdi", None, &place.join(", "))?;
        bdi.set_attribute("dir", "ltr")?;
    }
    d.text(&li, " ")?;
    if c.verified {
        d.el_text(
            &li,
            "span",
            Some("badge verified"),
            &format!("✓ {}", s.verified),
        )?;
    } else {
        d.el_text(
            &li,
            "span",
            Some("badge unverified"),
            &format!("⚠ {}", s.unverified),
        )?;
    }
    if let Some(reason) = &c.reason {
        d.el_text(&li, "p", Some("finding-reason"), reason)?
            .set_attribute("dir", "auto")?;
    }
    Ok(())
}
