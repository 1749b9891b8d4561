//! The slot finder's benchmark natively: a crew of 5, 5 planned days of 15 jobs each. Prints a
//! table; asserts nothing about time. Run it in release mode:
//! `cargo test --release --test slot_finder_bench -- --ignored --nocapture`.

use std::time::Instant;
use tournee::bench::slots::{planned_week, row, slot_search_ms, HEADER};
use tournee::io::read_day_json;
use tournee::road::pack::read_pack;

#[test]
#[ignore = "a benchmark: run in release mode with --ignored --nocapture"]
fn slot_search_over_a_planned_week() {
    let demo = read_day_json(include_str!("../static/demo/journee-andorre.json")).unwrap();
    let router = read_pack(include_bytes!("../static/demo/andorra.bin")).unwrap().1;
    let origin = Instant::now();
    let clock = move || origin.elapsed().as_secs_f64() * 1000.0;
    let start = clock();
    let week = planned_week(&demo, &router);
    let setup_ms = clock() - start;
    let (search_ms, found) = slot_search_ms(&week, &router, &clock);
    assert!(found > 0, "a week of 5 technicians has room for a 45-minute visit");
    println!("{HEADER}\n{}", row("native", setup_ms, search_ms, found));
}
