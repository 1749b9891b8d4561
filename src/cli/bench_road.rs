//! `tournee bench road`: pack build, pack load and matrix speed, printed as Markdown tables.
//!
//! The 100 × 100 matrix runs on the contraction hierarchy and, in the same run, on the
//! plain baseline it must beat: petgraph's Dijkstra one-to-all from each of the 100 points.
//! The measuring functions take a clock so that `tests/wasm_bench.rs` runs them in the browser.

use super::Args;
use crate::road::ch::{many_to_many, Seed};
use crate::road::osm::import_pbf;
use crate::road::pack::{bounds_of, read_pack, write_pack, PackMeta};
use crate::road::snap::DEFAULT_MAX_SNAP_M;
use crate::road::{LatLon, Metric, Router, OSM_ATTRIBUTION};
use petgraph::algo::dijkstra;
use petgraph::graph::NodeIndex;
use std::fmt::Write;
use std::io::Write as _;
use std::time::Instant;

/// Points in each matrix.
const MATRIX_POINTS: usize = 100;
/// Timed repetitions; the median is reported.
const RUNS: usize = 15;

/// A clock in milliseconds: `Instant` natively, `performance.now()` in the browser.
pub type Clock<'a> = &'a dyn Fn() -> f64;

/// Median wall time of `RUNS` calls of `work`, in milliseconds.
fn median_ms(clock: Clock, work: impl FnMut()) -> f64 {
    median_of_runs_ms(clock, RUNS, work)
}

/// Median wall time of `runs` calls of `work`, in milliseconds (shared with `bench pack`).
pub(super) fn median_of_runs_ms(clock: Clock, runs: usize, mut work: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = clock();
            work();
            clock() - start
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
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

/// Size of `bytes` once gzipped (level 9), as served over HTTP.
pub fn gzip_len(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory").len()
}

/// Runs the benchmark on each extract given; returns the tables.
pub fn run(args: &Args) -> Result<String, String> {
    if args.positional.is_empty() {
        return Err("bench road <extrait.osm.pbf>…".into());
    }
    let mut packs = String::from("| extract | junctions | arcs | build (import + contraction) | pack raw | pack gzip | load |\n|---|---:|---:|---:|---:|---:|---:|\n");
    let origin = Instant::now();
    let clock: Clock = &|| origin.elapsed().as_secs_f64() * 1000.0;
    let mut matrices = format!("{MATRIX_HEADER}\n");
    for path in &args.positional {
        let bytes = std::fs::read(path).map_err(|e| format!("{path} : {e}"))?;
        let name = std::path::Path::new(path).file_name().map_or(path.clone(), |n| n.to_string_lossy().into_owned());
        let build = Instant::now();
        let (graph, report) = import_pbf(&bytes, None).map_err(|e| format!("{path} : {e}"))?;
        let router = Router::new(graph);
        let build_s = build.elapsed().as_secs_f64();
        let meta = PackMeta {
            name: name.clone(),
            source: name.clone(),
            attribution: OSM_ATTRIBUTION.into(),
            bounds: bounds_of(router.graph()).ok_or("réseau vide")?,
            import: report.clone(),
            elevation: None,
            built_by: "bench".into(),
        };
        let pack = write_pack(&meta, &router);
        let load_ms = pack_load_ms(&pack, clock);
        let _ = writeln!(
            packs,
            "| {name} | {} | {} | {build_s:.2} s | {:.0} KB | {:.0} KB | {load_ms:.1} ms |",
            report.junctions,
            report.arcs,
            pack.len() as f64 / 1024.0,
            gzip_len(&pack) as f64 / 1024.0
        );

        let times = matrix_ms(&router, clock);
        let _ = writeln!(matrices, "{}", matrix_row(&name, &times));
    }
    Ok(format!("{packs}\n{matrices}\nMedian of {RUNS} runs."))
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
