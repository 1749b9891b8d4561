//! WebAssembly entry point: mounts the Tournée app into the page body.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<tournee::app::App>::new().render();
}

/// Built natively (by `cargo test`), this binary only says where the app runs.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tournee-app runs in the browser: build it with `trunk build --release` (see README.md).");
}
