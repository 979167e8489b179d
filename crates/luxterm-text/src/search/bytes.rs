//! A built index as bytes, and back: so that a large glossary can ship its index prebuilt.
//!
//! The layout is the index's own arrays, little-endian, each preceded by its length and padded
//! to four bytes, after a 16-byte header and before an 8-byte checksum:
//!
//! ```text
//! "LXTI" · format version (u32) · entries (u32) · languages (u32)
//! arena (UTF-8: every key followed by a NUL byte) · starts (u32 × entries + 1)
//! payloads (u32 × entries) · biases (u8 × entries) · languages (u32 length + UTF-8 each)
//! 4 × table: anchors' places in the arena (u32 × n) · language parts (u32)
//! checksum (u64) of everything before it
//! ```
//!
//! Loading checks the header, the checksum, and every length and bound that a search relies on
//! (the keys' NUL bytes, where the starts say and nowhere else; each anchor inside the arena),
//! and rebuilds the min-trees, the samples and the block directory (one pass over each
//! array). The index's arrays are then views of the bytes ([`store`](super::store)): kept as
//! they are by [`SearchIndex::from_vec`], copied once (into a buffer aligned to four bytes) by
//! [`SearchIndex::from_bytes`]; no sorting and no folding. Bytes that are truncated, foreign,
//! of another format version or damaged are refused with an [`IndexError`]; no input panics.

use std::ops::Range;
use std::sync::Arc;

use super::store::{Arr, Backing};
use super::{Dir, SearchIndex, Table};
use crate::topk::MinTree;

/// The first four bytes of a serialised index.
const MAGIC: [u8; 4] = *b"LXTI";
/// The version of the byte layout; bumped whenever it changes.
///
/// Version 2 anchors by place in the arena (4 bytes an anchor; version 1 had an
/// entry and an offset, 6 bytes) and ends every key with a NUL byte. Version 3 has the same
/// layout with a checksum computed in four lanes (faster to check).
pub const FORMAT_VERSION: u32 = 3;

/// Why bytes could not be loaded as a [`SearchIndex`].
///
/// ```
/// use luxterm_text::{IndexError, SearchIndex};
///
/// assert_eq!(SearchIndex::from_bytes(b"LXT").unwrap_err(), IndexError::Truncated);
/// assert_eq!(SearchIndex::from_bytes(b"PK\x03\x04 not an index..").unwrap_err(), IndexError::NotAnIndex);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum IndexError {
    /// The bytes end before the index does.
    Truncated,
    /// The bytes do not start with the index's magic number.
    NotAnIndex,
    /// The index was written in another format version.
    Version {
        /// The version in the bytes.
        found: u32,
        /// The version this build reads.
        expected: u32,
    },
    /// The checksum does not match: the bytes were damaged.
    Damaged,
    /// The checksum matches but a part of the index is inconsistent (named here).
    Invalid(&'static str),
}

impl std::fmt::Display for IndexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IndexError::Truncated => write!(f, "the search index is truncated"),
            IndexError::NotAnIndex => write!(f, "these bytes are not a luxterm search index"),
            IndexError::Version { found, expected } => write!(
                f,
                "the search index has format version {found}; this build reads version {expected}"
            ),
            IndexError::Damaged => write!(f, "the search index is damaged (checksum mismatch)"),
            IndexError::Invalid(what) => write!(f, "the search index is inconsistent: {what}"),
        }
    }
}

impl std::error::Error for IndexError {}

/// A 64-bit checksum (FNV-1a's multiply over 8-byte words, with a shift to mix the high bits
/// down), in four lanes that take every fourth word, combined at the end: a lane's multiply
/// waits on its previous one, so four independent lanes let the processor run four at once
/// (a single lane took 0.1 s of a 0.6 s load at 540 MB). Damage to any word changes its lane.
fn checksum(bytes: &[u8]) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let word = |w: &[u8]| {
        let mut b = [0u8; 8];
        if let Some(src) = w.get(..8) {
            b.copy_from_slice(src);
        }
        u64::from_le_bytes(b)
    };
    let mix = |h: u64, w: u64| {
        let h = (h ^ w).wrapping_mul(PRIME);
        h ^ h >> 29
    };
    let mut lanes: [u64; 4] = [
        0xcbf2_9ce4_8422_2325,
        0x8422_2325_cbf2_9ce4,
        0x9ce4_8422_2325_cbf2,
        0x2325_cbf2_9ce4_8422,
    ];
    let mut quads = bytes.chunks_exact(32);
    for q in &mut quads {
        let [l0, l1, l2, l3] = &mut lanes;
        *l0 = mix(*l0, word(q.get(0..8).unwrap_or(&[])));
        *l1 = mix(*l1, word(q.get(8..16).unwrap_or(&[])));
        *l2 = mix(*l2, word(q.get(16..24).unwrap_or(&[])));
        *l3 = mix(*l3, word(q.get(24..32).unwrap_or(&[])));
    }
    let mut h = lanes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &l| mix(h, l));
    let mut words = quads.remainder().chunks_exact(8);
    for w in &mut words {
        h = mix(h, word(w));
    }
    for &b in words.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(PRIME);
    }
    mix(h, bytes.len() as u64)
}

#[cfg(test)]
pub(super) fn checksum_for_tests(bytes: &[u8]) -> u64 {
    checksum(bytes)
}

/// How many NUL bytes `bytes` holds, eight at a time: `!(((w & 0x7f…) + 0x7f…) | w | 0x7f…)`
/// has the top bit of a byte set exactly where that byte of `w` is zero (the sum sets it for
/// a nonzero low 7 bits, `w` for a set top bit; no carry crosses a byte, so there are no false
/// hits), and `count_ones` counts them. 5× a byte-by-byte count on the
/// 255 MB of keys of a 1M-term index.
fn count_nul(bytes: &[u8]) -> usize {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut words = bytes.chunks_exact(8);
    let mut n = 0usize;
    for w in &mut words {
        let mut b = [0u8; 8];
        b.copy_from_slice(w);
        let w = u64::from_ne_bytes(b);
        n += (!(((w & LOW7) + LOW7) | w | LOW7)).count_ones() as usize;
    }
    n + words.remainder().iter().filter(|&&b| b == 0).count()
}

/// The checks of the first 8 bytes (before any copy): long enough, the magic number, the
/// format version.
fn check_header(bytes: &[u8]) -> Result<(), IndexError> {
    if bytes.len() < 16 + 8 {
        return Err(if bytes.len() >= 4 && bytes.get(..4) != Some(&MAGIC[..]) {
            IndexError::NotAnIndex
        } else {
            IndexError::Truncated
        });
    }
    if bytes.get(..4) != Some(&MAGIC[..]) {
        return Err(IndexError::NotAnIndex);
    }
    let mut v = [0u8; 4];
    v.copy_from_slice(bytes.get(4..8).unwrap_or(&[0; 4]));
    let version = u32::from_le_bytes(v);
    if version != FORMAT_VERSION {
        return Err(IndexError::Version {
            found: version,
            expected: FORMAT_VERSION,
        });
    }
    Ok(())
}

struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn pad(&mut self) {
        while self.0.len() % 4 != 0 {
            self.0.push(0);
        }
    }
    fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.0.extend_from_slice(b);
        self.pad();
    }
    fn u32s(&mut self, v: &[u32]) {
        self.u32(v.len() as u32);
        self.0.reserve(v.len() * 4);
        for &x in v {
            self.0.extend_from_slice(&x.to_le_bytes());
        }
    }
}

/// Reads the byte form front to back, giving each array as its byte range in `bytes`.
struct Reader<'a> {
    bytes: &'a [u8],
    /// Where the next field starts.
    pos: usize,
    /// Where the fields end (the checksum's place).
    end: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<Range<usize>, IndexError> {
        let start = self.pos;
        let end = start.checked_add(n).filter(|&e| e <= self.end);
        let end = end.ok_or(IndexError::Truncated)?;
        self.pos = end;
        Ok(start..end)
    }
    fn skip_pad(&mut self, n: usize) -> Result<(), IndexError> {
        self.take((4 - n % 4) % 4).map(|_| ())
    }
    fn u32(&mut self) -> Result<u32, IndexError> {
        let r = self.take(4)?;
        let mut a = [0u8; 4];
        a.copy_from_slice(self.bytes.get(r).ok_or(IndexError::Truncated)?);
        Ok(u32::from_le_bytes(a))
    }
    /// A length-prefixed array of `elem`-byte elements.
    fn array(&mut self, elem: usize) -> Result<Range<usize>, IndexError> {
        let n = self.u32()? as usize;
        let r = self.take(n.checked_mul(elem).ok_or(IndexError::Truncated)?)?;
        self.skip_pad(r.len())?;
        Ok(r)
    }
    fn rest(&self) -> usize {
        self.end - self.pos
    }
}

impl SearchIndex {
    /// The index as bytes, for [`from_bytes`](Self::from_bytes): its arrays, little-endian,
    /// after a header (magic number `LXTI`, [`FORMAT_VERSION`])
    /// and before a checksum. The same index always gives the same bytes.
    ///
    /// ```
    /// use luxterm_text::{Entry, SearchIndex, SearchOptions};
    ///
    /// let index = SearchIndex::build([Entry { text: "grooming", lang: "en", payload: 7, bias: 0 }]);
    /// let bytes = index.to_bytes();
    /// let loaded = SearchIndex::from_bytes(&bytes).unwrap();
    /// assert_eq!(loaded.search("groming", &SearchOptions::default())[0].payload, 7);
    /// ```
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::with_capacity(self.heap_bytes() + 64));
        w.0.extend_from_slice(&MAGIC);
        w.u32(FORMAT_VERSION);
        w.u32(self.payload.len() as u32);
        w.u32(self.langs.len() as u32);
        w.bytes(&self.arena);
        w.u32s(&self.starts);
        w.u32s(&self.payload);
        w.bytes(&self.bias);
        for l in &self.langs {
            w.bytes(l.as_bytes());
        }
        for t in [&self.full, &self.words, &self.inner, &self.ends] {
            w.u32s(&t.at);
            w.u32s(&t.parts);
        }
        let sum = checksum(&w.0);
        w.0.extend_from_slice(&sum.to_le_bytes());
        w.0
    }

    /// Loads an index written by [`to_bytes`](Self::to_bytes): much faster than building it
    /// (no folding, no sorting), and refused with a typed error if the bytes are not such an
    /// index or were damaged. The index keeps one copy of `bytes` (its arrays are views of
    /// it); [`from_vec`](Self::from_vec) keeps the caller's buffer instead and copies nothing.
    ///
    /// ```
    /// use luxterm_text::{Entry, IndexError, SearchIndex};
    ///
    /// let mut bytes = SearchIndex::build([Entry { text: "grooming", lang: "en", payload: 7, bias: 0 }])
    ///     .to_bytes();
    /// bytes[20] ^= 1;
    /// assert_eq!(SearchIndex::from_bytes(&bytes).unwrap_err(), IndexError::Damaged);
    /// ```
    pub fn from_bytes(bytes: &[u8]) -> Result<SearchIndex, IndexError> {
        check_header(bytes)?;
        SearchIndex::load(Backing::aligned_copy(bytes))
    }

    /// Loads an index written by [`to_bytes`](Self::to_bytes) from a buffer the index then
    /// owns: its arrays are views of `bytes`, so loading copies nothing (the keys and the
    /// tables are checked in place; only the min-trees and the samples of the search are
    /// built) and needs no memory beyond the buffer's but those. This is the way to load an
    /// index read from a file or received by a web page (`std::fs::read`, a `Vec<u8>` from
    /// JavaScript). On a big-endian machine, or if the buffer is not aligned to four bytes
    /// (allocators align far more), the arrays are copied out instead: the same index, at
    /// [`from_bytes`](Self::from_bytes)' cost. Errors as for `from_bytes`.
    ///
    /// ```
    /// use luxterm_text::{Entry, SearchIndex, SearchOptions};
    ///
    /// let bytes = SearchIndex::build([Entry { text: "grooming", lang: "en", payload: 7, bias: 0 }])
    ///     .to_bytes();
    /// let index = SearchIndex::from_vec(bytes).unwrap();
    /// assert_eq!(index.search("groom", &SearchOptions::default())[0].payload, 7);
    /// ```
    pub fn from_vec(bytes: Vec<u8>) -> Result<SearchIndex, IndexError> {
        check_header(&bytes)?;
        SearchIndex::load(Backing::aligned(bytes))
    }

    /// Checks the bytes and makes the index's arrays views of them.
    fn load(backing: Backing) -> Result<SearchIndex, IndexError> {
        let backing = Arc::new(backing);
        let bytes = backing.bytes();
        let body_len = bytes.len().saturating_sub(8);
        let (body, sum) = bytes.split_at(body_len);
        let mut s = [0u8; 8];
        s.copy_from_slice(sum.get(..8).ok_or(IndexError::Truncated)?);
        if checksum(body) != u64::from_le_bytes(s) {
            return Err(IndexError::Damaged);
        }
        let mut r = Reader {
            bytes,
            pos: 8,
            end: body_len,
        };
        let n = r.u32()? as usize;
        let n_langs = r.u32()? as usize;
        let view_u8 = |r: Range<usize>| Arr::<u8>::view(&backing, r).ok_or(IndexError::Truncated);
        let view_u32 = |r: Range<usize>| Arr::<u32>::view(&backing, r).ok_or(IndexError::Truncated);
        let arena = view_u8(r.array(1)?)?;
        if simdutf8::basic::from_utf8(&arena).is_err() {
            return Err(IndexError::Invalid("the keys are not UTF-8"));
        }
        let starts = view_u32(r.array(4)?)?;
        let payload = view_u32(r.array(4)?)?;
        let bias = view_u8(r.array(1)?)?;
        if starts.len() != n + 1 || payload.len() != n || bias.len() != n {
            return Err(IndexError::Invalid("the entry arrays differ in length"));
        }
        let mut prev = 0u32;
        for (k, &st) in starts.iter().enumerate() {
            // Every key holds a character and ends with the NUL byte before the next start.
            if (k > 0 && st < prev.saturating_add(2))
                || st as usize > arena.len()
                || (k > 0 && arena.get(st as usize - 1) != Some(&super::END))
            {
                return Err(IndexError::Invalid(
                    "a key is empty, out of order or without its NUL byte",
                ));
            }
            prev = st;
        }
        if starts.first().copied().unwrap_or(0) != 0 || prev as usize != arena.len() {
            return Err(IndexError::Invalid("the keys do not cover the arena"));
        }
        // NUL bytes only where the keys end (then every start is a character boundary).
        if count_nul(&arena) != n {
            return Err(IndexError::Invalid("a key holds a NUL byte"));
        }
        if n_langs > r.rest() {
            return Err(IndexError::Truncated);
        }
        let mut langs = Vec::with_capacity(n_langs);
        for _ in 0..n_langs {
            let tag = bytes.get(r.array(1)?).ok_or(IndexError::Truncated)?;
            let tag = std::str::from_utf8(tag)
                .map_err(|_| IndexError::Invalid("a language tag is not UTF-8"))?;
            langs.push(tag.to_owned());
        }
        let mut tables = Vec::with_capacity(4);
        for _ in 0..4 {
            let at = view_u32(r.array(4)?)?;
            let parts = view_u32(r.array(4)?)?.to_vec();
            tables.push((at, parts));
        }
        if r.rest() != 0 {
            return Err(IndexError::Invalid("bytes after the last table"));
        }
        let mut index = SearchIndex {
            arena,
            starts,
            blocks: Vec::new(),
            payload,
            bias,
            langs,
            backing: None,
            full: super::empty_table(Dir::Fwd),
            words: super::empty_table(Dir::Fwd),
            inner: super::empty_table(Dir::Fwd),
            ends: super::empty_table(Dir::Rev),
        };
        index.blocks = index.blocks_of();
        let mut checked = Vec::with_capacity(4);
        for ((at, parts), dir) in tables
            .into_iter()
            .zip([Dir::Fwd, Dir::Fwd, Dir::Fwd, Dir::Rev])
        {
            checked.push(index.check_table(at, parts, dir)?);
        }
        let mut checked = checked.into_iter();
        let (Some(full), Some(words), Some(inner), Some(ends)) = (
            checked.next(),
            checked.next(),
            checked.next(),
            checked.next(),
        ) else {
            return Err(IndexError::Truncated);
        };
        if full.at.len() != index.payload.len() {
            return Err(IndexError::Invalid(
                "the key table does not hold one anchor per key",
            ));
        }
        (index.full, index.words, index.inner, index.ends) = (full, words, inner, ends);
        index.backing = Some(backing);
        Ok(index)
    }

    /// Checks one table against the arena and rebuilds its min-tree and samples.
    fn check_table(&self, at: Arr<u32>, parts: Vec<u32>, dir: Dir) -> Result<Table, IndexError> {
        if parts.len() != self.langs.len() + 1
            || parts.first().copied().unwrap_or(1) != 0
            || parts.last().copied().map(|p| p as usize) != Some(at.len())
            || parts.windows(2).any(|w| w.first() > w.get(1))
        {
            return Err(IndexError::Invalid(
                "a table's language parts are out of order",
            ));
        }
        // Sequential checks only (a check of each anchor against its key would be a random
        // read of the arena per anchor, slower than the rest of loading together): a search
        // reads every text through bounds-checked look-ups that stop at a NUL byte, so an
        // anchor that is mid-character or on a key's NUL byte gives a short or empty text,
        // not a panic, and is refused here only when it is outside the arena.
        let limit = match dir {
            Dir::Fwd => self.arena.len(),
            Dir::Rev => self.arena.len() + 1,
        };
        if at.iter().any(|&a| a as usize >= limit) {
            return Err(IndexError::Invalid("an anchor is outside the keys"));
        }
        let tree = MinTree::build(&at);
        let mut table = Table {
            at,
            parts,
            tree,
            dir,
            sample: Vec::new(),
        };
        table.sample = self.sample_of(&table);
        Ok(table)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn nul_bytes_are_counted_wherever_they_are() {
        let mut bytes = vec![0x80u8; 37];
        assert_eq!(super::count_nul(&bytes), 0);
        for (k, at) in [0, 7, 8, 9, 15, 16, 35, 36].into_iter().enumerate() {
            bytes[at] = 0;
            assert_eq!(super::count_nul(&bytes), k + 1, "{at}");
        }
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(super::count_nul(&all), 1);
        assert_eq!(super::count_nul(&[0; 21]), 21);
    }
}
