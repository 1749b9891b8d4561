//! Road figures: pack load and a 100 × 100 matrix on the contraction hierarchy, beside the
//! plain baseline it must beat (petgraph's Dijkstra one-to-all from each of the 100 points).

use super::{median_of_runs_ms, Clock};
use crate::road::ch::{many_to_many, Seed};
use crate::road::pack::read_pack;
use crate::road::snap::DEFAULT_MAX_SNAP_M;
use crate::road::{LatLon, Metric, Router};
use petgraph::algo::dijkstra;
use petgraph::graph::NodeIndex;

/// Points in each matrix.
const MATRIX_POINTS: usize = 100;
/// Timed repetitions; the median is reported.
pub const RUNS: usize = 15;

/// Median wall time of [`RUNS`] calls of `work`, in milliseconds.
fn median_ms(clock: Clock, work: impl FnMut()) -> f64 {
    median_of_runs_ms(clock, RUNS, work)
}

/// Median time to decode a pack and ready its router, ms.
pub fn pack_load_ms(pack: &[u8], clock: Clock) -> f64 {
    median_ms(clock, || {
        read_pack(pack).expect("a valid pack");
    })
}

/// Median times of a 100 × 100 time matrix, ms.
#[derive(Debug, Clone, Copy)]
pub struct MatrixTimes {
    /// The whole query from coordinates: snapping the 100 points, then the hierarchy.
    pub from_coordinates: f64,
    /// The hierarchy alone, from the 100 junctions (like for like with the baseline).
    pub hierarchy: f64,
    /// The baseline: petgraph's Dijkstra one-to-all from each of the 100 junctions.
    pub dijkstra: f64,
}

/// Times a 100 × 100 time matrix three ways (see [`MatrixTimes`]).
///
/// The 100 points are junctions spread evenly through the network, the same for every method.
pub fn matrix_ms(router: &Router, clock: Clock) -> MatrixTimes {
    let graph = router.graph();
    let step = graph.nodes.len() / MATRIX_POINTS;
    let nodes: Vec<usize> = (0..MATRIX_POINTS).map(|i| i * step).collect();
    let points: Vec<LatLon> =
        nodes.iter().map(|&n| LatLon::new(graph.nodes[n].0, graph.nodes[n].1).expect("valid")).collect();
    let from_coordinates = median_ms(clock, || {
        router.matrix(&points, Metric::Time, None, DEFAULT_MAX_SNAP_M).expect("points are junctions");
    });
    let seeds: Vec<Vec<Seed>> = nodes.iter().map(|&n| vec![Seed::at(n as u32)]).collect();
    let time_hierarchy = &router.profiles().0[0].time;
    let hierarchy = median_ms(clock, || {
        many_to_many(time_hierarchy, &seeds, &seeds);
    });
    let view = graph.to_petgraph(None);
    let dijkstra = median_ms(clock, || {
        for &source in &nodes {
            let found = dijkstra(&view, NodeIndex::new(source), None, |e| graph.arcs[*e.weight() as usize].time_ms);
            assert!(found.len() == graph.nodes.len());
        }
    });
    MatrixTimes { from_coordinates, hierarchy, dijkstra }
}

/// Header of the matrix table.
pub const MATRIX_HEADER: &str = "| network | 100×100 from coordinates (snap + hierarchy) | hierarchy alone | 100 × Dijkstra one-to-all (petgraph) | speed-up, like for like |\n|---|---:|---:|---:|---:|";

/// One row of the matrix table.
pub fn matrix_row(name: &str, times: &MatrixTimes) -> String {
    format!(
        "| {name} | {:.2} ms | {:.2} ms | {:.1} ms | {:.0}× |",
        times.from_coordinates,
        times.hierarchy,
        times.dijkstra,
        times.dijkstra / times.hierarchy
    )
}
