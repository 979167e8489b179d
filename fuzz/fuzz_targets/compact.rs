//! Fuzz target: `Glossary::from_compact` on raw or header-fixed bytes (see `luxterm_tests::fuzz::compact`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| luxterm_tests::fuzz::compact(data));
