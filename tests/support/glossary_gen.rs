//! Generated glossaries for property tests: proptest strategies that write the TOML sources of a
//! glossary folder which the real loader (`luxterm_data::load_sources`) accepts.
//!
//! The strategies draw raw material (texts in several scripts, indices, flags); [`build`] then
//! makes a valid folder of it deterministically (one preferred English term per concept, unique
//! terms per language, terms to avoid that name a replacement of their language, history entries
//! for every release an entry names, relations only to earlier concepts so that none is a cycle),
//! so no case is rejected. What it covers: several concepts and categories; terms in Latin,
//! Arabic, Chinese and Cyrillic scripts under plain and regional tags, each status,
//! abbreviations, grammar, usage notes, `why`, replacements in the same and in another concept,
//! legal terms, inflected forms, retired terms (`until`); definitions in languages with and
//! without terms; guidance on concepts and on terms with reasons in several languages;
//! citations with provisions and pinpoints; relations of every kind; texts with XML's special
//! characters, combining marks, bidi controls, tabs, line breaks and leading or trailing spaces.

#![allow(
    dead_code,
    clippy::indexing_slicing,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic
)]

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::Index;

/// The instruments every generated folder holds: (id, kind, provisions).
pub const INSTRUMENTS: &[(&str, &str, &[&str])] = &[
    (
        "opsc",
        "protocol",
        &["art. 2(c)", "art. 3(1)(a)(ii)", "art. 9"],
    ),
    (
        "lanzarote-convention",
        "treaty",
        &["art. 18", "art. 23", "preamble"],
    ),
    ("1999-directive", "directive", &["art. 1"]),
    ("guidelines-2016", "guideline", &["section D.1", "para. 60"]),
    ("guidelines-2025", "guideline", &["section F.4"]),
];

/// Language tags terms are written in, with the script their texts are drawn from.
const LANGS: &[(&str, Script)] = &[
    ("fr", Script::Latin),
    ("es", Script::Latin),
    ("ar", Script::Arabic),
    ("zh", Script::Han),
    ("ru", Script::Cyrillic),
    ("pt-BR", Script::Latin),
    ("zh-Hant", Script::Han),
    ("sr-Latn", Script::Latin),
];

/// Tags of definitions and reasons that may have no term in a concept.
const OTHER_LANGS: &[&str] = &["de", "it", "ar", "zh", "fr"];

const CATEGORIES: &[&str] = &[
    "people",
    "umbrella",
    "sale-and-trafficking",
    "prostitution",
    "travel-and-tourism",
    "material",
    "online-conduct",
    "offence-elements",
    "ict",
    "legal-framework",
    "institution",
];

const RELATIONS: &[&str] = &["broader", "narrower", "related", "replaced-by"];
const ADVICE: &[&str] = &["use", "use-with-caution", "avoid"];
const POS: &[&str] = &["noun", "verb", "adjective", "phrase"];
const GENDERS: &[&str] = &["masculine", "feminine", "neuter", "common"];
const RELEASES: &[(&str, &str)] = &[
    ("0.1.0", "2025"),
    ("0.2.0", "2026-03"),
    ("1.0.0", "2026-11-28"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Arabic,
    Han,
    Cyrillic,
}

/// Letters of a script, as a regex character class body.
fn letters(s: Script) -> &'static str {
    match s {
        Script::Latin => "a-zA-Zéèàçñüßøå",
        Script::Arabic => "\u{621}-\u{63a}\u{641}-\u{64a}",
        Script::Han => "\u{4e00}-\u{9fa5}",
        Script::Cyrillic => "а-яА-ЯёЁ",
    }
}

/// A term of a script: words of its letters, with the marks terms really hold (apostrophes,
/// hyphens; Arabic vowel marks; XML's special characters, which a term may hold too).
fn term_text(s: Script) -> BoxedStrategy<String> {
    let l = letters(s);
    let marks = match s {
        Script::Arabic => "\u{64b}-\u{652}",
        Script::Latin => "'’\\-&<>\u{301}\u{308}",
        Script::Han => "·",
        Script::Cyrillic => "\u{301}\\-",
    };
    let word = format!("[{l}][{l}{marks}]{{0,9}}");
    let sep = if s == Script::Han { "" } else { " " };
    vec(proptest::string::string_regex(&word).expect("regex"), 1..4)
        .prop_map(move |w| w.join(sep))
        .boxed()
}

/// Any text a note, definition, reason or pinpoint may hold.
fn free_text() -> BoxedStrategy<String> {
    let body = prop_oneof![
        4 => (0..4usize).prop_flat_map(|i| {
            let s = [Script::Latin, Script::Arabic, Script::Han, Script::Cyrillic][i];
            term_text(s)
        }),
        2 => "[a-z <>&\"'=;/\u{300}-\u{36f}\u{200e}\u{200f}\u{202a}-\u{202e}\u{2066}-\u{2069}\u{a0}\u{202f}]{1,24}",
        1 => "\\PC{1,30}",
        1 => "[a-z]{1,8}(\n|\t|\r\n|  )[a-z]{1,8}",
    ];
    let pad = prop_oneof![
        6 => Just(""),
        1 => Just(" "),
        1 => Just("\n"),
        1 => Just("\t"),
        1 => Just("  "),
    ];
    (pad.clone(), body, pad)
        .prop_map(|(a, b, c)| fix(&format!("{a}{b}{c}")))
        .boxed()
}

/// NFC, not empty, no control character but tab and line breaks: what the loader accepts
/// and XML can carry.
fn fix(s: &str) -> String {
    let s: String = s
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let s = luxterm_text::normalize::nfc(&s);
    if s.trim().is_empty() {
        format!("{s}x")
    } else {
        s
    }
}

#[derive(Debug, Clone)]
struct RawCite {
    instrument: Index,
    provision: Option<Index>,
    pinpoint: Option<String>,
    verified: bool,
}

fn raw_cite() -> impl Strategy<Value = RawCite> {
    (
        any::<Index>(),
        proptest::option::weighted(0.7, any::<Index>()),
        proptest::option::weighted(
            0.4,
            prop_oneof![free_text(), Just("(c) a (nested (pinpoint))".to_owned())],
        ),
        any::<bool>(),
    )
        .prop_map(|(instrument, provision, pinpoint, verified)| RawCite {
            instrument,
            provision,
            pinpoint,
            verified,
        })
}

#[derive(Debug, Clone)]
struct RawTerm {
    text: String,
    status: Index,
    abbreviation: Option<String>,
    pos: Option<Index>,
    gender: Option<Index>,
    note: Option<String>,
    why: Option<String>,
    instead: Option<(bool, Index, Index)>,
    legal: Vec<RawCite>,
    /// Written as the previous term's text in capitals (a term that differs from another by
    /// case only).
    variant: bool,
    retired: bool,
    forms: bool,
}

fn raw_term(s: Script) -> impl Strategy<Value = RawTerm> {
    (
        (
            term_text(s),
            any::<Index>(),
            proptest::option::weighted(0.3, "[A-Z]{2,5}"),
            proptest::option::weighted(0.3, any::<Index>()),
            proptest::option::weighted(0.2, any::<Index>()),
            proptest::option::weighted(0.3, free_text()),
            proptest::option::weighted(0.3, free_text()),
        ),
        (
            proptest::option::weighted(0.5, (any::<bool>(), any::<Index>(), any::<Index>())),
            vec(raw_cite(), 0..2),
            proptest::bool::weighted(0.1),
            proptest::bool::weighted(0.15),
            proptest::bool::weighted(0.2),
        ),
    )
        .prop_map(
            |(
                (text, status, abbreviation, pos, gender, note, why),
                (instead, legal, variant, retired, forms),
            )| RawTerm {
                text,
                status,
                abbreviation,
                pos,
                gender,
                note,
                why,
                instead,
                legal,
                variant,
                retired,
                forms,
            },
        )
}

#[derive(Debug, Clone)]
struct RawGuidance {
    /// On a term (its index among the concept's current terms), or on the concept.
    term: Option<Index>,
    advice: Index,
    /// Its instrument is drawn from the guidelines: it names the guideline.
    cite: RawCite,
    reasons: Vec<(Index, String)>,
}

fn raw_guidance() -> impl Strategy<Value = RawGuidance> {
    (
        proptest::option::weighted(0.4, any::<Index>()),
        any::<Index>(),
        raw_cite(),
        vec((any::<Index>(), free_text()), 1..4),
    )
        .prop_map(|(term, advice, cite, reasons)| RawGuidance {
            term,
            advice,
            cite,
            reasons,
        })
}

#[derive(Debug, Clone)]
struct RawConcept {
    id: String,
    category: Index,
    added: Index,
    modified: bool,
    en: Vec<RawTerm>,
    langs: Vec<(usize, Vec<RawTerm>)>,
    definitions: Vec<(Index, String, RawCite)>,
    guidance: Vec<RawGuidance>,
    citations: Vec<RawCite>,
    relations: Vec<(Index, Index)>,
}

fn raw_concept() -> impl Strategy<Value = RawConcept> {
    (
        (
            prop_oneof![
                4 => "[a-z][a-z0-9]{0,7}(-[a-z0-9]{1,6}){0,2}",
                1 => "[0-9][a-z0-9]{0,3}(-[a-z]{1,5})?",
            ],
            any::<Index>(),
            any::<Index>(),
            any::<bool>(),
        ),
        vec(raw_term(Script::Latin), 1..4),
        vec(
            (0..LANGS.len()).prop_flat_map(|l| (Just(l), vec(raw_term(LANGS[l].1), 1..4))),
            0..4,
        ),
        vec((any::<Index>(), free_text(), raw_cite()), 0..4),
        vec(raw_guidance(), 0..4),
        vec(raw_cite(), 0..3),
        vec((any::<Index>(), any::<Index>()), 0..3),
    )
        .prop_map(
            |(
                (id, category, added, modified),
                en,
                langs,
                definitions,
                guidance,
                citations,
                relations,
            )| {
                RawConcept {
                    id,
                    category,
                    added,
                    modified,
                    en,
                    langs,
                    definitions,
                    guidance,
                    citations,
                    relations,
                }
            },
        )
}

/// The raw material of a glossary; [`build`] makes a valid folder of it.
#[derive(Debug, Clone)]
pub struct Raw {
    releases: usize,
    concepts: Vec<RawConcept>,
}

/// Raw material for a glossary of 1 to 5 concepts in 1 to 3 releases.
pub fn raw() -> impl Strategy<Value = Raw> {
    (1..=RELEASES.len(), vec(raw_concept(), 1..6))
        .prop_map(|(releases, concepts)| Raw { releases, concepts })
}

/// A glossary folder: every file as (path relative to the folder, text).
#[derive(Debug, Clone)]
pub struct Folder {
    /// `releases.toml`, `elements.toml` and `instruments/*.toml`: what TBX does not carry
    /// (instruments are only cited by id), and an import folder starts with.
    pub seed: Vec<(String, String)>,
    /// `concepts/*.toml`.
    pub concepts: Vec<(String, String)>,
}

impl Folder {
    /// Every file.
    pub fn files(&self) -> Vec<(String, String)> {
        let mut all = self.seed.clone();
        all.extend(self.concepts.iter().cloned());
        all
    }
}

/// Generated glossary folders that the loader accepts.
pub fn folder() -> impl Strategy<Value = Folder> {
    raw().prop_map(|r| build(&r))
}

/// A TOML basic string.
pub fn q(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A citation's keys and values (TOML), its instrument drawn from all instruments or only from
/// the guidelines.
fn cite_fields(c: &RawCite, only_guidelines: bool) -> Vec<(&'static str, String)> {
    let pool: Vec<&(&str, &str, &[&str])> = INSTRUMENTS
        .iter()
        .filter(|i| !only_guidelines || i.1 == "guideline")
        .collect();
    let (id, _, provisions) = pool[c.instrument.index(pool.len())];
    let mut out = vec![("instrument", q(id))];
    if let Some(p) = c.provision {
        out.push(("provision", q(provisions[p.index(provisions.len())])));
    }
    if let Some(p) = &c.pinpoint {
        out.push(("pinpoint", q(p)));
    }
    out.push(("verified", c.verified.to_string()));
    if c.verified {
        out.push(("evidence", q("Read in the generated instrument.")));
    }
    out
}

/// A citation as an inline table.
fn cite(c: &RawCite, only_guidelines: bool) -> String {
    let fields: Vec<String> = cite_fields(c, only_guidelines)
        .into_iter()
        .map(|(k, v)| format!("{k} = {v}"))
        .collect();
    format!("{{ {} }}", fields.join(", "))
}

/// A term being built: its language, text and status, and whether it is current.
#[derive(Debug, Clone)]
struct Made {
    lang: String,
    text: String,
    status: &'static str,
    current: bool,
}

/// The files of a folder that are not concepts: the first `releases` of the generator's
/// releases (1 to 3), no elements, and [`INSTRUMENTS`].
pub fn seed(releases: usize) -> Vec<(String, String)> {
    let releases = &RELEASES[..releases];
    let mut seed = Vec::new();
    let mut r = String::new();
    for (v, d) in releases {
        r.push_str(&format!(
            "[[release]]\nversion = {}\ndate = {}\nnotes = {}\n\n",
            q(v),
            q(d),
            q(&format!(
                "Release {v} <of> the \"generated\" glossary & co."
            ))
        ));
    }
    seed.push(("releases.toml".to_owned(), r));
    seed.push(("elements.toml".to_owned(), String::new()));
    for (id, kind, provisions) in INSTRUMENTS {
        let mut s = format!(
            "id = {}\nkind = {}\nbody = \"A body\"\nadopted = \"2000-05-25\"\nauthentic_languages = [\"en\", \"fr\"]\ntitle = {{ en = {} }}\n",
            q(id),
            q(kind),
            q(&format!("The instrument {id}"))
        );
        for p in *provisions {
            s.push_str(&format!(
                "\n[[provision]]\npath = {}\nkind = \"defines\"\nsummary = {{ en = \"What it says.\" }}\nverified = false\n",
                q(p)
            ));
        }
        seed.push((format!("instruments/{id}.toml"), s));
    }

    seed
}

/// Makes a valid glossary folder of the raw material.
pub fn build(raw: &Raw) -> Folder {
    let releases = &RELEASES[..raw.releases];
    let last = releases.len() - 1;
    let seed = seed(raw.releases);

    // Ids: slugs, unique, never of the form `c-<digit>…` (the TBX exporter's prefix form).
    let mut ids: Vec<String> = Vec::new();
    for (i, c) in raw.concepts.iter().enumerate() {
        let mut id = c.id.clone();
        if id.starts_with("c-") && id.as_bytes().get(2).is_some_and(u8::is_ascii_digit) {
            id = format!("x{id}");
        }
        if ids.contains(&id) {
            id = format!("{id}-{i}");
        }
        ids.push(id);
    }
    // Terms of every concept, first, so that replacements can name terms of other concepts.
    let mut made: Vec<Vec<Made>> = Vec::new();
    let mut texts: Vec<Vec<(RawTerm, usize)>> = Vec::new();
    for c in &raw.concepts {
        let mut terms: Vec<Made> = Vec::new();
        let mut raws: Vec<(RawTerm, usize)> = Vec::new();
        let mut groups: Vec<(String, &Vec<RawTerm>)> = vec![("en".to_owned(), &c.en)];
        for (l, ts) in &c.langs {
            let lang = LANGS[*l].0.to_owned();
            if !groups.iter().any(|(g, _)| *g == lang) {
                groups.push((lang, ts));
            }
        }
        let can_retire = c.added.index(releases.len()) < last;
        for (lang, ts) in groups {
            let mut preferred = false;
            for (k, t) in ts.iter().enumerate() {
                let mut text = t.text.clone();
                if t.variant {
                    if let Some(prev) = terms.iter().rev().find(|m| m.lang == lang) {
                        text = prev.text.to_uppercase();
                    }
                }
                let text = fix(&text);
                let retired = t.retired && can_retire && !(lang == "en" && k == 0);
                let status = if retired {
                    "admitted"
                } else if !preferred && (lang == "en" || t.status.index(3) == 0) {
                    preferred = true;
                    "preferred"
                } else {
                    ["admitted", "use-with-caution", "avoid"][t.status.index(3)]
                };
                let mut text = text;
                let mut n = 2;
                while terms
                    .iter()
                    .any(|m| m.lang == lang && m.text == text && m.current != retired)
                {
                    text = format!("{text} {n}");
                    n += 1;
                }
                terms.push(Made {
                    lang: lang.clone(),
                    text,
                    status,
                    current: !retired,
                });
                raws.push((t.clone(), terms.len() - 1));
            }
        }
        made.push(terms);
        texts.push(raws);
    }
    // A replacement: a current preferred or admitted term of the language, in this concept or
    // an earlier one.
    let replacement = |made: &[Vec<Made>], ci: usize, ti: usize, pick: (bool, Index, Index)| {
        let lang = &made[ci][ti].lang;
        let (other, concept, term) = pick;
        let target = if other && ci > 0 {
            concept.index(ci)
        } else {
            ci
        };
        let candidates: Vec<&Made> = made[target]
            .iter()
            .enumerate()
            .filter(|(j, m)| {
                (target != ci || *j != ti)
                    && m.current
                    && m.lang == *lang
                    && matches!(m.status, "preferred" | "admitted")
            })
            .map(|(_, m)| m)
            .collect();
        if candidates.is_empty() {
            None
        } else {
            Some((
                candidates[term.index(candidates.len())].text.clone(),
                (target != ci).then_some(target),
            ))
        }
    };

    // Relations: every broader/narrower edge (child → broader concept) goes from a later
    // concept to an earlier one, and so does every replaced-by, so none is a cycle: a later
    // concept says it is narrower than an earlier one as the earlier one's `narrower`.
    let mut relations: Vec<Vec<(usize, usize)>> = vec![Vec::new(); raw.concepts.len()];
    for (ci, c) in raw.concepts.iter().enumerate().skip(1) {
        for (k, t) in &c.relations {
            let (kind, target) = (k.index(RELATIONS.len()), t.index(ci));
            let (on, pair) = if RELATIONS[kind] == "narrower" {
                (target, (kind, ci))
            } else {
                (ci, (kind, target))
            };
            if !relations[on].contains(&pair) {
                relations[on].push(pair);
            }
        }
    }
    let mut concepts = Vec::new();
    for (ci, c) in raw.concepts.iter().enumerate() {
        let id = &ids[ci];
        let added = c.added.index(releases.len());
        let mut history = vec![added];
        if c.modified && added < last {
            history.push(last);
        }
        let mut o = format!(
            "id = {}\ncategory = {}\nadded = {}\n",
            q(id),
            q(CATEGORIES[c.category.index(CATEGORIES.len())]),
            q(releases[added].0)
        );
        for (t, ti) in &texts[ci] {
            let m = &made[ci][*ti];
            let mut instead = t.instead.and_then(|p| replacement(&made, ci, *ti, p));
            let mut status = m.status;
            if status == "avoid" && instead.is_none() {
                status = "admitted";
            }
            if !matches!(status, "avoid" | "use-with-caution") || !m.current {
                instead = None;
            }
            o.push_str("\n[[term]]\n");
            o.push_str(&format!(
                "lang = {}\ntext = {}\nstatus = {}\n",
                q(&m.lang),
                q(&m.text),
                q(status)
            ));
            if let Some(a) = &t.abbreviation {
                o.push_str(&format!("abbreviation = {}\n", q(a)));
            }
            let mut grammar = Vec::new();
            if let Some(p) = t.pos {
                grammar.push(format!("pos = {}", q(POS[p.index(POS.len())])));
            }
            if let Some(g) = t.gender {
                grammar.push(format!("gender = {}", q(GENDERS[g.index(GENDERS.len())])));
            }
            if !grammar.is_empty() {
                o.push_str(&format!("grammar = {{ {} }}\n", grammar.join(", ")));
            }
            if let Some(n) = &t.note {
                o.push_str(&format!("note = {}\n", q(n)));
            }
            if let Some((text, concept)) = &instead {
                o.push_str(&format!("instead = {}\n", q(text)));
                if let Some(k) = concept {
                    o.push_str(&format!("instead_concept = {}\n", q(&ids[*k])));
                }
            }
            let why = match (&t.why, status) {
                (Some(w), _) => Some(w.clone()),
                (None, "avoid") => Some("It misleads.".to_owned()),
                _ => None,
            };
            if let Some(w) = why {
                o.push_str(&format!("why = {}\n", q(&w)));
            }
            if !t.legal.is_empty() {
                o.push_str("legal_term_of = [\n");
                for l in &t.legal {
                    o.push_str(&format!("  {},\n", cite(l, false)));
                }
                o.push_str("]\n");
            }
            if t.forms && m.text.chars().all(|c| c.is_ascii_lowercase() || c == ' ') {
                o.push_str(&format!("forms = [{}]\n", q(&format!("{}s", m.text))));
            }
            if !m.current {
                o.push_str(&format!("until = {}\n", q(releases[last].0)));
                if !history.contains(&last) {
                    history.push(last);
                }
            }
        }
        let current: Vec<&Made> = made[ci].iter().filter(|m| m.current).collect();
        let mut langs: Vec<&str> = current.iter().map(|m| m.lang.as_str()).collect();
        langs.dedup();
        for (l, text, source) in &c.definitions {
            let mut pool: Vec<&str> = langs.clone();
            pool.extend(OTHER_LANGS);
            o.push_str(&format!(
                "\n[[definition]]\nlang = {}\ntext = {}\nsource = {}\n",
                q(pool[l.index(pool.len())]),
                q(text),
                cite(source, false)
            ));
        }
        for g in &c.guidance {
            let gid = cite_fields(&g.cite, true)[0].1.clone();
            o.push_str(&format!("\n[[guidance]]\nguideline = {gid}\n"));
            if let Some(t) = g.term {
                let m = current[t.index(current.len())];
                o.push_str(&format!("term = {}\n", q(&m.text)));
                if m.lang != "en" {
                    o.push_str(&format!("term_lang = {}\n", q(&m.lang)));
                }
            }
            o.push_str(&format!(
                "advice = {}\n",
                q(ADVICE[g.advice.index(ADVICE.len())])
            ));
            let mut reasons: Vec<(String, String)> = Vec::new();
            for (l, text) in &g.reasons {
                let mut pool: Vec<&str> = vec!["en"];
                pool.extend(langs.iter().copied());
                pool.extend(OTHER_LANGS);
                let lang = pool[l.index(pool.len())];
                if !reasons.iter().any(|(x, _)| x == lang) {
                    reasons.push((lang.to_owned(), text.clone()));
                }
            }
            let reasons: Vec<String> = reasons
                .iter()
                .map(|(l, t)| format!("{} = {}", q(l), q(t)))
                .collect();
            o.push_str(&format!("reason = {{ {} }}\n", reasons.join(", ")));
            // The guideline's own citation: its instrument is the guideline (TBX carries the
            // citation only, and the importer reads the guideline from it).
            o.push_str(&format!("cite = {}\n", cite(&g.cite, true)));
        }
        for ct in &c.citations {
            o.push_str("\n[[citation]]\n");
            for (k, v) in cite_fields(ct, false) {
                o.push_str(&format!("{k} = {v}\n"));
            }
        }

        for (k, t) in &relations[ci] {
            o.push_str(&format!(
                "\n[[relation]]\nkind = {}\nconcept = {}\n",
                q(RELATIONS[*k]),
                q(&ids[*t])
            ));
        }
        history.sort_unstable();
        history.dedup();
        for h in history {
            o.push_str(&format!(
                "\n[[history]]\nrelease = {}\nsummary = \"Changed.\"\n",
                q(releases[h].0)
            ));
        }
        concepts.push((format!("concepts/{id}.toml"), o));
    }
    Folder { seed, concepts }
}
