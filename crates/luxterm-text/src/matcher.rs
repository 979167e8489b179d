//! Whole-word phrase matching in running text, on search keys, with spans in the original text.
//!
//! [`PhraseMatcher`] finds many phrases at once (a glossary's terms, their inflected forms, the
//! titles of instruments) in a text of any length, in one pass: the text is folded as the search
//! keys of [`normalize`](crate::normalize) are (case, diacritics, Arabic letter variants, width
//! forms, ignorables), one automaton ([`aho_corasick`]) runs over the folded text, and every match
//! is reported with its byte span in the **original** text.
//!
//! ```
//! use luxterm_text::matcher::PhraseMatcher;
//!
//! let m = PhraseMatcher::new(["child pornography", "pédopornographie", "儿童色情制品"]).unwrap();
//! let text = "Say CHILD\u{00A0}Pornography? Non : « pedo-pornographie ». 禁止儿童色情制品。";
//! let found: Vec<_> = m.find(text).iter().map(|f| (f.start, f.end, m.patterns(f)[0])).collect();
//! assert_eq!(found, vec![(4, 22, 0), (33, 50, 1), (61, 79, 2)]);
//! assert_eq!(&text[4..22], "CHILD\u{00A0}Pornography");
//! assert_eq!(&text[33..50], "pedo-pornographie");
//! assert_eq!(&text[61..79], "儿童色情制品");
//! ```
//!
//! # How text is folded
//!
//! Each character is folded on its own by the pipeline of [`normalize::fold`](crate::normalize::fold)
//! without its last step (NFC recomposition): ignorables removed, NFKD, full case folding,
//! diacritics and Arabic marks dropped, Arabic letter variants unified. Folding character by
//! character is what lets every folded byte point back at the character it came from (an offset
//! map). For the scripts whose marks are dropped (Latin, Greek, Cyrillic, Arabic, Hebrew) and for
//! Han the result is the compact search key of [`normalize`](crate::normalize) itself; for
//! scripts whose marks are kept and recompose (Hangul, kana with voicing marks) it is the same key
//! in decomposed form, on both sides of the comparison. Patterns are folded by the same function
//! as the text, so the two always agree. Folded results are cached per block of 256 code points,
//! computed on first use.
//!
//! Characters between words are *separators*, of two strengths:
//!
//! * **soft**: whitespace (line breaks included), hyphens and apostrophes. Like search keys,
//!   matching ignores them: `pédo-pornographie`, `pedo pornographie` and `pédopornographie` are
//!   one key, and a term wrapped across two lines is found.
//! * **hard**: every other punctuation mark, symbol or control character. A match never crosses
//!   one that its pattern does not have at the same place: `a child. Pornography` is not
//!   `child pornography`, but `sale of children, child prostitution` matches the same words with a
//!   semicolon instead of the comma.
//!
//! # Whole words, by UAX #29
//!
//! A match must start and end on a word boundary: at the start or end of the text, next to a
//! separator, or at a boundary of Unicode's word segmentation (UAX #29, `unicode-segmentation`).
//! Scripts written without spaces (Han, kana) have a boundary between every two characters, so
//! `儿童色情制品` is found inside `禁止儿童色情制品的法律` without spaces; in Latin, Cyrillic or Arabic
//! script `porn` is not found inside `pornography`. Bidi controls and zero-width characters inside a
//! word are ignored (UAX #29 ignores them too), so they neither hide nor split a term.
//!
//! # Leftmost-longest among whole words
//!
//! The automaton reports every match, overlapping ones included (`aho-corasick` with
//! `MatchKind::Standard`); the matches that are not whole words are dropped, and of the rest the
//! leftmost-longest non-overlapping ones are kept. Filtering before choosing matters: with
//! aho-corasick's own leftmost-longest, a longer match that ends inside a word would hide a
//! shorter whole-word match at the same place. Keeping the longest is how a caller keeps a term
//! out of the findings when it is part of a longer phrase it also searches for (a term to avoid
//! inside a preferred term: put both in the pattern set).
//!
//! # Cost
//!
//! Linear in the text: one fold, one pass of the automaton, a sort of the whole-word matches.
//! Text in alphabetic scripts and Han is folded without running the UAX #29 segmenter, whose
//! boundaries there follow from the characters alone; other text is segmented.
//! Memory is bounded: texts longer than 1 MiB are processed in pieces cut at a line break or a
//! space, each piece overlapping the previous one by 4 KiB so that no match across a cut is lost
//! (a match longer than 4 KiB of original text across a cut would be; no phrase is that long).

use crate::normalize::{fold_char, fold_special, is_ignorable, nfkd};
use aho_corasick::{AhoCorasick, MatchKind};
use core::fmt;
use std::collections::HashMap;
use std::sync::OnceLock;
use unicode_segmentation::UnicodeSegmentation;

/// Set in [`Scratch::starts`] on the first folded byte of a word (a boundary before it).
const FLAG: u32 = 1 << 31;
/// The folded byte standing for a hard separator (no pattern character folds to a control).
const HARD: u8 = b'\n';
/// The longest piece of text folded at once.
const CHUNK: usize = 1 << 20;
/// How much consecutive pieces overlap.
const OVERLAP: usize = 4096;
/// Code points per cached block of the fold table.
const BLOCK: u32 = 256;

/// What a character is to the matcher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Part of a word: its folded form goes into the key. Between two such characters UAX #29
    /// never breaks (letters, digits and marks of alphabetic scripts).
    Key,
    /// Part of a word, with a UAX #29 boundary on both sides whatever its neighbours (Han
    /// ideographs, hiragana): one character, one word.
    KeyIsolated,
    /// Part of a word too, but whether UAX #29 breaks next to it depends on its neighbours
    /// (katakana, kept combining marks …): text with such characters is segmented by
    /// `unicode-segmentation`.
    KeySegmented,
    /// Whitespace, hyphen, apostrophe: a separator that matching ignores.
    Soft,
    /// Other punctuation, symbols, controls: a separator that a match does not cross.
    Hard,
    /// A diacritic (or tatweel) that folding drops: belongs to the character before it.
    Mark,
    /// A zero-width or bidi control: ignored.
    Ignore,
}

/// The folded form of one character: its class and its key bytes in a block's pool.
#[derive(Debug, Clone, Copy)]
struct Entry {
    class: Class,
    at: u32,
    len: u8,
}

/// The fold of 256 consecutive code points.
#[derive(Debug)]
struct Block {
    entries: Vec<Entry>,
    pool: String,
}

/// A whole-word match: the byte span of the original text and the key that matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct PhraseMatch {
    /// Byte offset of the first character of the match in the original text.
    pub start: usize,
    /// Byte offset just after its last character (combining marks after it included).
    pub end: usize,
    /// The matched key; [`PhraseMatcher::patterns`] gives the patterns that fold to it.
    pub key: u32,
}

/// Why a matcher could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum MatcherError {
    /// The automaton over the patterns could not be built (too many or too long patterns).
    Automaton(String),
}

impl fmt::Display for MatcherError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MatcherError::Automaton(e) => write!(f, "cannot build the phrase automaton: {e}"),
        }
    }
}

impl std::error::Error for MatcherError {}

/// Reusable buffers for [`PhraseMatcher::find_into`] (the folded text and its offset map).
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    key: Vec<u8>,
    /// For each folded byte: the original offset of its character, with [`FLAG`].
    starts: Vec<u32>,
    /// For each folded byte: the original offset just after its character (and marks).
    ends: Vec<u32>,
    candidates: Vec<(u32, u32, u32)>,
}

/// Finds many phrases at once in running text: whole words, folded keys, original spans.
///
/// Build it once (the automaton and the fold table are the expensive part) and reuse it.
#[derive(Debug)]
pub struct PhraseMatcher {
    automaton: Option<AhoCorasick>,
    /// The fold of ASCII, by byte.
    ascii: [(Class, u8); 128],
    /// The fold of every other code point, by block, filled on first use.
    blocks: Vec<OnceLock<Box<Block>>>,
    /// Per key: the indices of the patterns that fold to it.
    key_patterns: Vec<Vec<u32>>,
    /// Per pattern: its key, if it folds to a non-empty one.
    pattern_keys: Vec<Option<u32>>,
}

enum Pending {
    /// Inside a word: no boundary before the next character.
    None,
    /// A word boundary without separator (UAX #29 between two Han characters; a text start).
    Inner,
    /// A soft separator.
    Soft,
    /// A hard separator.
    Hard,
}

impl PhraseMatcher {
    /// Builds a matcher over `patterns`. A pattern's index in the iteration is its id in
    /// [`patterns`](Self::patterns); patterns that fold to nothing (punctuation only) never match.
    ///
    /// ```
    /// use luxterm_text::matcher::PhraseMatcher;
    ///
    /// let m = PhraseMatcher::new(["child porn", "child pornography", "--"]).unwrap();
    /// // Whole words only: "child porn" is not reported inside "child pornography".
    /// let found = m.find("child pornography, child porn");
    /// assert_eq!(found.iter().map(|f| (f.start, f.end)).collect::<Vec<_>>(), [(0, 17), (19, 29)]);
    /// assert_eq!(m.patterns(&found[0]), [1]);
    /// assert_eq!(m.patterns(&found[1]), [0]);
    /// ```
    pub fn new<I, S>(patterns: I) -> Result<PhraseMatcher, MatcherError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut m = PhraseMatcher {
            automaton: None,
            ascii: [(Class::Hard, 0); 128],
            blocks: (0..(0x11_0000 / BLOCK)).map(|_| OnceLock::new()).collect(),
            key_patterns: Vec::new(),
            pattern_keys: Vec::new(),
        };
        for (b, slot) in m.ascii.iter_mut().enumerate() {
            let c = char::from(u8::try_from(b).unwrap_or(0));
            let (class, folded) = fold_one(c);
            *slot = (class, folded.bytes().next().unwrap_or(0));
        }
        let mut keys: Vec<Vec<u8>> = Vec::new();
        let mut by_key: HashMap<Vec<u8>, u32> = HashMap::new();
        let mut scratch = Scratch::default();
        for (i, p) in patterns.into_iter().enumerate() {
            let pattern = u32::try_from(i).unwrap_or(u32::MAX);
            m.fold_into(p.as_ref(), &mut scratch);
            let key = trim_hard(&scratch.key);
            if key.is_empty() {
                m.pattern_keys.push(None);
                continue;
            }
            let id = match by_key.get(key) {
                Some(&id) => id,
                None => {
                    let id = u32::try_from(keys.len()).unwrap_or(u32::MAX);
                    by_key.insert(key.to_vec(), id);
                    keys.push(key.to_vec());
                    m.key_patterns.push(Vec::new());
                    id
                }
            };
            if let Some(list) = usize::try_from(id)
                .ok()
                .and_then(|k| m.key_patterns.get_mut(k))
            {
                list.push(pattern);
            }
            m.pattern_keys.push(Some(id));
        }
        if !keys.is_empty() {
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&keys)
                .map_err(|e| MatcherError::Automaton(e.to_string()))?;
            m.automaton = Some(ac);
        }
        Ok(m)
    }

    /// The ids of the patterns that fold to the key of `m` (at least one).
    pub fn patterns(&self, m: &PhraseMatch) -> &[u32] {
        usize::try_from(m.key)
            .ok()
            .and_then(|k| self.key_patterns.get(k))
            .map_or(&[], Vec::as_slice)
    }

    /// The key a pattern was folded to, if it has one.
    pub fn pattern_key(&self, pattern: u32) -> Option<u32> {
        usize::try_from(pattern)
            .ok()
            .and_then(|p| self.pattern_keys.get(p))
            .copied()
            .flatten()
    }

    /// The number of distinct keys.
    pub fn key_count(&self) -> usize {
        self.key_patterns.len()
    }

    /// The folded key of `text` as this matcher compares it: no soft separators, `\n` for each run
    /// of hard ones.
    ///
    /// ```
    /// use luxterm_text::matcher::PhraseMatcher;
    ///
    /// let m = PhraseMatcher::new(["x"]).unwrap();
    /// assert_eq!(m.key("Pédo-pornographie"), "pedopornographie");
    /// assert_eq!(m.key("ДЕТСКОЙ порнографии"), "детскоипорнографии"); // й folds to и, as in search
    /// assert_eq!(m.key("a child. Pornography"), "achild\npornography");
    /// assert_eq!(m.key("ＣＳＡＭ"), "csam");
    /// ```
    pub fn key(&self, text: &str) -> String {
        let mut scratch = Scratch::default();
        self.fold_into(text, &mut scratch);
        String::from_utf8_lossy(&scratch.key).into_owned()
    }

    /// Bytes of heap the automaton uses (the fold table's blocks come on top: about 2 KiB for each
    /// block of 256 code points the texts have used).
    pub fn memory_usage(&self) -> usize {
        let automaton = self.automaton.as_ref().map_or(0, AhoCorasick::memory_usage);
        let table = self.blocks.capacity() * core::mem::size_of::<OnceLock<Box<Block>>>();
        let blocks: usize = self
            .blocks
            .iter()
            .filter_map(OnceLock::get)
            .map(|b| b.entries.capacity() * core::mem::size_of::<Entry>() + b.pool.capacity())
            .sum();
        let keys: usize = self
            .key_patterns
            .iter()
            .map(|k| k.capacity() * 4 + 24)
            .sum();
        automaton + table + blocks + keys + self.pattern_keys.capacity() * 8
    }

    /// All whole-word, leftmost-longest, non-overlapping matches in `text`, in order.
    pub fn find(&self, text: &str) -> Vec<PhraseMatch> {
        let mut out = Vec::new();
        self.find_into(text, &mut Scratch::default(), &mut out);
        out
    }

    /// [`find`](Self::find), appending to `out` and reusing `scratch` across calls.
    pub fn find_into(&self, text: &str, scratch: &mut Scratch, out: &mut Vec<PhraseMatch>) {
        if self.automaton.is_none() || text.is_empty() {
            return;
        }
        let mut pos = 0;
        let mut last_end = 0;
        while pos < text.len() {
            let (cut, next) = chunk_bounds(text, pos);
            let Some(piece) = text.get(pos..cut) else {
                return;
            };
            let first = out.len();
            self.find_in_piece(piece, pos, scratch, out);
            // Keep what this piece saw completely; the next piece sees the rest again.
            let mut kept = first;
            for i in first..out.len() {
                let Some(&m) = out.get(i) else { break };
                if m.start < last_end || (next < text.len() && m.start >= next) {
                    continue;
                }
                if let Some(slot) = out.get_mut(kept) {
                    *slot = m;
                }
                kept += 1;
                last_end = m.end;
            }
            out.truncate(kept);
            if next <= pos {
                return;
            }
            pos = next;
        }
    }

    fn find_in_piece(
        &self,
        piece: &str,
        base: usize,
        scratch: &mut Scratch,
        out: &mut Vec<PhraseMatch>,
    ) {
        let Some(ac) = &self.automaton else { return };
        self.fold_into(piece, scratch);
        let Scratch {
            key,
            starts,
            ends,
            candidates,
        } = scratch;
        candidates.clear();
        let Ok(iter) = ac.try_find_overlapping_iter(key.as_slice()) else {
            return;
        };
        let boundary =
            |at: usize| at >= starts.len() || starts.get(at).is_some_and(|s| s & FLAG != 0);
        for m in iter {
            if boundary(m.start()) && boundary(m.end()) {
                let (Ok(a), Ok(b)) = (u32::try_from(m.start()), u32::try_from(m.end())) else {
                    continue;
                };
                candidates.push((a, b, m.pattern().as_u32()));
            }
        }
        candidates.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
        let mut until = 0;
        for &(a, b, k) in candidates.iter() {
            if a < until {
                continue;
            }
            until = b;
            let start = starts.get(a as usize).map(|s| s & !FLAG);
            let end = b.checked_sub(1).and_then(|l| ends.get(l as usize));
            if let (Some(start), Some(&end)) = (start, end) {
                out.push(PhraseMatch {
                    start: base + start as usize,
                    end: base + end as usize,
                    key: k,
                });
            }
        }
    }

    /// Folds `text` into `scratch`: the key bytes and, for each, its original span and boundary.
    fn fold_into(&self, text: &str, s: &mut Scratch) {
        s.key.clear();
        s.starts.clear();
        s.ends.clear();
        let mut pending = Pending::Inner;
        if text.is_ascii() {
            for (i, b) in text.bytes().enumerate() {
                let (class, k) = self
                    .ascii
                    .get(usize::from(b))
                    .copied()
                    .unwrap_or((Class::Hard, 0));
                let at = u32::try_from(i).unwrap_or(u32::MAX);
                match class {
                    Class::Key => {
                        push(s, &mut pending, &[k], at, at + 1);
                    }
                    Class::Soft => soften(&mut pending),
                    Class::Hard => pending = Pending::Hard,
                    Class::Mark | Class::Ignore | Class::KeySegmented | Class::KeyIsolated => {}
                }
            }
            return;
        }
        if !self.fold_alphabetic(text, s) {
            self.fold_segmented(text, s);
        }
    }

    /// The general path: words by UAX #29 (`unicode-segmentation`).
    fn fold_segmented(&self, text: &str, s: &mut Scratch) {
        s.key.clear();
        s.starts.clear();
        s.ends.clear();
        let mut pending = Pending::Inner;
        let mut last_char = 0;
        // Search removes ignorables before segmenting; UAX #29 breaks around the few that are
        // not Format (U+200B ZERO WIDTH SPACE): across such a segment, two letters of alphabetic
        // scripts stay one word, as they would once it is removed.
        let mut previous = Class::Hard;
        let mut ignored_since = false;
        for (seg_at, seg) in text.split_word_bound_indices() {
            let first = seg.chars().next().map_or(Class::Hard, |c| self.class(c));
            // A segment of ignorables decides nothing: the next segment does.
            let glued = first == Class::Ignore
                || (ignored_since && previous == Class::Key && first == Class::Key);
            if matches!(pending, Pending::None) && !glued {
                pending = Pending::Inner;
            }
            for (ci, c) in seg.char_indices() {
                self.fold_char_into(s, &mut pending, &mut last_char, seg_at + ci, c);
                match self.class(c) {
                    Class::Ignore => ignored_since = true,
                    // Marks extend the character before them (UAX #29's Extend).
                    Class::Mark => {}
                    class => {
                        previous = class;
                        ignored_since = false;
                    }
                }
            }
        }
    }

    fn class(&self, c: char) -> Class {
        if c.is_ascii() {
            self.ascii.get(c as usize).map_or(Class::Hard, |e| e.0)
        } else {
            self.lookup(c).0
        }
    }

    /// The fast path for text whose word characters are letters and digits of alphabetic
    /// scripts (no UAX #29 boundary can fall between two of them) or Han ideographs and hiragana
    /// (a boundary on both sides of each): separators and those characters alone cut words, the
    /// same result as segmenting without the segmenter (a property test checks it). Returns `false`, with `s` half-filled, at the first
    /// character that needs segmenting.
    fn fold_alphabetic(&self, text: &str, s: &mut Scratch) -> bool {
        let mut pending = Pending::Inner;
        let mut last_char = 0;
        for (i, c) in text.char_indices() {
            if !self.fold_char_into(s, &mut pending, &mut last_char, i, c) {
                return false;
            }
        }
        true
    }

    /// Folds one character at byte `i` into `s`; `false` if it needs segmenting (and is folded).
    fn fold_char_into(
        &self,
        s: &mut Scratch,
        pending: &mut Pending,
        last_char: &mut usize,
        i: usize,
        c: char,
    ) -> bool {
        let at = u32::try_from(i).unwrap_or(u32::MAX);
        let end = at.saturating_add(u32::try_from(c.len_utf8()).unwrap_or(4));
        let one: [u8; 1];
        let (class, folded) = if c.is_ascii() {
            let (class, k) = self
                .ascii
                .get(c as usize)
                .copied()
                .unwrap_or((Class::Hard, 0));
            one = [k];
            (class, &one[..])
        } else {
            let (class, f) = self.lookup(c);
            (class, f.0.as_bytes())
        };
        match class {
            Class::Key | Class::KeySegmented => {
                push(s, pending, folded, at, end);
                *last_char = s.key.len().saturating_sub(folded.len());
            }
            Class::KeyIsolated => {
                if matches!(pending, Pending::None) {
                    *pending = Pending::Inner;
                }
                push(s, pending, folded, at, end);
                *last_char = s.key.len().saturating_sub(folded.len());
                *pending = Pending::Inner;
            }
            Class::Mark => {
                if let Some(tail) = s.ends.get_mut(*last_char..) {
                    tail.iter_mut().for_each(|e| *e = end);
                }
            }
            Class::Soft => soften(pending),
            Class::Hard => *pending = Pending::Hard,
            Class::Ignore => {}
        }
        class != Class::KeySegmented
    }

    /// The fold of a non-ASCII character, from its block (computed on first use).
    fn lookup(&self, c: char) -> (Class, FoldedRef<'_>) {
        let cp = u32::from(c);
        let block = self
            .blocks
            .get((cp / BLOCK) as usize)
            .map(|slot| slot.get_or_init(|| Box::new(build_block(cp / BLOCK))));
        let Some(block) = block else {
            return (Class::Hard, FoldedRef(""));
        };
        match block.entries.get((cp % BLOCK) as usize) {
            Some(e) => {
                let at = e.at as usize;
                let text = block.pool.get(at..at + usize::from(e.len)).unwrap_or("");
                (e.class, FoldedRef(text))
            }
            None => (Class::Hard, FoldedRef("")),
        }
    }
}

/// A borrowed folded form.
struct FoldedRef<'a>(&'a str);

fn soften(pending: &mut Pending) {
    if !matches!(pending, Pending::Hard) {
        *pending = Pending::Soft;
    }
}

/// Appends one character's key bytes, preceded by a hard separator if one is pending.
fn push(s: &mut Scratch, pending: &mut Pending, bytes: &[u8], at: u32, end: u32) {
    let boundary = !matches!(pending, Pending::None);
    if matches!(pending, Pending::Hard) && !s.key.is_empty() {
        s.key.push(HARD);
        s.starts.push(at | FLAG);
        s.ends.push(at);
    }
    for (i, &b) in bytes.iter().enumerate() {
        s.key.push(b);
        s.starts
            .push(if i == 0 && boundary { at | FLAG } else { at });
        s.ends.push(end);
    }
    *pending = Pending::None;
}

fn trim_hard(key: &[u8]) -> &[u8] {
    let start = key.iter().position(|&b| b != HARD).unwrap_or(key.len());
    let end = key
        .iter()
        .rposition(|&b| b != HARD)
        .map_or(start, |e| e + 1);
    key.get(start..end).unwrap_or(&[])
}

/// Where the piece of `text` starting at `pos` ends, and where the next one starts.
fn chunk_bounds(text: &str, pos: usize) -> (usize, usize) {
    if text.len() - pos <= CHUNK {
        return (text.len(), text.len());
    }
    let limit = floor_char(text, pos + CHUNK);
    let bytes = text.as_bytes();
    let window = bytes.get(pos + CHUNK / 2..limit).unwrap_or(&[]);
    let cut = match window.iter().rposition(|&b| b == b'\n') {
        Some(i) => pos + CHUNK / 2 + i + 1,
        None => match window.iter().rposition(|&b| b == b' ') {
            Some(i) => pos + CHUNK / 2 + i + 1,
            None => limit,
        },
    };
    let back = floor_char(text, cut.saturating_sub(OVERLAP));
    let next = match bytes
        .get(back..cut)
        .and_then(|w| w.iter().position(|b| b.is_ascii_whitespace()))
    {
        Some(i) => back + i + 1,
        None => back,
    };
    (cut, next.max(pos + 1).min(cut))
}

fn floor_char(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn build_block(block: u32) -> Block {
    let mut entries = Vec::with_capacity(BLOCK as usize);
    let mut pool = String::new();
    for cp in block * BLOCK..(block + 1) * BLOCK {
        let (class, folded) = char::from_u32(cp).map_or((Class::Hard, String::new()), fold_one);
        let at = u32::try_from(pool.len()).unwrap_or(u32::MAX);
        let len = u8::try_from(folded.len()).unwrap_or(0);
        if len > 0 {
            pool.push_str(&folded);
        }
        entries.push(Entry { class, at, len });
    }
    Block { entries, pool }
}

/// The class and key characters of one character (see the module documentation).
fn fold_one(c: char) -> (Class, String) {
    if is_ignorable(c) {
        return (Class::Ignore, String::new());
    }
    if c.is_whitespace() {
        return (Class::Soft, String::new());
    }
    if c.is_control() {
        return (Class::Hard, String::new());
    }
    let mut buf = [0u8; 4];
    let decomposed = nfkd(c.encode_utf8(&mut buf));
    let folded: String = decomposed
        .chars()
        .flat_map(char::to_lowercase)
        .flat_map(fold_special)
        .collect();
    let bare: String = nfkd(&folded).chars().filter_map(fold_char).collect();
    let kept: String = bare.chars().filter(|&r| is_word_char(r)).collect();
    if !kept.is_empty() {
        // Does UAX #29 keep it inside a word of letters on both sides, or cut it out of any?
        let words = |probe: String| probe.split_word_bounds().count();
        let class = if !c.is_alphanumeric() {
            Class::KeySegmented
        } else if words(format!("a{c}a")) == 1 {
            Class::Key
        } else if words(format!("a{c}")) == 2
            && words(format!("{c}a")) == 2
            && words(format!("{c}{c}")) == 2
            && words(format!("1{c}")) == 2
            && words(format!("{c}1")) == 2
        {
            Class::KeyIsolated
        } else {
            Class::KeySegmented
        };
        return (class, kept);
    }
    if bare.is_empty() {
        return (Class::Mark, String::new());
    }
    if decomposed.chars().all(|r| r.is_whitespace() || is_soft(r)) || bare.trim().is_empty() {
        return (Class::Soft, String::new());
    }
    (Class::Hard, String::new())
}

/// Hyphens and apostrophes: separators that matching ignores.
fn is_soft(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            | '\u{2011}'
            | '\''
            | '\u{2018}'
            | '\u{2019}'
            | '\u{02BC}'
            | '\u{02BB}'
            | '_'
            | '\u{00B7}'
    )
}

/// A letter, digit or a mark kept by folding (one that UAX #29 keeps in the word before it).
fn is_word_char(c: char) -> bool {
    if c.is_alphanumeric() {
        return true;
    }
    if c.is_whitespace() || c.is_control() || c.is_ascii() {
        return false;
    }
    let mut probe = String::from("a");
    probe.push(c);
    probe.split_word_bounds().count() == 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    fn spans(m: &PhraseMatcher, text: &str) -> Vec<(usize, usize, u32)> {
        m.find(text)
            .iter()
            .map(|f| (f.start, f.end, m.patterns(f)[0]))
            .collect()
    }

    #[test]
    fn same_keys_as_search_for_the_glossary_scripts() {
        let m = PhraseMatcher::new(["x"]).unwrap();
        for s in [
            "Pédopornographie",
            "ПОРНОГРАФИЯ ещё",
            "اِسْتِغْلَال الأَطْفَال",
            "儿童色情制品",
            "ＣＳＡＭ",
            "STRAẞE",
            "explotación sexual de niños",
            "ﬁlm",
            "ab\u{200B}use",
        ] {
            assert_eq!(m.key(s), fold(s).replace(' ', ""), "{s:?}");
        }
    }

    #[test]
    fn spans_are_in_the_original_text() {
        let m = PhraseMatcher::new(["pornografía infantil", "детская порнография"]).unwrap();
        // Decomposed accent, non-breaking space, upper case.
        let text = "La PORNOGRAFI\u{0301}A\u{00A0}INFANTIL\u{0301}.";
        assert_eq!(spans(&m, text), [(3, 28, 0)]);
        assert_eq!(&text[3..28], "PORNOGRAFI\u{0301}A\u{00A0}INFANTIL\u{0301}");
        let text = "Это «Детская порнография».";
        let f = spans(&m, text);
        assert_eq!(&text[f[0].0..f[0].1], "Детская порнография");
    }

    #[test]
    fn hard_separators_are_not_crossed() {
        let m = PhraseMatcher::new(["child pornography", "sale of children, child prostitution"])
            .unwrap();
        assert!(m.find("a child. Pornography is").is_empty());
        assert!(m.find("the child (pornography)").is_empty());
        assert_eq!(spans(&m, "child\n  pornography"), [(0, 19, 0)]);
        assert_eq!(spans(&m, "child-pornography"), [(0, 17, 0)]);
        assert_eq!(
            spans(&m, "the sale of children; child prostitution"),
            [(4, 40, 1)]
        );
        assert!(m.find("the sale of children child prostitution").is_empty());
    }

    #[test]
    fn whole_words_only() {
        let m = PhraseMatcher::new(["porn", "exploitation"]).unwrap();
        assert!(m.find("pornography").is_empty());
        assert!(m.find("sexploitation").is_empty());
        assert_eq!(spans(&m, "l’exploitation"), [(4, 16, 1)]);
        assert_eq!(spans(&m, "PORN!"), [(0, 4, 0)]);
    }

    #[test]
    fn a_shorter_whole_word_match_is_not_hidden_by_a_longer_partial_one() {
        let m =
            PhraseMatcher::new(["sexual exploitation", "sexual exploitation of children"]).unwrap();
        assert_eq!(spans(&m, "sexual exploitation of childrenx"), [(0, 19, 0)]);
        assert_eq!(spans(&m, "sexual exploitation of children"), [(0, 31, 1)]);
    }

    #[test]
    fn han_without_spaces_and_bidi_controls_inside_words() {
        let m = PhraseMatcher::new(["儿童色情制品", "child pornography", "مواد إباحية"]).unwrap();
        let text = "各国应禁止儿童色情制品。";
        assert_eq!(spans(&m, text), [(15, 33, 0)]);
        let text = "chi\u{200B}ld porno\u{202E}graphy";
        assert_eq!(spans(&m, text), [(0, text.len(), 1)]);
        // Mixed scripts inside a word are not a word boundary.
        assert!(m.find("xchild pornography").is_empty());
        assert!(m.find("дchild pornography").is_empty());
        let text = "مَوادّ إباحيّة";
        assert_eq!(spans(&m, text), [(0, text.len(), 2)]);
    }

    #[test]
    fn long_texts_are_cut_without_losing_matches() {
        let m = PhraseMatcher::new(["child pornography"]).unwrap();
        let unit = "word child pornography and more words\n";
        let text = unit.repeat(3 * CHUNK / unit.len() + 7);
        let found = m.find(&text);
        assert_eq!(found.len(), text.matches("child pornography").count());
        assert!(found.windows(2).all(|w| w[0].end <= w[1].start));
        // One line without line breaks nor spaces, with a match on every cut.
        let text = "儿童".repeat(CHUNK);
        let m = PhraseMatcher::new(["儿童"]).unwrap();
        assert_eq!(m.find(&text).len(), CHUNK);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        /// The fast path for alphabetic scripts folds exactly as segmenting does.
        #[test]
        fn alphabetic_fast_path_equals_segmenting(
            s in "[a-zA-Z0-9éÉñçßİıа-яА-ЯёЁα-ωاأبةتىי儿童色情制品\\u{0300}-\\u{036F}\\u{064B}-\\u{0652}\\u{200B}-\\u{200F}\\u{202A}-\\u{202E} .,'’\\-:;()«»!?\\n]{0,40}"
        ) {
            let m = PhraseMatcher::new(["x"]).unwrap();
            let (mut fast, mut slow) = (Scratch::default(), Scratch::default());
            proptest::prop_assert!(m.fold_alphabetic(&s, &mut fast));
            m.fold_segmented(&s, &mut slow);
            proptest::prop_assert_eq!(&fast.key, &slow.key);
            proptest::prop_assert_eq!(&fast.starts, &slow.starts);
            proptest::prop_assert_eq!(&fast.ends, &slow.ends);
        }
    }

    #[test]
    fn katakana_and_kept_marks_take_the_segmenting_path() {
        let m = PhraseMatcher::new(["x"]).unwrap();
        assert!(m.fold_alphabetic("abc 儿童", &mut Scratch::default()));
        assert!(!m.fold_alphabetic("カタカナ", &mut Scratch::default()));
        assert!(!m.fold_alphabetic("か\u{3099}", &mut Scratch::default()));
        assert!(m.fold_alphabetic("Pédo-pornographie ДЕТСКАЯ", &mut Scratch::default()));
    }

    #[test]
    fn nothing_matches_nothing() {
        let m = PhraseMatcher::new(["--", ""]).unwrap();
        assert!(m.find("-- anything").is_empty());
        assert_eq!(m.pattern_key(0), None);
        assert_eq!(m.key_count(), 0);
        let m = PhraseMatcher::new(["a"]).unwrap();
        assert!(m.find("").is_empty());
        assert!(m.find("\u{0301}\u{0301}").is_empty());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]

        /// Spans are char boundaries, in order, not overlapping, and fold back to the pattern.
        #[test]
        fn spans_are_sound(s in "[a-zA-Zéè \\-.,'\\u{0301}\\u{200B}儿童]{0,40}") {
            let m = PhraseMatcher::new(["é e", "儿童", "a"]).unwrap();
            let mut last = 0;
            for f in m.find(&s) {
                proptest::prop_assert!(f.start >= last && f.start < f.end);
                proptest::prop_assert!(s.is_char_boundary(f.start) && s.is_char_boundary(f.end));
                let k = m.key(&s[f.start..f.end]);
                proptest::prop_assert!(["ee", "儿童", "a"].contains(&k.as_str()), "{k:?}");
                last = f.end;
            }
        }
    }
}
