//! `tournee bench road`: pack build, pack load and matrix speed, printed as Markdown tables.
//!
//! The 100 × 100 matrix runs on the contraction hierarchy and, in the same run, on the
//! plain baseline it must beat: petgraph's Dijkstra one-to-all from each of the 100 points.

use super::Args;
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

/// Median wall time of `RUNS` calls of `work`, in milliseconds.
fn median_ms(mut work: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

/// Size of `bytes` once gzipped (level 9), as served over HTTP.
fn gzip_len(bytes: &[u8]) -> usize {
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
    let mut matrices = String::from("| extract | 100×100 hierarchy (many-to-many) | 100 × Dijkstra one-to-all (petgraph) | speed-up |\n|---|---:|---:|---:|\n");
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
        let load_ms = median_ms(|| {
            read_pack(&pack).expect("just written");
        });
        let _ = writeln!(
            packs,
            "| {name} | {} | {} | {build_s:.2} s | {:.0} KB | {:.0} KB | {load_ms:.1} ms |",
            report.junctions,
            report.arcs,
            pack.len() as f64 / 1024.0,
            gzip_len(&pack) as f64 / 1024.0
        );

        // 100 junctions spread over the network, the same for both methods.
        let graph = router.graph();
        let step = graph.nodes.len() / MATRIX_POINTS;
        let nodes: Vec<usize> = (0..MATRIX_POINTS).map(|i| i * step).collect();
        let points: Vec<LatLon> = nodes.iter().map(|&n| LatLon::new(graph.nodes[n].0, graph.nodes[n].1).expect("valid")).collect();
        let hierarchy_ms = median_ms(|| {
            router.matrix(&points, Metric::Time, None, DEFAULT_MAX_SNAP_M).expect("points are junctions");
        });
        let view = graph.to_petgraph(None);
        let dijkstra_ms = median_ms(|| {
            for &source in &nodes {
                let found = dijkstra(&view, NodeIndex::new(source), None, |e| graph.arcs[*e.weight() as usize].time_ms);
                assert!(found.len() == graph.nodes.len());
            }
        });
        let _ = writeln!(matrices, "| {name} | {hierarchy_ms:.2} ms | {dijkstra_ms:.1} ms | {:.0}× |", dijkstra_ms / hierarchy_ms);
    }
    Ok(format!("{packs}\n{matrices}\nMedian of {RUNS} runs; the hierarchy time includes snapping the 100 points."))
}
