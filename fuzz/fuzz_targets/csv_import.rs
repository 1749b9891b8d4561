//! The morning's CSV import, on the bytes of a file and on pasted text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tournee::io::{import_interventions_csv, import_interventions_csv_bytes};

fuzz_target!(|data: &[u8]| {
    let import = import_interventions_csv_bytes(data);
    assert!(import.interventions.len() <= import.rows);
    if let Ok(text) = std::str::from_utf8(data) {
        let pasted = import_interventions_csv(text);
        assert!(pasted.interventions.len() <= pasted.rows);
    }
});
