//! `tournee synth department`: a department-sized test extract (and its elevation tiles)
//! generated from a small real one, so that scale is measured without the real extract.
//!
//! ```text
//! tournee synth department tests/data/andorra-2025-01-19.osm.pbf -o target/departement.osm.pbf \
//!     [--grid 4x4] [--roads-only] [--elevation tests/data/srtm3_N42E001.hgt.zip --elevation-out target/srtm]
//! ```

mod department;
mod hgt;
mod pbf_writer;

use super::Args;
use crate::cli::messages::{Message, Needed};
use crate::road::ElevationTile;
use department::{Layout, Source};
use std::io::BufWriter;

/// Generates the extract (and the tiles); returns a JSON summary.
pub fn run(args: &Args) -> Result<String, String> {
    let input = args.positional(0, Needed::SourceExtract)?;
    let output = args.option("o").or(args.option("output")).ok_or(Message::MissingOption(Needed::ExtractOutput))?;
    let layout = parse_grid(args.option("grid").unwrap_or("4x4"))?;
    let bytes = std::fs::read(input).map_err(|e| Message::at(input, e))?;
    let source = Source::read(&bytes, args.flag("roads-only")).map_err(|e| Message::at(input, e))?;
    let synthetic = source.tile(layout);
    let file = std::fs::File::create(output).map_err(|e| Message::at(output, e))?;
    let mut writer = BufWriter::new(file);
    pbf_writer::write_pbf(&mut writer, &synthetic.nodes, &synthetic.ways).map_err(|e| Message::at(output, e))?;
    drop(writer);
    let mut tiles = Vec::new();
    if let Some(path) = args.option("elevation") {
        let directory = args.option("elevation-out").ok_or(Message::MissingOption(Needed::ElevationOut))?;
        let zip = std::fs::read(path).map_err(|e| Message::at(path, e))?;
        let tile = ElevationTile::from_zip(&zip).map_err(|e| Message::at(path, e))?;
        std::fs::create_dir_all(directory).map_err(|e| Message::at(directory, e))?;
        for corner in hgt::corners(&synthetic) {
            let name = hgt::tile_name(corner);
            let samples = hgt::tile_samples(&synthetic, &tile, corner);
            let file = format!("{directory}/{name}.hgt.zip");
            std::fs::write(&file, hgt::zip_one(&format!("{name}.hgt"), &samples)).map_err(|e| Message::at(&file, e))?;
            tiles.push(file);
        }
    }
    let summary = serde_json::json!({
        "extract": output,
        "bytes": std::fs::metadata(output).map(|m| m.len()).unwrap_or(0),
        "copies": layout.rows * layout.cols,
        "nodes": synthetic.nodes.len(),
        "ways": synthetic.ways.len(),
        "joins": synthetic.joins,
        "south_west": department::SOUTH_WEST,
        "north_east": synthetic.north_east(),
        "elevation_tiles": tiles,
    });
    Ok(serde_json::to_string_pretty(&summary).expect("plain JSON"))
}

/// `ROWSxCOLS`, each 1–10.
fn parse_grid(text: &str) -> Result<Layout, String> {
    let bad = || String::from(Message::BadGrid(text.to_string()));
    let (rows, cols) = text.split_once(['x', 'X']).ok_or_else(bad)?;
    let number = |s: &str| s.trim().parse::<usize>().ok().filter(|n| (1..=10).contains(n)).ok_or_else(bad);
    Ok(Layout { rows: number(rows)?, cols: number(cols)? })
}
