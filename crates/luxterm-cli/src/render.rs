//! Rendering of what the core returns: text for a terminal, JSON for programs.

use luxterm::{Citation, Concept, Glossary, Instrument, SearchHit, Status, Term, Version, pick};
use serde::Serialize;
use serde_json::{Value, json};
use std::fmt::Write;

/// Appends pretty JSON and a newline.
pub fn json<T: Serialize + ?Sized>(value: &T, out: &mut String) -> Result<(), String> {
    let s = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    out.push_str(&s);
    out.push('\n');
    Ok(())
}

fn mark(verified: bool) -> &'static str {
    if verified { "verified" } else { "UNVERIFIED" }
}

fn cite(g: &Glossary, c: &Citation) -> String {
    format!(
        "{} [{}]",
        c.display_with(g.short_name(&c.instrument, "en")),
        mark(c.verified)
    )
}

/// A source-format name (`use-with-caution`) as words (`use with caution`).
fn words(name: &str) -> String {
    name.replace('-', " ")
}

fn status_word(s: Status) -> String {
    words(s.as_str())
}

/// Says, before a concept, that the term the user typed is one to avoid.
pub fn avoid_notice(t: &Term, out: &mut String) {
    let _ = writeln!(out, "\"{}\" ({}) is a term to avoid.", t.text, t.lang);
    if let Some(i) = &t.instead {
        let _ = writeln!(out, "  Use instead: \"{i}\"");
    }
    if let Some(w) = &t.why {
        let _ = writeln!(out, "  Why: {w}");
    }
    out.push('\n');
}

/// A concept for people.
pub fn concept(
    g: &Glossary,
    c: &Concept,
    lang: Option<&str>,
    release: Option<Version>,
    out: &mut String,
) {
    let title = c
        .preferred(lang.unwrap_or("en"))
        .or_else(|| c.preferred("en"))
        .map_or(&*c.id, |t| &*t.text);
    let _ = writeln!(out, "{title}");
    let _ = write!(
        out,
        "  id: {} · category: {} · added in {}",
        c.id,
        c.category.as_str(),
        c.added
    );
    if let Some(v) = release {
        let _ = write!(out, " · as of release {v}");
    }
    out.push('\n');

    let langs: Vec<&str> = match lang {
        Some(l) => vec![l],
        None => c.languages(),
    };
    out.push_str("\nTerms\n");
    for l in &langs {
        let terms: Vec<&Term> = c.terms_in(l).collect();
        if terms.is_empty() {
            let _ = writeln!(out, "  {l:<3} (no term in this language)");
        }
        for (n, t) in terms.iter().enumerate() {
            let lead = if n == 0 { *l } else { "" };
            let _ = write!(out, "  {lead:<3} {} — {}", t.text, status_word(t.status));
            if let Some(a) = &t.abbreviation {
                let _ = write!(out, " (abbr. {a})");
            }
            out.push('\n');
            if let Some(i) = &t.instead {
                let _ = writeln!(out, "        use instead: \"{i}\"");
            }
            if let Some(w) = &t.why {
                let _ = writeln!(out, "        why: {w}");
            }
            for lt in t.legal_term_of.iter() {
                let _ = writeln!(out, "        legal term of {}", cite(g, lt));
            }
            if let Some(n) = &t.note {
                let _ = writeln!(out, "        note: {n}");
            }
        }
    }
    let defs: Vec<_> = c
        .definitions
        .iter()
        .filter(|d| lang.is_none_or(|l| d.lang == l))
        .collect();
    if !defs.is_empty() {
        out.push_str("\nDefinitions (our words)\n");
        for d in defs {
            let _ = writeln!(out, "  {:<3} {}", d.lang, d.text);
            let _ = writeln!(out, "      source: {}", cite(g, &d.source));
        }
    }
    if !c.guidance.is_empty() {
        out.push_str("\nGuidance\n");
        for gd in c.guidance.iter() {
            let advice = words(gd.advice.as_str());
            let _ = writeln!(out, "  {}: {advice}", g.guidance_label(gd, "en"));
            if let Some((r, _)) = pick(&gd.reason, lang.unwrap_or("en")) {
                let _ = writeln!(out, "      {}", r.text);
            }
            let _ = writeln!(out, "      cited: {}", cite(g, &gd.cite));
        }
    }
    if !c.citations.is_empty() {
        out.push_str("\nProvisions\n");
        for e in c.citations.iter() {
            let _ = writeln!(out, "  {}", cite(g, &e.citation));
            if let Some(p) = e
                .citation
                .provision
                .as_ref()
                .and_then(|p| g.provision(&e.citation.instrument, p))
            {
                if let Some((s, _)) = pick(&p.summary, lang.unwrap_or("en")) {
                    let _ = writeln!(out, "      {}", s.text);
                }
            }
        }
    }
    if !c.relations.is_empty() {
        out.push_str("\nRelations\n");
        for r in c.relations.iter() {
            let kind = words(r.kind.as_str());
            let _ = writeln!(out, "  {kind}: {}", r.concept);
        }
    }
    if !c.history.is_empty() {
        out.push_str("\nHistory\n");
        for h in c.history.iter() {
            let _ = writeln!(out, "  {}  {}", h.release, h.summary);
        }
    }
    out.push('\n');
}

/// A concept as JSON: the model's serialization, filtered to `lang` if given, with the term that
/// matched the query and the release it is shown as of.
pub fn concept_json(
    g: &Glossary,
    c: &Concept,
    matched: Option<&Term>,
    lang: Option<&str>,
    release: Option<Version>,
) -> Value {
    let mut v = serde_json::to_value(c).unwrap_or(Value::Null);
    if let (Some(l), Some(obj)) = (lang, v.as_object_mut()) {
        for key in ["terms", "definitions"] {
            if let Some(Value::Array(items)) = obj.get_mut(key) {
                items.retain(|t| t.get("lang").and_then(Value::as_str) == Some(l));
            }
        }
    }
    if let Some(obj) = v.as_object_mut() {
        let shown = release.or_else(|| g.current_release().map(|r| r.version));
        obj.insert(
            "release".into(),
            shown.map_or(Value::Null, |r| Value::String(r.to_string())),
        );
        if let Some(t) = matched {
            obj.insert(
                "matched_term".into(),
                json!({ "lang": t.lang, "text": t.text, "status": t.status }),
            );
        }
    }
    v
}

/// Concepts, one a line.
pub fn list(concepts: &[&Concept], lang: &str, out: &mut String) {
    for c in concepts {
        let term = c.preferred(lang).or_else(|| c.preferred("en"));
        let _ = writeln!(
            out,
            "{:<58} {:<20} {}",
            c.id,
            c.category.as_str(),
            term.map_or("", |t| &*t.text)
        );
    }
}

/// Concepts as JSON.
pub fn list_json(concepts: &[&Concept], lang: &str) -> Value {
    Value::Array(
        concepts
            .iter()
            .map(|c| {
                json!({
                    "id": c.id,
                    "category": c.category,
                    "preferred": c.preferred(lang).map(|t| &t.text),
                    "lang": lang,
                })
            })
            .collect(),
    )
}

/// Instruments, one a line.
pub fn instruments(g: &Glossary, out: &mut String) {
    for i in g.instruments() {
        let title = pick(&i.title, "en").map_or("", |(t, _)| &*t.text);
        let _ = writeln!(
            out,
            "{:<28} {:<10} {:<10} {}",
            i.id,
            format!("{:?}", i.kind).to_lowercase(),
            i.adopted,
            title
        );
    }
}

/// One instrument with its provisions and the concepts citing each.
pub fn instrument(g: &Glossary, i: &Instrument, out: &mut String) {
    let title = pick(&i.title, "en").map_or("", |(t, _)| &*t.text);
    let _ = writeln!(out, "{title}");
    let _ = writeln!(out, "  id: {} · {:?} · {}", i.id, i.kind, i.body);
    if let Some(s) = &i.symbol {
        let _ = writeln!(out, "  symbol: {s}");
    }
    let _ = write!(out, "  adopted: {}", i.adopted);
    if let Some(f) = i.in_force {
        let _ = write!(out, " · in force: {f}");
    }
    out.push('\n');
    let langs: Vec<&str> = i.authentic_languages.iter().map(|l| &**l).collect();
    if !langs.is_empty() {
        let _ = writeln!(out, "  authentic languages: {}", langs.join(", "));
    }
    if let Some(u) = &i.url {
        let _ = writeln!(
            out,
            "  official text: {u}{}",
            if i.url_verified {
                ""
            } else {
                " (link not verified)"
            }
        );
    }
    for t in i.title.iter().filter(|t| t.lang != "en") {
        let _ = writeln!(out, "  title ({}): {}", t.lang, t.text);
    }
    out.push_str("\nProvisions\n");
    for p in i.provisions.iter() {
        let _ = writeln!(out, "  {} — {:?} [{}]", p.path, p.kind, mark(p.verified));
        if let Some((s, _)) = pick(&p.summary, "en") {
            let _ = writeln!(out, "      {}", s.text);
        }
        let citing: Vec<&str> = g
            .citing(&i.id, Some(&p.path))
            .iter()
            .map(|c| &*c.id)
            .collect();
        if !citing.is_empty() {
            let _ = writeln!(out, "      cited by: {}", citing.join(", "));
        }
    }
}

/// One instrument as JSON, each provision with the concepts citing it.
pub fn instrument_json(g: &Glossary, i: &Instrument) -> Value {
    let mut v = serde_json::to_value(i).unwrap_or(Value::Null);
    if let Some(Value::Array(ps)) = v.get_mut("provisions") {
        for p in ps.iter_mut() {
            let path = p
                .get("path")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            let citing: Vec<&str> = g
                .citing(&i.id, Some(&path))
                .iter()
                .map(|c| &*c.id)
                .collect();
            if let Some(obj) = p.as_object_mut() {
                obj.insert("cited_by".into(), json!(citing));
            }
        }
    }
    v
}

/// Releases, newest first.
pub fn releases(g: &Glossary, out: &mut String) {
    for r in g.releases().iter().rev() {
        let _ = writeln!(out, "{}  {}  {}", r.version, r.date, r.notes);
    }
}

fn kind_word(k: luxterm::MatchKind) -> &'static str {
    match k {
        luxterm::MatchKind::Exact => "exact",
        luxterm::MatchKind::Prefix => "prefix",
        luxterm::MatchKind::WordPrefix => "word prefix",
        luxterm::MatchKind::Fuzzy => "fuzzy",
        luxterm::MatchKind::Substring => "substring",
    }
}

/// Search hits, one a line, with what to use instead of a term to avoid.
pub fn search(g: &Glossary, hits: &[SearchHit<'_>], out: &mut String) {
    for h in hits {
        let _ = writeln!(
            out,
            "{}  ({}, {}, {})  → {}",
            h.term.text,
            h.term.lang,
            status_word(h.term.status),
            kind_word(h.kind),
            h.concept.id
        );
        if let Some(r) = h.replacement(g) {
            let _ = writeln!(out, "    use instead: \"{}\"", r.text);
        } else if let Some((p, _)) = h.preferred(&h.term.lang) {
            if !std::ptr::eq(p, h.term) {
                let _ = writeln!(out, "    preferred: \"{}\"", p.text);
            }
        }
    }
}

/// Search hits as JSON.
pub fn search_json(g: &Glossary, hits: &[SearchHit<'_>]) -> Value {
    Value::Array(
        hits.iter()
            .map(|h| {
                json!({
                    "concept": h.concept.id,
                    "term": h.term.text,
                    "lang": h.term.lang,
                    "status": h.term.status,
                    "match": kind_word(h.kind),
                    "distance": h.distance,
                    "preferred": h.preferred(&h.term.lang).map(|(t, _)| &t.text),
                    "instead": h.replacement(g).map(|t| &t.text),
                })
            })
            .collect(),
    )
}

/// Concepts side by side: one block per aspect, one line per concept.
pub fn side_by_side(g: &Glossary, t: &luxterm::compare::SideBySide<'_>, out: &mut String) {
    let fb = |f: bool| {
        if f {
            " (no term in this language: English shown)"
        } else {
            ""
        }
    };
    let _ = writeln!(out, "Side by side ({})\n", t.lang);
    out.push_str("Preferred term\n");
    for c in &t.columns {
        let p = c
            .preferred
            .map(|p| format!("{}{}", p.value.text, fb(p.fallback)));
        let _ = writeln!(out, "  {:<40} {}", c.id, p.unwrap_or_default());
    }
    out.push_str("\nOther terms\n");
    for c in &t.columns {
        let terms: Vec<String> = c
            .other_terms
            .iter()
            .map(|x| format!("{} ({})", x.text, status_word(x.status)))
            .collect();
        let _ = writeln!(out, "  {:<40} {}", c.id, terms.join("; "));
    }
    out.push_str("\nDefinition\n");
    for c in &t.columns {
        let d = c
            .definition
            .map(|d| format!("{}{}", d.value.text, fb(d.fallback)));
        let _ = writeln!(out, "  {:<40} {}", c.id, d.unwrap_or_else(|| "—".into()));
    }
    out.push_str("\nProvisions\n");
    for c in &t.columns {
        let cites: Vec<String> = c.citations.iter().map(|x| cite(g, x)).collect();
        let _ = writeln!(out, "  {:<40} {}", c.id, cites.join("; "));
    }
    out.push_str("\nRelations\n");
    for c in &t.columns {
        let _ = writeln!(
            out,
            "  {:<40} broader: {} · narrower: {} · related: {}",
            c.id,
            c.broader.join(", "),
            c.narrower.join(", "),
            c.related.join(", ")
        );
    }
}

/// One concept across languages: one block per language.
pub fn across_languages(g: &Glossary, t: &luxterm::compare::AcrossLanguages<'_>, out: &mut String) {
    let _ = writeln!(out, "{} across languages\n", t.id);
    for col in &t.columns {
        let _ = writeln!(out, "{} ({})", col.lang, col.dir.as_str());
        if col.terms.is_empty() {
            out.push_str("  (no term in this language)\n");
        }
        for term in &col.terms {
            let _ = write!(out, "  {} — {}", term.text, status_word(term.status));
            for l in term.legal_term_of.iter() {
                let _ = write!(out, "; legal term of {}", cite(g, l));
            }
            out.push('\n');
        }
        if let Some(d) = col.definition {
            let _ = writeln!(
                out,
                "  definition{}: {}",
                if d.fallback {
                    " (English; none in this language)"
                } else {
                    ""
                },
                d.value.text
            );
        }
        out.push('\n');
    }
}

fn cell_word(v: luxterm::CellValue) -> String {
    words(v.as_str())
}

/// The element matrix: a grid of answers, then each answer with its citation.
pub fn element_matrix(
    g: &Glossary,
    m: &luxterm::compare::ElementMatrix<'_>,
    lang: &str,
    out: &mut String,
) {
    let _ = writeln!(out, "{} across instruments\n", m.id);
    let names: Vec<&str> = m
        .columns
        .iter()
        .map(|c| g.short_name(&c.instrument.id, lang))
        .collect();
    out.push_str("Defining provisions and legal terms\n");
    for (c, name) in m.columns.iter().zip(&names) {
        let defs: Vec<&str> = c.definitions.iter().map(|p| &*p.path).collect();
        let terms: Vec<String> = c
            .legal_terms
            .iter()
            .map(|t| format!("\"{}\" ({})", t.text, t.lang))
            .collect();
        let _ = writeln!(out, "  {name:<28} {} {}", defs.join(", "), terms.join(", "));
    }
    if m.rows.is_empty() {
        out.push_str("\n(no element matrix recorded for this concept)\n");
        return;
    }
    let w = 14;
    let _ = write!(out, "\n{:<36}", "element");
    for n in &names {
        let short: String = n.chars().take(w - 1).collect();
        let _ = write!(out, "{short:<w$}");
    }
    out.push('\n');
    for row in &m.rows {
        let label = pick(&row.element.label, lang).map_or(&*row.element.id, |(l, _)| &*l.text);
        let label: String = label.chars().take(35).collect();
        let _ = write!(out, "{label:<36}");
        for cell in &row.cells {
            let v = cell.map_or_else(|| "—".to_owned(), |c| cell_word(c.value));
            let v = if cell.is_some_and(|c| !c.cite.verified) {
                format!("{v}?")
            } else {
                v
            };
            let _ = write!(out, "{v:<w$}");
        }
        out.push('\n');
    }
    out.push_str("\n(? = citation not verified; — = no answer recorded)\n\nAnswers\n");
    for row in &m.rows {
        let label = pick(&row.element.label, lang).map_or(&*row.element.id, |(l, _)| &*l.text);
        let _ = writeln!(out, "  {label}");
        for (cell, name) in row.cells.iter().zip(&names) {
            if let Some(c) = cell {
                let detail = pick(&c.detail, lang).map_or("", |(d, _)| &*d.text);
                let _ = writeln!(
                    out,
                    "    {name}: {} — {detail} [{}]",
                    cell_word(c.value),
                    cite(g, &c.cite)
                );
            }
        }
    }
}

fn change_word(k: luxterm::diff::ChangeKind) -> &'static str {
    match k {
        luxterm::diff::ChangeKind::Added => "added",
        luxterm::diff::ChangeKind::Removed => "removed",
        luxterm::diff::ChangeKind::Modified => "modified",
    }
}

/// One concept's changes, with word diffs as [-removed-]{+added+}.
pub fn concept_diff(d: &luxterm::diff::ConceptDiff, out: &mut String) {
    let _ = writeln!(out, "{} ({})", d.id, change_word(d.kind));
    for c in &d.changes {
        let _ = writeln!(out, "  {} {}", change_word(c.kind), c.field);
        if !c.words.is_empty() {
            let mut line = String::new();
            for w in &c.words {
                match w {
                    luxterm::diff::WordChange::Same(s) => line.push_str(s),
                    luxterm::diff::WordChange::Removed(s) => {
                        let _ = write!(line, "[-{s}-]");
                    }
                    luxterm::diff::WordChange::Added(s) => {
                        let _ = write!(line, "{{+{s}+}}");
                    }
                }
            }
            let _ = writeln!(out, "    {line}");
        } else if let Some(v) = c.new.as_ref().or(c.old.as_ref()) {
            if !v.is_empty() {
                let _ = writeln!(out, "    {v}");
            }
        }
    }
}

/// A release diff.
pub fn release_diff(d: &luxterm::diff::ReleaseDiff, out: &mut String) {
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
