//! The luxterm web app's entry point (see `lib.rs`).

fn main() {
    luxterm_web::start();
}
