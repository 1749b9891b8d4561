//! `tournee bench pack`: what region packs weigh and how fast they load and answer, as a
//! Markdown table: size raw and gzipped, bytes per junction, the split between the
//! network and its hierarchies, load time, a 300 × 300 matrix from coordinates, the same around
//! a closed road, and the shaping that closures need once per region.
//!
//! The measures themselves are in [`crate::bench::pack`], shared with
//! `tests/wasm_bench_department.rs`.

use super::bench_road::gzip_len;
use super::Args;
use crate::bench::pack::{closed_matrix_ms, closure_shape_ms, load_ms, matrix_ms, HEADER, RUNS};
use crate::bench::Clock;
use crate::cli::messages::Message;
use crate::road::pack::{pack_parts, read_pack};
use std::fmt::Write;
use std::time::Instant;

/// Measures each pack given; returns the table.
pub fn run(args: &Args) -> Result<String, String> {
    if args.positional.is_empty() {
        return Err(Message::Usage(&["bench", "pack"]).into());
    }
    let origin = Instant::now();
    let clock: Clock = &|| origin.elapsed().as_secs_f64() * 1000.0;
    let mut table = format!("{HEADER}\n");
    for path in &args.positional {
        let bytes = std::fs::read(path).map_err(|e| Message::at(path, e))?;
        let parts = pack_parts(&bytes).map_err(|e| Message::at(path, e))?;
        let (_, router) = read_pack(&bytes).map_err(|e| Message::at(path, e))?;
        let junctions = router.graph().nodes.len();
        let gzip = gzip_len(&bytes);
        let (closed_ms, rows_changed) = closed_matrix_ms(&router, clock);
        let kb = |n: usize| format!("{:.0} KB", n as f64 / 1024.0);
        let _ = writeln!(
            table,
            "| {} | {junctions} | {} | {} | {:.1} / {:.1} | {} | {} | {} ({}) | {:.1} ms | {:.1} ms | {closed_ms:.1} ms ({:.0} %) | {:.1} ms |",
            std::path::Path::new(path).file_name().map_or(path.clone(), |n| n.to_string_lossy().into_owned()),
            kb(bytes.len()),
            kb(gzip),
            bytes.len() as f64 / junctions as f64,
            gzip as f64 / junctions as f64,
            kb(parts.nodes),
            kb(parts.stretches),
            kb(parts.hierarchies),
            parts.profiles,
            load_ms(&bytes, clock),
            matrix_ms(&router, clock),
            rows_changed * 100.0,
            closure_shape_ms(&router, clock),
        );
    }
    Ok(format!("{table}\nMedian of {RUNS} runs."))
}
