//! Region pack figures: load time and a 300 × 300 matrix from coordinates, the app's largest day.

use super::{median_of_runs_ms, Clock};
use crate::road::pack::read_pack;
use crate::road::snap::DEFAULT_MAX_SNAP_M;
use crate::road::{LatLon, Metric, Router};

/// Points of the matrix: a day of 300 stops is the app's largest.
pub const MATRIX_POINTS: usize = 300;
/// Timed repetitions; the median is reported.
pub const RUNS: usize = 7;

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
