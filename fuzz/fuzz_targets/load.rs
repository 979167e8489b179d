//! Fuzz target: `luxterm_data::load_sources` over mutated real glossary fragments (see `luxterm_tests::fuzz::load`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| luxterm_tests::fuzz::load(data));
