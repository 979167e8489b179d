//! Fuzz target: `Glossary::search` on the embedded glossary with built queries (see `luxterm_tests::fuzz::search`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| luxterm_tests::fuzz::search(data));
