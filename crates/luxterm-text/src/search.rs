//! The search index: exact, prefix, word-prefix, fuzzy and substring matches over folded keys.
//!
//! # Design notes
//!
//! These notes explain the index from first principles: what a query must find, what that costs
//! with the obvious structures, and why the index is shaped the way it is.
//!
//! ## What is searched
//!
//! Every term is reduced to a *compact key*: [`fold`](crate::normalize::fold) without the spaces,
//! so `Pédo-pornographie` is `pedopornographie`, plus the byte offsets where its words start. A
//! query is reduced the same way. Matching then happens on keys only; everything a user should not
//! have to type exactly (case, accents, Arabic letter variants, width forms, invisible controls,
//! punctuation) is gone before the index sees a byte. The match kinds, best first:
//!
//! | kind | the query key is… | example (query → term) |
//! |---|---|---|
//! | [`Exact`](MatchKind::Exact) | the whole key | `csam` → `CSAM` |
//! | [`Prefix`](MatchKind::Prefix) | a prefix of the key | `child sex` → `child sexual abuse material` |
//! | [`WordPrefix`](MatchKind::WordPrefix) | a prefix of the key from a later word on | `abuse mat` → `child sexual abuse material` |
//! | [`Substring`](MatchKind::Substring) | a prefix of the key from a boundary inside a word run, i.e. between two Han (kana, …) characters | `色情` → `儿童色情制品` |
//! | [`Fuzzy`](MatchKind::Fuzzy) | within edit distance *d* of the key, of a prefix of it, or of a span of it that starts or ends at a word boundary | `sexual abuze` → `sexual abuse` |
//! | [`Within`](MatchKind::Within) | longer than the key, which it holds whole between two of its word (or Han character) boundaries | `sexual exploitation of children online` → `sexual exploitation of children` |
//!
//! A substring hit is the query as typed, found inside a term of a script written without
//! spaces, where it plays the part of a word prefix; a fuzzy hit is a guess at a typo. So the
//! substring ranks first: with a vocabulary of Han words that recur, ten or more terms are
//! within one edit of a three- or four-character query, and the term that holds the query as
//! typed would otherwise come after all of them. Latin, Cyrillic or Arabic queries have no
//! substring hits (those scripts have no anchors inside words), so their order is that of the
//! first four kinds and then fuzzy.
//!
//! A within hit answers a phrase pasted from a document, or typed with a word the glossary does
//! not hold (`online`), which would otherwise find nothing: the terms the phrase is made of. It
//! ranks last, and, like a fuzzy hit, is only for a query that is no term and no term's start.
//!
//! Hits are ranked by kind, then edit distance, then (among fuzzy hits) whole-key matches first,
//! then the caller's `bias` (0 = preferred term), then the shorter key, then the payload: the order
//! is total, so results are deterministic. Within hits are ranked by how few of the query's words
//! the term leaves out, then `bias`, then the *longer* key (the term that covers more of the
//! query). A payload is reported once, with its best match.
//!
//! ## One structure for the first three kinds: sorted anchors
//!
//! Exact and prefix search over *n* keys is binary search in a sorted array: the keys that start
//! with `q` are one contiguous range, found with two searches of `O(log n)` string comparisons.
//! Word-prefix search is the same thing over a second array, holding one *anchor* per word start
//! after the first: the anchor stands for the key's suffix from that word on, and the
//! array is sorted by that suffix. Substring search for scripts written without spaces is a third
//! array whose anchors are the UAX #29 boundaries inside a word run (between Han characters):
//! a query that is a prefix of such a suffix occurs inside the term. This is a suffix array
//! restricted to the positions where a reader could start a word, which keeps it small (a Latin
//! term contributes one anchor per word, a Chinese term one per character).
//!
//! The text is stored once, in a single arena `String` that holds every key followed by a NUL
//! byte (folding leaves no control character in a key), and an anchor is its text's place in
//! the arena: one `u32`. A comparison reads the anchor, then the arena from that place up to the
//! NUL byte (two dependent loads; an entry id and an offset, 6 bytes, took three: the key's
//! start in between). A reversed anchor is the place where its text ends, and reads back to the
//! NUL byte before its key. There is no per-key allocation, no hash map of strings, and nothing
//! that wasm32 cannot do. Every array is partitioned by language (sorted by language first, then by
//! text), so a language filter narrows the search to a sub-array for free, and a search in all
//! languages is one binary search per language.
//!
//! ## Taking the best k of a huge range: ranks and a min-tree
//!
//! A one-letter prefix can match a million keys, but only the best `limit` are wanted, in ranking
//! order. Entries are numbered *in ranking order* when the index is built (by bias, then key
//! length, then payload) and their keys laid out in the arena in that order, so a smaller place
//! is a better rank and "the best k anchors of a range" is "the k smallest values of a range of a
//! `u32` array". The entry of a place is found from a directory of the entry at every 256th
//! byte of the arena (1/64 of a `u32` per byte), then a binary search among that block's few
//! keys: once per candidate, not per probe. A 16-ary tree of block minima over
//! each array (`n/15` extra `u32`s) answers that with a best-first walk that pops leaves in
//! increasing order: the work is `O(k · 16 · log₁₆ n)`, independent of the size of the range.
//! That is what keeps prefix latency flat from 1k to 1M concepts.
//!
//! ## Fuzzy search: a Levenshtein walk of the implicit trie, anchored by the pigeonhole principle
//!
//! A sorted array *is* a trie: the keys that share a prefix form a range, and the children of
//! that range are the sub-ranges that agree on the next character, found by binary search
//! (galloping, since sibling ranges are adjacent). Walking that trie depth first while updating one
//! row of the edit-distance matrix per character, and pruning a branch when every cell of the row
//! exceeds *d*, finds all keys within distance *d* of the query (Ukkonen's cut-off, as in
//! Levenshtein-automaton search over an FST).
//!
//! The distance is the optimal string alignment variant of Damerau–Levenshtein: insertions,
//! deletions, substitutions, and transpositions of adjacent characters each cost 1. Swapped
//! letters are the most common typing error; plain Levenshtein would charge 2 for them and miss
//! `chlid` within distance 1 of `child`. *d* is 1 for queries of 4–7 characters, 2 from 8
//! characters on (1 when most of the query is Han/kana/Hangul, where a character carries a word's
//! worth of meaning), and fuzzy search is off below 4 characters and above 256.
//!
//! The naive walk is expensive near the root, where every branch is still within *d* edits: at
//! depth 2 with *d* = 2 it visits every two-letter prefix of the language. The pigeonhole
//! principle removes that: split the query into *d* + 1 pieces; an alignment with at most *d*
//! edits leaves at least one piece untouched. With only forward and backward (reversed) arrays
//! the usable schemes are, for a query `q` of *m* characters:
//!
//! * *d* = 1: the first ⌊m/2⌋ characters are exact (forward walk, descending that prefix by binary
//!   search before the first branching), **or** the rest is exact (the same walk over an array of
//!   *reversed* keys, anchored at every word end, with the reversed query);
//! * *d* = 2, pieces `A B C` at ⌊m/3⌋ and ⌊2m/3⌋: `A` exact and at most one edit up to the end
//!   of `B` (forward), **or** `C` exact (backward), **or** at most one edit up to the end of `B`
//!   (forward). If `A` is untouched and `B` has two edits, `C` is untouched; if neither `A` nor
//!   `C` is untouched, each has exactly one edit and `B` has none.
//!
//! Each scheme is a per-column cap on the edit count (`0` over the exact piece), applied to the
//! matrix cells; property tests check against a brute-force distance that the union finds every
//! key within distance *d*, including keys made from the query by two random edits.
//!
//! Three things keep the walk cheap. Rows are computed only within *d* cells of the diagonal. A
//! node whose live cells cannot afford another edit under their caps does not enumerate its
//! children: only the characters that extend a live cell diagonally (or complete a pending
//! transposition) can follow, and each is found by binary search — this is what makes the
//! exact pieces and the tail after the last edit cost a few binary searches. And the third
//! scheme, the only one that branches at the root, branches only on characters of the query's
//! own scripts (a typo turns Latin into Latin, not into one of 3,000 Han characters), runs on
//! whole terms only (not on word spans), and is skipped when the query already is a term or a
//! term's prefix, or when hits of better kinds and fuzzy hits at distance 1 already fill the
//! limit (it can add only distance-2 hits, the weakest kind of fuzzy hit). The walk is also
//! capped at a fixed number of trie nodes per query, so a pathological query costs a bounded
//! amount of work.
//!
//! The same walk over the word-start array finds a mistyped word anywhere in a term (`abuze`),
//! and over the word-end array of reversed keys a word mistyped at its start (`sbuse`). A fuzzy
//! match on a *prefix* of a key (type-ahead with a typo) is found when the typo lies in the part
//! of the query that the forward schemes leave free (its second half for *d* = 1): the reversed
//! array anchors the end of a key, which a prefix does not reach.
//!
//! ## Staged evaluation
//!
//! The kind is the first criterion of the ranking, so the stages run best kind first and stop as
//! soon as no later stage can change the result: exact and prefix matches (two binary searches
//! per language over the keys), then word prefixes, then substrings; as soon as these give
//! `limit` distinct payloads, no later hit can enter the result, and the fuzzy walk — the only
//! stage whose cost grows with the density of the trie — is skipped. Otherwise the fuzzy walk
//! runs, and then, if there is still room, the terms within the query: for each of its word
//! boundaries, the full keys equal to its text up to each later boundary (a lower bound and a
//! gallop a piece, each piece searched after the keys of the one before, until no key starts
//! with it). The result is the same as running every stage (a test compares both on every kind of
//! query over a corpus whose words recur across many terms), but for one deliberate rule:
//!
//! **Typo tolerance is for queries that match nothing as typed.** A query that is a term, or
//! the start of one (it has an exact or prefix hit), gets no fuzzy hits at all: the user typed
//! something that exists, and terms one or two edits away from it are noise, not answers
//! (close to Algolia's `typoTolerance: "min"`, which keeps only the records with the fewest
//! typos). Its word-prefix and substring hits still follow its exact and prefix ones, in
//! the same order as before; only the typo neighbours that used to pad the rest of its top
//! `limit` are gone. A query with no exact or prefix hit (a typo, a later word, a Chinese
//! substring) is ranked exactly as by the exhaustive evaluation. This decision is what makes an
//! exact or prefix look-up cost its ~150 binary-search probes instead of the ~1,400 of a fuzzy
//! walk through the dense trie of a vocabulary whose words recur (BENCHMARKS.md); the test
//! `staged_search_ranks_exactly_as_the_exhaustive_search` checks both halves of the rule on
//! every kind of query.
//!
//! ## Building, and prebuilt indexes
//!
//! [`IndexBuilder`] folds each entry as it is pushed into one arena (borrowing the caller's
//! text, reusing one key buffer), with only the byte offsets of its word starts and inner
//! boundaries (two bytes each; a word end is a word start or the key's end, so it is not
//! stored); texts made only of characters that no normalization changes skip the NFKD and NFC
//! passes, and the folded form of every space-delimited word that is not ASCII is remembered
//! (a bounded memo: words recur across thousands of terms), which gives the same key byte for
//! byte as folding the whole text (`normalize::key_into_memo` says why); a builder with threads
//! folds a batch on them, each share laid out as the builder keeps it, so that appending it is
//! bulk copies. `finish` numbers the entries in ranking order and lays the keys and their offsets
//! out in that order (the input-order copies are then dropped; on a builder's threads, the
//! sort and the gathering a share of the entries each), groups the entries by language
//! with a counting sort, and sorts each table one language at a time: the anchors of the
//! language's entries, generated in rank order (so the arena is read front to back), each
//! tagged with the next 16 bytes of its text (UTF-8 byte order is code point order; a reversed
//! table takes the characters backwards, each one's bytes forwards) and with its place and the
//! length of its text (so that a refill needs no key start), 24 bytes of scratch per anchor of
//! one language; an MSD radix sort on those 16 bytes, where comparisons never touch
//! the arena and only runs that agree on all 16 read the next ones, writes the sorted anchors
//! straight into the table. A language's anchors (millions at 1M terms) are first cut in place
//! into buckets by their first two bytes, so that the comparison sort works in the caches.
//!
//! [`SearchIndex::to_bytes`] writes the arrays as they are (little-endian, each at a multiple
//! of four bytes, with a format version and a checksum). [`SearchIndex::from_vec`] takes the
//! buffer and makes the index's arrays *views* of it (`bytemuck` casts, checked for alignment
//! and length: no `unsafe`), checks every bound with sequential scans in place and rebuilds
//! only the min-trees, the samples and the block directory: no copy, no folding and no sorting,
//! so a large glossary can ship its index prebuilt and load it at the speed of reading it
//! (BENCHMARKS.md: 0.17 s for the 540 MB of a 1M-concept index, against 7.4 s to build it).
//! [`SearchIndex::from_bytes`] does the same with a copy of borrowed bytes. A view costs a
//! branch per array access, within the noise of the query benchmarks. Bytes that are
//! truncated, foreign, of another version or damaged give an [`IndexError`].
//!
//! ## Costs
//!
//! Memory is the keys once (UTF-8, about one byte per Latin letter, and the NUL byte) plus 9
//! bytes per key (its start, payload and bias) and 4 bytes per anchor and the min-trees: about
//! 63 bytes per term on the benchmark's growing corpus and 82 on its Zipf corpus, whose terms are
//! longer. [`SearchIndex::memory`] gives each part: on the Zipf corpus, 38 bytes a term of keys,
//! 9 of per-term arrays, 31 of anchors (7.8 a term) and 4 rebuilt when loading (BENCHMARKS.md,
//! run J). Building is
//! dominated by folding and by the radix sort, whose cost is the arena reads (cache misses) of
//! anchors that share long prefixes. Exact, prefix, word-prefix and substring look-ups cost
//! `O(L · log n)` binary searches plus the best-k walk; fuzzy queries cost a bounded walk whose
//! size depends on the local density of the trie, which grows with *n* and with how often
//! words recur.
//!
//! ## Rejected alternatives
//!
//! * A deletion neighbourhood (SymSpell) answers *d* = 2 by lookup, but stores every key with
//!   every one and two characters deleted: ~50 variants of a 10-letter key, gigabytes at IATE
//!   scale.
//! * An n-gram (trigram) candidate filter needs long posting lists for frequent n-grams and a
//!   verification pass per candidate; its cost grows with the collection, which is what this index
//!   is built to avoid.
//! * A full suffix array of every position would give substring search in all scripts, at ~20
//!   anchors per Latin term; only scripts written without spaces need it.
//! * An FST (the `fst` crate) would compress the keys but needs a separate value store for
//!   payloads, one automaton per kind, and a larger wasm binary; sorted arrays over one arena are
//!   already compact and need no dependency.

use std::cmp::Ordering;

use crate::normalize;
use std::sync::Arc;

use crate::topk::MinTree;
use store::{Arr, Backing};

mod bytes;
mod store;
pub use bytes::{FORMAT_VERSION, IndexError};

/// Longest key indexed, in bytes; the rest of a longer term is ignored (terms are phrases).
const MAX_KEY_BYTES: usize = 1024;
/// Longest query (in characters) searched fuzzily: longer than the longest title of an
/// instrument (the Optional Protocol's is 107 without spaces), so that a pasted title with a
/// typo is found; a longer text is a paragraph, the text checker's work. The walk's rows take
/// `(m + 4) * (m + 1)` bytes (66 KB at 256), and its work per node is within the band of the
/// diagonal, so the length costs little else.
const MAX_FUZZY_CHARS: usize = 256;
/// Longest query (in characters) whose phrases are looked up as terms ([`MatchKind::Within`]):
/// a phrase, not a paragraph (the text checker's work).
const MAX_WITHIN_CHARS: usize = 256;
/// Pieces of a query looked up as terms per query ([`MatchKind::Within`]): a six-word query in
/// 25 languages takes about 150; the cap bounds what a pathological index and query cost.
const WITHIN_PIECE_BUDGET: usize = 4_096;
/// Shortest query (in characters) searched fuzzily.
const MIN_FUZZY_CHARS: usize = 4;
/// Trie nodes a fuzzy search may visit per query.
const FUZZY_NODE_BUDGET: usize = 40_000;
/// Fuzzy ranges kept per query.
const MAX_FUZZY_RANGES: usize = 2_048;
/// A cell of the edit-distance row that is out of bounds.
const INF: u8 = 200;
/// One anchor in this many has its first bytes in [`Table::sample`].
const SAMPLE: usize = 32;
/// Bytes of the arena per entry of [`SearchIndex::blocks`].
const BLOCK: usize = 256;
/// The byte after every key in the arena (folding leaves no control character in a key).
const END: u8 = 0;

/// A term to index: its text, its language, and the caller's handle for it.
///
/// ```
/// use luxterm_text::Entry;
///
/// let e = Entry { text: "child sexual abuse material", lang: "en", payload: 7, bias: 0 };
/// assert_eq!(e.payload, 7);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry<'a> {
    /// The term as written (any normalization form; it is folded for the index).
    pub text: &'a str,
    /// The BCP 47 language tag of the term.
    pub lang: &'a str,
    /// The caller's handle, returned in [`Hit::payload`] (for example a term's index).
    pub payload: u32,
    /// Rank among hits of the same kind and distance: 0 ranks first (a preferred term), higher
    /// values rank lower (admitted, use with caution, avoid).
    pub bias: u8,
}

/// How to search.
///
/// ```
/// use luxterm_text::SearchOptions;
///
/// let o = SearchOptions::default();
/// assert_eq!(o.limit, 20);
/// assert!(o.lang.is_none());
/// let fr = SearchOptions { lang: Some("fr".into()), ..SearchOptions::default() };
/// assert_eq!(fr.limit, 20);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchOptions {
    /// Only terms in this language: a tag matches itself and its extensions (`zh` matches
    /// `zh-Hans`), case-insensitively. `None` searches all languages.
    pub lang: Option<String>,
    /// The most hits to return.
    pub limit: usize,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            lang: None,
            limit: 20,
        }
    }
}

/// Why a term matched, best first (the derived order is the ranking order).
///
/// ```
/// use luxterm_text::MatchKind;
///
/// assert!(MatchKind::Exact < MatchKind::Prefix);
/// assert!(MatchKind::WordPrefix < MatchKind::Substring);
/// assert!(MatchKind::Substring < MatchKind::Fuzzy);
/// assert!(MatchKind::Fuzzy < MatchKind::Within);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatchKind {
    /// The folded query is the folded term.
    Exact,
    /// The folded query begins the folded term.
    Prefix,
    /// The folded query begins one of the term's later words.
    WordPrefix,
    /// The folded query occurs inside a run of Han (kana, …) characters of the term.
    Substring,
    /// The folded query is within a small edit distance (see [`Hit::distance`]) of the term, of
    /// a prefix of it, or of some of its words. Only for a query that is no term and no term's
    /// prefix as typed: one that is gets no typo neighbours.
    Fuzzy,
    /// The folded term is part of the folded query, between two of the query's word boundaries
    /// (or boundaries between Han characters): the query is a longer phrase that holds it. Only
    /// for a query that is no term and no term's prefix as typed, of at most 256 characters.
    Within,
}

/// One search result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Hit {
    /// The [`Entry::payload`] of the matching term.
    pub payload: u32,
    /// Why it matched.
    pub kind: MatchKind,
    /// The edit distance of a [`MatchKind::Fuzzy`] match (Damerau–Levenshtein, optimal string
    /// alignment); 0 for the other kinds.
    pub distance: u8,
    /// The ranking score: higher is better, and hits come in decreasing score (ties by increasing
    /// payload). It orders by kind, distance, whole-term fuzzy match, bias and key length (for
    /// [`MatchKind::Within`]: the query's words the term leaves out, bias, the longer key
    /// first), and has no meaning across queries.
    pub score: u32,
}

/// Where a [`SearchIndex`]'s memory goes, in bytes and counts ([`SearchIndex::memory`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct IndexMemory {
    /// The terms indexed.
    pub terms: usize,
    /// The folded keys, each followed by one separator byte: the text the tables point into.
    pub key_bytes: usize,
    /// Per term: where its key starts, its payload and its bias (9 bytes a term, and 4 more).
    pub entry_bytes: usize,
    /// Anchors of the table of whole keys (exact and prefix search): one a term.
    pub full_anchors: usize,
    /// Anchors of the table of word starts after the first (word-prefix search).
    pub word_anchors: usize,
    /// Anchors of the table of boundaries inside word runs of scripts written without spaces
    /// (substring search).
    pub inner_anchors: usize,
    /// Anchors of the reversed table of word ends (the backward half of fuzzy search).
    pub end_anchors: usize,
    /// What loading rebuilds rather than reads (not in [`SearchIndex::to_bytes`]): the tables'
    /// min-trees and samples, and the directory from key bytes to entries.
    pub rebuilt_bytes: usize,
    /// Language tags and the tables' partitions by language.
    pub other_bytes: usize,
}

impl IndexMemory {
    /// The bytes of the four tables' anchors (4 bytes each).
    ///
    /// ```
    /// use luxterm_text::SearchIndex;
    ///
    /// assert_eq!(SearchIndex::default().memory().anchor_bytes(), 0);
    /// ```
    pub fn anchor_bytes(&self) -> usize {
        4 * (self.full_anchors + self.word_anchors + self.inner_anchors + self.end_anchors)
    }

    /// The sum of the parts, in bytes.
    ///
    /// ```
    /// use luxterm_text::{Entry, SearchIndex};
    ///
    /// let m = SearchIndex::build([Entry { text: "sextortion", lang: "en", payload: 0, bias: 0 }])
    ///     .memory();
    /// assert_eq!(
    ///     m.total(),
    ///     m.key_bytes + m.entry_bytes + m.anchor_bytes() + m.rebuilt_bytes + m.other_bytes
    /// );
    /// ```
    pub fn total(&self) -> usize {
        self.key_bytes
            + self.entry_bytes
            + self.anchor_bytes()
            + self.rebuilt_bytes
            + self.other_bytes
    }
}

/// Direction in which an array's anchors read their key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    /// From the anchor to the end of the key.
    Fwd,
    /// From the anchor back to the start of the key (a reversed suffix array).
    Rev,
}

/// A sorted array of anchors (see the design notes).
#[derive(Debug, Clone)]
struct Table {
    /// Each anchor's place in the arena: where its text starts (a forward table) or ends (a
    /// reversed one, where it may be the [`END`] byte after its key). The arena is in rank
    /// order, so a smaller place is a better rank.
    at: Arr<u32>,
    /// Anchors of language `l` are `parts[l]..parts[l + 1]`.
    parts: Vec<u32>,
    tree: MinTree,
    dir: Dir,
    /// The first 8 bytes (big-endian, zero after the text's end) of every [`SAMPLE`]th
    /// anchor's text, for a forward table: the top of the binary searches, in contiguous
    /// memory (see [`SearchIndex::narrow`]). Not serialised; rebuilt when loading.
    sample: Vec<u64>,
}

impl Table {
    fn heap_bytes(&self) -> usize {
        self.at.heap_bytes()
            + self.parts.capacity() * 4
            + self.tree.heap_bytes()
            + self.sample.capacity() * 8
    }

    fn part(&self, lang: usize) -> (usize, usize) {
        let lo = self.parts.get(lang).copied().unwrap_or(0) as usize;
        let hi = self.parts.get(lang + 1).copied().unwrap_or(0) as usize;
        (lo, hi.max(lo))
    }
}

/// Whether a search may stop after a stage that filled the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stages {
    /// Stop as soon as no later stage can change the result.
    Early,
    /// Run every stage, the fuzzy walk included whatever the earlier ones found: the exhaustive
    /// order, the reference for tests (a query that matches as typed drops its fuzzy hits from
    /// it; see the design notes).
    #[cfg_attr(not(test), allow(dead_code))]
    All,
}

/// Which table a fuzzy range is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Full,
    Words,
    Ends,
}

/// An index of terms in many languages and scripts, built once and searched many times.
///
/// ```
/// use luxterm_text::{Entry, MatchKind, SearchIndex, SearchOptions};
///
/// let terms = [
///     ("child sexual abuse material", "en", 0),
///     ("child pornography", "en", 3),
///     ("matériel d'abus sexuel sur enfant", "fr", 0),
///     ("pédopornographie", "fr", 3),
///     ("儿童性虐待材料", "zh", 0),
///     ("استغلال الأطفال", "ar", 0),
/// ];
/// let index = SearchIndex::build(terms.iter().enumerate().map(|(i, (text, lang, bias))| Entry {
///     text,
///     lang,
///     payload: i as u32,
///     bias: *bias,
/// }));
/// let opts = SearchOptions::default();
///
/// let hits = index.search("pedopornographie", &opts);
/// assert_eq!((hits[0].payload, hits[0].kind), (3, MatchKind::Exact));
///
/// let hits = index.search("child", &opts);
/// assert_eq!(hits.iter().map(|h| h.payload).collect::<Vec<_>>(), [0, 1]);
/// assert!(hits.iter().all(|h| h.kind == MatchKind::Prefix));
///
/// let hits = index.search("abuse mat", &opts);
/// assert_eq!((hits[0].payload, hits[0].kind), (0, MatchKind::WordPrefix));
///
/// let hits = index.search("chlid pornography", &opts);
/// assert_eq!((hits[0].payload, hits[0].kind, hits[0].distance), (1, MatchKind::Fuzzy, 1));
///
/// let hits = index.search("性虐待", &opts);
/// assert_eq!((hits[0].payload, hits[0].kind), (4, MatchKind::Substring));
///
/// let hits = index.search("استغلال الاطفال", &opts);
/// assert_eq!((hits[0].payload, hits[0].kind), (5, MatchKind::Exact));
///
/// let hits = index.search("reports of child pornography online", &opts);
/// assert_eq!((hits[0].payload, hits[0].kind), (1, MatchKind::Within));
///
/// let fr = SearchOptions { lang: Some("fr".into()), ..SearchOptions::default() };
/// assert!(index.search("child", &fr).is_empty());
/// ```
#[derive(Debug, Clone)]
pub struct SearchIndex {
    /// All keys in entry (rank) order, each followed by the [`END`] byte: UTF-8 (checked when
    /// loading), read as bytes.
    arena: Arr<u8>,
    /// Key `e` is `arena[starts[e]..starts[e + 1] - 1]`.
    starts: Arr<u32>,
    /// `blocks[b]` is the entry whose key (or [`END`] byte) holds the arena's byte
    /// `b * BLOCK`: where [`SearchIndex::entry_of`] starts. Not serialised; rebuilt when
    /// loading.
    blocks: Vec<u32>,
    payload: Arr<u32>,
    bias: Arr<u8>,
    /// Language tags, sorted; a language's id is its position.
    langs: Vec<String>,
    /// The bytes a loaded index's arrays are views of (`None` for a built index): counted once
    /// by [`SearchIndex::heap_bytes`].
    backing: Option<Arc<Backing>>,
    /// One anchor per key, at its start: exact and prefix search.
    full: Table,
    /// One anchor per word start after the first: word-prefix search.
    words: Table,
    /// One anchor per UAX #29 boundary inside a word run: substring search.
    inner: Table,
    /// One anchor per word end, reading backwards: the reversed side of fuzzy search.
    ends: Table,
}

impl Default for SearchIndex {
    fn default() -> Self {
        SearchIndex::build(std::iter::empty())
    }
}

/// An entry while the index is being built (in input order, then, in
/// [`IndexBuilder::finish`], in rank order). 28 bytes.
#[derive(Debug, Clone, Copy)]
struct Pending {
    start: u32,
    /// Where its word starts begin in [`IndexBuilder::word_starts`].
    words: u32,
    /// Where its inner boundaries begin in [`IndexBuilder::inner_starts`].
    inner: u32,
    payload: u32,
    len: u16,
    chars: u16,
    lang: u16,
    /// How many word starts and inner boundaries it has (at most [`MAX_KEY_BYTES`] each).
    n_words: u16,
    n_inner: u16,
    bias: u8,
}

impl SearchIndex {
    /// Builds the index. Entries whose text folds to nothing (only punctuation, marks or
    /// controls) are left out; keys are cut at 1,024 bytes.
    ///
    /// ```
    /// use luxterm_text::{Entry, SearchIndex};
    ///
    /// let index = SearchIndex::build([
    ///     Entry { text: "grooming", lang: "en", payload: 0, bias: 0 },
    ///     Entry { text: "\u{200B}", lang: "en", payload: 1, bias: 0 },
    /// ]);
    /// assert_eq!(index.len(), 1);
    /// ```
    pub fn build<'a>(entries: impl IntoIterator<Item = Entry<'a>>) -> Self {
        let mut b = IndexBuilder::default();
        for e in entries {
            b.push(e);
        }
        b.finish()
    }
}

/// Builds a [`SearchIndex`] one entry at a time, without keeping the entries: each term is
/// folded into the builder's arena as it is pushed, so the caller may borrow its text from a
/// buffer it reuses (a line of a file being read, a chunk copied into WebAssembly memory).
///
/// ```
/// use luxterm_text::{Entry, IndexBuilder, SearchOptions};
///
/// let mut b = IndexBuilder::default();
/// for (i, line) in "en\tgrooming\nfr\tpédopornographie\n".lines().enumerate() {
///     let (lang, text) = line.split_once('\t').unwrap();
///     b.push(Entry { text, lang, payload: i as u32, bias: 0 });
/// }
/// let index = b.finish();
/// assert_eq!(index.search("pedo", &SearchOptions::default())[0].payload, 1);
/// ```
#[derive(Debug, Default)]
pub struct IndexBuilder {
    /// Folded keys in input order.
    arena: String,
    pending: Vec<Pending>,
    /// The word starts after the first of every key, in input order: entry `i`'s are
    /// `word_starts[pending[i].words..pending[i + 1].words]`. Word ends are the same offsets
    /// and the key's length, so they are not stored.
    word_starts: Vec<u16>,
    /// The boundaries inside word runs of every key, in input order (as `word_starts`).
    inner_starts: Vec<u16>,
    lang_tags: Vec<String>,
    last_lang: Option<usize>,
    /// The folded key of the entry being pushed (reused).
    key: normalize::Key,
    /// The folded words seen so far (bounded; dropped by [`IndexBuilder::finish`]).
    memo: normalize::KeyMemo,
    /// How many threads [`IndexBuilder::push_batch`] may fold on and [`IndexBuilder::finish`]
    /// may sort on (0 and 1: the calling thread).
    threads: usize,
    /// The memos and folded batches of the threads other than the calling one (see
    /// [`IndexBuilder::push_batch`]), kept from one batch to the next.
    #[cfg(not(target_arch = "wasm32"))]
    helpers: Vec<(normalize::KeyMemo, Folded)>,
}

/// The keys of a batch of entries, folded (and cut to [`MAX_KEY_BYTES`]) by one thread, laid
/// out as [`IndexBuilder`] keeps them, so that appending a batch is three bulk copies and one
/// small record an entry: entry `i`'s key is `keys[i]`, its text the next `len` bytes of
/// `text` after the keys before it, its offsets the next ones of `words` and `inner`.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Default)]
struct Folded {
    text: String,
    words: Vec<u16>,
    inner: Vec<u16>,
    keys: Vec<FoldedKey>,
    key: normalize::Key,
}

/// One folded key of a [`Folded`] batch; `len` 0 for an entry that is left out (its key is
/// empty, or holds the arena's END byte).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Default, Clone, Copy)]
struct FoldedKey {
    len: u16,
    chars: u16,
    n_words: u16,
    n_inner: u16,
}

#[cfg(not(target_arch = "wasm32"))]
impl Folded {
    fn fold(&mut self, entries: &[Entry<'_>], memo: &mut normalize::KeyMemo) {
        self.text.clear();
        self.words.clear();
        self.inner.clear();
        self.keys.clear();
        for e in entries {
            normalize::key_into_memo(e.text, &mut self.key, memo);
            cut_key(&mut self.key);
            let k = &self.key;
            if k.text.is_empty() || k.text.as_bytes().contains(&END) {
                self.keys.push(FoldedKey::default());
                continue;
            }
            self.text.push_str(&k.text);
            // Offsets are below MAX_KEY_BYTES (1,024), so they fit a u16.
            self.words.extend(k.word_starts.iter().map(|&w| w as u16));
            self.inner.extend(k.inner_starts.iter().map(|&w| w as u16));
            self.keys.push(FoldedKey {
                len: k.text.len() as u16,
                chars: k.text.chars().count().min(usize::from(u16::MAX)) as u16,
                n_words: k.word_starts.len() as u16,
                n_inner: k.inner_starts.len() as u16,
            });
        }
    }
}

/// Cuts a key to [`MAX_KEY_BYTES`] at a character boundary, with the offsets beyond the cut.
fn cut_key(k: &mut normalize::Key) {
    if k.text.len() > MAX_KEY_BYTES {
        let mut cut = MAX_KEY_BYTES;
        while !k.text.is_char_boundary(cut) {
            cut -= 1;
        }
        k.text.truncate(cut);
        k.word_starts.retain(|&w| w < cut);
        k.inner_starts.retain(|&w| w < cut);
    }
}

impl IndexBuilder {
    /// A builder whose [`finish`](Self::finish) sorts the index's four tables on up to
    /// `threads` threads (on `wasm32`, and when the system refuses a thread, on the calling
    /// thread). The index is the same whatever the number; only the time and the memory of
    /// the sort change: the threads take the languages of the four tables one at a time, the
    /// largest first, and each holds the sort scratch of the one it sorts (24 bytes an
    /// anchor), so two threads take the peak of a 6.9-million-term build to about 1.1 times
    /// that of one. The rank-order pass of `finish` before the sort (ordering the entries and
    /// gathering their parts) is shared the same way, a range of entries a thread, and so is the
    /// folding of a [`push_batch`](Self::push_batch). [`IndexBuilder::default`] uses the
    /// calling thread only.
    ///
    /// A large build allocates over a gigabyte of fresh memory on the way (BENCHMARKS.md: at
    /// 6.9 million terms, about 1.7 GB), and where the kernel serves page faults one at a time,
    /// they are time no thread shares. On Linux with glibc 2.35 or later, a process that builds
    /// large indexes can run with `GLIBC_TUNABLES=glibc.malloc.hugetlb=1` in its environment,
    /// so that `malloc` asks for transparent huge pages for its large blocks (BENCHMARKS.md,
    /// run L: up to 0.7 s of an 8–10 s build, and a faster read of a saved index).
    ///
    /// ```
    /// use luxterm_text::{Entry, IndexBuilder, SearchOptions};
    ///
    /// let entries = [("en", "grooming"), ("fr", "pédopornographie"), ("en", "sextortion")];
    /// let build = |mut b: IndexBuilder| {
    ///     for (i, &(lang, text)) in entries.iter().enumerate() {
    ///         b.push(Entry { text, lang, payload: i as u32, bias: 0 });
    ///     }
    ///     b.finish()
    /// };
    /// let (one, two) = (build(IndexBuilder::default()), build(IndexBuilder::with_threads(2)));
    /// assert_eq!(one.to_bytes(), two.to_bytes());
    /// assert_eq!(two.search("sext", &SearchOptions::default())[0].payload, 2);
    /// ```
    pub fn with_threads(threads: usize) -> Self {
        IndexBuilder {
            threads,
            ..IndexBuilder::default()
        }
    }

    /// Adds one entry (see [`SearchIndex::build`] for what is left out).
    pub fn push(&mut self, e: Entry<'_>) {
        let mut k = std::mem::take(&mut self.key);
        normalize::key_into_memo(e.text, &mut k, &mut self.memo);
        cut_key(&mut k);
        self.add(&e, &k.text, &k.word_starts, &k.inner_starts);
        self.key = k;
    }

    /// Adds the entries in order: the same index as [`push`](Self::push)ing them one by one,
    /// but a builder made [`with_threads`](Self::with_threads) folds a large batch on its
    /// threads, a share each, each thread with its own memo of folded words (then the calling
    /// thread appends the folded shares in order, each in a few bulk copies). For a caller that reads its input in blocks
    /// (a file, a download) and borrows the entries of a block from it; a batch of a few
    /// thousand entries or more makes the threads worth starting.
    ///
    /// ```
    /// use luxterm_text::{Entry, IndexBuilder, SearchOptions};
    ///
    /// let block = "en\tgrooming\nfr\tpédopornographie\nen\tsextortion\n";
    /// let entries: Vec<Entry> = block
    ///     .lines()
    ///     .enumerate()
    ///     .filter_map(|(i, line)| {
    ///         let (lang, text) = line.split_once('\t')?;
    ///         Some(Entry { text, lang, payload: i as u32, bias: 0 })
    ///     })
    ///     .collect();
    /// let mut b = IndexBuilder::with_threads(2);
    /// b.push_batch(&entries);
    /// let index = b.finish();
    /// assert_eq!(index.search("pédo", &SearchOptions::default())[0].payload, 1);
    /// ```
    pub fn push_batch(&mut self, entries: &[Entry<'_>]) {
        #[cfg(not(target_arch = "wasm32"))]
        if self.threads > 1 && entries.len() >= 2 * Self::MIN_SHARE {
            self.push_batch_on_threads(entries);
            return;
        }
        for &e in entries {
            self.push(e);
        }
    }

    /// The fewest entries a thread of [`push_batch`](Self::push_batch) folds: below that,
    /// starting it costs more than it saves.
    #[cfg(not(target_arch = "wasm32"))]
    const MIN_SHARE: usize = 512;

    #[cfg(not(target_arch = "wasm32"))]
    fn push_batch_on_threads(&mut self, entries: &[Entry<'_>]) {
        let shares = self.threads.min(entries.len() / Self::MIN_SHARE).max(1);
        let size = entries.len().div_ceil(shares);
        let mut chunks = entries.chunks(size);
        let first = chunks.next().unwrap_or(&[]);
        let rest: Vec<&[Entry<'_>]> = chunks.collect();
        while self.helpers.len() < rest.len() {
            self.helpers.push(Default::default());
        }
        // Each helper folds its share; a share whose thread was refused or failed is folded
        // here afterwards (`done` stays false).
        let mut done = vec![false; rest.len()];
        let mut mine = Folded::default();
        std::mem::swap(&mut mine.key, &mut self.key);
        {
            let memo = &mut self.memo;
            let helpers = &mut self.helpers;
            std::thread::scope(|s| {
                let mut running = Vec::new();
                for ((chunk, (memo, folded)), done) in
                    rest.iter().zip(helpers.iter_mut()).zip(done.iter_mut())
                {
                    let job = move || {
                        folded.fold(chunk, memo);
                        *done = true;
                    };
                    if let Ok(h) = std::thread::Builder::new().spawn_scoped(s, job) {
                        running.push(h);
                    }
                }
                mine.fold(first, memo);
                for h in running {
                    let _ = h.join();
                }
            });
        }
        self.append(first, &mine);
        std::mem::swap(&mut mine.key, &mut self.key);
        let mut helpers = std::mem::take(&mut self.helpers);
        for ((chunk, (memo, folded)), done) in rest.iter().zip(helpers.iter_mut()).zip(&done) {
            if !done {
                folded.fold(chunk, memo);
            }
            self.append(chunk, folded);
        }
        self.helpers = helpers;
    }

    /// Appends a folded batch: what [`add`](Self::add)ing its entries one by one does, with
    /// the text and the offsets copied in bulk (the per-entry appends were a second of a
    /// 6.9-million-term build spent on the calling thread alone, while the others waited).
    /// A batch that could reach a bound of the index is added entry by entry, so that each
    /// entry is checked as `add` checks it.
    #[cfg(not(target_arch = "wasm32"))]
    fn append(&mut self, entries: &[Entry<'_>], f: &Folded) {
        let n = f.keys.len().min(entries.len());
        let fits = self.arena.len() + self.pending.len() + f.text.len() + n + 1 < u32::MAX as usize
            && self.pending.len() + n < u32::MAX as usize - 1
            && self.word_starts.len() + f.words.len() < u32::MAX as usize
            && self.inner_starts.len() + f.inner.len() < u32::MAX as usize;
        if !fits {
            let (mut t, mut w, mut i) = (0usize, 0usize, 0usize);
            for (e, k) in entries.iter().zip(&f.keys) {
                let (t1, w1, i1) = (
                    t + usize::from(k.len),
                    w + usize::from(k.n_words),
                    i + usize::from(k.n_inner),
                );
                let text = f.text.get(t..t1).unwrap_or("");
                let widen = |v: &[u16], a: usize, b: usize| -> Vec<usize> {
                    v.get(a..b)
                        .unwrap_or(&[])
                        .iter()
                        .map(|&x| x.into())
                        .collect()
                };
                self.add(e, text, &widen(&f.words, w, w1), &widen(&f.inner, i, i1));
                (t, w, i) = (t1, w1, i1);
            }
            return;
        }
        let (mut start, mut words, mut inner) = (
            self.arena.len() as u32,
            self.word_starts.len() as u32,
            self.inner_starts.len() as u32,
        );
        self.arena.push_str(&f.text);
        self.word_starts.extend_from_slice(&f.words);
        self.inner_starts.extend_from_slice(&f.inner);
        self.pending.reserve(n);
        for (e, k) in entries.iter().zip(&f.keys) {
            if k.len == 0 {
                continue;
            }
            let lang = self.lang_id(e.lang);
            self.pending.push(Pending {
                start,
                words,
                inner,
                len: k.len,
                chars: k.chars,
                lang: lang.min(usize::from(u16::MAX)) as u16,
                n_words: k.n_words,
                n_inner: k.n_inner,
                payload: e.payload,
                bias: e.bias,
            });
            start += u32::from(k.len);
            words += u32::from(k.n_words);
            inner += u32::from(k.n_inner);
        }
    }

    /// The id of language tag `lang`, given it on first sight.
    fn lang_id(&mut self, lang: &str) -> usize {
        match self.last_lang {
            Some(id) if self.lang_tags.get(id).is_some_and(|t| t == lang) => id,
            _ => {
                let id = match self.lang_tags.iter().position(|t| t == lang) {
                    Some(id) => id,
                    None => {
                        self.lang_tags.push(lang.to_owned());
                        self.lang_tags.len() - 1
                    }
                };
                self.last_lang = Some(id);
                id
            }
        }
    }

    /// Appends one entry's folded key (already cut to [`MAX_KEY_BYTES`]), unless it is left
    /// out.
    fn add(&mut self, e: &Entry<'_>, text: &str, word_starts: &[usize], inner_starts: &[usize]) {
        // Folding makes every control character a separator, so a key holds no END byte; an
        // entry whose key did would be left out rather than cut the arena's keys wrongly.
        if text.is_empty()
            || text.as_bytes().contains(&END)
            || self.arena.len() + self.pending.len() + 1 + text.len() >= u32::MAX as usize
            || self.pending.len() >= u32::MAX as usize - 1
            || self.word_starts.len() + word_starts.len() >= u32::MAX as usize
            || self.inner_starts.len() + inner_starts.len() >= u32::MAX as usize
        {
            return;
        }
        let lang = self.lang_id(e.lang);
        self.pending.push(Pending {
            start: self.arena.len() as u32,
            words: self.word_starts.len() as u32,
            inner: self.inner_starts.len() as u32,
            len: text.len() as u16,
            chars: text.chars().count().min(usize::from(u16::MAX)) as u16,
            lang: lang.min(usize::from(u16::MAX)) as u16,
            n_words: word_starts.len().min(usize::from(u16::MAX)) as u16,
            n_inner: inner_starts.len().min(usize::from(u16::MAX)) as u16,
            payload: e.payload,
            bias: e.bias,
        });
        // Offsets are below MAX_KEY_BYTES (1,024), so they fit a u16.
        self.word_starts
            .extend(word_starts.iter().map(|&w| w as u16));
        self.inner_starts
            .extend(inner_starts.iter().map(|&w| w as u16));
        self.arena.push_str(text);
    }

    /// The number of entries pushed so far that will be indexed.
    pub fn len(&self) -> usize {
        self.pending.len()
    }

    /// Whether no entry will be indexed.
    pub fn is_empty(&self) -> bool {
        self.pending.is_empty()
    }

    /// Sorts what was pushed into a ready index.
    pub fn finish(self) -> SearchIndex {
        let IndexBuilder {
            arena: tmp_arena,
            mut pending,
            word_starts: tmp_words,
            inner_starts: tmp_inner,
            lang_tags,
            memo,
            threads,
            ..
        } = self;
        drop(memo);
        // Languages get ids in sorted order so that the index does not depend on input order.
        let mut order: Vec<usize> = (0..lang_tags.len()).collect();
        crate::sort::sort_by(&mut order, |&a, &b| lang_tags.get(a).cmp(&lang_tags.get(b)));
        let mut remap = vec![0u16; lang_tags.len()];
        for (new, &old) in order.iter().enumerate() {
            if let Some(r) = remap.get_mut(old) {
                *r = new as u16;
            }
        }
        let langs: Vec<String> = order
            .iter()
            .filter_map(|&o| lang_tags.get(o).cloned())
            .collect();
        for p in pending.iter_mut() {
            p.lang = remap.get(usize::from(p.lang)).copied().unwrap_or(0);
        }

        // Pass 2: number entries in ranking order and lay the keys and their anchor offsets out
        // in that order. The entries are sorted in place (ties in input order: an entry's
        // place in the input arena grows with it), so that the pass that gathers their parts
        // reads them in order and only the word offsets at random places (sorting indices and
        // gathering through them was 1.9 s against 0.9 s at 6.9 M entries, and held 138 MB
        // more). The input-order arrays go as soon as their rank-order copies exist, so that
        // the two copies of the keys (the largest arrays of the build) are alive together with
        // little else: this is the build's peak of memory.
        sort_pending(&mut pending, threads);
        let n = pending.len();
        fn slice(v: &[u16], at: u32, len: u16) -> &[u16] {
            let at = at as usize;
            v.get(at..at + usize::from(len)).unwrap_or(&[])
        }
        // Where each entry's parts go in the rank-order arrays (a sequential read of the
        // entries), so that ranges of entries can be gathered on threads of their own, each
        // into its share of arrays allocated once at their size.
        let mut words_at: Vec<u32> = Vec::with_capacity(n + 1);
        let mut inner_at: Vec<u32> = Vec::with_capacity(n + 1);
        let (mut w, mut i) = (0u32, 0u32);
        for p in &pending {
            words_at.push(w);
            inner_at.push(i);
            w += slice(&tmp_words, p.words, p.n_words).len() as u32;
            i += slice(&tmp_inner, p.inner, p.n_inner).len() as u32;
        }
        words_at.push(w);
        inner_at.push(i);
        let shares = gather_shares(threads, n);
        let mut words_offs = vec![0u16; w as usize];
        let mut inner_offs = vec![0u16; i as usize];
        let mut payload = vec![0u32; n];
        let mut bias = vec![0u8; n];
        let mut lang = vec![0u16; n];
        let mut keys = vec![(0u32, 0u16); n];
        {
            let mut jobs = Vec::with_capacity(shares.len());
            let (mut ws, mut is, mut ps, mut bs, mut ls, mut ks) = (
                &mut words_offs[..],
                &mut inner_offs[..],
                &mut payload[..],
                &mut bias[..],
                &mut lang[..],
                &mut keys[..],
            );
            let mut rest: &[Pending] = &pending;
            for &(lo, hi) in &shares {
                let at = |v: &[u32], e: usize| v.get(e).copied().unwrap_or(0) as usize;
                let (nw, ni) = (
                    at(&words_at, hi) - at(&words_at, lo),
                    at(&inner_at, hi) - at(&inner_at, lo),
                );
                let (e, r) = rest.split_at(hi - lo);
                rest = r;
                let (w1, w2) = std::mem::take(&mut ws).split_at_mut(nw);
                let (i1, i2) = std::mem::take(&mut is).split_at_mut(ni);
                let (p1, p2) = std::mem::take(&mut ps).split_at_mut(hi - lo);
                let (b1, b2) = std::mem::take(&mut bs).split_at_mut(hi - lo);
                let (l1, l2) = std::mem::take(&mut ls).split_at_mut(hi - lo);
                let (k1, k2) = std::mem::take(&mut ks).split_at_mut(hi - lo);
                (ws, is, ps, bs, ls, ks) = (w2, i2, p2, b2, l2, k2);
                jobs.push((e, w1, i1, p1, b1, l1, k1));
            }
            run_shared(
                jobs,
                threads,
                || (),
                |_, (entries, w, i, p, b, l, k)| {
                    let (mut wo, mut io) = (0usize, 0usize);
                    for (((((e, p), b), l), k), _) in entries
                        .iter()
                        .zip(p.iter_mut())
                        .zip(b.iter_mut())
                        .zip(l.iter_mut())
                        .zip(k.iter_mut())
                        .zip(0..)
                    {
                        let ws = slice(&tmp_words, e.words, e.n_words);
                        if let Some(out) = w.get_mut(wo..wo + ws.len()) {
                            out.copy_from_slice(ws);
                        }
                        wo += ws.len();
                        let is = slice(&tmp_inner, e.inner, e.n_inner);
                        if let Some(out) = i.get_mut(io..io + is.len()) {
                            out.copy_from_slice(is);
                        }
                        io += is.len();
                        (*p, *b, *l, *k) = (e.payload, e.bias, e.lang, (e.start, e.len));
                    }
                },
            );
        }
        let words = Offsets {
            at: words_at,
            offs: words_offs,
        };
        let inner = Offsets {
            at: inner_at,
            offs: inner_offs,
        };
        drop(pending);
        drop(tmp_words);
        drop(tmp_inner);
        // The keys in rank order, each followed by END (`add` keeps that within u32); the
        // range of each share of entries is its share of the arena. The key starts are laid
        // out only now, when the input-order entries are gone, as they were before the
        // gathering was shared: the peak stays where it was.
        let mut starts: Vec<u32> = Vec::with_capacity(n + 1);
        let mut t = 0u32;
        for &(_, len) in &keys {
            starts.push(t);
            t += u32::from(len) + 1;
        }
        starts.push(t);
        let mut arena = vec![0u8; t as usize];
        {
            let mut jobs = Vec::with_capacity(shares.len());
            let mut out: &mut [u8] = &mut arena;
            let mut rest: &[(u32, u16)] = &keys;
            for &(lo, hi) in &shares {
                let at = |e: usize| starts.get(e).copied().unwrap_or(0) as usize;
                let (o1, o2) = std::mem::take(&mut out).split_at_mut(at(hi) - at(lo));
                out = o2;
                let (k, r) = rest.split_at(hi - lo);
                rest = r;
                jobs.push((k, o1));
            }
            run_shared(
                jobs,
                threads,
                || (),
                |_, (keys, out)| {
                    let mut o = 0usize;
                    for &(s, len) in keys {
                        let s = s as usize;
                        let len = usize::from(len);
                        if let (Some(to), Some(from)) = (
                            out.get_mut(o..o + len),
                            tmp_arena.as_bytes().get(s..s + len),
                        ) {
                            to.copy_from_slice(from);
                        }
                        if let Some(end) = out.get_mut(o + len) {
                            *end = END;
                        }
                        o += len + 1;
                    }
                },
            );
        }
        drop(keys);
        drop(tmp_arena);

        let mut index = SearchIndex {
            arena: arena.into(),
            starts: starts.into(),
            blocks: Vec::new(),
            payload: payload.into(),
            bias: bias.into(),
            langs,
            backing: None,
            full: empty_table(Dir::Fwd),
            words: empty_table(Dir::Fwd),
            inner: empty_table(Dir::Fwd),
            ends: empty_table(Dir::Rev),
        };
        // The entries of each language in rank order (a counting sort by language).
        let by_lang = ByLang::new(&lang, index.langs.len());
        drop(lang);
        let [full, words_t, inner_t, ends] = index.sort_tables(&by_lang, &words, &inner, threads);
        (index.full, index.words, index.inner, index.ends) = (full, words_t, inner_t, ends);
        drop(words);
        drop(inner);
        index.blocks = index.blocks_of();
        index
    }
}

/// Sorts the entries into ranking order: bias, characters, payload, then input order (the
/// place of the key in the input arena), a total order, so that sorting the shares of a
/// partition on threads of their own (cut with `select_nth_unstable`, whose left side holds
/// only entries before its right side) gives the order of one sort.
fn sort_pending(pending: &mut [Pending], threads: usize) {
    let key = |p: &Pending| (p.bias, p.chars, p.payload, p.start);
    let shares = gather_shares(threads, pending.len());
    let mut jobs = Vec::with_capacity(shares.len());
    let mut rest: &mut [Pending] = pending;
    let mut done = 0;
    for &(lo, hi) in &shares {
        let rest_now = std::mem::take(&mut rest);
        if hi < done + rest_now.len() {
            rest_now.select_nth_unstable_by_key(hi - lo, key);
        }
        let (share, tail) = rest_now.split_at_mut((hi - lo).min(rest_now.len()));
        rest = tail;
        done = hi;
        jobs.push(share);
    }
    run_shared(
        jobs,
        threads,
        || (),
        |_, share| share.sort_unstable_by_key(key),
    );
}

/// The ranges of entries that the threads of [`IndexBuilder::finish`]'s gathering take: one a
/// thread, none smaller than a share is worth (or one range for a small index).
fn gather_shares(threads: usize, n: usize) -> Vec<(usize, usize)> {
    // Small in the tests, so that their indexes of a few thousand entries take every path.
    const MIN_SHARE: usize = if cfg!(test) { 64 } else { 1 << 16 };
    let k = threads.clamp(1, (n / MIN_SHARE).max(1));
    let size = n.div_ceil(k).max(1);
    (0..n)
        .step_by(size)
        .map(|lo| (lo, (lo + size).min(n)))
        .collect()
}

/// Runs `job` on each of `jobs`, on up to `threads` threads (the calling one and the others
/// the system gives; on `wasm32`, the calling one): each thread makes its own `state` (a
/// scratch buffer kept from one job to the next) and takes the next job not yet taken; what no
/// thread took is run here afterwards. A job a thread took and did not finish is lost to it
/// (nothing here panics; each thread is joined, so a failure is not passed on): a caller
/// that must know keeps a mark in the job, as [`Part::done`].
fn run_shared<J: Send, S>(
    jobs: Vec<J>,
    threads: usize,
    state: impl Fn() -> S + Sync,
    job: impl Fn(&mut S, J) + Sync,
) {
    use std::sync::Mutex;
    let slots: Vec<Mutex<Option<J>>> = jobs.into_iter().map(|j| Mutex::new(Some(j))).collect();
    let take = |slot: &Mutex<Option<J>>| match slot.lock() {
        Ok(mut s) => s.take(),
        Err(poisoned) => poisoned.into_inner().take(),
    };
    #[cfg(not(target_arch = "wasm32"))]
    if threads > 1 && slots.len() > 1 {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let next = AtomicUsize::new(0);
        let work = || {
            let mut st = state();
            while let Some(slot) = slots.get(next.fetch_add(1, Ordering::Relaxed)) {
                if let Some(j) = take(slot) {
                    job(&mut st, j);
                }
            }
        };
        std::thread::scope(|s| {
            let helpers: Vec<_> = (1..threads.min(slots.len()))
                .filter_map(|_| std::thread::Builder::new().spawn_scoped(s, work).ok())
                .collect();
            work();
            for h in helpers {
                let _ = h.join();
            }
        });
    }
    #[cfg(target_arch = "wasm32")]
    let _ = threads;
    let mut st = state();
    for slot in &slots {
        if let Some(j) = take(slot) {
            job(&mut st, j);
        }
    }
}

/// The tables in the order in which [`SearchIndex::sort_tables`] numbers them: word ends (the
/// reversed table), word starts, inner boundaries, full keys.
const TABLE_DIRS: [Dir; 4] = [Dir::Rev, Dir::Fwd, Dir::Fwd, Dir::Fwd];

/// How many anchors entry `e` has in table `which` (what
/// [`SearchIndex::anchors_of`] gives, without building them).
fn anchor_count(which: usize, e: usize, words: &Offsets, inner: &Offsets) -> usize {
    match which {
        0 => words.of(e).len() + 1,
        1 => words.of(e).len(),
        2 => inner.of(e).len(),
        _ => 1,
    }
}

/// One language of one table while the tables are sorted: its anchors go to `out`, its place
/// in the table.
struct Part<'a> {
    which: usize,
    lang: usize,
    out: &'a mut [u32],
    /// Whether `out` holds the part's sorted anchors.
    done: bool,
}

/// What sorting a [`Part`] reads besides the index.
struct PartCtx<'a> {
    by_lang: &'a ByLang,
    words: &'a Offsets,
    inner: &'a Offsets,
}

/// The anchor offsets of every entry in rank order: entry `e`'s are
/// `offs[at[e] as usize..at[e + 1] as usize]`.
struct Offsets {
    at: Vec<u32>,
    offs: Vec<u16>,
}

impl Offsets {
    fn of(&self, e: usize) -> &[u16] {
        let a = self.at.get(e).copied().unwrap_or(0) as usize;
        let b = self.at.get(e + 1).copied().unwrap_or(0) as usize;
        self.offs.get(a..b.max(a)).unwrap_or(&[])
    }
}

/// The entries grouped by language, each language's in rank order.
struct ByLang {
    entries: Vec<u32>,
    /// Language `l`'s entries are `entries[parts[l]..parts[l + 1]]`.
    parts: Vec<usize>,
}

impl ByLang {
    fn new(lang: &[u16], langs: usize) -> Self {
        let mut parts = vec![0usize; langs + 2];
        for &l in lang {
            if let Some(c) = parts.get_mut(usize::from(l) + 2) {
                *c += 1;
            }
        }
        for k in 1..parts.len() {
            let before = parts.get(k - 1).copied().unwrap_or(0);
            if let Some(c) = parts.get_mut(k) {
                *c += before;
            }
        }
        // `parts[l + 1]` is now where language `l` starts: fill, moving it to where it ends.
        let mut entries = vec![0u32; lang.len()];
        for (e, &l) in lang.iter().enumerate() {
            if let Some(at) = parts.get_mut(usize::from(l) + 1) {
                if let Some(slot) = entries.get_mut(*at) {
                    *slot = e as u32;
                }
                *at += 1;
            }
        }
        parts.truncate(langs + 1);
        ByLang { entries, parts }
    }

    fn of(&self, l: usize) -> &[u32] {
        let a = self.parts.get(l).copied().unwrap_or(0);
        let b = self.parts.get(l + 1).copied().unwrap_or(a);
        self.entries.get(a..b.max(a)).unwrap_or(&[])
    }
}

impl SearchIndex {
    /// The four tables (full keys, word starts, inner boundaries, word ends), on up to
    /// `threads` threads. Each language of each table is sorted on its own (a [`Part`]) into
    /// its place in the table, allocated once at its size: a thread takes the largest part
    /// not yet taken, so that the threads finish together (one task a table left two threads
    /// waiting on the word-ends table, the reversed one, about 40% of the anchors).
    fn sort_tables(
        &self,
        by_lang: &ByLang,
        words: &Offsets,
        inner: &Offsets,
        threads: usize,
    ) -> [Table; 4] {
        let langs = self.langs.len();
        // Anchors of each table in each language: a first pass counts them, so that every
        // table is allocated once at its size (growing it would copy it, and hold both copies
        // for a moment).
        let counts: [Vec<usize>; 4] = std::array::from_fn(|which| {
            (0..langs)
                .map(|l| {
                    by_lang
                        .of(l)
                        .iter()
                        .map(|&e| anchor_count(which, e as usize, words, inner))
                        .sum()
                })
                .collect()
        });
        let mut ats: [Vec<u32>; 4] = counts.each_ref().map(|c| vec![0u32; c.iter().sum()]);
        let mut parts: Vec<Part<'_>> = Vec::with_capacity(4 * langs);
        for (which, (at, counts)) in ats.iter_mut().zip(&counts).enumerate() {
            let mut rest: &mut [u32] = at;
            for (lang, &n) in counts.iter().enumerate() {
                let Some((out, tail)) = rest.split_at_mut_checked(n) else {
                    break;
                };
                rest = tail;
                parts.push(Part {
                    which,
                    lang,
                    out,
                    done: false,
                });
            }
        }
        // Largest first; ties in table and language order (the result does not depend on it).
        parts.sort_by_key(|p| std::cmp::Reverse(p.out.len()));
        let ctx = PartCtx {
            by_lang,
            words,
            inner,
        };
        // Each thread keeps its scratch from one part to the next (`sort_part` says when not).
        run_shared(
            parts.iter_mut().collect(),
            threads,
            || (Vec::new(), Vec::new()),
            |(scratch, buf), p| self.sort_part(p, &ctx, scratch, buf),
        );
        // What a thread took and did not finish, here.
        let (mut scratch, mut buf) = (Vec::new(), Vec::new());
        for p in parts.iter_mut().filter(|p| !p.done) {
            self.sort_part(p, &ctx, &mut scratch, &mut buf);
        }
        drop(parts);
        drop(scratch);
        let mut tables = ats
            .into_iter()
            .zip(counts)
            .enumerate()
            .map(|(which, (at, counts))| {
                let mut offsets = Vec::with_capacity(counts.len() + 1);
                let mut sum = 0usize;
                offsets.push(0u32);
                for n in counts {
                    sum += n;
                    offsets.push(sum as u32);
                }
                let tree = MinTree::build(&at);
                let mut table = Table {
                    at: at.into(),
                    parts: offsets,
                    tree,
                    dir: TABLE_DIRS.get(which).copied().unwrap_or(Dir::Fwd),
                    sample: Vec::new(),
                };
                table.sample = self.sample_of(&table);
                table
            });
        let mut next = || tables.next().unwrap_or_else(|| empty_table(Dir::Fwd));
        let (ends, words_t, inner_t, full) = (next(), next(), next(), next());
        [full, words_t, inner_t, ends]
    }

    /// Sorts one language's anchors of one table into `p.out`: by text (read in the table's
    /// direction), then entry, then offset. Its entries are read in rank order (so the first
    /// pass reads the arena, laid out in rank order, front to back), each anchor tagged with
    /// the next 16 bytes of its text so that comparisons never touch the arena; only runs that
    /// agree on all 16 read the next ones (an MSD radix sort on 16 bytes at a time). The
    /// scratch holds the part's anchors, 24 bytes each.
    fn sort_part(
        &self,
        p: &mut Part<'_>,
        ctx: &PartCtx<'_>,
        scratch: &mut Vec<Tagged>,
        buf: &mut Vec<u16>,
    ) {
        let dir = TABLE_DIRS.get(p.which).copied().unwrap_or(Dir::Fwd);
        // Parts come largest first, and the largest is far larger than most (the inner
        // boundaries of a language written without spaces): a scratch kept at its size while
        // the tables fill would be the build's peak of memory, so a much smaller part gets a
        // scratch of its own size.
        let need = p.out.len();
        if scratch.capacity() > need + need / 2 {
            *scratch = Vec::new();
        }
        scratch.clear();
        scratch.reserve(need);
        for &e in ctx.by_lang.of(p.lang) {
            buf.clear();
            self.anchors_of(p.which, e as usize, ctx.words, ctx.inner, buf);
            let (s, end) = self.key_bounds(e);
            for &o in buf.iter() {
                let pos = (s + usize::from(o)).min(end);
                let (a, b) = match dir {
                    Dir::Fwd => (pos, end),
                    Dir::Rev => (s, pos),
                };
                scratch.push(self.tag_span(a, b, dir, 0));
            }
        }
        self.radix_sort(scratch, dir, 0);
        for (slot, t) in p.out.iter_mut().zip(scratch.iter()) {
            *slot = t.at();
        }
        p.done = scratch.len() == p.out.len();
    }

    /// The offsets of entry `e`'s anchors in table `which` (see [`TABLE_DIRS`]).
    fn anchors_of(
        &self,
        which: usize,
        e: usize,
        words: &Offsets,
        inner: &Offsets,
        out: &mut Vec<u16>,
    ) {
        match which {
            // Word ends: where every later word starts, and the end of the key.
            0 => {
                out.extend_from_slice(words.of(e));
                out.push(self.key(e as u32).len().min(usize::from(u16::MAX)) as u16);
            }
            1 => out.extend_from_slice(words.of(e)),
            2 => out.extend_from_slice(inner.of(e)),
            _ => out.push(0),
        }
    }

    /// The [`Table::sample`] of a forward table (empty for a reversed one).
    fn sample_of(&self, t: &Table) -> Vec<u64> {
        if t.dir != Dir::Fwd {
            return Vec::new();
        }
        (0..t.at.len())
            .step_by(SAMPLE)
            .map(|i| prefix8(self.fwd_text(t, i, 8)))
            .collect()
    }

    /// Narrows `lo..hi` to a range that holds the lower bound of `q` (the first anchor whose
    /// text is `>= q`), from the samples alone: a sampled anchor whose first 8 bytes are below
    /// those of `q` is below `q`, one whose first 8 bytes are above is above it. Two binary
    /// searches in contiguous memory replace the top levels of the search over the anchors
    /// (two dependent loads a probe, each a likely cache miss).
    fn narrow(&self, t: &Table, lo: usize, hi: usize, q: &[u8]) -> (usize, usize) {
        if t.sample.is_empty() || hi.saturating_sub(lo) < 4 * SAMPLE {
            return (lo, hi);
        }
        // The samples of the anchors in `lo..hi`: anchors `b * SAMPLE` for `b` in `b_lo..b_hi`.
        let b_lo = lo.div_ceil(SAMPLE);
        let b_hi = ((hi - 1) / SAMPLE + 1).min(t.sample.len());
        let Some(samples) = t.sample.get(b_lo..b_hi.max(b_lo)) else {
            return (lo, hi);
        };
        let q8 = prefix8(q);
        let below = samples.partition_point(|&s| s < q8);
        let not_above = below
            + samples
                .get(below..)
                .map_or(0, |rest| rest.partition_point(|&s| s == q8));
        let new_lo = if below == 0 {
            lo
        } else {
            (b_lo + below - 1) * SAMPLE + 1
        };
        let new_hi = if not_above == samples.len() {
            hi
        } else {
            (b_lo + not_above) * SAMPLE
        };
        let new_lo = new_lo.clamp(lo, hi);
        (new_lo, new_hi.clamp(new_lo, hi))
    }

    /// The tag of an anchor again, `depth` bytes further on, from the text's bounds that `t`
    /// carries: a refill reads the arena but not the key starts (at 1M terms a load of
    /// `starts` per refill was a third of the refills' time, a cache miss each).
    fn retag(&self, t: &Tagged, dir: Dir, depth: usize) -> Tagged {
        let (a, b) = t.bounds(dir);
        self.tag_span(a, b, dir, depth)
    }

    /// The tag of the anchor whose text is the arena's `a..b` (read forwards from `a`, or
    /// backwards from `b`), with the 16 bytes of that text from `depth` on (see [`Tagged`]).
    fn tag_span(&self, a: usize, b: usize, dir: Dir, depth: usize) -> Tagged {
        let bytes = self.arena.as_slice();
        // The tag's 16 bytes as one big-endian number, its byte count and the text it consumes.
        let (key, n, adv) = match dir {
            Dir::Fwd => {
                // UTF-8 byte order is code point order: the bytes as they are. Where 16 bytes
                // of the arena follow (all but the arena's last key), one load and a mask of
                // what lies past the text; no copy of a variable length (a `memcpy` call).
                let from = (a + depth).min(b);
                let n = (b - from).min(16);
                let key = match bytes
                    .get(from..from + 16)
                    .and_then(|w| <[u8; 16]>::try_from(w).ok())
                {
                    Some(w) => u128::from_be_bytes(w) & keep_high(n),
                    None => {
                        let mut w = [0u8; 16];
                        for (dst, &src) in w.iter_mut().zip(bytes.get(from..b).unwrap_or(&[])) {
                            *dst = src;
                        }
                        u128::from_be_bytes(w)
                    }
                };
                (key, n, n)
            }
            Dir::Rev => self.rev_tag(a, b.saturating_sub(depth).max(a)),
        };
        // The arena fits a u32 and a key MAX_KEY_BYTES (the builder's checks).
        let at = match dir {
            Dir::Fwd => a,
            Dir::Rev => b,
        } as u64
            & 0xFFFF_FFFF;
        let span = b.saturating_sub(a).min(Tagged::MAX_SPAN) as u64;
        Tagged {
            hi: (key >> 64) as u64,
            lo: key as u64,
            tail: (n as u64) << 59 | (adv as u64) << 54 | span << 32 | at,
        }
    }

    /// The 16 bytes of a reversed tag of the text `a..p` read backwards from `p` (see
    /// [`SearchIndex::tag_span`]): the characters backwards, each one's bytes forwards (the same
    /// order as the reversed characters), as one big-endian number, with the bytes it holds and
    /// the bytes of text it consumes (a character cut at the 16th byte fills the tag but is not
    /// consumed).
    fn rev_tag(&self, a: usize, p: usize) -> (u128, usize, usize) {
        let bytes = self.arena.as_slice();
        let from = p.saturating_sub(16).max(a);
        let run = bytes.get(from..p).unwrap_or(&[]);
        // ASCII text backwards is its bytes reversed (most of a Latin-script table's anchors):
        // 16 of them are one little-endian load.
        if run.is_ascii() {
            let n = run.len();
            let key = match <[u8; 16]>::try_from(run) {
                Ok(w) => u128::from_le_bytes(w),
                Err(_) => {
                    let mut w = [0u8; 16];
                    for (dst, &src) in w.iter_mut().zip(run.iter().rev()) {
                        *dst = src;
                    }
                    u128::from_be_bytes(w)
                }
            };
            return (key, n, n);
        }
        let mut w = [0u8; 16];
        let (mut n, mut adv, mut p) = (0usize, 0usize, p);
        while n < 16 && p > a {
            let mut q = p - 1;
            while q > a && p - q < 4 && bytes.get(q).is_some_and(|&x| x & 0xC0 == 0x80) {
                q -= 1;
            }
            let ch = bytes.get(q..p).unwrap_or(&[]);
            // Byte by byte (at most four): a slice copy of a variable length is a call.
            let fit = ch.len().min(16 - n);
            for &c in ch.iter().take(fit) {
                if let Some(dst) = w.get_mut(n) {
                    *dst = c;
                }
                n += 1;
            }
            if fit < ch.len() {
                break;
            }
            adv += ch.len();
            p = q;
        }
        (u128::from_be_bytes(w), n, adv)
    }

    /// The arena's byte range of key `e`, without its [`END`] byte.
    #[inline]
    fn key_bounds(&self, e: u32) -> (usize, usize) {
        let e = e as usize;
        let end = (self.starts.get(e + 1).copied().unwrap_or(0) as usize).saturating_sub(1);
        let s = (self.starts.get(e).copied().unwrap_or(0) as usize).min(end);
        (s, end)
    }

    /// Sorts `run`, whose texts agree on their first `depth` bytes and whose tags hold the 16
    /// bytes from there, by text, then entry, then offset.
    fn radix_sort(&self, run: &mut [Tagged], dir: Dir, depth: usize) {
        sort_tagged(run);
        let mut i = 0;
        while i < run.len() {
            let Some(first) = run.get(i).copied() else {
                break;
            };
            // The end of the run of equal texts, by a scan: most runs are one anchor long, and
            // a binary search over the rest of the run for each would cost a few cache misses
            // where the scan reads the next anchor, already in the cache.
            let j = i + run.get(i..).map_or(1, |rest| {
                rest.iter().take_while(|t| t.same_text(&first)).count()
            });
            // A run that agrees on 16 bytes of texts that go on reads the next ones.
            if j - i > 1 && first.filled() == 16 {
                let adv = first.advance();
                if let Some(sub) = run.get_mut(i..j) {
                    for t in sub.iter_mut() {
                        *t = self.retag(t, dir, depth + adv);
                    }
                    self.radix_sort(sub, dir, depth + adv);
                }
            }
            i = j.max(i + 1);
        }
    }

    /// The number of terms indexed.
    ///
    /// ```
    /// use luxterm_text::{Entry, SearchIndex};
    ///
    /// let index = SearchIndex::build([Entry { text: "grooming", lang: "en", payload: 0, bias: 0 }]);
    /// assert_eq!(index.len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.payload.len()
    }

    /// Whether no term is indexed.
    ///
    /// ```
    /// use luxterm_text::SearchIndex;
    ///
    /// assert!(SearchIndex::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.payload.is_empty()
    }

    /// The memory the index holds on the heap, in bytes.
    ///
    /// ```
    /// use luxterm_text::{Entry, SearchIndex};
    ///
    /// let index = SearchIndex::build([Entry { text: "grooming", lang: "en", payload: 0, bias: 0 }]);
    /// assert!(index.heap_bytes() > 0);
    /// ```
    pub fn heap_bytes(&self) -> usize {
        self.backing.as_ref().map_or(0, |b| b.heap_bytes())
            + self.arena.heap_bytes()
            + self.starts.heap_bytes()
            + self.blocks.capacity() * 4
            + self.payload.heap_bytes()
            + self.bias.heap_bytes()
            + self.langs.iter().map(String::capacity).sum::<usize>()
            + self.langs.capacity() * std::mem::size_of::<String>()
            + self.full.heap_bytes()
            + self.words.heap_bytes()
            + self.inner.heap_bytes()
            + self.ends.heap_bytes()
    }

    /// Where the index's memory goes: the size of each of its parts, whether the index owns it
    /// (built) or views the buffer it was loaded from ([`from_vec`](Self::from_vec)). A built
    /// and a loaded copy of the same index report the same figures; [`heap_bytes`](Self::heap_bytes)
    /// adds spare capacity and, for a loaded index, the format's header and padding.
    ///
    /// ```
    /// use luxterm_text::{Entry, SearchIndex};
    ///
    /// let index = SearchIndex::build([
    ///     Entry { text: "online grooming", lang: "en", payload: 0, bias: 0 },
    ///     Entry { text: "grooming", lang: "en", payload: 1, bias: 0 },
    /// ]);
    /// let m = index.memory();
    /// assert_eq!(m.terms, 2);
    /// // `onlinegrooming` and `grooming`, each followed by one byte.
    /// assert_eq!(m.key_bytes, 15 + 9);
    /// // One anchor per key, one per later word start, one per word end.
    /// assert_eq!((m.full_anchors, m.word_anchors, m.inner_anchors, m.end_anchors), (2, 1, 0, 3));
    /// assert_eq!(m.anchor_bytes(), 6 * 4);
    /// assert!(m.total() <= index.heap_bytes());
    ///
    /// let loaded = SearchIndex::from_vec(index.to_bytes()).unwrap();
    /// assert_eq!(loaded.memory(), m);
    /// ```
    pub fn memory(&self) -> IndexMemory {
        let tables = [&self.full, &self.words, &self.inner, &self.ends];
        IndexMemory {
            terms: self.len(),
            key_bytes: self.arena.len(),
            entry_bytes: self.starts.len() * 4 + self.payload.len() * 4 + self.bias.len(),
            full_anchors: self.full.at.len(),
            word_anchors: self.words.at.len(),
            inner_anchors: self.inner.at.len(),
            end_anchors: self.ends.at.len(),
            rebuilt_bytes: self.blocks.len() * 4
                + tables
                    .iter()
                    .map(|t| t.tree.node_bytes() + t.sample.len() * 8)
                    .sum::<usize>(),
            other_bytes: self.langs.iter().map(String::len).sum::<usize>()
                + tables.iter().map(|t| t.parts.len() * 4).sum::<usize>(),
        }
    }

    /// Searches for `query` (see the [design notes](self) for what matches and in which order).
    /// Never panics; an empty or unsearchable query gives no hits.
    ///
    /// ```
    /// use luxterm_text::{Entry, MatchKind, SearchIndex, SearchOptions};
    ///
    /// let index = SearchIndex::build([
    ///     Entry { text: "grooming", lang: "en", payload: 10, bias: 0 },
    ///     Entry { text: "online grooming", lang: "en", payload: 11, bias: 0 },
    /// ]);
    /// let hits = index.search("GROOMING", &SearchOptions::default());
    /// assert_eq!(hits.len(), 2);
    /// assert_eq!((hits[0].payload, hits[0].kind), (10, MatchKind::Exact));
    /// assert_eq!((hits[1].payload, hits[1].kind), (11, MatchKind::WordPrefix));
    /// ```
    pub fn search(&self, query: &str, opts: &SearchOptions) -> Vec<Hit> {
        self.search_in(query, opts, Stages::Early)
    }

    /// [`search`](Self::search) with every stage run whatever the earlier ones found, fuzzy hits
    /// of queries that match as typed included: the reference that the staged evaluation must
    /// agree with (tests only).
    #[cfg(test)]
    pub(crate) fn search_exhaustive(&self, query: &str, opts: &SearchOptions) -> Vec<Hit> {
        self.search_in(query, opts, Stages::All)
    }

    fn search_in(&self, query: &str, opts: &SearchOptions, stages: Stages) -> Vec<Hit> {
        let limit = opts.limit;
        if limit == 0 || self.is_empty() {
            return Vec::new();
        }
        // Folded once: the text every stage compares, and the boundaries the last one cuts at.
        let mut key = normalize::Key::default();
        normalize::key_into(query, &mut key);
        let q = key.text.as_str();
        if q.is_empty() {
            return Vec::new();
        }
        let langs: Vec<usize> = match &opts.lang {
            None => (0..self.langs.len()).collect(),
            Some(want) => (0..self.langs.len())
                .filter(|&l| self.langs.get(l).is_some_and(|tag| lang_matches(tag, want)))
                .collect(),
        };
        let mut cands: Vec<Cand> = Vec::new();
        // Stage 1: exact and prefix matches, two binary searches per language in the sorted keys.
        for &l in &langs {
            let (lo, hi) = self.full.part(l);
            if !self.may_hold(&self.full, lo, hi, q) {
                continue;
            }
            let e_lo = self.lower_bound(&self.full, lo, hi, q);
            let e_hi = self.upper_bound(&self.full, e_lo, hi, q);
            let p_hi = self.prefix_end(&self.full, e_hi, hi, q);
            self.collect(&self.full, e_lo, e_hi, limit, &mut cands, |_| {
                (MatchKind::Exact, 0, true)
            });
            self.collect(&self.full, e_hi, p_hi, limit, &mut cands, |_| {
                (MatchKind::Prefix, 0, false)
            });
        }
        // Typo tolerance is for queries that match nothing as typed: a query that is a term or
        // the start of one gets no fuzzy hits (the ranking decision of the design notes, "Staged
        // evaluation"). The better kinds of the next two stages still run.
        let as_typed = !cands.is_empty();
        // Every later kind ranks below every earlier one (the kind is the first criterion of the
        // ranking), so once `limit` distinct payloads are found no later hit can enter the
        // result, and the rest of the stages are skipped.
        if stages == Stages::Early && self.distinct(&cands) >= limit {
            return self.rank(cands, limit);
        }
        // Stage 2: word prefixes, the same binary searches over the word-start anchors.
        for &l in &langs {
            let (lo, hi) = self.words.part(l);
            if !self.may_hold(&self.words, lo, hi, q) {
                continue;
            }
            let s = self.lower_bound(&self.words, lo, hi, q);
            let e = self.prefix_end(&self.words, s, hi, q);
            self.collect(&self.words, s, e, limit, &mut cands, |_| {
                (MatchKind::WordPrefix, 0, false)
            });
        }
        if stages == Stages::Early && self.distinct(&cands) >= limit {
            return self.rank(cands, limit);
        }
        // Stage 3: substrings, the same binary searches over the anchors inside word runs.
        for &l in &langs {
            let (lo, hi) = self.inner.part(l);
            if !self.may_hold(&self.inner, lo, hi, q) {
                continue;
            }
            let s = self.lower_bound(&self.inner, lo, hi, q);
            let e = self.prefix_end(&self.inner, s, hi, q);
            self.collect(&self.inner, s, e, limit, &mut cands, |_| {
                (MatchKind::Substring, 0, false)
            });
        }
        if stages == Stages::Early && (as_typed || self.distinct(&cands) >= limit) {
            return self.rank(cands, limit);
        }
        // Stage 4: the fuzzy walk (its last scheme runs only if the hits so far leave room).
        self.fuzzy(q, &langs, limit, &mut cands);
        // Stage 5: the terms that the query holds whole, if there is room for them.
        if stages == Stages::All || (!as_typed && self.distinct(&cands) < limit) {
            self.within(&key, &langs, limit, &mut cands);
        }
        self.rank(cands, limit)
    }

    /// The terms that the query holds whole between two of its boundaries (word starts and
    /// boundaries inside word runs): for each boundary, the keys equal to the query's text from
    /// there to each later boundary, each piece searched after the keys equal to the one before
    /// it (a longer piece sorts after a shorter one it starts with), until no key starts with
    /// the piece.
    /// The whole query is left out: it is an exact hit.
    fn within(&self, key: &normalize::Key, langs: &[usize], limit: usize, cands: &mut Vec<Cand>) {
        let text = key.text.as_str();
        if text.chars().count() > MAX_WITHIN_CHARS {
            return;
        }
        let mut bounds: Vec<usize> = Vec::with_capacity(key.word_starts.len() + 2);
        bounds.push(0);
        bounds.extend(key.word_starts.iter().chain(&key.inner_starts).copied());
        bounds.push(text.len());
        crate::sort::sort(&mut bounds);
        bounds.dedup();
        // The query's words (or Han characters): a single one is an exact query or nothing.
        let units = bounds.len().saturating_sub(1);
        if units < 2 {
            return;
        }
        let mut budget = WITHIN_PIECE_BUDGET;
        for (a, &start) in bounds.iter().enumerate() {
            for &l in langs {
                let (mut lo, hi) = self.full.part(l);
                for (b, &end) in bounds.iter().enumerate().skip(a + 1) {
                    if (start == 0 && end == text.len()) || budget == 0 {
                        break;
                    }
                    budget -= 1;
                    let Some(piece) = text.get(start..end) else {
                        break;
                    };
                    if !self.may_hold(&self.full, lo, hi, piece) {
                        break;
                    }
                    let e_lo = self.lower_bound(&self.full, lo, hi, piece);
                    let e_hi = self.upper_bound(&self.full, e_lo, hi, piece);
                    // How many of the query's words the term leaves out: fewer ranks first.
                    let left_out = (units - (b - a)).min(7) as u8;
                    self.collect(&self.full, e_lo, e_hi, limit, cands, |_| {
                        (MatchKind::Within, left_out, true)
                    });
                    // The keys that go on from the piece follow its own; none: no longer piece
                    // is a key.
                    if e_hi >= hi
                        || !self
                            .fwd_text(&self.full, e_hi, piece.len())
                            .starts_with(piece.as_bytes())
                    {
                        break;
                    }
                    lo = e_hi;
                }
            }
        }
    }

    /// The number of distinct payloads among `cands`.
    fn distinct(&self, cands: &[Cand]) -> usize {
        let mut p: Vec<u32> = cands
            .iter()
            .map(|c| self.payload.get(c.entry as usize).copied().unwrap_or(0))
            .collect();
        p.sort_unstable();
        p.dedup();
        p.len()
    }

    /// Sorts candidates into hits: best first, one per payload, at most `limit`.
    fn rank(&self, cands: Vec<Cand>, limit: usize) -> Vec<Hit> {
        let mut hits: Vec<Hit> = cands
            .into_iter()
            .map(|c| {
                let kind_w: u32 = MatchKind::Within as u32 - c.kind as u32;
                let dist_w: u32 = 7 - u32::from(c.dist.min(7));
                let whole_w: u32 = u32::from(c.whole);
                let bias_w: u32 =
                    255 - u32::from(self.bias.get(c.entry as usize).copied().unwrap_or(255));
                let chars = (char_count(self.key(c.entry)) as u32).min((1 << 17) - 1);
                // The shorter key first, but for a term within the query the longer one.
                let len_w: u32 = if c.kind == MatchKind::Within {
                    chars
                } else {
                    (1 << 17) - 1 - chars
                };
                Hit {
                    payload: self.payload.get(c.entry as usize).copied().unwrap_or(0),
                    kind: c.kind,
                    // For a term within the query, `dist` counts the words it leaves out: a
                    // ranking criterion, not an edit distance.
                    distance: if c.kind == MatchKind::Fuzzy {
                        c.dist
                    } else {
                        0
                    },
                    score: kind_w << 29 | dist_w << 26 | whole_w << 25 | bias_w << 17 | len_w,
                }
            })
            .collect();
        hits.sort_unstable_by(|a, b| b.score.cmp(&a.score).then(a.payload.cmp(&b.payload)));
        let mut seen: Vec<u32> = Vec::with_capacity(limit);
        hits.retain(|h| {
            if seen.len() >= limit || seen.contains(&h.payload) {
                false
            } else {
                seen.push(h.payload);
                true
            }
        });
        hits
    }

    /// Adds the best anchors of `table[lo..hi]` as candidates, up to `limit` distinct payloads.
    fn collect(
        &self,
        table: &Table,
        lo: usize,
        hi: usize,
        limit: usize,
        cands: &mut Vec<Cand>,
        classify: impl Fn(usize) -> (MatchKind, u8, bool),
    ) {
        if lo >= hi {
            return;
        }
        let mut seen: Vec<u32> = Vec::new();
        let mut pops = 0usize;
        let max_pops = limit.saturating_mul(64).saturating_add(1024);
        table.tree.walk(&table.at, lo, hi, |i| {
            pops += 1;
            let Some(&at) = table.at.get(i) else {
                return true;
            };
            let e = self.entry_of(at as usize);
            let p = self.payload.get(e as usize).copied().unwrap_or(0);
            if !seen.contains(&p) {
                seen.push(p);
                let (kind, dist, whole) = classify(i);
                cands.push(Cand {
                    entry: e,
                    kind,
                    dist,
                    whole,
                });
            }
            seen.len() < limit && pops < max_pops
        });
    }

    // ---- key access --------------------------------------------------------------------------

    /// Key `e`'s UTF-8 bytes.
    fn key(&self, e: u32) -> &[u8] {
        let (s, t) = self.key_bounds(e);
        self.arena.get(s..t).unwrap_or(&[])
    }

    /// The entry whose key (or [`END`] byte) holds the arena's byte `at`: a look-up in
    /// [`SearchIndex::blocks`], then a binary search among the few keys of one block.
    fn entry_of(&self, at: usize) -> u32 {
        let n = self.payload.len();
        let b = at / BLOCK;
        let lo = self.blocks.get(b).map_or(n, |&e| e as usize).min(n);
        let hi = self
            .blocks
            .get(b + 1)
            .map_or(n, |&e| e as usize + 1)
            .clamp(lo, n);
        partition(lo, hi, |e| {
            self.starts.get(e + 1).is_some_and(|&t| t as usize <= at)
        })
        .min(n.saturating_sub(1)) as u32
    }

    /// [`SearchIndex::blocks`] for the arena and key starts.
    fn blocks_of(&self) -> Vec<u32> {
        let mut blocks = Vec::with_capacity(self.arena.len().div_ceil(BLOCK) + 1);
        let mut e = 0usize;
        let n = self.payload.len();
        for b in 0..self.arena.len().div_ceil(BLOCK) {
            let byte = b * BLOCK;
            while e + 1 < n && self.starts.get(e + 1).is_some_and(|&t| t as usize <= byte) {
                e += 1;
            }
            blocks.push(e as u32);
        }
        blocks
    }

    /// The offset of anchor `i` in its key (tests).
    #[cfg(test)]
    fn anchor_off(&self, table: &Table, i: usize) -> u16 {
        let at = table.at.get(i).copied().unwrap_or(0) as usize;
        let (s, _) = self.key_bounds(self.entry_of(at));
        at.saturating_sub(s) as u16
    }

    /// The entry of anchor `i` (tests).
    #[cfg(test)]
    fn anchor_entry(&self, table: &Table, i: usize) -> u32 {
        self.entry_of(table.at.get(i).copied().unwrap_or(0) as usize)
    }

    /// Anchor `i`'s text, in key order (tests).
    #[cfg(test)]
    fn span(&self, table: &Table, i: usize) -> &str {
        let at = table.at.get(i).copied().unwrap_or(0) as usize;
        let (s, t) = self.key_bounds(self.entry_of(at));
        let text = match table.dir {
            Dir::Fwd => self.arena.get(at.min(t)..t),
            Dir::Rev => self.arena.get(s..at.max(s)),
        };
        std::str::from_utf8(text.unwrap_or(&[])).unwrap_or("")
    }

    /// At most `max` bytes of a forward anchor's text: from its place up to the [`END`] byte
    /// after its key. No key start and no UTF-8 check: this is the inner loop of every binary
    /// search, one load of the anchor and one read of the arena. A comparison with a query `q`
    /// needs only `q.len() + 1` bytes of the text to be decided.
    #[inline]
    fn fwd_text(&self, table: &Table, i: usize, max: usize) -> &[u8] {
        let at = table.at.get(i).copied().unwrap_or(0) as usize;
        let bytes = self.arena.as_slice();
        let text = bytes
            .get(at..at.saturating_add(max).min(bytes.len()))
            .unwrap_or(&[]);
        let len = text.iter().position(|&b| b == END).unwrap_or(text.len());
        text.get(..len).unwrap_or(&[])
    }

    /// The character at byte `depth` of anchor `i`'s text (reading in the table's direction),
    /// `None` where the text ends. The first `depth` bytes must be the anchor's text (the
    /// anchors of a trie node of that depth).
    #[inline]
    fn char_at(&self, table: &Table, i: usize, depth: usize) -> Option<char> {
        let at = table.at.get(i).copied()? as usize;
        let bytes = self.arena.as_slice();
        match table.dir {
            Dir::Fwd => {
                let p = at.checked_add(depth)?;
                if *bytes.get(p)? == END {
                    None
                } else {
                    decode_fwd(bytes, p, bytes.len())
                }
            }
            Dir::Rev => {
                let p = at.checked_sub(depth)?;
                if p == 0 || *bytes.get(p - 1)? == END {
                    None
                } else {
                    decode_back(bytes, p.saturating_sub(4), p)
                }
            }
        }
    }

    /// Compares the first `p.len()` characters of anchor `i`'s text (in reading order) with
    /// `p`; a text that ends first is `Less`, one that starts with `p` is `Equal`.
    fn cmp_chars(&self, table: &Table, i: usize, p: &[char]) -> Ordering {
        let at = table.at.get(i).copied().unwrap_or(0) as usize;
        let bytes = self.arena.as_slice();
        match table.dir {
            Dir::Fwd => {
                let mut pos = at;
                for &c in p {
                    let Some(x) = (bytes.get(pos).is_some_and(|&b| b != END))
                        .then(|| decode_fwd(bytes, pos, bytes.len()))
                        .flatten()
                    else {
                        return Ordering::Less;
                    };
                    match x.cmp(&c) {
                        Ordering::Equal => pos += x.len_utf8(),
                        other => return other,
                    }
                }
            }
            Dir::Rev => {
                let mut pos = at;
                for &c in p {
                    let Some(x) = (pos > 0 && bytes.get(pos - 1).is_some_and(|&b| b != END))
                        .then(|| decode_back(bytes, pos.saturating_sub(4), pos))
                        .flatten()
                    else {
                        return Ordering::Less;
                    };
                    match x.cmp(&c) {
                        Ordering::Equal => pos -= x.len_utf8(),
                        other => return other,
                    }
                }
            }
        }
        Ordering::Equal
    }

    /// The anchors of `lo..hi` whose text starts with the characters `p`: two binary searches,
    /// after two probes that reject a range all before or all after `p` (another language's
    /// script, a first character no key has).
    fn chars_range(&self, t: &Table, lo: usize, hi: usize, p: &[char]) -> (usize, usize) {
        if lo >= hi
            || self.cmp_chars(t, hi - 1, p) == Ordering::Less
            || self.cmp_chars(t, lo, p) == Ordering::Greater
        {
            return (lo, lo);
        }
        let s = partition(lo, hi, |i| self.cmp_chars(t, i, p) == Ordering::Less);
        let e = partition(s, hi, |i| self.cmp_chars(t, i, p) == Ordering::Equal);
        (s, e)
    }

    // ---- binary search over forward tables ---------------------------------------------------

    /// Whether some anchor of `lo..hi` may be `>= q` and start with `q`; false if every text is
    /// below `q`, or the first is above `q` without starting with it (two probes that spare the
    /// binary searches of the languages whose script the query is not in).
    fn may_hold(&self, t: &Table, lo: usize, hi: usize, q: &str) -> bool {
        let q = q.as_bytes();
        if lo >= hi || self.fwd_text(t, hi - 1, q.len() + 1) < q {
            return false;
        }
        let first = self.fwd_text(t, lo, q.len() + 1);
        first <= q || first.starts_with(q)
    }

    fn lower_bound(&self, t: &Table, lo: usize, hi: usize, q: &str) -> usize {
        let (lo, hi) = self.narrow(t, lo, hi, q.as_bytes());
        let q = q.as_bytes();
        partition(lo, hi, |i| self.fwd_text(t, i, q.len() + 1) < q)
    }

    /// [`lower_bound`](Self::lower_bound) without the samples (the reference for tests).
    #[cfg(test)]
    fn lower_bound_plain(&self, t: &Table, lo: usize, hi: usize, q: &str) -> usize {
        let q = q.as_bytes();
        partition(lo, hi, |i| self.fwd_text(t, i, q.len() + 1) < q)
    }

    /// The end of the run of anchors equal to `q` from `lo` (a lower bound of `q`): galloping,
    /// since the run is short (a term is rarely stored twice).
    fn upper_bound(&self, t: &Table, lo: usize, hi: usize, q: &str) -> usize {
        let q = q.as_bytes();
        gallop_from(lo, hi, |i| self.fwd_text(t, i, q.len() + 1) <= q)
    }

    /// The end of the run of anchors starting at `lo` (a lower bound of `q`) that begin with `q`:
    /// galloping, so that a run of a few anchors costs a few probes, not a binary search of the
    /// whole language.
    fn prefix_end(&self, t: &Table, lo: usize, hi: usize, q: &str) -> usize {
        let q = q.as_bytes();
        gallop_from(lo, hi, |i| self.fwd_text(t, i, q.len()).starts_with(q))
    }

    // ---- fuzzy ---------------------------------------------------------------------------------

    fn fuzzy(&self, q: &str, langs: &[usize], limit: usize, cands: &mut Vec<Cand>) {
        let qc: Vec<char> = q.chars().collect();
        let m = qc.len();
        if !(MIN_FUZZY_CHARS..=MAX_FUZZY_CHARS).contains(&m) {
            return;
        }
        let cjk = qc
            .iter()
            .filter(|&&c| script_class(c) == Class::Cjk)
            .count();
        let d: u8 = if m >= 8 && cjk * 2 <= m { 2 } else { 1 };
        let allowed = allowed_ranges(&qc);
        let rq: Vec<char> = qc.iter().rev().copied().collect();
        // Per-column caps on the edit count: one vector per scheme (see the design notes).
        let cap = |exact_until: usize, low: u8, high: u8| -> Vec<u8> {
            (0..=m)
                .map(|j| if j < exact_until { low } else { high })
                .collect()
        };
        // (table, caps, lazy): a lazy scheme runs only if the others leave room for its hits.
        let mut schemes: Vec<(Which, Vec<u8>, bool)> = Vec::new();
        if d == 1 {
            let a = m / 2;
            schemes.push((Which::Full, cap(a, 0, 1), false));
            schemes.push((Which::Words, cap(a, 0, 1), false));
            schemes.push((Which::Ends, cap(m - a, 0, 1), false));
        } else {
            let (a1, a2) = (m / 3, 2 * m / 3);
            // `A` exact and at most one edit up to the end of `B`: two edits in `B` leave `C`
            // untouched, which the backward scheme finds; this keeps the walk from branching
            // twice near the top of the trie, where it is dense.
            let first: Vec<u8> = (0..=m)
                .map(|j| match j {
                    j if j < a1 => 0,
                    j if j < a2 => 1,
                    _ => 2,
                })
                .collect();
            schemes.push((Which::Full, first.clone(), false));
            schemes.push((Which::Words, first, false));
            schemes.push((Which::Ends, cap(m - a2, 0, 2), false));
            // One edit in each outer third: whole terms (and their prefixes) only. It finds
            // nothing within distance 1 that the others miss, so it is skipped when the query
            // already is a term or a term's prefix (typo tolerance is for queries that match
            // nothing as typed), and when hits of better kinds and fuzzy hits at distance 1
            // already fill the limit.
            schemes.push((Which::Full, cap(a2, 1, 2), true));
        }
        let mut walk = Walk {
            d,
            budget: FUZZY_NODE_BUDGET,
            rows: vec![vec![INF; m + 1]; m + usize::from(d) + 2],
            ranges: Vec::new(),
        };
        for lazy in [false, true] {
            if lazy {
                let known = cands
                    .iter()
                    .any(|c| matches!(c.kind, MatchKind::Exact | MatchKind::Prefix));
                if known || !schemes.iter().any(|s| s.2) {
                    break;
                }
                let mut scratch: Vec<Cand> = cands.clone();
                for r in walk.ranges.iter().filter(|r| r.dist <= 1) {
                    self.collect(self.table(r.which), r.lo, r.hi, limit, &mut scratch, |_| {
                        (MatchKind::Fuzzy, 1, false)
                    });
                }
                let mut distinct: Vec<u32> = scratch
                    .iter()
                    .map(|c| self.payload.get(c.entry as usize).copied().unwrap_or(0))
                    .collect();
                crate::sort::sort(&mut distinct);
                distinct.dedup();
                if distinct.len() >= limit {
                    break;
                }
            }
            for &l in langs {
                for (which, caps, _) in schemes.iter().filter(|s| s.2 == lazy) {
                    let (table, query) = match which {
                        Which::Full | Which::Words => (self.table(*which), &qc),
                        Which::Ends => (&self.ends, &rq),
                    };
                    let (lo, hi) = table.part(l);
                    let scheme = Scheme {
                        which: *which,
                        table,
                        q: query,
                        caps,
                        allowed: &allowed,
                    };
                    self.walk_scheme(&mut walk, &scheme, lo, hi);
                }
            }
        }
        // Best distance first; within a distance, the best ranks of each range.
        let mut ranges = walk.ranges;
        ranges.sort_unstable_by_key(|r| (r.dist, r.lo, r.hi, r.which as u8));
        ranges.dedup_by_key(|r| (r.dist, r.lo, r.hi, r.which as u8));
        let mut distinct: Vec<u32> = Vec::new();
        let mut i = 0;
        while i < ranges.len() {
            let dist = ranges.get(i).map_or(0, |r| r.dist);
            if distinct.len() >= limit {
                break;
            }
            while let Some(r) = ranges.get(i).filter(|r| r.dist == dist) {
                let table = self.table(r.which);
                let start = cands.len();
                self.collect(table, r.lo, r.hi, limit, cands, |a| {
                    (MatchKind::Fuzzy, r.dist, self.is_whole(table, a, r.depth))
                });
                for c in cands.get(start..).unwrap_or(&[]) {
                    let p = self.payload.get(c.entry as usize).copied().unwrap_or(0);
                    if !distinct.contains(&p) {
                        distinct.push(p);
                    }
                }
                i += 1;
            }
        }
    }

    fn table(&self, which: Which) -> &Table {
        match which {
            Which::Full => &self.full,
            Which::Words => &self.words,
            Which::Ends => &self.ends,
        }
    }

    /// Whether anchor `i`, matched over `depth` bytes, covers its whole key.
    fn is_whole(&self, table: &Table, i: usize, depth: usize) -> bool {
        let Some(at) = table.at.get(i).map(|&a| a as usize) else {
            return false;
        };
        let (s, t) = self.key_bounds(self.entry_of(at));
        depth == t - s
            && match table.dir {
                Dir::Fwd => at == s,
                Dir::Rev => at == t,
            }
    }

    /// Runs one scheme: descends the exact piece by binary search, then walks the trie.
    fn walk_scheme(&self, walk: &mut Walk, s: &Scheme<'_>, lo: usize, hi: usize) {
        if lo >= hi || walk.budget == 0 {
            return;
        }
        let (q, caps) = (s.q, s.caps);
        let m = q.len();
        // Row 0: the empty key against every prefix of the query.
        {
            let Some(row) = walk.rows.get_mut(0) else {
                return;
            };
            for (j, cell) in row.iter_mut().enumerate() {
                let v = j.min(usize::from(INF)) as u8;
                *cell = if v > caps.get(j).copied().unwrap_or(0) {
                    INF
                } else {
                    v
                };
            }
        }
        // Columns `0..z` capped at 0 make the first `z - 1` characters exact (the character at
        // column `z` may still be substituted or transposed with its neighbour): their range is
        // found with one pair of binary searches, and their rows computed after.
        let exact = caps
            .iter()
            .take_while(|&&c| c == 0)
            .count()
            .saturating_sub(1)
            .min(m);
        let piece = q.get(..exact).unwrap_or(&[]);
        let (lo, hi) = self.chars_range(s.table, lo, hi, piece);
        if lo >= hi {
            return;
        }
        let (mut depth, mut chars) = (0usize, 0usize);
        let mut prev: Option<char> = None;
        let mut best = 0;
        for &c in piece {
            best = walk.step(chars, c, prev, q, caps).0;
            depth += c.len_utf8();
            chars += 1;
            prev = Some(c);
        }
        self.dfs(
            walk,
            s,
            Node {
                lo,
                hi,
                depth,
                chars,
                prev,
                best,
            },
        );
    }

    /// The sub-range of `lo..hi` (anchors sharing `depth` bytes) whose next character is `c`.
    fn child_range(
        &self,
        t: &Table,
        lo: usize,
        hi: usize,
        depth: usize,
        c: char,
    ) -> (usize, usize) {
        let s = partition(lo, hi, |i| self.char_at(t, i, depth) < Some(c));
        let e = partition(s, hi, |i| self.char_at(t, i, depth) <= Some(c));
        (s, e)
    }

    /// Visits the children of the trie node `node`, whose edit-distance row is
    /// `walk.rows[node.chars]`.
    fn dfs(&self, walk: &mut Walk, s: &Scheme<'_>, node: Node) {
        if walk.budget == 0 || node.chars + 1 >= walk.rows.len() {
            return;
        }
        walk.budget -= 1;
        let table = s.table;
        let depth = node.depth;
        if node.best >= walk.d || !walk.can_edit(node.chars, s.caps) {
            // No edit left: only a character that extends a live cell diagonally can follow.
            let mut next: Vec<char> = Vec::new();
            let d = usize::from(walk.d);
            let band = |k: usize| k.saturating_sub(d)..=k + d;
            if let Some(row) = walk.rows.get(node.chars) {
                for j in band(node.chars) {
                    if row.get(j).is_some_and(|&v| v <= walk.d) {
                        if let Some(&c) = s.q.get(j) {
                            if !next.contains(&c) {
                                next.push(c);
                            }
                        }
                    }
                }
            }
            // A transposition completes from the row before: `prev` was the query's next
            // character and `c` must be the one before it.
            if let (Some(prev), Some(before)) = (
                node.prev,
                node.chars.checked_sub(1).and_then(|k| walk.rows.get(k)),
            ) {
                for j in band(node.chars - 1) {
                    let v = before.get(j).copied().unwrap_or(INF);
                    let cap = s.caps.get(j + 2).copied().unwrap_or(0);
                    if v < cap && s.q.get(j + 1) == Some(&prev) {
                        if let Some(&c) = s.q.get(j) {
                            if !next.contains(&c) {
                                next.push(c);
                            }
                        }
                    }
                }
            }
            crate::sort::sort(&mut next);
            for c in next {
                let (a, b) = self.child_range(table, node.lo, node.hi, depth, c);
                if a < b {
                    self.visit(walk, s, &node, a, b, c);
                }
            }
            return;
        }
        // Anchors whose text ends here sort first; skip them.
        let g = partition(node.lo, node.hi, |i| {
            self.char_at(table, i, depth).is_none()
        });
        for &(rlo, rhi) in s.allowed {
            let a = partition(g, node.hi, |i| {
                self.char_at(table, i, depth).is_some_and(|c| c < rlo)
            });
            let e = partition(a, node.hi, |i| {
                self.char_at(table, i, depth).is_some_and(|c| c < rhi)
            });
            let mut i = a;
            while i < e {
                let Some(c) = self.char_at(table, i, depth) else {
                    break;
                };
                let j = gallop(i, e, |k| self.char_at(table, k, depth) <= Some(c));
                self.visit(walk, s, &node, i, j, c);
                if walk.budget == 0 {
                    return;
                }
                i = j.max(i + 1);
            }
        }
    }

    /// Steps into the child `i..j` of `node` (next character `c`): records it if it matches,
    /// and walks on if a better or a first match may lie below.
    fn visit(&self, walk: &mut Walk, s: &Scheme<'_>, node: &Node, i: usize, j: usize, c: char) {
        let (best, last) = walk.step(node.chars, c, node.prev, s.q, s.caps);
        if best > walk.d {
            return;
        }
        let table = s.table;
        let child = node.depth + c.len_utf8();
        if (1..=walk.d).contains(&last) && walk.ranges.len() < MAX_FUZZY_RANGES {
            // Split off the anchors that end exactly here: they may be whole matches.
            let x = partition(i, j, |k| self.char_at(table, k, child).is_none());
            for (lo, hi) in [(i, x), (x, j)] {
                if lo < hi {
                    walk.ranges.push(Range {
                        which: s.which,
                        lo,
                        hi,
                        depth: child,
                        dist: last,
                    });
                }
            }
        }
        let go = if last == 0 {
            table.dir == Dir::Rev
        } else {
            best < last || last > walk.d
        };
        if go && node.chars + 1 < s.q.len() + usize::from(walk.d) + 1 {
            let below = Node {
                lo: i,
                hi: j,
                depth: child,
                chars: node.chars + 1,
                prev: Some(c),
                best,
            };
            self.dfs(walk, s, below);
        }
    }
}

/// A node of the implicit trie: anchors `lo..hi` share their first `depth` bytes (`chars`
/// characters, the last being `prev`).
#[derive(Debug, Clone, Copy)]
struct Node {
    lo: usize,
    hi: usize,
    depth: usize,
    chars: usize,
    prev: Option<char>,
    /// The smallest cell of the node's edit-distance row.
    best: u8,
}

/// One pass of the fuzzy search over one table.
struct Scheme<'a> {
    which: Which,
    table: &'a Table,
    /// The query's characters (reversed for a [`Dir::Rev`] table).
    q: &'a [char],
    /// Per-column caps on the edit count.
    caps: &'a [u8],
    /// Code point ranges a key character may come from (the query's scripts).
    allowed: &'a [(char, char)],
}

fn empty_table(dir: Dir) -> Table {
    Table {
        at: Arr::default(),
        parts: Vec::new(),
        tree: MinTree::default(),
        dir,
        sample: Vec::new(),
    }
}

/// An anchor being sorted, with the next 16 bytes of its text (in reading order, zero after its
/// end: keys hold no NUL) in `hi` and `lo`, and in `tail`, from the top: how many of the 16
/// bytes are text (5 bits: fewer than 16 means the text has ended), how many bytes a refill
/// moves on by (5 bits: whole characters), the length of its text (22 bits: from the anchor to
/// the end, or the start, of its key) and its place in the arena (32 bits, [`Table::at`]).
/// Ordering by [`Tagged::order`] orders by text, then place: by text, then entry (the arena is
/// in rank order), then offset. 24 bytes.
#[derive(Debug, Clone, Copy)]
struct Tagged {
    hi: u64,
    lo: u64,
    tail: u64,
}

impl Tagged {
    /// The longest text length a tag holds (keys are at most [`MAX_KEY_BYTES`]).
    const MAX_SPAN: usize = (1 << 22) - 1;

    /// The arena's byte range of the anchor's text.
    fn bounds(&self, dir: Dir) -> (usize, usize) {
        let at = self.at() as usize;
        let span = (self.tail >> 32 & Self::MAX_SPAN as u64) as usize;
        match dir {
            Dir::Fwd => (at, at + span),
            Dir::Rev => (at.saturating_sub(span), at),
        }
    }

    /// The sort key: text, then place (the refill step and the length follow from the text
    /// when two texts are equal, and a run that agrees on 16 bytes is sorted again deeper).
    fn order(&self) -> (u64, u64, u64) {
        (
            self.hi,
            self.lo,
            self.tail >> 59 << 59 | self.tail & 0xFFFF_FFFF,
        )
    }

    fn same_text(&self, other: &Tagged) -> bool {
        self.hi == other.hi && self.lo == other.lo && self.filled() == other.filled()
    }

    fn filled(&self) -> usize {
        (self.tail >> 59) as usize
    }

    fn advance(&self) -> usize {
        (self.tail >> 54 & 0x1F) as usize
    }

    fn at(&self) -> u32 {
        (self.tail & 0xFFFF_FFFF) as u32
    }
}

/// A mask of the `n` high bytes of a `u128` (all of them from 16 on).
fn keep_high(n: usize) -> u128 {
    match n {
        0 => 0,
        1..=15 => !(u128::MAX >> (8 * n)),
        _ => u128::MAX,
    }
}

/// Sorts `run` by [`Tagged::order`]. A long run (a language's anchors: millions at 1M terms) is
/// first cut in place into buckets by the first two bytes of its texts (an American flag sort:
/// one pass that counts, one that moves each anchor once), so that the comparison sort then
/// works on one bucket at a time, in the caches, with about 16 fewer levels of comparisons
/// than over the whole run. The order is total (no two anchors of a table have the same
/// place), so the result is the same as sorting the run directly (a test checks it).
fn sort_tagged(run: &mut [Tagged]) {
    const BUCKETS: usize = 1 << 16;
    if run.len() < 4 * BUCKETS {
        run.sort_unstable_by_key(|t| t.order());
        return;
    }
    let bucket = |t: &Tagged| (t.hi >> 48) as usize;
    let mut end = vec![0usize; BUCKETS];
    for t in run.iter() {
        if let Some(c) = end.get_mut(bucket(t)) {
            *c += 1;
        }
    }
    let mut sum = 0usize;
    for c in end.iter_mut() {
        sum += *c;
        *c = sum;
    }
    // `next[b]` is where bucket `b`'s next anchor goes; everything before it in the bucket is
    // in place. Each swap puts one anchor in its bucket for good.
    let mut next: Vec<usize> = Vec::with_capacity(BUCKETS);
    next.push(0);
    next.extend(end.iter().take(BUCKETS - 1).copied());
    for b in 0..BUCKETS {
        let stop = end.get(b).copied().unwrap_or(0).min(run.len());
        while let Some(&i) = next.get(b).filter(|&&i| i < stop) {
            let Some(t) = run.get(i) else { break };
            let d = bucket(t);
            if d == b {
                if let Some(n) = next.get_mut(b) {
                    *n += 1;
                }
                continue;
            }
            let Some(j) = next.get_mut(d) else { break };
            if *j >= run.len() || *j >= end.get(d).copied().unwrap_or(0) {
                // Cannot happen (the counts are the bucket sizes): fall back to a plain sort.
                run.sort_unstable_by_key(|t| t.order());
                return;
            }
            run.swap(i, *j);
            *j += 1;
        }
    }
    let mut start = 0usize;
    for &stop in &end {
        if let Some(b) = run.get_mut(start..stop.max(start)) {
            b.sort_unstable_by_key(|t| t.order());
        }
        start = stop;
    }
}

/// A candidate hit before ranking.
#[derive(Debug, Clone, Copy)]
struct Cand {
    entry: u32,
    kind: MatchKind,
    dist: u8,
    whole: bool,
}

/// A range of anchors that matched fuzzily.
#[derive(Debug, Clone, Copy)]
struct Range {
    which: Which,
    lo: usize,
    hi: usize,
    depth: usize,
    dist: u8,
}

/// The state of one fuzzy search.
struct Walk {
    d: u8,
    budget: usize,
    /// `rows[k]`: the edit-distance row after `k` characters of the key.
    rows: Vec<Vec<u8>>,
    ranges: Vec<Range>,
}

impl Walk {
    /// Whether a child of a node at depth `k` may survive with a character that matches no
    /// live cell diagonally: some cell `v` at column `j` could become `v + 1 + t` at column
    /// `j + 1 + t` (an insertion or substitution, then `t` deletions) within the caps.
    fn can_edit(&self, k: usize, caps: &[u8]) -> bool {
        let d = usize::from(self.d);
        let Some(row) = self.rows.get(k) else {
            return false;
        };
        let m = caps.len().saturating_sub(1);
        let cap_at = |j: usize| caps.get(j.min(m)).copied().unwrap_or(0);
        for j in k.saturating_sub(d)..=(k + d).min(m) {
            let v = row.get(j).copied().unwrap_or(INF);
            if v >= self.d {
                continue;
            }
            if v < cap_at(j) {
                return true;
            }
            for t in 0..=d {
                if j + 1 + t <= m && usize::from(v) + 1 + t <= usize::from(cap_at(j + 1 + t)) {
                    return true;
                }
            }
        }
        false
    }

    /// Computes `rows[k + 1]` from `rows[k]` (and `rows[k - 1]` for transpositions) for key
    /// character `c` after `prev`; returns the row's minimum and its last cell.
    fn step(&mut self, k: usize, c: char, prev: Option<char>, q: &[char], caps: &[u8]) -> (u8, u8) {
        let m = q.len();
        let d = usize::from(self.d);
        let (head, tail) = self.rows.split_at_mut(k + 1);
        let (Some(cur), Some(next)) = (head.last(), tail.first_mut()) else {
            return (INF, INF);
        };
        let before = if k >= 1 { head.get(k - 1) } else { None };
        let sat = |v: u8| v.saturating_add(1).min(INF);
        let cap_at = |j: usize| caps.get(j).copied().unwrap_or(0);
        // Only cells within `d` of the diagonal can be `<= d`; the cells just outside the band
        // are set to INF so that the next row may read them.
        let (jlo, jhi) = ((k + 1).saturating_sub(d), (k + 1 + d).min(m));
        if jlo > 0 {
            if let Some(cell) = next.get_mut(jlo - 1) {
                *cell = INF;
            }
        }
        if let Some(cell) = next.get_mut(jhi + 1) {
            *cell = INF;
        }
        let mut best = INF;
        let mut left = INF;
        for j in jlo..=jhi {
            let up = cur.get(j).copied().unwrap_or(INF);
            let mut v = sat(up);
            if j >= 1 {
                let qj = q.get(j - 1).copied();
                let cost = u8::from(qj != Some(c));
                let diag = cur.get(j - 1).copied().unwrap_or(INF);
                v = v.min(sat(left)).min(diag.saturating_add(cost).min(INF));
                if j >= 2 {
                    let qp = q.get(j - 2).copied();
                    if prev.is_some() && prev == qj && Some(c) == qp && qj != qp {
                        if let Some(b) = before.and_then(|b| b.get(j - 2)) {
                            v = v.min(sat(*b));
                        }
                    }
                }
            }
            if v > cap_at(j) {
                v = INF;
            }
            if let Some(cell) = next.get_mut(j) {
                *cell = v;
            }
            best = best.min(v);
            left = v;
        }
        let last = if jhi == m && jlo <= m { left } else { INF };
        (best, last)
    }
}

/// The number of characters of UTF-8 `bytes` (the bytes that do not continue a character).
fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// The character whose UTF-8 encoding starts at `bytes[p]` and ends by `end` (`None` if it
/// does not fit; the arena is valid UTF-8, so that happens only on damaged input).
#[inline]
fn decode_fwd(bytes: &[u8], p: usize, end: usize) -> Option<char> {
    let b0 = *bytes.get(p)?;
    if b0 < 0x80 {
        return Some(char::from(b0));
    }
    let (w, init) = match b0 {
        0xF0.. => (4, u32::from(b0 & 0x07)),
        0xE0.. => (3, u32::from(b0 & 0x0F)),
        _ => (2, u32::from(b0 & 0x1F)),
    };
    if p + w > end {
        return None;
    }
    let mut v = init;
    for &b in bytes.get(p + 1..p + w)? {
        v = v << 6 | u32::from(b & 0x3F);
    }
    char::from_u32(v)
}

/// The character whose UTF-8 encoding ends just before `bytes[end]`, not before `start`.
#[inline]
fn decode_back(bytes: &[u8], start: usize, end: usize) -> Option<char> {
    let mut p = end.checked_sub(1)?;
    if *bytes.get(p)? < 0x80 {
        return bytes.get(p).map(|&b| char::from(b));
    }
    while p > start && end - p < 4 && bytes.get(p).is_some_and(|&b| b & 0xC0 == 0x80) {
        p -= 1;
    }
    decode_fwd(bytes, p, end)
}

/// The first 8 bytes of `b`, big-endian, zero-padded: integer order is the order of the bytes
/// (ties among texts that agree on 8 bytes).
fn prefix8(b: &[u8]) -> u64 {
    let mut x = [0u8; 8];
    let n = b.len().min(8);
    if let (Some(dst), Some(src)) = (x.get_mut(..n), b.get(..n)) {
        dst.copy_from_slice(src);
    }
    u64::from_be_bytes(x)
}

/// The first index in `lo..hi` for which `pred` is false (`pred` must be true then false).
fn partition(mut lo: usize, mut hi: usize, pred: impl Fn(usize) -> bool) -> usize {
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pred(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Like [`partition`], but probes `lo, lo + 1, lo + 3, lo + 7, …` first: `O(log r)` probes for
/// an answer `r` places after `lo`.
fn gallop_from(lo: usize, hi: usize, pred: impl Fn(usize) -> bool) -> usize {
    if lo >= hi || !pred(lo) {
        return lo;
    }
    gallop(lo, hi, pred)
}

/// Like [`partition`], but probes `lo + 1, lo + 2, lo + 4, …` first: sibling ranges are short.
fn gallop(lo: usize, hi: usize, pred: impl Fn(usize) -> bool) -> usize {
    let mut step = 1;
    let mut base = lo;
    while base + step < hi && pred(base + step) {
        base += step;
        step *= 2;
    }
    partition(base, (base + step).min(hi), pred)
}

fn lang_matches(tag: &str, want: &str) -> bool {
    tag.eq_ignore_ascii_case(want)
        || (tag.len() > want.len()
            && tag
                .get(..want.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(want))
            && tag
                .as_bytes()
                .get(want.len())
                .is_some_and(|&b| b == b'-' || b == b'_'))
}

/// Coarse script classes, for restricting fuzzy branching to the query's own scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Latin,
    Greek,
    Cyrillic,
    Hebrew,
    Arabic,
    Cjk,
    Other(u32),
}

fn script_class(c: char) -> Class {
    match c {
        '0'..='9' | 'a'..='z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => Class::Latin,
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => Class::Greek,
        '\u{0400}'..='\u{052F}' => Class::Cyrillic,
        '\u{0590}'..='\u{05FF}' => Class::Hebrew,
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' => {
            Class::Arabic
        }
        '\u{2E80}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}' => Class::Cjk,
        _ => Class::Other(c as u32 >> 7),
    }
}

fn class_ranges(class: Class) -> Vec<(char, char)> {
    let r = |a: u32, b: u32| {
        (
            char::from_u32(a).unwrap_or('\0'),
            char::from_u32(b).unwrap_or('\0'),
        )
    };
    match class {
        Class::Latin => vec![
            r(0x30, 0x3A),
            r(0x61, 0x7B),
            r(0xC0, 0x250),
            r(0x1E00, 0x1F00),
        ],
        Class::Greek => vec![r(0x370, 0x400), r(0x1F00, 0x2000)],
        Class::Cyrillic => vec![r(0x400, 0x530)],
        Class::Hebrew => vec![r(0x590, 0x600)],
        Class::Arabic => vec![r(0x600, 0x700), r(0x750, 0x780), r(0x8A0, 0x900)],
        Class::Cjk => vec![
            r(0x2E80, 0xA000),
            r(0xAC00, 0xD7B0),
            r(0xF900, 0xFB00),
            r(0x20000, 0x40000),
        ],
        Class::Other(block) => vec![r(block << 7, (block + 1) << 7)],
    }
}

/// The sorted, merged code point ranges of the scripts in `q`.
fn allowed_ranges(q: &[char]) -> Vec<(char, char)> {
    let mut classes: Vec<Class> = Vec::new();
    for &c in q {
        let k = script_class(c);
        if !classes.contains(&k) {
            classes.push(k);
        }
    }
    let mut ranges: Vec<(char, char)> = classes.into_iter().flat_map(class_ranges).collect();
    crate::sort::sort(&mut ranges);
    let mut merged: Vec<(char, char)> = Vec::with_capacity(ranges.len());
    for (a, b) in ranges {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

#[cfg(test)]
mod tests;
