//! Fuzz target: see `luxterm_tests::fuzz::import`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| luxterm_tests::fuzz::import(data));
