//! Tidy: the faces (CLI, web app, JS binding) hold no domain logic. They format the core's views;
//! they do not sort, filter or dedupe the glossary's collections, pick fallbacks, decide writing
//! directions or language orders, or print Rust's Debug form to users. (rust-analyzer keeps the
//! same kind of guard in its `tidy` test.)
//!
//! A face line may filter something that is not glossary data (a URL parameter, a browser API)
//! when it says so with a `tidy:allow(filter): reason` comment.

use std::path::{Path, PathBuf};

/// A rule: what a face line must not contain, and why.
struct Rule {
    needle: &'static str,
    why: &'static str,
    /// Only in these files (path suffixes); empty: every face file.
    only: &'static [&'static str],
    /// A line carrying this marker is allowed.
    allow: Option<&'static str>,
}

const RULES: &[Rule] = &[
    Rule {
        needle: ".sort(",
        why: "sorting is the core's (views come in order)",
        only: &[],
        allow: None,
    },
    Rule {
        needle: ".sort_by",
        why: "sorting is the core's (views come in order)",
        only: &[],
        allow: None,
    },
    Rule {
        needle: ".sort_unstable",
        why: "sorting is the core's (views come in order)",
        only: &[],
        allow: None,
    },
    Rule {
        needle: "luxterm::sort",
        why: "sorting is the core's (views come in order)",
        only: &[],
        allow: None,
    },
    Rule {
        needle: ".dedup",
        why: "deduplication is the core's (e.g. one hit per concept)",
        only: &[],
        allow: None,
    },
    Rule {
        needle: ".retain(",
        why: "filtering is the core's",
        only: &[],
        allow: None,
    },
    Rule {
        needle: ".filter(",
        why: "filtering is the core's",
        only: &[],
        allow: Some("tidy:allow(filter)"),
    },
    Rule {
        needle: ".filter_map(",
        why: "filtering is the core's",
        only: &[],
        allow: Some("tidy:allow(filter)"),
    },
    Rule {
        needle: ".terms_in(",
        why: "a face reads terms from a view, grouped by the core",
        only: &[],
        allow: None,
    },
    Rule {
        needle: ".preferred(",
        why: "a concept's name and its fallback come from the view",
        only: &[],
        allow: None,
    },
    Rule {
        needle: ".languages()",
        why: "the language order is the core's",
        only: &[],
        allow: None,
    },
    Rule {
        needle: ".find_by_term(",
        why: "look-ups go through the view layer",
        only: &[],
        allow: None,
    },
    Rule {
        needle: ".search(",
        why: "search results come as a view (search_view)",
        only: &[],
        allow: None,
    },
    Rule {
        needle: "pick(&",
        why: "the fallback rule is the core's (lang::choose)",
        only: &[],
        allow: None,
    },
    Rule {
        needle: "luxterm::pick",
        why: "the fallback rule is the core's (lang::choose)",
        only: &[],
        allow: None,
    },
    Rule {
        needle: ".citing(",
        why: "the concepts citing a provision come in the instrument view",
        only: &[],
        allow: None,
    },
    Rule {
        needle: ".lang_of(",
        why: "the language of a note comes in the view",
        only: &[],
        allow: None,
    },
    Rule {
        needle: ".as_of(",
        why: "a concept as of a release is the core's (concept_page)",
        only: &[],
        allow: None,
    },
    Rule {
        needle: ".concepts_in(",
        why: "lists of concepts come as a view (concept_list)",
        only: &[],
        allow: None,
    },
    Rule {
        needle: ".short_name(",
        why: "instrument names come in the views",
        only: &[],
        allow: None,
    },
    Rule {
        needle: "UN_LANGUAGES",
        why: "which languages to show, and in what order, is the core's",
        only: &[],
        allow: Some("pub use luxterm::lang::UN_LANGUAGES"),
    },
    Rule {
        needle: "is_rtl",
        why: "the direction rule is the core's (lang::Dir::of)",
        only: &[],
        allow: None,
    },
    Rule {
        needle: "\"rtl\"",
        why: "the direction rule is the core's (lang::Dir::of)",
        only: &[],
        allow: None,
    },
    Rule {
        needle: "Status::Preferred =>",
        why: "the status order is the core's (Status::ALL)",
        only: &[],
        allow: None,
    },
    Rule {
        needle: "{:?}",
        why: "Debug output is never shown to users",
        only: &["crates/luxterm-cli/src/"],
        allow: None,
    },
    Rule {
        needle: "{:#?}",
        why: "Debug output is never shown to users",
        only: &["crates/luxterm-cli/src/"],
        allow: None,
    },
    Rule {
        needle: "serde_json::Value",
        why: "JSON output is the serde form of the views, not assembled by hand",
        only: &["crates/luxterm-cli/src/"],
        allow: Some("tidy:allow(json)"),
    },
    Rule {
        needle: "json!(",
        why: "JSON output is the serde form of the views, not assembled by hand",
        only: &["crates/luxterm-cli/src/"],
        allow: None,
    },
];

/// Model types a face must not name: it gets views instead.
const MODEL_TYPES: &[&str] = &[
    "Concept",
    "Term",
    "Definition",
    "Guidance",
    "CitationEntry",
    "Citation",
    "Relation",
    "Localized",
    "Provision",
    "Instrument",
    "ElementRow",
    "ElementCell",
    "SearchHit",
    "TermRef",
    "GlossaryData",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Whether `line` names a model type as `luxterm::Type`, `luxterm::model::Type` or in a
/// `use luxterm::{…}` list.
fn names_model_type(line: &str) -> Option<&'static str> {
    let code = line.split("//").next().unwrap_or("");
    for t in MODEL_TYPES {
        for prefix in ["luxterm::", "luxterm::model::"] {
            let needle = format!("{prefix}{t}");
            if let Some(i) = code.find(&needle) {
                let after = code[i + needle.len()..].chars().next();
                if !after.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    return Some(t);
                }
            }
        }
        if code.trim_start().starts_with("use luxterm::{") {
            let list = code.split('{').nth(1).unwrap_or("");
            if list.split([',', '}', ' ']).any(|w| w.trim() == *t) {
                return Some(t);
            }
        }
    }
    None
}

/// Every violation in one face file's text, as `path:line: why`.
fn check(path: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("#[cfg(test)]") {
            // Unit tests of a face may check what the core decided.
            break;
        }
        if code.starts_with("//") {
            continue;
        }
        for r in RULES {
            if !r.only.is_empty() && !r.only.iter().any(|o| path.contains(o)) {
                continue;
            }
            if line.contains(r.needle) && !r.allow.is_some_and(|a| line.contains(a)) {
                out.push(format!("{path}:{}: `{}`: {}", n + 1, r.needle, r.why));
            }
        }
        if let Some(t) = names_model_type(line) {
            out.push(format!(
                "{path}:{}: names the model type `{t}`: faces format views (luxterm::view)",
                n + 1
            ));
        }
    }
    out
}

#[test]
fn faces_hold_no_domain_logic() {
    let root = root();
    let mut files = Vec::new();
    rust_files(&root.join("crates/luxterm-cli/src"), &mut files);
    rust_files(&root.join("web/src"), &mut files);
    rust_files(&root.join("crates/luxterm-js/src"), &mut files);
    assert!(files.len() >= 20, "found only {} face files", files.len());
    let mut problems = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read a face file");
        let rel = f
            .strip_prefix(&root)
            .unwrap_or(f)
            .to_string_lossy()
            .replace('\\', "/");
        problems.extend(check(&rel, &text));
    }
    assert!(
        problems.is_empty(),
        "the faces must only format the core's views; move these into crates/luxterm:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_tidy_check_catches_what_it_forbids() {
    let bad = r#"
use luxterm::{Concept, Status};
fn f(g: &luxterm::Glossary, c: &luxterm::Term) {
    let mut v: Vec<_> = g.concepts().iter().filter(|c| c.preferred("en").is_some()).collect();
    let t = luxterm::pick(&c.note, "fr");
    v.sort_by_key(|c| c.id.clone());
    v.dedup();
    let d = if lang == "ar" { "rtl" } else { "ltr" };
    println!("{:?}", v);
}
"#;
    let found = check("crates/luxterm-cli/src/x.rs", bad);
    for needle in [
        "`Concept`",
        "`Term`",
        ".filter(",
        ".preferred(",
        ".sort_by",
        ".dedup",
        "\"rtl\"",
        "{:?}",
        "pick(&",
    ] {
        assert!(
            found.iter().any(|p| p.contains(needle)),
            "{needle} not caught: {found:#?}"
        );
    }
    let allowed = "let q = v.iter().filter(|s| !s.is_empty()); // tidy:allow(filter): a URL";
    assert!(check("web/src/x.rs", allowed).is_empty());
}
