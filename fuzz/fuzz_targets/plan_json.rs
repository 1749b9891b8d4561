//! A plan file a crew lead hands to a technician; a plan that reads is written and read again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tournee::io::{read_plan_json, write_plan_json};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(file) = read_plan_json(text) {
        let again = read_plan_json(&write_plan_json(&file.date, &file.plan)).expect("a written plan reads back");
        assert_eq!(again.date, file.date);
    }
});
