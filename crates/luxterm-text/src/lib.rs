//! Unicode search keys and a compact multilingual term index for the luxterm glossary.
//!
//! Translators type a term in any language and script — with or without accents, in any case,
//! with Arabic vocalisation or without, fullwidth from a Chinese input method, with a typo — and
//! must find the concept. This crate does the text side of that and knows nothing about the
//! glossary model: the caller feeds it [`Entry`]s (text, language, a `u32` payload such as a
//! term's index, and a ranking bias) and maps the returned [`Hit`]s back.
//!
//! * [`normalize`]: the folding rules that turn text into search keys, and small Unicode helpers
//!   (`is_rtl`, `is_nfc`, `nfc`).
//! * [`search`]: the [`SearchIndex`], with design notes on its data structures; the
//!   [`IndexBuilder`] that builds it from borrowed text one entry at a time; its byte form
//!   ([`SearchIndex::to_bytes`], [`SearchIndex::from_vec`] without a copy,
//!   [`SearchIndex::from_bytes`], [`IndexError`]) for indexes shipped prebuilt.
//! * `matcher` (feature `matcher`): whole-word phrase matching in running text, on the same
//!   folded keys, with spans in the original text (what the text checker of `luxterm` runs on).
//! * [`sort`]: stable sorting with one compiled copy of the standard sort (code size in WASM).
//!
//! It has no IO and no global state, starts no thread unless a builder is made with
//! [`IndexBuilder::with_threads`] (on native targets), and runs unchanged on
//! `wasm32-unknown-unknown`. No function panics on any input.
//!
//! ```
//! use luxterm_text::{Entry, MatchKind, SearchIndex, SearchOptions};
//!
//! let index = SearchIndex::build([
//!     Entry { text: "pédopornographie", lang: "fr", payload: 0, bias: 3 },
//!     Entry { text: "ПОРНОГРАФИЯ", lang: "ru", payload: 1, bias: 0 },
//! ]);
//! let hits = index.search("pedoporno", &SearchOptions::default());
//! assert_eq!((hits[0].payload, hits[0].kind), (0, MatchKind::Prefix));
//! let hits = index.search("порнография", &SearchOptions::default());
//! assert_eq!((hits[0].payload, hits[0].kind), (1, MatchKind::Exact));
//! ```
//!
//! # Features
//!
//! * `js-normalize`: use the host's `String.prototype.normalize` through `js-sys` instead of the
//!   compiled-in tables of `unicode-normalization`, for `wasm32` builds that run in a browser
//!   (with `wasm-bindgen`): the binary then carries no normalization tables. The results are the
//!   same as long as the browser's Unicode version matches that of `unicode-normalization`
//!   (normalization is stable for assigned characters: only characters newer than the browser's
//!   Unicode version can differ). On other targets the feature has no effect.
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "matcher")]
pub mod matcher;
pub mod normalize;
pub mod search;
pub mod sort;
mod topk;

pub use search::{
    Entry, Hit, IndexBuilder, IndexError, IndexMemory, MatchKind, SearchIndex, SearchOptions,
};
