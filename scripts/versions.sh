# Versions of the build tools, pinned in this one place.
# wasm-bindgen-cli is not listed: it must equal the wasm-bindgen crate in Cargo.lock,
# so scripts/setup.sh reads it from there.
TRUNK_VERSION=0.21.14
