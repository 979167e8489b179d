//! Prints a concept of the embedded glossary: its preferred terms in the six UN languages and
//! what to say instead of a term to avoid. `cargo run -- [TERM]` (default: "child pornography").

use luxterm::{Glossary, Status};

fn main() {
    let query = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "child pornography".to_owned());
    let glossary = Glossary::embedded();
    let release = glossary.current_release().map(|r| r.version.to_string());
    println!("luxterm glossary {}", release.as_deref().unwrap_or("?"));
    let Some(hit) = glossary.find_by_term(&query).into_iter().next() else {
        eprintln!("no concept has the term {query:?}");
        std::process::exit(1);
    };
    println!("{query:?} is a term of the concept `{}`", hit.concept.id);
    if hit.term.status == Status::Avoid {
        if let Some(instead) = &hit.term.instead {
            println!("  avoid it; say instead: {instead}");
        }
    }
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        if let Some(term) = hit.concept.preferred(lang) {
            println!("  {lang}: {}", term.text);
        }
    }
}
