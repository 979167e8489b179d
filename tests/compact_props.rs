//! Compact encode → decode is the identity over generated glossaries (`support/
//! glossary_gen.rs`): folders the real loader accepts, with every kind of entry, history and
//! text the generator makes, not only the project's glossary. (`luxterm_data::compact`'s own
//! property test edits the `valid` fixture's model directly, with texts the loader would refuse;
//! this one goes through the loader, as the build does.) The search part decodes to exactly
//! `search_part` of the glossary, and both parts carry the whole glossary's fingerprint.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "support/glossary_gen.rs"]
mod glossary_gen;

use luxterm::Glossary;
use luxterm_data::compact::{Part, decode, encode, search_part};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// 64 cases unless `PROPTEST_CASES` asks for more (or fewer).
fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// The data with its term index rebuilt, as `Glossary::from_data` does.
fn with_index(mut data: luxterm::GlossaryData) -> luxterm::GlossaryData {
    data.term_index = std::borrow::Cow::Owned(luxterm_data::index_terms(&data.concepts));
    data
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn compact_encode_then_decode_is_the_identity_for_generated_glossaries(
        folder in glossary_gen::folder()
    ) {
        let data = luxterm_data::load_sources("generated", &folder.files())
            .unwrap_or_else(|e| panic!("the generator made a folder the loader refuses: {e:?}"));
        let whole = encode(&data, Part::Whole).unwrap();
        let (h, back) = decode(&whole).unwrap();
        prop_assert_eq!(h.part, Part::Whole);
        // The term index is derived, not shipped: decoding leaves it to be rebuilt.
        prop_assert!(back.term_index.is_empty());
        prop_assert_eq!(&with_index(back.clone()), &data);
        prop_assert_eq!(encode(&back, Part::Whole).unwrap(), whole.clone());
        let search = encode(&data, Part::Search).unwrap();
        let (hs, part) = decode(&search).unwrap();
        prop_assert_eq!((hs.part, hs.fingerprint), (Part::Search, h.fingerprint));
        prop_assert_eq!(with_index(part), with_index(search_part(&data)));
        // Through the public face too: the decoded glossary answers as the loaded one.
        let g = Glossary::from_compact(&whole).unwrap();
        prop_assert_eq!(g.data(), &data);
        for c in data.concepts.iter() {
            prop_assert_eq!(g.concept(&c.id), Some(c));
        }
    }
}
