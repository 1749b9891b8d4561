//! `tournee bench pack`: what region packs weigh and how fast they load and answer, as a
//! Markdown table: size raw and gzipped, bytes per junction, the split between the
//! network and its hierarchies, load time, and a 300 × 300 matrix from coordinates.
//!
//! The measuring functions take a clock so that `tests/wasm_bench_department.rs` runs
//! them in the browser on the same pack.

use super::bench_road::{gzip_len, median_of_runs_ms, Clock};
use super::Args;
use crate::road::pack::{pack_parts, read_pack};
use crate::road::snap::DEFAULT_MAX_SNAP_M;
use crate::road::{LatLon, Metric, Router};
use std::fmt::Write;
use std::time::Instant;

/// Points of the matrix: a day of 300 stops is the app's largest.
pub const MATRIX_POINTS: usize = 300;
/// Timed repetitions; the median is reported.
const RUNS: usize = 7;

/// Median of `RUNS` timings of `work`, ms.
fn median_ms(clock: Clock, work: impl FnMut()) -> f64 {
    median_of_runs_ms(clock, RUNS, work)
}

/// Median time to decode `pack` and ready its router, ms.
pub fn load_ms(pack: &[u8], clock: Clock) -> f64 {
    median_ms(clock, || {
        read_pack(pack).expect("a valid pack");
    })
}

/// Median time of a [`MATRIX_POINTS`]² time matrix from coordinates (snapping included), ms:
/// points spread evenly over the junctions, each moved 20 m off its road.
pub fn matrix_ms(router: &Router, clock: Clock) -> f64 {
    let nodes = &router.graph().nodes;
    let step = nodes.len() / MATRIX_POINTS;
    let points: Vec<LatLon> = (0..MATRIX_POINTS)
        .map(|i| LatLon::new(nodes[i * step].0 + 0.00018, nodes[i * step].1).expect("valid"))
        .collect();
    median_ms(clock, || {
        router.matrix(&points, Metric::Time, None, DEFAULT_MAX_SNAP_M).expect("points near roads");
    })
}

/// Header of the table.
pub const HEADER: &str = "| pack | junctions | raw | gzip | bytes per junction (raw / gzip) | junctions' positions | stretches | hierarchies (profiles) | load | 300×300 from coordinates |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

/// Measures each pack given; returns the table.
pub fn run(args: &Args) -> Result<String, String> {
    if args.positional.is_empty() {
        return Err("bench pack <paquet.bin>…".into());
    }
    let origin = Instant::now();
    let clock: Clock = &|| origin.elapsed().as_secs_f64() * 1000.0;
    let mut table = format!("{HEADER}\n");
    for path in &args.positional {
        let bytes = std::fs::read(path).map_err(|e| format!("{path} : {e}"))?;
        let parts = pack_parts(&bytes).map_err(|e| format!("{path} : {e}"))?;
        let (_, router) = read_pack(&bytes).map_err(|e| format!("{path} : {e}"))?;
        let junctions = router.graph().nodes.len();
        let gzip = gzip_len(&bytes);
        let kb = |n: usize| format!("{:.0} KB", n as f64 / 1024.0);
        let _ = writeln!(
            table,
            "| {} | {junctions} | {} | {} | {:.1} / {:.1} | {} | {} | {} ({}) | {:.1} ms | {:.1} ms |",
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
        );
    }
    Ok(format!("{table}\nMedian of {RUNS} runs."))
}
