//! Cross-crate integration and snapshot tests of luxterm; see the `[[test]]` targets.
