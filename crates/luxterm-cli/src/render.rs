//! Text for a terminal, and JSON, of the views the core returns. Nothing here decides what to
//! show: the views come sorted, filtered and with their fallbacks marked; this module only lays
//! them out, with English labels for the enums (`as_str`, dashes as spaces).

use luxterm::compare::{AcrossLanguages, ElementMatrix, SideBySide};
use luxterm::diff::{Change, ConceptDiff, Entry, FieldChange, ReleaseDiff, Value, WordChange};
use luxterm::view::{
    CitationView, ConceptList, ConceptPage, InstrumentList, InstrumentPage, LangText,
    ProvisionNode, ReleaseList, SearchResults, TermView,
};
use serde::Serialize;
use std::fmt::Write;

/// Appends pretty JSON and a newline.
pub fn json<T: Serialize + ?Sized>(value: &T, out: &mut String) -> Result<(), String> {
    let s = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    out.push_str(&s);
    out.push('\n');
    Ok(())
}

/// A source-format name (`use-with-caution`) as words (`use with caution`).
fn words(name: &str) -> String {
    name.replace('-', " ")
}

fn mark(verified: bool) -> &'static str {
    if verified { "verified" } else { "UNVERIFIED" }
}

fn cite(c: &CitationView) -> String {
    format!("{} [{}]", c.display, mark(c.verified))
}

/// A text, with a note when it is shown in place of the language asked.
fn text(t: &LangText) -> String {
    if t.fallback {
        format!("{} ({}; none in the language asked)", t.text, t.lang)
    } else {
        t.text.clone()
    }
}

fn term_lines(t: &TermView, indent: &str, out: &mut String) {
    if let Some(i) = &t.instead {
        let _ = writeln!(out, "{indent}use instead: \"{}\"", i.text.text);
    }
    if let Some(w) = &t.why {
        let _ = writeln!(out, "{indent}why: {}", w.text);
    }
    for lt in &t.legal_term_of {
        let _ = writeln!(out, "{indent}legal term of {}", cite(lt));
    }
    if let Some(n) = &t.note {
        let _ = writeln!(out, "{indent}note: {}", n.text);
    }
}

/// A concept for people.
pub fn concept(p: &ConceptPage, out: &mut String) {
    if let Some(t) = &p.matched {
        let _ = writeln!(
            out,
            "\"{}\" ({}) is a term to {}.",
            t.text,
            t.lang,
            words(t.status.as_str())
        );
        term_lines(t, "  ", out);
        out.push('\n');
    }
    let _ = writeln!(out, "{}", text(&p.name));
    let _ = write!(
        out,
        "  id: {} · category: {} · added in {}",
        p.id,
        p.category.as_str(),
        p.added
    );
    if let Some(r) = p.removed {
        let _ = write!(out, " · removed in {r}");
    }
    if p.pinned {
        let _ = write!(out, " · as of release {}", p.release.version);
    }
    out.push('\n');

    out.push_str("\nTerms\n");
    for l in &p.languages {
        if l.groups.is_empty() {
            let _ = writeln!(out, "  {:<3} (no term in this language)", l.lang);
        }
        let mut first = true;
        for g in &l.groups {
            for t in &g.terms {
                let lead = if first { l.lang.as_str() } else { "" };
                first = false;
                let _ = write!(out, "  {lead:<3} {} — {}", t.text, words(t.status.as_str()));
                if let Some(a) = &t.abbreviation {
                    let _ = write!(out, " (abbr. {a})");
                }
                out.push('\n');
                term_lines(t, "        ", out);
            }
        }
    }
    if !p.definitions.is_empty() {
        out.push_str("\nDefinitions (our words)\n");
        for d in &p.definitions {
            let _ = writeln!(out, "  {:<3} {}", d.text.lang, d.text.text);
            let _ = writeln!(out, "      source: {}", cite(&d.source));
        }
    }
    if !p.guidance.is_empty() {
        out.push_str("\nGuidance\n");
        for g in &p.guidance {
            let about = g
                .term
                .as_ref()
                .map(|t| format!(" on \"{}\"", t.text))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {}{about}: {}",
                g.guideline_name,
                words(g.advice.as_str())
            );
            if let Some(r) = &g.reason {
                let _ = writeln!(out, "      {}", text(r));
            }
            let _ = writeln!(out, "      cited: {}", cite(&g.cite));
        }
    }
    if !p.provisions.is_empty() {
        out.push_str("\nProvisions\n");
        for c in &p.provisions {
            let _ = writeln!(out, "  {}", cite(&c.cite));
            if let Some(s) = &c.summary {
                let _ = writeln!(out, "      {}", text(s));
            }
        }
    }
    if !p.relations.is_empty() {
        out.push_str("\nRelations\n");
        for g in &p.relations {
            for c in &g.concepts {
                let _ = writeln!(out, "  {}: {}", words(g.kind.as_str()), c.id);
            }
        }
    }
    if !p.history.is_empty() {
        out.push_str("\nHistory\n");
        for h in &p.history {
            let _ = writeln!(out, "  {}  {}", h.release, h.summary.text);
        }
    }
    out.push('\n');
}

/// Concepts, one a line.
pub fn list(l: &ConceptList, out: &mut String) {
    for c in &l.concepts {
        let _ = writeln!(
            out,
            "{:<58} {:<20} {}",
            c.id,
            c.category.as_str(),
            text(&c.name)
        );
    }
}

/// Instruments, one a line.
pub fn instruments(l: &InstrumentList, out: &mut String) {
    for i in &l.instruments {
        let _ = writeln!(
            out,
            "{:<28} {:<10} {:<10} {}",
            i.id,
            i.kind.as_str(),
            i.adopted,
            i.title.as_ref().map(text).unwrap_or_default()
        );
    }
}

fn provision(p: &ProvisionNode, depth: usize, out: &mut String) {
    let pad = "  ".repeat(depth + 1);
    let _ = writeln!(
        out,
        "{pad}{} — {} [{}]",
        p.path,
        words(p.kind.as_str()),
        mark(p.verified)
    );
    if let Some(s) = &p.summary {
        let _ = writeln!(out, "{pad}    {}", text(s));
    }
    if !p.cited_by.is_empty() {
        let ids: Vec<&str> = p.cited_by.iter().map(|c| c.id.as_str()).collect();
        let _ = writeln!(out, "{pad}    cited by: {}", ids.join(", "));
    }
    for c in &p.children {
        provision(c, depth + 1, out);
    }
}

/// One instrument with its provisions, in document order and nested, and the concepts citing
/// each.
pub fn instrument(i: &InstrumentPage, out: &mut String) {
    let _ = writeln!(
        out,
        "{}",
        i.title
            .as_ref()
            .map(text)
            .unwrap_or_else(|| i.short_name.clone())
    );
    let _ = writeln!(out, "  id: {} · {} · {}", i.id, i.kind.as_str(), i.body);
    if let Some(s) = &i.symbol {
        let _ = writeln!(out, "  symbol: {s}");
    }
    let _ = write!(out, "  adopted: {}", i.adopted);
    if let Some(f) = i.in_force {
        let _ = write!(out, " · in force: {f}");
    }
    out.push('\n');
    if !i.authentic_languages.is_empty() {
        let _ = writeln!(
            out,
            "  authentic languages: {}",
            i.authentic_languages.join(", ")
        );
    }
    if let Some(u) = &i.url {
        let note = if i.url_verified {
            ""
        } else {
            " (link not verified)"
        };
        let _ = writeln!(out, "  official text: {u}{note}");
    }
    for t in &i.other_titles {
        let _ = writeln!(out, "  title ({}): {}", t.lang, t.text);
    }
    let _ = writeln!(out, "\nProvisions ({})", i.provision_count);
    for p in &i.provisions {
        provision(p, 0, out);
    }
}

/// Releases, newest first, with what each added, changed and removed.
pub fn releases(l: &ReleaseList, out: &mut String) {
    for r in &l.releases {
        let current = if r.current { " (current)" } else { "" };
        let _ = writeln!(
            out,
            "{}  {}{current}  {} concepts: {} added, {} changed, {} removed",
            r.version,
            r.date,
            r.concepts,
            r.added.len(),
            r.changed.len(),
            r.removed.len()
        );
        let _ = writeln!(out, "  {}", r.notes.text);
    }
}

/// Search hits, one a line, with what to use instead of a term to avoid.
pub fn search(r: &SearchResults, out: &mut String) {
    for h in &r.hits {
        let _ = writeln!(
            out,
            "{}  ({}, {}, {})  → {}",
            h.term.text,
            h.term.lang,
            words(h.term.status.as_str()),
            words(h.kind.as_str()),
            h.concept
        );
        if let Some(i) = &h.term.instead {
            let _ = writeln!(out, "    use instead: \"{}\"", i.text.text);
        } else if let Some(p) = &h.preferred {
            let _ = writeln!(out, "    preferred: \"{}\"", text(p));
        }
    }
}

fn terms_line(terms: &[TermView]) -> String {
    let t: Vec<String> = terms
        .iter()
        .map(|x| format!("{} ({})", x.text, words(x.status.as_str())))
        .collect();
    t.join("; ")
}

/// Concepts side by side: one block per aspect, one line per concept.
pub fn side_by_side(t: &SideBySide, out: &mut String) {
    let _ = writeln!(out, "Side by side ({})\n", t.lang);
    out.push_str("Preferred term\n");
    for c in &t.columns {
        let p = c.preferred.as_ref().map(|p| {
            if c.preferred_fallback {
                format!("{} ({}; no term in {})", p.text, p.lang, t.lang)
            } else {
                p.text.clone()
            }
        });
        let _ = writeln!(out, "  {:<40} {}", c.concept.id, p.unwrap_or_default());
    }
    out.push_str("\nOther terms\n");
    for c in &t.columns {
        let _ = writeln!(out, "  {:<40} {}", c.concept.id, terms_line(&c.other_terms));
    }
    out.push_str("\nDefinition\n");
    for c in &t.columns {
        let d = c.definition.as_ref().map(|d| text(&d.text));
        let _ = writeln!(
            out,
            "  {:<40} {}",
            c.concept.id,
            d.unwrap_or_else(|| "—".into())
        );
    }
    out.push_str("\nProvisions\n");
    for c in &t.columns {
        let cites: Vec<String> = c.citations.iter().map(cite).collect();
        let _ = writeln!(out, "  {:<40} {}", c.concept.id, cites.join("; "));
    }
    out.push_str("\nRelations\n");
    for c in &t.columns {
        let groups: Vec<String> = c
            .relations
            .iter()
            .map(|g| {
                let ids: Vec<&str> = g.concepts.iter().map(|x| x.id.as_str()).collect();
                format!("{}: {}", words(g.kind.as_str()), ids.join(", "))
            })
            .collect();
        let _ = writeln!(out, "  {:<40} {}", c.concept.id, groups.join(" · "));
    }
}

/// One concept across languages: one block per language.
pub fn across_languages(t: &AcrossLanguages, out: &mut String) {
    let _ = writeln!(out, "{} across languages\n", t.concept.id);
    for col in &t.columns {
        let _ = writeln!(out, "{} ({})", col.lang, col.dir.as_str());
        let mut any = false;
        for g in &col.groups {
            for term in &g.terms {
                any = true;
                let _ = write!(out, "  {} — {}", term.text, words(term.status.as_str()));
                for l in &term.legal_term_of {
                    let _ = write!(out, "; legal term of {}", cite(l));
                }
                out.push('\n');
            }
        }
        if !any {
            out.push_str("  (no term in this language)\n");
        }
        if let Some(d) = &col.definition {
            let fb = if d.text.fallback {
                " (English; none in this language)"
            } else {
                ""
            };
            let _ = writeln!(out, "  definition{fb}: {}", d.text.text);
        }
        out.push('\n');
    }
}

/// The element matrix: a grid of answers, then each answer with its citation.
pub fn element_matrix(m: &ElementMatrix, out: &mut String) {
    let _ = writeln!(out, "{} across instruments\n", m.concept.id);
    out.push_str("Defining provisions and legal terms\n");
    for c in &m.columns {
        let defs: Vec<&str> = c.definitions.iter().map(|p| p.path.as_str()).collect();
        let terms: Vec<String> = c
            .legal_terms
            .iter()
            .map(|t| format!("\"{}\" ({})", t.text, t.lang))
            .collect();
        let _ = writeln!(
            out,
            "  {:<28} {} {}",
            c.short_name,
            defs.join(", "),
            terms.join(", ")
        );
    }
    if m.rows.is_empty() {
        out.push_str("\n(no element matrix recorded for this concept)\n");
        return;
    }
    let w = 14;
    let _ = write!(out, "\n{:<36}", "element");
    for c in &m.columns {
        let short: String = c.short_name.chars().take(w - 1).collect();
        let _ = write!(out, "{short:<w$}");
    }
    out.push('\n');
    for row in &m.rows {
        let label: String = row.label.text.chars().take(35).collect();
        let _ = write!(out, "{label:<36}");
        for cell in &row.cells {
            let v = match cell {
                None => "—".to_owned(),
                Some(c) if !c.cite.verified => format!("{}?", words(c.value.as_str())),
                Some(c) => words(c.value.as_str()),
            };
            let _ = write!(out, "{v:<w$}");
        }
        out.push('\n');
    }
    out.push_str("\n(? = citation not verified; — = no answer recorded)\n\nAnswers\n");
    for row in &m.rows {
        let _ = writeln!(out, "  {}", row.label.text);
        for (cell, col) in row.cells.iter().zip(&m.columns) {
            if let Some(c) = cell {
                let detail = c.detail.as_ref().map(text).unwrap_or_default();
                let _ = writeln!(
                    out,
                    "    {}: {} — {detail} [{}]",
                    col.short_name,
                    words(c.value.as_str()),
                    cite(&c.cite)
                );
            }
        }
    }
}

/// An entry of a concept as a line names it.
fn entry_label(e: &Entry) -> String {
    match e {
        Entry::Category => "category".into(),
        Entry::Term { lang, text } => format!("term {lang} \"{text}\""),
        Entry::Definition { lang, n: 1 } => format!("definition {lang}"),
        Entry::Definition { lang, n } => format!("definition {lang} #{n}"),
        Entry::Guidance {
            guideline_name,
            term,
            ..
        } => match term {
            Some(t) => format!("guidance {guideline_name} on \"{}\"", t.text),
            None => format!("guidance {guideline_name}"),
        },
        Entry::Citation { display, .. } => format!("citation {display}"),
        Entry::Relation { kind, concept, .. } => {
            format!("relation {} {concept}", words(kind.as_str()))
        }
        Entry::Element {
            label,
            instrument_name,
            ..
        } => format!("element {} / {instrument_name}", label.text),
        _ => "entry".into(),
    }
}

fn value(v: &Value) -> String {
    match v {
        Value::Text(t) => t.text.clone(),
        Value::Status(s) => words(s.as_str()),
        Value::Advice(a) => words(a.as_str()),
        Value::Category(c) => c.as_str().to_owned(),
        Value::Answer(a) => words(a.as_str()),
        Value::Verified(b) => mark(*b).to_lowercase(),
        Value::Citations(c) => c.join("; "),
        _ => String::new(),
    }
}

fn field_line(f: &FieldChange, out: &mut String) {
    let name = words(f.field.as_str());
    if !f.words.is_empty() {
        let mut line = String::new();
        for w in &f.words {
            match w {
                WordChange::Same(s) => line.push_str(s),
                WordChange::Removed(s) => {
                    let _ = write!(line, "[-{s}-]");
                }
                WordChange::Added(s) => {
                    let _ = write!(line, "{{+{s}+}}");
                }
            }
        }
        let _ = writeln!(out, "    {name}: {line}");
        return;
    }
    match (&f.old, &f.new) {
        (Some(o), Some(n)) => {
            let _ = writeln!(out, "    {name}: {} → {}", value(o), value(n));
        }
        (None, Some(v)) | (Some(v), None) => {
            let v = value(v);
            if !v.is_empty() {
                let _ = writeln!(out, "    {name}: {v}");
            }
        }
        (None, None) => {}
    }
}

fn change(c: &Change, out: &mut String) {
    let _ = writeln!(out, "  {} {}", c.kind.as_str(), entry_label(&c.entry));
    for f in &c.fields {
        field_line(f, out);
    }
}

/// One concept's changes, with word diffs as [-removed-]{+added+}.
pub fn concept_diff(d: &ConceptDiff, out: &mut String) {
    let _ = writeln!(out, "{} ({})", d.id, d.kind.as_str());
    for c in &d.changes {
        change(c, out);
    }
}

/// A release diff.
pub fn release_diff(d: &ReleaseDiff, out: &mut String) {
    let _ = writeln!(
        out,
        "Changes from {} to {}: {} concept(s)\n",
        d.from,
        d.to,
        d.concepts.len()
    );
    for c in &d.concepts {
        concept_diff(c, out);
    }
}

/// The coverage report.
pub fn coverage(c: &luxterm::coverage::Coverage, out: &mut String) {
    let r =
        |x: luxterm::coverage::Ratio| format!("{:>4}/{:<4} {:>5.1}%", x.have, x.of, x.percent());
    let _ = writeln!(out, "Coverage of {} concepts\n", c.concepts);
    let _ = writeln!(
        out,
        "{:<8} {:<20} {:<20} {:>6}  legal terms verified",
        "language", "preferred term", "definition", "terms"
    );
    for l in &c.languages {
        let _ = writeln!(
            out,
            "{:<8} {:<20} {:<20} {:>6}  {}",
            l.lang,
            r(l.preferred),
            r(l.definitions),
            l.terms,
            r(l.legal_terms_verified)
        );
    }
    out.push_str("\nFields\n");
    let rows = [
        (
            "preferred term in all six UN languages",
            c.all_six_preferred,
        ),
        ("definition in all six UN languages", c.all_six_definitions),
        ("legal concepts citing a provision", c.legal_concepts_citing),
        (
            "terms to avoid naming a replacement and why",
            c.avoid_with_replacement,
        ),
        ("concepts with guidance", c.with_guidance),
        ("concepts with an element matrix", c.with_elements),
        ("citations verified", c.citations_verified),
        ("instrument provisions verified", c.provisions_verified),
    ];
    for (label, x) in rows {
        let _ = writeln!(out, "  {label:<48} {}", r(x));
    }
    let _ = writeln!(out, "\nUnverified facts ({})", c.unverified.len());
    for u in &c.unverified {
        let _ = writeln!(out, "  {}: {}", u.place, u.what);
        if let Some(e) = &u.evidence {
            let _ = writeln!(out, "      {e}");
        }
    }
}
