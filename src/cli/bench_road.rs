//! `tournee bench road`: pack build, pack load and matrix speed, printed as Markdown tables.
//!
//! The 100 × 100 matrix runs on the contraction hierarchy and, in the same run, on the
//! plain baseline it must beat: petgraph's Dijkstra one-to-all from each of the 100 points.
//! The measures themselves are in [`crate::bench::road`], shared with `tests/wasm_bench.rs`.

use super::Args;
use crate::bench::road::{matrix_ms, matrix_row, pack_load_ms, MATRIX_HEADER, RUNS};
use crate::bench::Clock;
use crate::cli::messages::Message;
use crate::road::osm::import_pbf;
use crate::road::pack::{bounds_of, write_pack, PackMeta};
use crate::road::{Router, OSM_ATTRIBUTION};
use std::fmt::Write;
use std::io::Write as _;
use std::time::Instant;

/// Size of `bytes` once gzipped (level 9), as served over HTTP.
pub fn gzip_len(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory").len()
}

/// Runs the benchmark on each extract given; returns the tables.
pub fn run(args: &Args) -> Result<String, String> {
    if args.positional.is_empty() {
        return Err(Message::Usage(&["bench", "road"]).into());
    }
    let mut packs = String::from("| extract | junctions | arcs | build (import + contraction) | pack raw | pack gzip | load |\n|---|---:|---:|---:|---:|---:|---:|\n");
    let origin = Instant::now();
    let clock: Clock = &|| origin.elapsed().as_secs_f64() * 1000.0;
    let mut matrices = format!("{MATRIX_HEADER}\n");
    for path in &args.positional {
        let bytes = std::fs::read(path).map_err(|e| Message::at(path, e))?;
        let name = std::path::Path::new(path).file_name().map_or(path.clone(), |n| n.to_string_lossy().into_owned());
        let build = Instant::now();
        let (graph, report) = import_pbf(&bytes, None).map_err(|e| Message::at(path, e))?;
        let router = Router::new(graph);
        let build_s = build.elapsed().as_secs_f64();
        let meta = PackMeta {
            name: name.clone(),
            source: name.clone(),
            attribution: OSM_ATTRIBUTION.into(),
            bounds: bounds_of(router.graph()).ok_or(Message::EmptyNetwork)?,
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
