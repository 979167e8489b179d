//! A C-like ABI over `luxterm_text::SearchIndex` for the Node benchmark (no wasm-bindgen).
//!
//! The host copies bytes into memory it got from [`alloc`], then builds the index from a TSV of
//! `payload \t concept \t lang \t text` lines, either at once ([`build`]) or streamed in chunks
//! of whole lines through one reused buffer ([`begin`], [`push_lines`], [`finish`]), so that the
//! corpus never needs to be in wasm memory as a whole; [`search`] takes a UTF-8 query, and the
//! payloads of the hits are then at [`results_ptr`]. [`save`] writes the index's bytes (at
//! [`saved_ptr`]) and [`load`] reads such bytes into the index.

use std::cell::RefCell;

use luxterm_text::{Entry, IndexBuilder, SearchIndex, SearchOptions};

thread_local! {
    static INDEX: RefCell<SearchIndex> = RefCell::new(SearchIndex::default());
    static BUILDER: RefCell<Option<IndexBuilder>> = const { RefCell::new(None) };
    static RESULTS: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
    static SAVED: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

fn parse_line(line: &str) -> Option<Entry<'_>> {
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
}

/// Starts a streamed build.
#[unsafe(no_mangle)]
pub extern "C" fn begin() {
    INDEX.with(|i| *i.borrow_mut() = SearchIndex::default());
    BUILDER.with(|b| *b.borrow_mut() = Some(IndexBuilder::default()));
}

/// Adds whole TSV lines to the streamed build.
///
/// # Safety
/// `ptr..ptr + len` must be initialised memory from [`alloc`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn push_lines(ptr: *const u8, len: usize) {
    let tsv = bytes(ptr, len);
    BUILDER.with(|b| {
        if let Some(b) = b.borrow_mut().as_mut() {
            for e in tsv.lines().filter_map(parse_line) {
                b.push(e);
            }
        }
    });
}

/// Finishes the streamed build; returns the number of terms indexed.
#[unsafe(no_mangle)]
pub extern "C" fn finish() -> u32 {
    let Some(b) = BUILDER.with(|b| b.borrow_mut().take()) else {
        return 0;
    };
    let index = b.finish();
    let n = index.len() as u32;
    INDEX.with(|i| *i.borrow_mut() = index);
    n
}

/// Serialises the index; returns the length of the bytes at [`saved_ptr`].
#[unsafe(no_mangle)]
pub extern "C" fn save() -> u32 {
    let bytes = INDEX.with(|i| i.borrow().to_bytes());
    SAVED.with(|s| {
        *s.borrow_mut() = bytes;
        s.borrow().len() as u32
    })
}

/// Where the bytes of the last [`save`] are.
#[unsafe(no_mangle)]
pub extern "C" fn saved_ptr() -> *const u8 {
    SAVED.with(|s| s.borrow().as_ptr())
}

/// Frees the bytes of the last [`save`].
#[unsafe(no_mangle)]
pub extern "C" fn drop_saved() {
    SAVED.with(|s| *s.borrow_mut() = Vec::new());
}

/// Loads an index from bytes; returns the number of terms, or -1 if the bytes were refused.
///
/// # Safety
/// `ptr..ptr + len` must be initialised memory from [`alloc`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn load(ptr: *const u8, len: usize) -> i32 {
    // SAFETY: as for `bytes`.
    let b = unsafe { std::slice::from_raw_parts(ptr, len) };
    match SearchIndex::from_bytes(b) {
        Ok(index) => {
            let n = index.len() as i32;
            INDEX.with(|i| *i.borrow_mut() = index);
            n
        }
        Err(_) => -1,
    }
}

/// Loads an index from bytes that it then owns (`from_vec`: its arrays are views of them, no
/// copy); returns the number of terms, or -1 if the bytes were refused. The host must not
/// `dealloc` them afterwards: they are the index's (or were freed with it, if refused).
///
/// # Safety
/// `ptr..ptr + len` must be initialised memory from [`alloc`] with exactly `len`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn load_owned(ptr: *mut u8, len: usize) -> i32 {
    // SAFETY: `alloc(len)` made a `Vec<u8>` of capacity `len` at `ptr` and forgot it; the host
    // wrote all `len` bytes.
    let v = unsafe { Vec::from_raw_parts(ptr, len, len) };
    match SearchIndex::from_vec(v) {
        Ok(index) => {
            let n = index.len() as i32;
            INDEX.with(|i| *i.borrow_mut() = index);
            n
        }
        Err(_) => -1,
    }
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
    let index = SearchIndex::build(tsv.lines().filter_map(parse_line));
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
