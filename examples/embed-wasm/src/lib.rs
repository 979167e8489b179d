//! The embedded luxterm glossary in a WebAssembly module, with functions a host calls without
//! any JavaScript glue: how many concepts there are, and whether a term is one to avoid.

use luxterm::{Glossary, Status};

/// The number of concepts in the embedded glossary.
#[unsafe(no_mangle)]
pub extern "C" fn luxterm_concept_count() -> u32 {
    u32::try_from(Glossary::embedded().concepts().len()).unwrap_or(u32::MAX)
}

/// 1 if `term` (UTF-8, `len` bytes at `ptr` in this module's memory) is a term to avoid in any
/// language, 0 if not, 2 if the bytes are not UTF-8.
///
/// # Safety
///
/// `ptr` must point to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn luxterm_is_avoided(ptr: *const u8, len: usize) -> u32 {
    // SAFETY: the caller passes `len` readable bytes at `ptr`.
    let bytes = unsafe { core::slice::from_raw_parts(ptr, len) };
    match core::str::from_utf8(bytes) {
        Ok(term) => u32::from(is_avoided(term)),
        Err(_) => 2,
    }
}

/// Whether `term` is a term to avoid: the logic behind [`luxterm_is_avoided`], testable natively.
pub fn is_avoided(term: &str) -> bool {
    Glossary::embedded()
        .find_by_term(term)
        .iter()
        .any(|hit| hit.term.status == Status::Avoid)
}

/// Memory for the host to write a term into before calling [`luxterm_is_avoided`].
#[unsafe(no_mangle)]
pub extern "C" fn luxterm_alloc(len: usize) -> *mut u8 {
    let mut buf = Vec::<u8>::with_capacity(len);
    let ptr = buf.as_mut_ptr();
    core::mem::forget(buf);
    ptr
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_a_term_to_avoid() {
        assert!(super::is_avoided("child pornography"));
        assert!(!super::is_avoided("child sexual abuse material"));
        assert!(super::luxterm_concept_count() > 50);
    }
}
