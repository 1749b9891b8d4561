//! A region pack (a file the user picks, or a download): its metadata alone, then the whole pack.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tournee::road::pack::{read_pack, read_pack_meta};

fuzz_target!(|data: &[u8]| {
    let meta = read_pack_meta(data);
    if let Ok((full, _router)) = read_pack(data) {
        assert_eq!(meta.as_ref(), Ok(&full), "the metadata read alone is the pack's");
    }
});
