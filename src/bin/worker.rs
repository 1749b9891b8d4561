//! WebAssembly entry point of the pack worker (a dedicated Web Worker started by the page).

#[cfg(target_arch = "wasm32")]
fn main() {
    tournee::app::worker::worker_side::run();
}

/// Built natively (by `cargo test`), this binary only says where it runs.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tournee-worker runs as a Web Worker in the browser (see index.html).");
}
