//! `tournee pack build`: from an OSM extract to a region pack file.

use super::Args;
use crate::road::osm::import_pbf;
use crate::road::pack::{bounds_of, write_pack, PackMeta};
use crate::road::{ElevationTile, Router, OSM_ATTRIBUTION};
use std::path::Path;
use std::time::Instant;

/// Builds the pack and writes it; returns a JSON summary (sizes, counts, timings).
pub fn run(args: &Args) -> Result<String, String> {
    let input = args.positional(0, "extrait .osm.pbf")?;
    let output = args.option("o").or(args.option("output")).ok_or("-o <paquet.bin> manquant")?;
    let started = Instant::now();
    let bytes = std::fs::read(input).map_err(|e| format!("{input} : {e}"))?;
    let tile = match args.option("elevation") {
        Some(path) => {
            let data = std::fs::read(path).map_err(|e| format!("{path} : {e}"))?;
            Some(ElevationTile::from_zip(&data).map_err(|e| format!("{path} : {e}"))?)
        }
        None => None,
    };
    let height = |lat: f64, lon: f64| tile.as_ref().and_then(|t| t.height_m(lat, lon));
    let elevation: Option<&dyn Fn(f64, f64) -> Option<f64>> = tile.as_ref().map(|_| &height as &dyn Fn(f64, f64) -> Option<f64>);
    let (graph, report) = import_pbf(&bytes, elevation).map_err(|e| format!("{input} : {e}"))?;
    let imported = started.elapsed();
    let bounds = bounds_of(&graph).ok_or("aucune jonction dans le réseau")?;
    let router = Router::new(graph);
    let prepared = started.elapsed();
    let file_name = |path: &str| Path::new(path).file_name().map_or(path.to_string(), |n| n.to_string_lossy().into_owned());
    let meta = PackMeta {
        name: args.option("name").map_or_else(|| file_name(input).split('.').next().unwrap_or("région").to_string(), str::to_string),
        source: file_name(input),
        attribution: OSM_ATTRIBUTION.to_string(),
        bounds,
        import: report,
        elevation: args.option("elevation").map(file_name),
        built_by: format!("tournee {}", env!("CARGO_PKG_VERSION")),
    };
    let pack = write_pack(&meta, &router);
    std::fs::write(output, &pack).map_err(|e| format!("{output} : {e}"))?;
    let summary = serde_json::json!({
        "pack": output,
        "bytes": pack.len(),
        "profiles": router.profiles().0.len(),
        "import_s": imported.as_secs_f64(),
        "total_s": started.elapsed().as_secs_f64(),
        "contraction_s": (prepared - imported).as_secs_f64(),
        "import": meta.import,
    });
    Ok(serde_json::to_string_pretty(&summary).expect("plain JSON"))
}
