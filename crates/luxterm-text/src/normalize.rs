//! Search keys: what a user should not have to type exactly.
//!
//! [`fold`] turns any text into a *search key*. Two strings that a translator would call "the same
//! term, typed differently" fold to the same key. The rules, in the order they apply:
//!
//! 1. **Ignorables are removed**: zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM), bidi
//!    controls (LRM, RLM, ALM, the embeddings, overrides and isolates), the soft hyphen and
//!    variation selectors. A right-to-left override pasted from a PDF never changes what is found.
//! 2. **Compatibility forms (NFKD)**: fullwidth `ＣＳＡＭ` is `CSAM`, halfwidth katakana is
//!    katakana, ligatures (`ﬁ`) and Arabic presentation forms are plain letters.
//! 3. **Full case folding**: `ПОРНОГРАФИЯ` is `порнография`, `STRAẞE` is `strasse`, Greek
//!    final sigma is sigma. (Lowercasing plus the two mappings in which Unicode's full case folding
//!    differs from it after NFKD: `ß` → `ss` and `ς` → `σ`.)
//! 4. **Diacritics dropped** for the scripts whose users routinely omit them: combining marks used
//!    by Latin, Greek and Cyrillic (`pédopornographie` is `pedopornographie`, `ё` is `е`),
//!    Hebrew points, and the Arabic harakat, Quranic marks and hamza marks (`اِسْتِغْلَال` is
//!    `استغلال`). Marks that are part of spelling in other scripts (Devanagari vowel signs and
//!    virama, kana voicing marks) are kept.
//! 5. **Arabic letter variants unified**: alef with hamza or madda and alef wasla → `ا`;
//!    alef maqsura `ى` and Persian yeh `ی` → `ي`; ta marbuta `ة` → `ه`; Persian keheh `ک` → `ك`;
//!    the tatweel (kashida) `ـ` is removed; Arabic-Indic digits are ASCII digits.
//! 6. **Recomposed (NFC)** so that Hangul syllables and voiced kana are single characters again.
//! 7. **Words by UAX #29**: the text is cut into words with `unicode-segmentation`; punctuation,
//!    apostrophes (`'`, `’`, `ʼ`), hyphens, symbols, controls and whitespace between or inside words
//!    all become a single separator (a space in the output of [`fold`]). Scripts written without
//!    spaces (Han, kana) yield one UAX #29 word per character: such neighbours are kept together
//!    in the key and the boundaries between them are what substring search anchors on.
//!
//! The search index compares *compact* keys, the folded key without its spaces, so that
//! `pédo-pornographie`, `pedo pornographie` and `pedopornographie` are one key; word boundaries
//! are kept beside it for word-prefix search.
//!
//! ```
//! use luxterm_text::normalize::fold;
//!
//! assert_eq!(fold("Pédopornographie"), "pedopornographie");
//! assert_eq!(fold("ＣＳＡＭ"), "csam");
//! assert_eq!(fold("child’s  rights"), fold("Child's rights"));
//! assert_eq!(fold("اِسْتِغْلَال"), "استغلال");
//! assert_eq!(fold("儿童色情"), "儿童色情");
//! ```
//!
//! Normalization (NFKD, NFC) comes from the `unicode-normalization` tables, or, with the feature
//! `js-normalize` on wasm32, from the host's `String.prototype.normalize` (see the
//! [crate documentation](crate#features)).

use unicode_segmentation::UnicodeSegmentation;

/// Folds `text` into its search key (see the [module documentation](self) for the rules).
///
/// The result is NFC, lowercase, without diacritics in the scripts listed above, and has its words
/// separated by single ASCII spaces (no leading or trailing space). Folding is idempotent:
/// `fold(&fold(s)) == fold(s)`.
///
/// ```
/// use luxterm_text::normalize::fold;
///
/// assert_eq!(fold("  Sexual\u{200B} Exploitation — of CHILDREN!"), "sexual exploitation of children");
/// assert_eq!(fold("ПОРНОГРАФИЯ"), "порнография");
/// assert_eq!(fold("\u{202E}abuse"), "abuse");
/// assert_eq!(fold("\u{0301}\u{0301}"), "");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_with(text, &mut |piece| match piece {
        Piece::Char(c) => out.push(c),
        Piece::WordStart if !out.is_empty() => out.push(' '),
        Piece::WordStart | Piece::InnerStart => {}
    });
    out
}

/// A folded key without separators, with the byte offsets where its words start.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Key {
    /// The folded words concatenated without separators.
    pub text: String,
    /// Byte offsets in `text` of every word after the first (a separator preceded it).
    pub word_starts: Vec<usize>,
    /// Byte offsets in `text` of UAX #29 word boundaries with no separator before them: between
    /// two Han characters, between Latin and Han, …
    pub inner_starts: Vec<usize>,
}

/// Folds `text` into a compact [`Key`].
#[cfg(test)]
pub(crate) fn key(text: &str) -> Key {
    let mut k = Key::default();
    key_into(text, &mut k);
    k
}

/// Folds `text` into `k`, reusing its buffers (what the index builder does for every term).
pub(crate) fn key_into(text: &str, k: &mut Key) {
    k.text.clear();
    k.word_starts.clear();
    k.inner_starts.clear();
    fold_with(text, &mut |piece| match piece {
        Piece::Char(c) => k.text.push(c),
        Piece::WordStart if !k.text.is_empty() => k.word_starts.push(k.text.len()),
        Piece::InnerStart if !k.text.is_empty() => k.inner_starts.push(k.text.len()),
        Piece::WordStart | Piece::InnerStart => {}
    });
}

/// Folded words remembered by [`key_into_memo`], bounded in size: the same words recur across
/// thousands of terms of a glossary, and folding a word that is not ASCII (normalization, then
/// the UAX #29 segmentation) costs far more than looking it up.
///
/// One arena holds every remembered piece and its fold; the map goes from a piece's 64-bit hash
/// to where its record starts, and a hit compares the piece's bytes, so a lookup allocates
/// nothing. Two pieces with the same hash: the second is folded directly, never remembered.
#[derive(Debug, Default)]
pub(crate) struct KeyMemo {
    map: std::collections::HashMap<u64, u32, std::hash::BuildHasherDefault<IdentityHasher>>,
    /// Records: the piece's length (1 byte), its folded text's length (1 byte), its number of
    /// word starts and of inner boundaries (1 byte each), the piece, the folded text, then the
    /// word starts and inner boundaries (1 byte each, offsets in the folded text).
    arena: Vec<u8>,
    /// The piece being folded on a miss (reused).
    one: Key,
}

/// The hasher of [`KeyMemo::map`], whose keys are already hashes.
#[derive(Debug, Default)]
pub(crate) struct IdentityHasher(u64);

impl std::hash::Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl KeyMemo {
    /// Once the arena holds this much, new pieces are folded directly and no longer remembered
    /// (the words met first are the likely frequent ones; emptying the memo instead was slower
    /// on the benchmark's `growing` corpus): some 40,000 words of 8 to 10 letters, with the
    /// map about 2 MB (the 2,400 words a language of the `zipf` corpora take 0.4 MB in all).
    const MAX_BYTES: usize = 1 << 20;
    /// Longer pieces, or pieces that fold to longer texts or to more boundaries, are folded
    /// directly (they rarely recur, and their lengths and offsets fit a byte).
    const MAX_PIECE: usize = 64;

    /// The 64-bit hash of a piece (FxHash's multiply-rotate over 8 bytes at a time, then a
    /// final mix so that the map's buckets see every bit).
    fn hash(piece: &[u8]) -> u64 {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = piece.len() as u64;
        let mut chunks = piece.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            if let Some(dst) = w.get_mut(..rest.len()) {
                dst.copy_from_slice(rest);
            }
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^ (h >> 33)
    }

    /// The remembered fold of `piece` appended to `k`, if `piece` is remembered.
    fn append(&self, hash: u64, piece: &str, k: &mut Key) -> bool {
        let Some(&at) = self.map.get(&hash) else {
            return false;
        };
        let at = at as usize;
        let Some(&[plen, tlen, nw, ni]) = self.arena.get(at..at + 4) else {
            return false;
        };
        let p0 = at + 4;
        let t0 = p0 + usize::from(plen);
        let o0 = t0 + usize::from(tlen);
        let o1 = o0 + usize::from(nw) + usize::from(ni);
        if self.arena.get(p0..t0) != Some(piece.as_bytes()) {
            return false;
        }
        let (Some(text), Some(offs)) = (self.arena.get(t0..o0), self.arena.get(o0..o1)) else {
            return false;
        };
        let Ok(text) = std::str::from_utf8(text) else {
            return false;
        };
        if text.is_empty() {
            return true;
        }
        let base = k.text.len();
        if base > 0 {
            k.word_starts.push(base);
        }
        let (words, inner) = offs.split_at(usize::from(nw).min(offs.len()));
        k.word_starts
            .extend(words.iter().map(|&o| base + usize::from(o)));
        k.inner_starts
            .extend(inner.iter().map(|&o| base + usize::from(o)));
        k.text.push_str(text);
        true
    }

    /// Folds `piece`, appends it to `k` and remembers it (unless its hash is taken or it does
    /// not fit a record).
    fn fold_and_remember(&mut self, hash: u64, piece: &str, k: &mut Key) {
        let mut one = std::mem::take(&mut self.one);
        key_into(piece, &mut one);
        let fits = one.text.len() <= Self::MAX_PIECE
            && one.word_starts.len() + one.inner_starts.len() <= Self::MAX_PIECE;
        let need =
            4 + piece.len() + one.text.len() + one.word_starts.len() + one.inner_starts.len();
        if fits && self.arena.len() + need <= Self::MAX_BYTES && !self.map.contains_key(&hash) {
            if self.arena.capacity() == 0 {
                // At their full size at once: growing them step by step among the builder's
                // own growing vectors left holes that cost 12 MB of wasm memory at `zipf` 100k
                // (wasm memory never shrinks). Natively the untouched pages cost nothing.
                self.arena.reserve_exact(Self::MAX_BYTES);
                self.map.reserve(Self::MAX_BYTES / 24);
            }
            let at = self.arena.len() as u32;
            self.arena.extend_from_slice(&[
                piece.len() as u8,
                one.text.len() as u8,
                one.word_starts.len() as u8,
                one.inner_starts.len() as u8,
            ]);
            self.arena.extend_from_slice(piece.as_bytes());
            self.arena.extend_from_slice(one.text.as_bytes());
            self.arena.extend(
                one.word_starts
                    .iter()
                    .chain(&one.inner_starts)
                    .map(|&o| o as u8),
            );
            self.map.insert(hash, at);
        }
        // As if the piece followed a separator.
        let base = k.text.len();
        if !one.text.is_empty() {
            if base > 0 {
                k.word_starts.push(base);
            }
            k.word_starts
                .extend(one.word_starts.iter().map(|&o| base + o));
            k.inner_starts
                .extend(one.inner_starts.iter().map(|&o| base + o));
            k.text.push_str(&one.text);
        }
        self.one = one;
    }
}

/// Whether a piece of raw text that follows an ASCII space may be folded apart from what
/// precedes it: its first character is not ignorable, and it, after NFKD, case folding and
/// dropping marks, starts with a starter (canonical combining class 0) that no UAX #29 rule
/// attaches to the space before it (it is not Extend, Format or ZWJ, WB4). ASCII, the Latin-1
/// and Latin Extended letters, the basic Cyrillic letters, the Arabic letters without the
/// tatweel, and the CJK Unified Ideographs.
fn starts_apart(c: char) -> bool {
    matches!(c,
        '\u{0021}'..='\u{007E}'
        | '\u{00C0}'..='\u{00D6}'
        | '\u{00D8}'..='\u{00F6}'
        | '\u{00F8}'..='\u{024F}'
        | '\u{0400}'..='\u{045F}'
        | '\u{0621}'..='\u{063A}'
        | '\u{0641}'..='\u{064A}'
        | '\u{4E00}'..='\u{9FFF}'
    )
}

/// [`key_into`], with the folded form of each space-delimited piece of `text` remembered in
/// `memo`: the same key, byte for byte (a test and a property test compare them).
///
/// Why folding the pieces apart gives the same key: an ASCII space is a starter that no
/// normalization composes with or reorders across, and every stage before the word cut maps it
/// to itself, so the prepared text is the prepared pieces joined by spaces; UAX #29 breaks on
/// both sides of a space unless another space (WB3d, a run of separators either way) or an
/// Extend, Format or ZWJ character (WB4, excluded by [`starts_apart`]) follows it, and no rule
/// looks across it; and after a separator the folder is in the state it starts in (the next
/// character starts a word). A text whose pieces do not all start apart is folded whole.
pub(crate) fn key_into_memo(text: &str, k: &mut Key, memo: &mut KeyMemo) {
    if text.is_ascii()
        || !text
            .split(' ')
            .skip(1)
            .all(|p| p.chars().next().is_none_or(starts_apart))
    {
        key_into(text, k);
        return;
    }
    k.text.clear();
    k.word_starts.clear();
    k.inner_starts.clear();
    for piece in text.split(' ').filter(|p| !p.is_empty()) {
        if piece.is_ascii() || piece.len() > KeyMemo::MAX_PIECE {
            append_piece(piece, k);
            continue;
        }
        let hash = KeyMemo::hash(piece.as_bytes());
        if !memo.append(hash, piece, k) {
            memo.fold_and_remember(hash, piece, k);
        }
    }
}

/// Appends the fold of `piece` to `k`, as if it followed a separator.
fn append_piece(piece: &str, k: &mut Key) {
    fold_with(piece, &mut |p| match p {
        Piece::Char(c) => k.text.push(c),
        Piece::WordStart if !k.text.is_empty() => k.word_starts.push(k.text.len()),
        Piece::InnerStart if !k.text.is_empty() => k.inner_starts.push(k.text.len()),
        Piece::WordStart | Piece::InnerStart => {}
    });
}

/// Folds `text` into a compact key only: the text of [`key_into`]'s key, without its boundaries.
#[cfg(test)]
pub(crate) fn compact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_with(text, &mut |piece| {
        if let Piece::Char(c) = piece {
            out.push(c);
        }
    });
    out
}

/// What the folder emits, in order.
#[derive(Debug, Clone, Copy)]
enum Piece {
    /// A character of the key.
    Char(char),
    /// A new word begins after a separator (emitted before its first character).
    WordStart,
    /// A new UAX #29 word begins right after the previous one, with no separator between.
    InnerStart,
}

fn fold_with(text: &str, emit: &mut impl FnMut(Piece)) {
    if text.is_ascii() {
        fold_ascii(text, emit);
        return;
    }
    let prepared = prepare(text);
    // `pending` is what separates the next word from the previous one.
    let mut pending = Piece::WordStart;
    for segment in prepared.split_word_bounds() {
        if !segment.chars().any(char::is_alphanumeric) {
            pending = Piece::WordStart;
            continue;
        }
        let mut first = true;
        for c in segment.chars() {
            if is_in_word_punctuation(c) {
                pending = Piece::WordStart;
                continue;
            }
            if first || matches!(pending, Piece::WordStart) {
                if !c.is_alphanumeric() {
                    // A mark with no base (after in-word punctuation) would start a word that
                    // folding again would drop; and what carries the marks after it (`(` with an
                    // alphabetic mark) separates like any punctuation, so that the marks on
                    // either side never meet out of canonical order.
                    pending = Piece::WordStart;
                    continue;
                }
                emit(pending);
                first = false;
            }
            pending = Piece::InnerStart;
            emit(Piece::Char(c));
        }
        pending = Piece::InnerStart;
    }
}

/// Rules 1 to 6 (everything but the cut into words), in whole-string stages so that each
/// normalization is one call to the backend (one crossing into JS with `js-normalize`).
///
/// Normalizing a string gives the same characters as normalizing its characters as a stream, so
/// this is exactly the character pipeline `filter(!is_ignorable) → NFKD → to_lowercase →
/// fold_special → NFKD → filter_map(fold_char) → NFC` (a test checks it against that pipeline).
fn prepare(text: &str) -> String {
    if text.chars().all(is_stable) {
        // No character decomposes, none is ignorable and no mark can compose: both
        // normalizations are the identity, and only the per-character steps remain.
        let mut out = String::with_capacity(text.len() + 8);
        out.extend(
            text.chars()
                .flat_map(char::to_lowercase)
                .flat_map(fold_special)
                .filter_map(fold_char),
        );
        return out;
    }
    backend::prepare(text)
}

/// [`prepare`] in whole-string stages: one call to the backend per normalization.
#[cfg_attr(
    not(all(feature = "js-normalize", target_arch = "wasm32")),
    allow(dead_code)
)]
fn prepare_staged(text: &str) -> String {
    let visible: String = text.chars().filter(|&c| !is_ignorable(c)).collect();
    let folded: String = nfkd(&visible)
        .chars()
        .flat_map(char::to_lowercase)
        .flat_map(fold_special)
        .collect();
    let bare: String = nfkd(&folded).chars().filter_map(fold_char).collect();
    to_nfc(&bare)
}

/// Characters that are their own NFKD, lowercase to such a character, and are neither marks nor
/// characters that a following one composes with: ASCII, the basic Cyrillic alphabet without
/// `Й й` (which decompose), the Arabic letters without hamza forms, and the CJK Unified
/// Ideographs. A text of these alone needs no normalization (the common case for Russian,
/// unvocalised Arabic and Chinese terms; a test checks each against the general path).
fn is_stable(c: char) -> bool {
    matches!(c,
        '\u{0020}'..='\u{007E}'
        | '\u{0410}'..='\u{0418}'
        | '\u{041A}'..='\u{0438}'
        | '\u{043A}'..='\u{044F}'
        | '\u{0627}'..='\u{063A}'
        | '\u{0641}'..='\u{064A}'
        | '\u{4E00}'..='\u{9FFF}'
    )
}

/// The ASCII fast path: same result as the general path for ASCII text.
fn fold_ascii(text: &str, emit: &mut impl FnMut(Piece)) {
    let mut in_word = false;
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() {
            if !in_word {
                emit(Piece::WordStart);
                in_word = true;
            }
            emit(Piece::Char(char::from(b.to_ascii_lowercase())));
        } else {
            in_word = false;
        }
    }
}

/// Where full case folding differs from lowercasing (after NFKD, which handles ligatures, `ſ`,
/// `µ` and the Greek symbol variants).
pub(crate) fn fold_special(c: char) -> FoldSpecial {
    match c {
        'ß' => FoldSpecial::Two('s', 's'),
        'ς' => FoldSpecial::Two('σ', '\0'),
        _ => FoldSpecial::Two(c, '\0'),
    }
}

/// One or two characters, without allocating (`'\0'` = none).
#[derive(Debug, Clone, Copy)]
pub(crate) enum FoldSpecial {
    Two(char, char),
}

impl Iterator for FoldSpecial {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        let FoldSpecial::Two(a, b) = *self;
        if a == '\0' {
            return None;
        }
        *self = FoldSpecial::Two(b, '\0');
        Some(a)
    }
}

/// Maps one character of the decomposed, case-folded text: `None` drops it.
pub(crate) fn fold_char(c: char) -> Option<char> {
    Some(match c {
        // Combining diacritical marks (Latin, Greek, Cyrillic and their extensions).
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}' => return None,
        // Hebrew points and cantillation marks.
        '\u{0591}'..='\u{05BD}'
        | '\u{05BF}'
        | '\u{05C1}'
        | '\u{05C2}'
        | '\u{05C4}'
        | '\u{05C5}'
        | '\u{05C7}' => {
            return None;
        }
        // Arabic: honorific and Quranic marks, harakat (incl. hamza above/below and madda, which
        // NFKD splits off alef, waw and yeh), superscript alef, tatweel.
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0640}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'
        | '\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08FF}' => return None,
        // Arabic letter variants.
        'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ی' | 'ې' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        // Arabic-Indic and extended Arabic-Indic digits.
        '\u{0660}'..='\u{0669}' => digit(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => digit(c as u32 - 0x06F0),
        // Apostrophes that are letters or symbols to UAX #29: separators, like `'` and `’`.
        '\u{02B9}' | '\u{02BB}' | '\u{02BC}' | '\u{02BD}' | '`' | '\u{00B4}' | '\u{2032}' => ' ',
        // Control characters (tabs, newlines, C0 and C1) separate words.
        '\u{0000}'..='\u{001F}' | '\u{007F}'..='\u{009F}' => ' ',
        _ => c,
    })
}

fn digit(n: u32) -> char {
    char::from_digit(n, 10).unwrap_or('0')
}

/// Characters that never change what a term means: zero-width, bidi and other format controls.
pub(crate) fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// The punctuation that UAX #29 keeps inside a word (MidLetter, MidNum, MidNumLet, quotes,
/// ExtendNumLet): `child's`, `e.g.`, `1,5`, `snake_case`. For search they separate words.
fn is_in_word_punctuation(c: char) -> bool {
    matches!(
        c,
        // MidLetter
        ':' | '\u{00B7}' | '\u{0387}' | '\u{055F}' | '\u{05F4}' | '\u{2027}' | '\u{FE13}' | '\u{FE55}' | '\u{FF1A}'
        // MidNum
        | ',' | ';' | '\u{037E}' | '\u{0589}' | '\u{060C}' | '\u{060D}' | '\u{066C}' | '\u{07F8}' | '\u{2044}'
        | '\u{FE10}' | '\u{FE14}' | '\u{FE50}' | '\u{FE54}' | '\u{FF0C}' | '\u{FF1B}'
        // MidNumLet
        | '.' | '\u{2018}' | '\u{2019}' | '\u{2024}' | '\u{FE52}' | '\u{FF07}' | '\u{FF0E}'
        // Single_Quote, Double_Quote
        | '\'' | '"'
        // ExtendNumLet
        | '_' | '\u{202F}' | '\u{203F}' | '\u{2040}' | '\u{2054}' | '\u{FE33}' | '\u{FE34}' | '\u{FE4D}'
            ..='\u{FE4F}'
        | '\u{FF3F}'
        // ZWJ and other Extend/Format characters that survived folding
        | '\u{200D}'
    ) || c.is_whitespace()
        || c.is_control()
}

/// Whether a language is written right to left, from its BCP 47 tag.
///
/// An explicit script subtag decides (`az-Arab` is RTL, `ku-Latn` is not); otherwise the primary
/// language does (Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi, Uyghur, Dhivehi, Yiddish,
/// Syriac, Central Kurdish, …). Case-insensitive; `_` is accepted as a separator.
///
/// ```
/// use luxterm_text::normalize::is_rtl;
///
/// assert!(is_rtl("ar"));
/// assert!(is_rtl("ar-EG"));
/// assert!(is_rtl("HE"));
/// assert!(is_rtl("az-Arab"));
/// assert!(!is_rtl("fr"));
/// assert!(!is_rtl("zh-Hans"));
/// assert!(!is_rtl(""));
/// ```
pub fn is_rtl(lang: &str) -> bool {
    let mut subtags = lang.split(['-', '_']);
    let primary = subtags.next().unwrap_or("").to_ascii_lowercase();
    for sub in subtags {
        if sub.len() == 4 && sub.bytes().all(|b| b.is_ascii_alphabetic()) {
            return matches!(
                sub.to_ascii_lowercase().as_str(),
                "arab"
                    | "hebr"
                    | "syrc"
                    | "thaa"
                    | "nkoo"
                    | "adlm"
                    | "rohg"
                    | "mand"
                    | "samr"
                    | "mend"
                    | "yezi"
            );
        }
    }
    matches!(
        primary.as_str(),
        "ar" | "arc"
            | "ckb"
            | "dv"
            | "fa"
            | "he"
            | "iw"
            | "ji"
            | "khw"
            | "ks"
            | "lrc"
            | "mzn"
            | "nqo"
            | "pnb"
            | "ps"
            | "sd"
            | "syr"
            | "ug"
            | "ur"
            | "yi"
    )
}

/// Whether `text` is in Unicode Normalization Form C (how luxterm stores text).
///
/// ```
/// use luxterm_text::normalize::is_nfc;
///
/// assert!(is_nfc("pédopornographie"));
/// assert!(!is_nfc("pe\u{0301}dopornographie"));
/// ```
pub fn is_nfc(text: &str) -> bool {
    text.is_ascii() || backend::is_nfc(text)
}

/// `text` in Unicode Normalization Form C.
///
/// ```
/// use luxterm_text::normalize::nfc;
///
/// assert_eq!(nfc("pe\u{0301}dopornographie"), "pédopornographie");
/// ```
pub fn nfc(text: &str) -> String {
    to_nfc(text)
}

/// `text` in Normalization Form KD. ASCII is the same in every normalization form: it never
/// reaches the backend.
pub(crate) fn nfkd(text: &str) -> String {
    if text.is_ascii() {
        text.to_owned()
    } else {
        backend::nfkd(text)
    }
}

/// `text` in Normalization Form C (ASCII never reaches the backend).
fn to_nfc(text: &str) -> String {
    if text.is_ascii() {
        text.to_owned()
    } else {
        backend::nfc(text)
    }
}

/// Normalization by the compiled-in tables of `unicode-normalization`.
#[cfg(not(all(feature = "js-normalize", target_arch = "wasm32")))]
mod backend {
    use unicode_normalization::UnicodeNormalization;

    /// The character pipeline as one stream of iterator adapters: no intermediate strings
    /// (equal to the staged pipeline, which a test checks).
    pub(super) fn prepare(text: &str) -> String {
        use super::{fold_char, fold_special, is_ignorable};
        let mut out = String::with_capacity(text.len() + 8);
        out.extend(
            text.chars()
                .filter(|&c| !is_ignorable(c))
                .nfkd()
                .flat_map(char::to_lowercase)
                .flat_map(fold_special)
                .nfkd()
                .filter_map(fold_char)
                .nfc(),
        );
        out
    }

    pub(super) fn nfkd(text: &str) -> String {
        text.nfkd().collect()
    }

    pub(super) fn nfc(text: &str) -> String {
        text.nfc().collect()
    }

    pub(super) fn is_nfc(text: &str) -> bool {
        unicode_normalization::is_nfc(text)
    }
}

/// Normalization by the host: `String.prototype.normalize` (feature `js-normalize`, wasm32).
#[cfg(all(feature = "js-normalize", target_arch = "wasm32"))]
mod backend {
    use js_sys::JsString;

    pub(super) fn prepare(text: &str) -> String {
        super::prepare_staged(text)
    }

    fn normalize(text: &str, form: &str) -> JsString {
        JsString::from(text).normalize(form)
    }

    pub(super) fn nfkd(text: &str) -> String {
        normalize(text, "NFKD").into()
    }

    pub(super) fn nfc(text: &str) -> String {
        normalize(text, "NFC").into()
    }

    pub(super) fn is_nfc(text: &str) -> bool {
        // Compared in JS (`===`): the string does not travel back.
        let js = JsString::from(text);
        js.normalize("NFC") == js
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_that_meet_once_punctuation_is_gone_are_in_canonical_order() {
        // Found by the proptest `fold_is_idempotent`: a Grantha mark (ccc 230), `(`, a Telugu
        // length mark (ccc 84, alphabetic, so it starts a word of its own).
        let s = "a\u{11366}(\u{c55}";
        let once = fold(s);
        assert_eq!(once, "a\u{11366} \u{c55}");
        assert_eq!(fold(&once), once);
        assert!(is_nfc(&once));
    }

    /// Two spellings fold to the same key.
    fn same(a: &str, b: &str) {
        assert_eq!(fold(a), fold(b), "{a:?} vs {b:?}");
    }

    #[test]
    fn latin_diacritics_are_optional() {
        // A French translator on an English keyboard.
        same("pedopornographie", "pédopornographie");
        same("explotacion sexual de ninos", "explotación sexual de niños");
        same("Kinderpornographie", "KINDERPORNOGRAPHIE");
        assert_eq!(fold("Ça Öffentlichkeit"), "ca offentlichkeit");
    }

    #[test]
    fn cyrillic_case_and_yo() {
        same("ПОРНОГРАФИЯ", "порнография");
        // Russian users routinely type е for ё.
        same(
            "растление несовершеннолетних ещё",
            "растление несовершеннолетних еще",
        );
    }

    #[test]
    fn greek_final_sigma_and_tonos() {
        same("ΠΑΙΔΙΚΉ ΠΟΡΝΟΓΡΑΦΊΑ", "παιδικη πορνογραφια");
        same("ΟΔΟΣ", "οδος");
    }

    #[test]
    fn full_case_folding_of_sharp_s() {
        same("STRASSE", "straße");
        same("STRAẞE", "strasse");
    }

    #[test]
    fn arabic_harakat_and_tatweel() {
        // "exploitation" with full vocalisation, and stretched with a kashida.
        same("اِسْتِغْلَال", "استغلال");
        same("اســتغلال", "استغلال");
    }

    #[test]
    fn arabic_letter_variants() {
        // alef with hamza above/below, madda, wasla
        same("أطفال", "اطفال");
        same("إساءة", "اساءه");
        same("آثار", "اثار");
        same("ٱستغلال", "استغلال");
        // alef maqsura and ya, ta marbuta and ha
        same("على", "علي");
        same("المواد الإباحية", "المواد الاباحيه");
        // Persian keyboard letters
        same("کودکی", "كودكي");
        // Arabic-Indic digits
        assert_eq!(fold("المادة ٣٤"), "الماده 34");
    }

    #[test]
    fn fullwidth_and_halfwidth_forms() {
        same("ＣＳＡＭ", "csam");
        same("ｶﾞｲﾄﾞ", "ガイド");
        same("ﬁlm", "film");
        assert_eq!(fold("ｶﾞｲﾄﾞ"), "ガイド");
    }

    #[test]
    fn zero_width_and_bidi_controls_are_ignored() {
        same("child\u{200D} abuse", "child abuse");
        same("\u{202E}استغلال\u{202C}", "استغلال");
        same("ab\u{200B}use", "abuse");
        same("\u{2067}CSAM\u{2069}", "csam");
        same("pédo\u{00AD}pornographie", "pedopornographie");
    }

    #[test]
    fn apostrophes_and_punctuation() {
        same("child’s", "child's");
        same("childʼs", "child's");
        assert_eq!(fold("child's"), "child s");
        assert_eq!(fold("l’exploitation"), "l exploitation");
        assert_eq!(fold("pédo-pornographie"), "pedo pornographie");
        assert_eq!(fold("«grooming»"), "grooming");
        assert_eq!(fold("e.g. art. 2(c)"), "e g art 2 c");
        assert_eq!(fold("a\tb\nc"), "a b c");
    }

    #[test]
    fn han_stays_together_with_inner_boundaries() {
        assert_eq!(fold("儿童 色情"), "儿童 色情");
        let k = key("儿童色情制品");
        assert_eq!(k.text, "儿童色情制品");
        assert!(k.word_starts.is_empty());
        assert_eq!(k.inner_starts, vec![3, 6, 9, 12, 15]);
        let k = key("child sexual abuse");
        assert_eq!(k.text, "childsexualabuse");
        assert_eq!(k.word_starts, vec![5, 11]);
        assert!(k.inner_starts.is_empty());
    }

    #[test]
    fn fullwidth_chinese_punctuation() {
        same("儿童，色情", "儿童 色情");
    }

    #[test]
    fn marks_of_other_scripts_are_kept() {
        // Devanagari virama and vowel signs are spelling.
        assert_eq!(fold("बाल यौन शोषण"), "बाल यौन शोषण");
        assert_eq!(fold("क्ष"), "क्ष");
        // Kana voicing marks recombine.
        assert_eq!(fold("が"), "が");
    }

    #[test]
    fn only_marks_or_controls_fold_to_nothing() {
        assert_eq!(fold("\u{0301}\u{0308}\u{0327}"), "");
        assert_eq!(fold("\u{0000}\u{0007}\u{001B}"), "");
        assert_eq!(fold("\u{202E}\u{200F}"), "");
        assert_eq!(fold(""), "");
        assert_eq!(fold("  --  "), "");
    }

    #[test]
    fn ascii_fast_path_matches_general_path() {
        for s in [
            "Child's rights",
            "e.g. 2(c)",
            "a_b",
            "x  y",
            "ÀB",
            "tab\there",
            "1,5",
        ] {
            let ascii = fold(s);
            let mut general = String::new();
            // Force the general path by adding an ignorable non-ASCII character.
            let padded = format!("{s}\u{200B}");
            general.push_str(&fold(&padded));
            assert_eq!(ascii, general, "{s:?}");
        }
    }

    #[test]
    fn every_stable_character_folds_as_in_the_general_path() {
        let mut n = 0;
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_stable(c))
        {
            let s = c.to_string();
            assert_eq!(prepare(&s), prepare_streamed(&s), "{c:?}");
            // And next to a mark, which must make it take the general path.
            let m = format!("{c}\u{0301}\u{0654}");
            assert_eq!(prepare(&m), prepare_streamed(&m), "{c:?}");
            n += 1;
        }
        assert!(n > 20_000);
    }

    /// The pipeline [`prepare`] replaced: one chain of iterator adapters over characters, with
    /// the normalizations of `unicode-normalization` applied as streams.
    fn prepare_streamed(text: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        text.chars()
            .filter(|&c| !is_ignorable(c))
            .nfkd()
            .flat_map(char::to_lowercase)
            .flat_map(fold_special)
            .nfkd()
            .filter_map(fold_char)
            .nfc()
            .collect()
    }

    /// Inputs where the order and the grouping of the stages could show.
    const TRICKY: &[&str] = &[
        // Arabic with harakat, shadda, hamza and madda, tatweel, a presentation-form ligature
        "اِسْتِغْلَالُ الأَطْفَالِ",
        "إِسَاءَةٌ",
        "آثَار",
        "م\u{0651}\u{064F}", // shadda before damma: not canonical order
        "اســتغلال",
        "ﷺ",
        "ﻻ",
        "ٱلْ",
        // Vietnamese: two stacked diacritics, precomposed, decomposed and in either mark order
        "Tiếng Việt",
        "BÓC LỘT TÌNH DỤC TRẺ EM",
        "ệ",
        "e\u{0302}\u{0323}",
        "e\u{0323}\u{0302}",
        "Ư\u{0303}",
        "ở",
        // Hangul: syllables, conjoining jamo, halfwidth and compatibility jamo
        "아동 성착취",
        "\u{1100}\u{1161}\u{11A8}",
        "ﾡﾤ",
        "ㄱㅏ",
        "\u{1100}\u{1161}\u{0301}",
        // Fullwidth and halfwidth forms, squared and circled compatibility characters
        "ＣＳＡＭ",
        "ｶﾞｲﾄﾞ",
        "ﾊﾟﾝ",
        "㍿",
        "①②",
        "㎏",
        "Ｅ．Ｇ．",
        // Ligatures and letter-like symbols
        "ﬁlm",
        "ﬀ",
        "ﬃ",
        "ﬆ",
        "Ǆ",
        "ǅ",
        "\u{212B}", // angstrom sign
        "\u{212A}", // kelvin sign
        "ſ",
        "µ",
        "ϐ",
        "ℌ",
        // Greek: final sigma, tonos and dialytika, iota subscript and adscript
        "ΟΔΟΣ",
        "ὀδός",
        "ΐ",
        "ᾼ",
        "ᾳ\u{0301}",
        "Σ\u{0345}",
        "ς\u{0301}",
        // Sharp s, capital sharp s
        "STRAẞE",
        "straße",
        "ß\u{0301}",
        // Turkish dotted and dotless i
        "İSTANBUL",
        "İ\u{0301}",
        "ı",
        "I\u{0307}",
        // Combining sequences out of canonical order, marks without a base, ignorables inside
        "a\u{0301}\u{0316}",
        "a\u{0316}\u{0301}",
        "q\u{0307}\u{0323}",
        "\u{0301}a",
        "e\u{200B}\u{0301}",
        "o\u{0308}\u{034F}\u{0301}",
        "\u{0301}\u{0308}\u{0327}",
        // Kana voicing, Devanagari nukta (composition exclusions), Hebrew points
        "か\u{3099}",
        "ｶ\u{3099}",
        "क\u{093C}",
        "\u{0958}",
        "שָׁלוֹם",
        // Controls that fold to separators next to marks, apostrophes, mixed scripts
        "a\u{0007}\u{0301}b",
        "child\u{02BC}s",
        "儿童，色情",
        "ПОРНОГРАФИЯ ещё",
        "👩\u{200D}👧\u{FE0F}",
        "",
    ];

    #[test]
    fn staged_pipeline_equals_streamed_pipeline() {
        for s in TRICKY {
            assert_eq!(prepare(s), prepare_streamed(s), "{s:?}");
        }
    }

    #[test]
    fn helpers_agree_with_unicode_normalization() {
        use unicode_normalization::UnicodeNormalization;
        for s in TRICKY {
            assert_eq!(nfkd(s), s.nfkd().collect::<String>(), "{s:?}");
            assert_eq!(nfc(s), s.nfc().collect::<String>(), "{s:?}");
            assert_eq!(is_nfc(s), unicode_normalization::is_nfc(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Texts of the characters that skip normalization, with their neighbours that do not.
        #[test]
        fn stable_texts_equal_the_streamed_pipeline(
            s in "[ -~\u{0400}-\u{045F}\u{0620}-\u{0656}\u{4E00}-\u{4E20}\u{9FF0}-\u{9FFF}]{0,24}"
        ) {
            proptest::prop_assert_eq!(prepare(&s), prepare_streamed(&s));
        }

        #[test]
        fn staged_pipeline_equals_streamed_pipeline_on_any_text(s in "\\PC{0,24}") {
            proptest::prop_assert_eq!(prepare(&s), prepare_streamed(&s));
            proptest::prop_assert_eq!(prepare_staged(&s), prepare_streamed(&s));
        }

        /// Marks, Hangul jamo, Greek, Arabic and compatibility forms, densely mixed.
        #[test]
        fn staged_pipeline_equals_streamed_pipeline_on_marks(
            s in "[a-zA-ZßİıΣς\\u{0300}-\\u{036F}\\u{0591}-\\u{05C7}\\u{0610}-\\u{065F}\\u{0620}-\\u{064A}\\u{1100}-\\u{11FF}\\u{1F00}-\\u{1FFF}\\u{3099}\\u{309A}\\u{FB00}-\\u{FB06}\\u{FE70}-\\u{FEFC}\\u{FF01}-\\u{FFEE}\\u{200B}-\\u{200F}]{0,16}"
        ) {
            proptest::prop_assert_eq!(prepare(&s), prepare_streamed(&s));
            proptest::prop_assert_eq!(prepare_staged(&s), prepare_streamed(&s));
        }
    }

    /// The key of `text` through `memo`, checked against folding it whole.
    fn memo_agrees(text: &str, memo: &mut KeyMemo) -> Result<(), String> {
        let direct = key(text);
        let mut k = Key::default();
        key_into_memo(text, &mut k, memo);
        if k == direct {
            Ok(())
        } else {
            Err(format!("{text:?}: memo {k:?}, whole {direct:?}"))
        }
    }

    #[test]
    fn memoised_folding_equals_folding_whole() {
        let mut memo = KeyMemo::default();
        let mut texts: Vec<String> = TRICKY.iter().map(|s| (*s).to_owned()).collect();
        // Every tricky text after and before a word, alone and in runs of spaces, so that each
        // is a later piece, a first piece and a piece whose neighbour is a run of separators.
        for s in TRICKY {
            texts.push(format!("née {s}"));
            texts.push(format!("{s} née"));
            texts.push(format!("  {s}  née "));
            texts.push(format!("ёж {s} ёж"));
            texts.push(format!("\u{3000}{s} 儿童 {s}"));
        }
        texts.extend(
            [
                "explotación sexual de niños",
                "l’exploitation sexuelle d’enfants",
                "اِسْتِغْلَال الأَطْفَال",
                "Éducation  à la sexualité",
                "ПОРНОГРАФИЯ ещё ёлка",
                "儿童 色情 制品",
                "a\u{00A0}é b",
                "é \u{0301}b",
                "é \u{200D}b",
                "é ــً b",
                "é ŉa ǅb ĳc ŀd",
                "é 🇫🇷 🇫🇷🇩🇪 x",
                "é a.b c.d 1,5 ,5",
                "e\u{301} \u{1F468}\u{200D}\u{1F469}",
                "STRAẞE ΟΔΟΣ",
                "",
                " ",
                "é",
                "é ",
                " é",
            ]
            .iter()
            .map(|s| (*s).to_owned()),
        );
        // Twice: the second pass reads every piece from the memo.
        for _ in 0..2 {
            for t in &texts {
                memo_agrees(t, &mut memo).unwrap();
            }
        }
        assert!(!memo.map.is_empty());
        // A piece whose hash is taken by another is folded directly, and still right.
        let mut memo = KeyMemo::default();
        memo_agrees("é abé", &mut memo).unwrap();
        let taken = KeyMemo::hash("abé".as_bytes());
        let other = KeyMemo::hash("ёж".as_bytes());
        let at = memo.map.get(&taken).copied().unwrap();
        memo.map.insert(other, at);
        memo_agrees("é ёж abé ёж", &mut memo).unwrap();
    }

    #[test]
    fn memo_stays_bounded() {
        let mut memo = KeyMemo::default();
        for i in 0..200_000u32 {
            let t = format!("é{i} ü{}", i * 7);
            memo_agrees(&t, &mut memo).unwrap();
            assert!(memo.arena.len() <= KeyMemo::MAX_BYTES);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Pieces of marks, ignorables, separators and letters of many scripts, with the spaces
        /// that cut them, folded through one memo twice (a miss, then a hit) and with each piece
        /// also met in another term.
        #[test]
        fn memoised_folding_equals_folding_whole_on_any_text(
            parts in proptest::collection::vec(
                "[ a-zA-Zé\u{00A0}\u{3000}\u{0300}-\u{0310}\u{0640}\u{064B}\u{0627}-\u{062A}\u{0410}-\u{0419}ёß\u{1F1E6}\u{1F1EB}\u{4E00}-\u{4E03}\u{30A0}-\u{30A4}\u{3099}\u{200B}-\u{200D}\u{FE0F}\u{0345}\u{0149}\u{01C4}-\u{01C6}\u{0915}\u{093E}\u{094D}\u{0E01}\u{0E31}\u{0600}\u{00AD}.,'’:_\t0-9-]{0,10}",
                0..5,
            ),
            any in "\\PC{0,12}",
        ) {
            let mut memo = KeyMemo::default();
            let text = parts.join(" ");
            for t in [text.clone(), format!("{any} {text}"), format!("{text} {any}"), any.clone(), text] {
                proptest::prop_assert_eq!(memo_agrees(&t, &mut memo), Ok(()));
            }
        }
    }

    #[test]
    fn rtl_languages() {
        for l in [
            "ar", "he", "fa", "ur", "ps", "yi", "ar-SA", "fa_IR", "ug", "ckb", "ks-Arab",
        ] {
            assert!(is_rtl(l), "{l}");
        }
        for l in [
            "en", "fr", "es", "ru", "zh", "ja", "tr", "ku-Latn", "ug-Cyrl", "und",
        ] {
            assert!(!is_rtl(l), "{l}");
        }
    }
}
