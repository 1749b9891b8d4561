//! `tournee pack build`: from an OSM extract to a region pack file.

use super::Args;
use crate::road::pack_builder::{build_pack, PackSource};
use crate::road::ElevationTile;
use std::path::Path;
use std::time::Instant;

/// The last component of `path`, for the pack's metadata.
fn file_name(path: &str) -> String {
    Path::new(path).file_name().map_or(path.to_string(), |n| n.to_string_lossy().into_owned())
}

/// Builds the pack and writes it; returns a JSON summary (size, counts, time).
pub fn run(args: &Args) -> Result<String, String> {
    let input = args.positional(0, "extrait .osm.pbf")?;
    let output = args.option("o").or(args.option("output")).ok_or("-o <paquet.bin> manquant")?;
    let started = Instant::now();
    let extract = std::fs::read(input).map_err(|e| format!("{input} : {e}"))?;
    let tile = match args.option("elevation") {
        Some(path) => {
            let data = std::fs::read(path).map_err(|e| format!("{path} : {e}"))?;
            Some((ElevationTile::from_zip(&data).map_err(|e| format!("{path} : {e}"))?, file_name(path)))
        }
        None => None,
    };
    let region_name = args
        .option("name")
        .map_or_else(|| file_name(input).split('.').next().unwrap_or("région").to_string(), str::to_string);
    let source = PackSource {
        extract: &extract,
        extract_name: file_name(input),
        region_name,
        elevation: tile.as_ref().map(|(t, n)| (t, n.clone())),
    };
    let built = build_pack(source, &mut |_, _| {}).map_err(|e| format!("{input} : {e}"))?;
    std::fs::write(output, &built.bytes).map_err(|e| format!("{output} : {e}"))?;
    let summary = serde_json::json!({
        "pack": output,
        "bytes": built.bytes.len(),
        "profiles": built.router.profiles().0.len(),
        "seconds": started.elapsed().as_secs_f64(),
        "import": built.meta.import,
    });
    Ok(serde_json::to_string_pretty(&summary).expect("plain JSON"))
}
