//! Component tests in a real browser (scripts/test-web.sh runs them in headless Chromium).
#![allow(missing_docs)]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn smoke() {
    assert_eq!(1 + 1, 2);
}
