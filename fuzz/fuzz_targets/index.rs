//! Fuzz target: loading a prebuilt search index from bytes, and the save/load round trip (see `luxterm_tests::fuzz::index`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| luxterm_tests::fuzz::index(data));
