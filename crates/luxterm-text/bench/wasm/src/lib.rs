//! A C-like ABI over `luxterm_text::SearchIndex` for the Node benchmark (no wasm-bindgen).
//!
//! The host copies bytes into memory it got from [`alloc`], then calls [`build`] with a TSV of
//! `payload \t concept \t lang \t text` lines, and [`search`] with a UTF-8 query; the payloads of
//! the hits are then at [`results_ptr`].

use std::cell::RefCell;

use luxterm_text::{Entry, SearchIndex, SearchOptions};

thread_local! {
    static INDEX: RefCell<SearchIndex> = RefCell::new(SearchIndex::default());
    static RESULTS: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
}

/// Allocates `len` bytes for the host to write into.
#[unsafe(no_mangle)]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(len);
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}

/// Frees what [`alloc`] returned.
///
/// # Safety
/// `ptr` and `len` must come from one call to [`alloc`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dealloc(ptr: *mut u8, len: usize) {
    drop(unsafe { Vec::from_raw_parts(ptr, 0, len) });
}

fn bytes<'a>(ptr: *const u8, len: usize) -> &'a str {
    // SAFETY: the host wrote `len` bytes at `ptr` (from `alloc`) and keeps them until we return.
    let b = unsafe { std::slice::from_raw_parts(ptr, len) };
    std::str::from_utf8(b).unwrap_or("")
}

/// Builds the index from a TSV; returns the number of terms indexed.
///
/// # Safety
/// `ptr..ptr + len` must be initialised memory from [`alloc`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn build(ptr: *const u8, len: usize) -> u32 {
    let tsv = bytes(ptr, len);
    let entries = tsv.lines().filter_map(|line| {
        let mut f = line.splitn(4, '\t');
        let payload = f.next()?.parse().ok()?;
        let _concept = f.next()?;
        let lang = f.next()?;
        let text = f.next()?;
        Some(Entry {
            text,
            lang,
            payload,
            bias: 0,
        })
    });
    let index = SearchIndex::build(entries);
    let n = index.len() as u32;
    INDEX.with(|i| *i.borrow_mut() = index);
    n
}

/// Searches; returns the number of hits, whose payloads are at [`results_ptr`].
///
/// # Safety
/// `ptr..ptr + len` must be initialised memory from [`alloc`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn search(ptr: *const u8, len: usize, limit: u32) -> u32 {
    let q = bytes(ptr, len);
    let opts = SearchOptions {
        lang: None,
        limit: limit as usize,
    };
    let hits = INDEX.with(|i| i.borrow().search(q, &opts));
    RESULTS.with(|r| {
        let mut r = r.borrow_mut();
        r.clear();
        r.extend(hits.iter().map(|h| h.payload));
        r.len() as u32
    })
}

/// Where the payloads of the last search are.
#[unsafe(no_mangle)]
pub extern "C" fn results_ptr() -> *const u32 {
    RESULTS.with(|r| r.borrow().as_ptr())
}

/// The index's own heap bytes.
#[unsafe(no_mangle)]
pub extern "C" fn heap_bytes() -> u32 {
    INDEX.with(|i| i.borrow().heap_bytes() as u32)
}
