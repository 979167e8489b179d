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
//! array): the bytes are copied into the index's arrays once, with no sorting and no folding. Bytes that are truncated, foreign, of
//! another format version or damaged are refused with an [`IndexError`]; no input panics.

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

struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], IndexError> {
        if self.rest.len() < n {
            return Err(IndexError::Truncated);
        }
        let (a, b) = self.rest.split_at(n);
        self.rest = b;
        Ok(a)
    }
    fn skip_pad(&mut self, n: usize) -> Result<(), IndexError> {
        self.take((4 - n % 4) % 4).map(|_| ())
    }
    fn u32(&mut self) -> Result<u32, IndexError> {
        let b = self.take(4)?;
        let mut a = [0u8; 4];
        a.copy_from_slice(b);
        Ok(u32::from_le_bytes(a))
    }
    fn len(&mut self, elem: usize) -> Result<usize, IndexError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(elem) > self.rest.len() {
            return Err(IndexError::Truncated);
        }
        Ok(n)
    }
    fn bytes(&mut self) -> Result<&'a [u8], IndexError> {
        let n = self.len(1)?;
        let b = self.take(n)?;
        self.skip_pad(n)?;
        Ok(b)
    }
    fn u32s(&mut self) -> Result<Vec<u32>, IndexError> {
        let n = self.len(4)?;
        let b = self.take(n * 4)?;
        Ok(b.chunks_exact(4)
            .map(|c| <[u8; 4]>::try_from(c).map_or(0, u32::from_le_bytes))
            .collect())
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
        w.bytes(self.arena.as_bytes());
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
    /// index or were damaged.
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
        let mut r = Reader {
            rest: bytes.get(4..).unwrap_or(&[]),
        };
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(IndexError::Version {
                found: version,
                expected: FORMAT_VERSION,
            });
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        let mut s = [0u8; 8];
        s.copy_from_slice(sum);
        if checksum(body) != u64::from_le_bytes(s) {
            return Err(IndexError::Damaged);
        }
        r.rest = body.get(8..).unwrap_or(&[]);
        let n = r.u32()? as usize;
        let n_langs = r.u32()? as usize;
        let arena = simdutf8::basic::from_utf8(r.bytes()?)
            .map_err(|_| IndexError::Invalid("the keys are not UTF-8"))?
            .to_owned();
        let starts = r.u32s()?;
        let payload = r.u32s()?;
        let bias = r.bytes()?.to_vec();
        if starts.len() != n + 1 || payload.len() != n || bias.len() != n {
            return Err(IndexError::Invalid("the entry arrays differ in length"));
        }
        let mut prev = 0u32;
        for (k, &st) in starts.iter().enumerate() {
            // Every key holds a character and ends with the NUL byte before the next start.
            if (k > 0 && st < prev.saturating_add(2))
                || st as usize > arena.len()
                || (k > 0 && arena.as_bytes().get(st as usize - 1) != Some(&super::END))
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
        if arena.bytes().filter(|&b| b == super::END).count() != n {
            return Err(IndexError::Invalid("a key holds a NUL byte"));
        }
        if n_langs > bytes.len() {
            return Err(IndexError::Truncated);
        }
        let mut langs = Vec::with_capacity(n_langs);
        for _ in 0..n_langs {
            let tag = std::str::from_utf8(r.bytes()?)
                .map_err(|_| IndexError::Invalid("a language tag is not UTF-8"))?;
            langs.push(tag.to_owned());
        }
        let mut index = SearchIndex {
            arena,
            starts,
            blocks: Vec::new(),
            payload,
            bias,
            langs,
            full: super::empty_table(Dir::Fwd),
            words: super::empty_table(Dir::Fwd),
            inner: super::empty_table(Dir::Fwd),
            ends: super::empty_table(Dir::Rev),
        };
        let mut tables = Vec::with_capacity(4);
        index.blocks = index.blocks_of();
        for dir in [Dir::Fwd, Dir::Fwd, Dir::Fwd, Dir::Rev] {
            let at = r.u32s()?;
            let parts = r.u32s()?;
            let table = index.check_table(at, parts, dir)?;
            tables.push(table);
        }
        if !r.rest.is_empty() {
            return Err(IndexError::Invalid("bytes after the last table"));
        }
        let mut tables = tables.into_iter();
        let (Some(full), Some(words), Some(inner), Some(ends)) =
            (tables.next(), tables.next(), tables.next(), tables.next())
        else {
            return Err(IndexError::Truncated);
        };
        if full.at.len() != index.payload.len() {
            return Err(IndexError::Invalid(
                "the key table does not hold one anchor per key",
            ));
        }
        (index.full, index.words, index.inner, index.ends) = (full, words, inner, ends);
        Ok(index)
    }

    /// Checks one table against the arena and rebuilds its min-tree and samples.
    fn check_table(&self, at: Vec<u32>, parts: Vec<u32>, dir: Dir) -> Result<Table, IndexError> {
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
