//! A day file (`tournee solve`'s input, the app's JSON import).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tournee::io::read_day_json;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = read_day_json(text);
    }
});
