//! The imported concepts written as the glossary's TOML sources, in the layout of
//! `glossary/concepts/*.toml` (keys in the order glossary/README.md documents them).

use super::tbx::{ImpCite, ImpConcept};
use std::fmt::Write as _;

/// A TOML basic string: quoted, with `"`, `\` and control characters escaped.
pub(super) fn q(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `releases.toml` of a new folder: the one release the import adds its concepts in.
pub(super) fn releases(version: &str, date: &str, file: &str) -> String {
    format!(
        "# Made by `luxterm import tbx` from {file}.\n\n[[release]]\nversion = {}\ndate = {}\nnotes = {}\n",
        q(version),
        q(date),
        q(&format!("Imported from {file} (TBX)."))
    )
}

fn cite(c: &ImpCite) -> String {
    let mut out = format!("{{ instrument = {}", q(&c.instrument));
    if let Some(p) = &c.provision {
        let _ = write!(out, ", provision = {}", q(p));
    }
    if let Some(p) = &c.pinpoint {
        let _ = write!(out, ", pinpoint = {}", q(p));
    }
    let _ = write!(out, ", verified = false, evidence = {} }}", q(&c.evidence));
    out
}

/// A concept file.
pub(super) fn concept(c: &ImpConcept) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "# Imported from {} by `luxterm import tbx`.", c.file);
    let _ = writeln!(o, "id = {}", q(&c.id));
    let _ = writeln!(o, "category = {}", q(c.category.as_str()));
    let _ = writeln!(o, "added = {}", q(&c.added.to_string()));
    for t in &c.terms {
        o.push_str("\n[[term]]\n");
        let _ = writeln!(o, "lang = {}", q(&t.lang));
        let _ = writeln!(o, "text = {}", q(&t.text));
        let _ = writeln!(o, "status = {}", q(t.status.as_str()));
        if let Some(a) = &t.abbreviation {
            let _ = writeln!(o, "abbreviation = {}", q(a));
        }
        match (t.pos, t.gender) {
            (None, None) => {}
            (pos, gender) => {
                let mut parts = Vec::new();
                if let Some(p) = pos {
                    parts.push(format!("pos = {}", q(p.as_str())));
                }
                if let Some(g) = gender {
                    parts.push(format!("gender = {}", q(g.as_str())));
                }
                let _ = writeln!(o, "grammar = {{ {} }}", parts.join(", "));
            }
        }
        if let Some(n) = &t.note {
            let _ = writeln!(o, "note = {}", q(n));
        }
        if let Some(i) = &t.instead {
            let _ = writeln!(o, "instead = {}", q(i));
        }
        if let Some(i) = &t.instead_concept {
            let _ = writeln!(o, "instead_concept = {}", q(i));
        }
        if let Some(w) = &t.why {
            let _ = writeln!(o, "why = {}", q(w));
        }
        if !t.legal.is_empty() {
            o.push_str("legal_term_of = [\n");
            for l in &t.legal {
                let _ = writeln!(o, "  {},", cite(l));
            }
            o.push_str("]\n");
        }
    }
    for d in &c.definitions {
        o.push_str("\n[[definition]]\n");
        let _ = writeln!(o, "lang = {}", q(&d.lang));
        let _ = writeln!(o, "text = {}", q(&d.text));
        let _ = writeln!(o, "source = {}", cite(&d.source));
    }
    for g in &c.guidance {
        o.push_str("\n[[guidance]]\n");
        let _ = writeln!(o, "guideline = {}", q(&g.guideline));
        if let Some((text, lang)) = &g.term {
            let _ = writeln!(o, "term = {}", q(text));
            let _ = writeln!(o, "term_lang = {}", q(lang));
        }
        let _ = writeln!(o, "advice = {}", q(g.advice.as_str()));
        let reasons: Vec<String> = g
            .reason
            .iter()
            .map(|(l, t)| format!("{} = {}", q(l), q(t)))
            .collect();
        let _ = writeln!(o, "reason = {{ {} }}", reasons.join(", "));
        let _ = writeln!(o, "cite = {}", cite(&g.cite));
    }
    for ci in &c.citations {
        o.push_str("\n[[citation]]\n");
        let _ = writeln!(o, "instrument = {}", q(&ci.instrument));
        if let Some(p) = &ci.provision {
            let _ = writeln!(o, "provision = {}", q(p));
        }
        if let Some(p) = &ci.pinpoint {
            let _ = writeln!(o, "pinpoint = {}", q(p));
        }
        o.push_str("verified = false\n");
        let _ = writeln!(o, "evidence = {}", q(&ci.evidence));
    }
    for (kind, target) in &c.relations {
        o.push_str("\n[[relation]]\n");
        let _ = writeln!(o, "kind = {}", q(kind.as_str()));
        let _ = writeln!(o, "concept = {}", q(target));
    }
    o.push_str("\n[[history]]\n");
    let _ = writeln!(o, "release = {}", q(&c.added.to_string()));
    let _ = writeln!(
        o,
        "summary = {}",
        q(&format!("Imported from {} (TBX).", c.file))
    );
    if let Some(m) = c.modified {
        o.push_str("\n[[history]]\n");
        let _ = writeln!(o, "release = {}", q(&m.to_string()));
        let _ = writeln!(
            o,
            "summary = {}",
            q(&format!(
                "Last changed in this release, as {} (TBX) records.",
                c.file
            ))
        );
    }
    o
}

#[cfg(test)]
mod tests {
    #[test]
    fn strings_are_escaped() {
        assert_eq!(
            super::q("a \"b\" \\ \n\u{1}"),
            "\"a \\\"b\\\" \\\\ \\n\\u0001\""
        );
    }
}
