//! A deterministic generator of synthetic multilingual glossaries and of query sets.
//!
//! No external data: pseudo-words are built from each language's syllables with a seeded PRNG.
//! Two shapes ([`Shape`]): terms of one to four words drawn from a skewed vocabulary that grows
//! with the glossary, or terms of two to five words from a fixed Zipf vocabulary of 2,400 words
//! per language, where a frequent word ("child", "sexual", …) recurs across a tenth of the terms
//! as in IATE, and 15% of the concepts have a second term in each language. Six languages per concept:
//! English, French and Spanish (Latin with diacritics and apostrophes), Russian (Cyrillic, with
//! ё), Arabic (with hamza forms, ta marbuta, alef maqsura and, in a fifth of the terms, harakat),
//! Chinese (Han, no spaces).

use std::collections::HashMap;

use luxterm_text::normalize::fold;
use unicode_normalization::UnicodeNormalization;

/// SplitMix64: small, fast, and the same on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * n as f64) as usize % n.max(1)
    }
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Skewed towards 0: a cheap stand-in for Zipf's law.
    pub fn skewed(&mut self, n: usize) -> usize {
        let u = self.unit();
        ((u * u * u) * n as f64) as usize % n.max(1)
    }
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

pub const LANGS: [&str; 6] = ["en", "fr", "es", "ru", "ar", "zh"];

struct Phonology {
    onsets: &'static [&'static str],
    vowels: &'static [&'static str],
    codas: &'static [&'static str],
    suffixes: &'static [&'static str],
    joiners: &'static [&'static str],
}

const EN: Phonology = Phonology {
    onsets: &[
        "b", "c", "ch", "d", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pr", "r", "s",
        "sh", "st", "t", "th", "tr", "v", "w", "z", "cl", "br",
    ],
    vowels: &["a", "e", "i", "o", "u", "ea", "ou", "io", "y"],
    codas: &["", "", "n", "r", "s", "l", "t", "m", "nd", "st", "x", "ck"],
    suffixes: &[
        "", "", "", "ation", "ment", "ity", "ing", "al", "ness", "er",
    ],
    joiners: &["of", "for", "and", "in"],
};

const FR: Phonology = Phonology {
    onsets: &[
        "b", "c", "ch", "d", "f", "g", "gr", "j", "l", "m", "n", "p", "pr", "r", "s", "t", "tr",
        "v", "qu", "pl",
    ],
    vowels: &[
        "a", "e", "é", "è", "ê", "i", "o", "ô", "u", "ou", "au", "eau", "ai", "î", "œu", "oi",
    ],
    codas: &["", "", "", "n", "r", "s", "l", "t", "m", "rt"],
    suffixes: &[
        "", "", "tion", "ité", "ement", "age", "ique", "eur", "ée", "ça",
    ],
    joiners: &["de", "du", "des", "d’", "l’", "sur", "à"],
};

const ES: Phonology = Phonology {
    onsets: &[
        "b", "c", "ch", "d", "f", "g", "gr", "j", "l", "ll", "m", "n", "ñ", "p", "pr", "r", "s",
        "t", "tr", "v",
    ],
    vowels: &[
        "a", "e", "i", "o", "u", "á", "é", "í", "ó", "ú", "ue", "ie", "ü",
    ],
    codas: &["", "", "", "n", "r", "s", "l"],
    suffixes: &["", "", "ción", "idad", "miento", "ía", "ero", "ista"],
    joiners: &["de", "del", "la", "en", "y"],
};

const RU: Phonology = Phonology {
    onsets: &[
        "б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х", "ц", "ч",
        "ш", "щ", "ст", "пр",
    ],
    vowels: &["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"],
    codas: &["", "", "й", "н", "р", "с", "т", "л"],
    suffixes: &["", "", "ние", "ость", "ство", "ый", "ая", "ое", "ик"],
    joiners: &["в", "и", "на", "для", "над"],
};

const AR_CONS: &[&str] = &[
    "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ", "ف",
    "ق", "ك", "ل", "م", "ن", "ه", "و", "ي",
];
const AR_LONG: &[&str] = &["", "", "ا", "و", "ي"];
const AR_HARAKAT: &[char] = &['\u{064E}', '\u{064F}', '\u{0650}', '\u{0652}', '\u{0651}'];
const AR_JOINERS: &[&str] = &["في", "على", "من", "إلى"];

/// The first Han characters of the CJK block are real characters; a pool of 2,500 with a skewed
/// distribution stands in for the common characters of terminology.
const HAN_POOL: u32 = 2500;

fn latin_word(rng: &mut Rng, p: &Phonology) -> String {
    let mut w = String::new();
    for _ in 0..1 + rng.below(3) {
        w.push_str(rng.pick(p.onsets));
        w.push_str(rng.pick(p.vowels));
        w.push_str(rng.pick(p.codas));
    }
    w.push_str(rng.pick(p.suffixes));
    w
}

fn arabic_word(rng: &mut Rng) -> String {
    let mut w = String::new();
    // Initial hamza forms and definite article, which users type inconsistently.
    match rng.below(6) {
        0 => w.push('أ'),
        1 => w.push('إ'),
        2 => w.push('آ'),
        _ => {}
    }
    for _ in 0..2 + rng.below(3) {
        w.push_str(rng.pick(AR_CONS));
        w.push_str(rng.pick(AR_LONG));
    }
    match rng.below(5) {
        0 => w.push('ة'),
        1 => w.push('ى'),
        _ => {}
    }
    w
}

fn vocabulary(rng: &mut Rng, lang: &str, size: usize) -> Vec<String> {
    let mut seen = HashMap::new();
    let mut out = Vec::with_capacity(size);
    while out.len() < size {
        let w = match lang {
            "en" => latin_word(rng, &EN),
            "fr" => latin_word(rng, &FR),
            "es" => latin_word(rng, &ES),
            "ru" => latin_word(rng, &RU),
            _ => arabic_word(rng),
        };
        if w.chars().count() >= 2 && seen.insert(fold(&w), ()).is_none() {
            out.push(w);
        }
    }
    out
}

fn joiners(lang: &str) -> &'static [&'static str] {
    match lang {
        "en" => EN.joiners,
        "fr" => FR.joiners,
        "es" => ES.joiners,
        "ru" => RU.joiners,
        _ => AR_JOINERS,
    }
}

fn term(rng: &mut Rng, lang: &str, vocab: &[String]) -> String {
    if lang == "zh" {
        let n = 3 + rng.below(6);
        return (0..n)
            .map(|_| char::from_u32(0x4E00 + rng.skewed(HAN_POOL as usize) as u32).unwrap_or('中'))
            .collect();
    }
    let words = match rng.below(20) {
        0..=2 => 1,
        3..=9 => 2,
        10..=15 => 3,
        _ => 4,
    };
    let mut t = String::new();
    for i in 0..words {
        if i > 0 {
            if words >= 3 && i == words - 1 && rng.chance(0.5) {
                let j = rng.pick(joiners(lang));
                t.push(' ');
                t.push_str(j);
                if !j.ends_with('’') {
                    t.push(' ');
                }
            } else {
                t.push(' ');
            }
        }
        t.push_str(&vocab[rng.skewed(vocab.len())]);
    }
    if lang == "ar" && rng.chance(0.2) {
        // Fully or partly vocalised, as in some legal texts.
        let mut v = String::new();
        for c in t.chars() {
            v.push(c);
            if c != ' ' && rng.chance(0.6) {
                v.push(rng.pick(AR_HARAKAT));
            }
        }
        t = v;
    }
    if rng.chance(0.05) {
        // An acronym-like uppercase term now and then.
        t = t.to_uppercase();
    }
    t.nfc().collect()
}

/// One synthetic term of concept `concept` in language `LANGS[lang]`.
pub struct Term {
    pub concept: u32,
    pub lang: &'static str,
    pub text: String,
}

/// A synthetic glossary: its terms (each concept's first term in each language of [`LANGS`],
/// in that order, then its second terms if any), and where each concept's terms start.
pub struct Glossary {
    pub terms: Vec<Term>,
    /// Concept `c` has terms `first[c]..first[c + 1]`, the first six one per language.
    pub first: Vec<usize>,
}

impl Glossary {
    pub fn concepts(&self) -> usize {
        self.first.len().saturating_sub(1)
    }
    /// The first term of concept `c` in `LANGS[lang]`.
    pub fn term(&self, c: usize, lang: usize) -> &Term {
        &self.terms[self.first[c] + lang]
    }
}

/// The corpus shapes (see BENCHMARKS.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// 1–4-word terms from a vocabulary that grows with the glossary (Heaps' law), one term per
    /// concept and language: posting lists stay short.
    Growing,
    /// 2–5-word terms from a fixed Zipf vocabulary of 2,400 words per language (so that the most
    /// frequent word is in about a tenth of the terms), and a second term in each language
    /// for 15% of the concepts (6.9 terms a concept): words recur across thousands of terms, as in IATE.
    Zipf,
}

impl Shape {
    pub fn name(self) -> &'static str {
        match self {
            Shape::Growing => "growing",
            Shape::Zipf => "zipf",
        }
    }
    pub fn parse(s: &str) -> Option<Shape> {
        match s {
            "growing" => Some(Shape::Growing),
            "zipf" => Some(Shape::Zipf),
            _ => None,
        }
    }
}

/// Words per language of the Zipf shape.
const ZIPF_VOCAB: usize = 2400;
/// Zipf–Mandelbrot offset: `P(rank r) ∝ 1 / (r + q)`, so the first word has ~2.8% of the draws,
/// and with 3.5 words a term it is in ~10% of the terms.
const ZIPF_Q: f64 = 5.0;

/// Cumulative Zipf–Mandelbrot weights over `n` ranks.
fn zipf_table(n: usize) -> Vec<f64> {
    let mut acc = 0.0;
    (0..n)
        .map(|r| {
            acc += 1.0 / (r as f64 + 1.0 + ZIPF_Q);
            acc
        })
        .collect()
}

fn zipf_pick(rng: &mut Rng, cum: &[f64]) -> usize {
    let total = cum.last().copied().unwrap_or(1.0);
    let u = rng.unit() * total;
    cum.partition_point(|&c| c < u).min(cum.len() - 1)
}

/// A Chinese "word": two or three Han characters from the skewed pool.
fn han_word(rng: &mut Rng) -> String {
    (0..2 + rng.below(2))
        .map(|_| char::from_u32(0x4E00 + rng.skewed(HAN_POOL as usize) as u32).unwrap_or('中'))
        .collect()
}

/// A Zipf-shape term: 2–5 words of the language's fixed vocabulary.
fn zipf_term(rng: &mut Rng, lang: &str, vocab: &[String], cum: &[f64]) -> String {
    let words = 2 + rng.below(4);
    let mut t = String::new();
    for i in 0..words {
        let w = &vocab[zipf_pick(rng, cum)];
        if lang == "zh" {
            t.push_str(w);
            continue;
        }
        if i > 0 {
            if words >= 3 && i == words - 1 && rng.chance(0.3) {
                let j = rng.pick(joiners(lang));
                t.push(' ');
                t.push_str(j);
                if !j.ends_with('’') {
                    t.push(' ');
                }
            } else {
                t.push(' ');
            }
        }
        t.push_str(w);
    }
    decorate(rng, lang, t)
}

/// Vocalises some Arabic terms and capitalises a few terms.
fn decorate(rng: &mut Rng, lang: &str, mut t: String) -> String {
    if lang == "ar" && rng.chance(0.2) {
        let mut v = String::new();
        for c in t.chars() {
            v.push(c);
            if c != ' ' && rng.chance(0.6) {
                v.push(rng.pick(AR_HARAKAT));
            }
        }
        t = v;
    }
    if lang != "zh" && rng.chance(0.05) {
        t = t.to_uppercase();
    }
    t.nfc().collect()
}

/// `concepts` concepts in the given shape.
pub fn glossary(concepts: usize, seed: u64, shape: Shape) -> Glossary {
    let mut rng = Rng::new(seed);
    let mut terms = Vec::with_capacity(concepts * LANGS.len() * 23 / 20);
    let mut first = Vec::with_capacity(concepts + 1);
    match shape {
        Shape::Growing => {
            // Vocabulary grows with the glossary, like real terminology (Heaps' law).
            let vsize = (200.0 * (concepts as f64).powf(0.5)).clamp(400.0, 60_000.0) as usize;
            let vocabs: Vec<Vec<String>> = LANGS
                .iter()
                .map(|l| {
                    if *l == "zh" {
                        Vec::new()
                    } else {
                        vocabulary(&mut rng, l, vsize)
                    }
                })
                .collect();
            for c in 0..concepts {
                first.push(terms.len());
                for (l, lang) in LANGS.iter().enumerate() {
                    terms.push(Term {
                        concept: c as u32,
                        lang,
                        text: term(&mut rng, lang, &vocabs[l]),
                    });
                }
            }
        }
        Shape::Zipf => {
            let vocabs: Vec<Vec<String>> = LANGS
                .iter()
                .map(|l| {
                    if *l == "zh" {
                        let mut seen = HashMap::new();
                        let mut out = Vec::with_capacity(ZIPF_VOCAB);
                        while out.len() < ZIPF_VOCAB {
                            let w = han_word(&mut rng);
                            if seen.insert(w.clone(), ()).is_none() {
                                out.push(w);
                            }
                        }
                        out
                    } else {
                        vocabulary(&mut rng, l, ZIPF_VOCAB)
                    }
                })
                .collect();
            let cum = zipf_table(ZIPF_VOCAB);
            for c in 0..concepts {
                first.push(terms.len());
                for (l, lang) in LANGS.iter().enumerate() {
                    terms.push(Term {
                        concept: c as u32,
                        lang,
                        text: zipf_term(&mut rng, lang, &vocabs[l], &cum),
                    });
                }
                for (l, lang) in LANGS.iter().enumerate() {
                    if rng.chance(0.15) {
                        // A second term (a synonym) in this language.
                        terms.push(Term {
                            concept: c as u32,
                            lang,
                            text: zipf_term(&mut rng, lang, &vocabs[l], &cum),
                        });
                    }
                }
            }
        }
    }
    first.push(terms.len());
    Glossary { terms, first }
}

/// A query with its unique expected concept.
pub struct Query {
    pub kind: &'static str,
    pub text: String,
    pub concept: u32,
}

pub const KINDS: [&str; 6] = [
    "exact",
    "prefix",
    "typo",
    "no-diacritics",
    "arabic-variant",
    "zh-substring",
];

fn compact(s: &str) -> String {
    fold(s).replace(' ', "")
}

/// `per_kind` queries of each kind, each with exactly one concept that answers it.
pub fn queries(g: &Glossary, per_kind: usize, seed: u64) -> Vec<Query> {
    let terms = &g.terms;
    let mut rng = Rng::new(seed);
    // Sorted compact keys → concepts, for uniqueness of exact and prefix answers.
    let mut keys: Vec<(String, u32)> = terms
        .iter()
        .map(|t| (compact(&t.text), t.concept))
        .collect();
    keys.sort_unstable();
    let concepts_with_prefix = |p: &str, cap: usize| -> usize {
        let lo = keys.partition_point(|(k, _)| k.as_str() < p);
        let mut seen: Vec<u32> = Vec::new();
        for (k, c) in keys[lo..].iter() {
            if !k.starts_with(p) {
                break;
            }
            if !seen.contains(c) {
                seen.push(*c);
                if seen.len() >= cap {
                    break;
                }
            }
        }
        seen.len()
    };
    let concepts_with_key = |p: &str| -> usize {
        let lo = keys.partition_point(|(k, _)| k.as_str() < p);
        let hi = keys.partition_point(|(k, _)| k.as_str() <= p);
        let mut cs: Vec<u32> = keys[lo..hi].iter().map(|(_, c)| *c).collect();
        cs.dedup();
        cs.len()
    };
    let zh: Vec<&Term> = terms.iter().filter(|t| t.lang == "zh").collect();
    let n_concepts = g.concepts();
    let mut out = Vec::new();
    for kind in KINDS {
        let mut made = 0;
        let mut tries = 0;
        while made < per_kind && tries < per_kind * 200 {
            tries += 1;
            let c = rng.below(n_concepts);
            let q: Option<String> = match kind {
                "exact" => {
                    let t = g.term(c, rng.below(6));
                    (concepts_with_key(&compact(&t.text)) == 1).then(|| t.text.clone())
                }
                "prefix" => {
                    let t = g.term(c, rng.below(5));
                    let chars: Vec<char> = t.text.chars().collect();
                    let mut n = (chars.len() * 6).div_ceil(10).max(4);
                    let mut found = None;
                    while n < chars.len() {
                        let p: String = chars[..n].iter().collect();
                        let k = compact(&p);
                        if k.chars().count() >= 4 && concepts_with_prefix(&k, 2) == 1 {
                            found = Some(p);
                            break;
                        }
                        n += 1;
                    }
                    found
                }
                "typo" => {
                    let t = g.term(c, rng.below(4));
                    let chars: Vec<char> = t.text.chars().collect();
                    let letters: Vec<usize> = (0..chars.len())
                        .filter(|&i| chars[i].is_alphabetic())
                        .collect();
                    if letters.len() < 6 || concepts_with_key(&compact(&t.text)) != 1 {
                        None
                    } else {
                        let i = letters[rng.below(letters.len())];
                        let mut v = chars.clone();
                        let alphabet: Vec<char> = chars
                            .iter()
                            .copied()
                            .filter(|c| c.is_alphabetic())
                            .collect();
                        match rng.below(4) {
                            0 => v[i] = rng.pick(&alphabet),
                            1 => {
                                v.remove(i);
                            }
                            2 => v.insert(i, rng.pick(&alphabet)),
                            _ => {
                                if i + 1 < v.len() && v[i + 1].is_alphabetic() {
                                    v.swap(i, i + 1)
                                } else {
                                    v.remove(i);
                                }
                            }
                        }
                        let q: String = v.into_iter().collect();
                        let k = compact(&q);
                        (k != compact(&t.text) && concepts_with_prefix(&k, 1) == 0).then_some(q)
                    }
                }
                "no-diacritics" => {
                    let t = g.term(c, 1 + rng.below(2));
                    let plain: String = t
                        .text
                        .nfd()
                        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
                        .collect();
                    (plain != t.text && concepts_with_key(&compact(&t.text)) == 1).then_some(plain)
                }
                "arabic-variant" => {
                    let t = g.term(c, 4);
                    let plain: String = t
                        .text
                        .chars()
                        .filter(|c| !('\u{064B}'..='\u{0652}').contains(c))
                        .map(|c| match c {
                            'أ' | 'إ' | 'آ' => 'ا',
                            'ة' => 'ه',
                            'ى' => 'ي',
                            c => c,
                        })
                        .collect();
                    (plain != t.text && concepts_with_key(&compact(&t.text)) == 1).then_some(plain)
                }
                _ => {
                    let t = g.term(c, 5);
                    let chars: Vec<char> = t.text.chars().collect();
                    let mut found = None;
                    for len in 2..=4 {
                        if chars.len() < len + 1 {
                            break;
                        }
                        let s = 1 + rng.below(chars.len() - len);
                        let sub: String = chars[s..s + len].iter().collect();
                        let mut count = 0;
                        for z in &zh {
                            if z.text.contains(&sub) {
                                count += 1;
                                if count > 1 {
                                    break;
                                }
                            }
                        }
                        if count == 1 {
                            found = Some(sub);
                            break;
                        }
                    }
                    found
                }
            };
            if let Some(text) = q {
                out.push(Query {
                    kind,
                    text,
                    concept: c as u32,
                });
                made += 1;
            }
        }
    }
    out
}
