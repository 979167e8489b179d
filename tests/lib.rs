//! Cross-crate integration and snapshot tests of luxterm; see the `[[test]]` targets.
//!
//! The library holds the bodies of the fuzz targets ([`fuzz`]), shared by `fuzz/` (cargo-fuzz)
//! and the seed replay test, so that both run the same code.

pub mod fuzz;
