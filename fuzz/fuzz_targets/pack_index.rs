//! The list of deployed packs (`regions/index.json`), downloaded by the app.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tournee::road::pack::deployed::PackIndex;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(index) = PackIndex::decode(text) {
        assert_eq!(PackIndex::decode(&index.encode()).as_ref(), Ok(&index), "a list read is written back the same");
    }
});
