//! Elevation tiles for a synthetic extract: each sample's height read, through the
//! copy it falls in, from the real tile under the source extract; written as the
//! zipped SRTM3 tiles (`N43E005.hgt.zip`) a pack build takes.

use super::department::{Synthetic, SOUTH_WEST};
use crate::road::ElevationTile;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use std::io::Write;

/// Samples per side of an SRTM3 tile.
const SIDE: usize = 1201;
/// Stored where the source has no height.
const VOID: i16 = i16::MIN;

/// The whole-degree tiles covering the copies: (south, west) corners.
pub fn corners(synthetic: &Synthetic) -> Vec<(i32, i32)> {
    let (south, west) = SOUTH_WEST;
    let (north, east) = synthetic.north_east();
    let lats = south.floor() as i32..=(north.floor() as i32);
    lats.flat_map(|lat| (west.floor() as i32..=(east.floor() as i32)).map(move |lon| (lat, lon))).collect()
}

/// Big-endian samples of the tile with corner `(lat, lon)`, heights taken from `source`.
pub fn tile_samples(synthetic: &Synthetic, source: &ElevationTile, (lat, lon): (i32, i32)) -> Vec<u8> {
    let (rows, cols) = (synthetic.layout.rows, synthetic.layout.cols);
    let mut bytes = Vec::with_capacity(SIDE * SIDE * 2);
    for r in 0..SIDE {
        let at_lat = f64::from(lat + 1) - r as f64 / (SIDE - 1) as f64;
        let row = (((at_lat - SOUTH_WEST.0) / synthetic.step.0).floor().max(0.0) as usize).min(rows - 1);
        for c in 0..SIDE {
            let at_lon = f64::from(lon) + c as f64 / (SIDE - 1) as f64;
            let col = (((at_lon - SOUTH_WEST.1) / synthetic.step.1).floor().max(0.0) as usize).min(cols - 1);
            let (dlat, dlon) = synthetic.shifts[row * cols + col];
            let height = source.height_m(at_lat - dlat, at_lon - dlon).map_or(VOID, |h| h.round() as i16);
            bytes.extend(height.to_be_bytes());
        }
    }
    bytes
}

/// The SRTM name of a tile: `N43E005`.
pub fn tile_name((lat, lon): (i32, i32)) -> String {
    let (ns, ew) = (if lat >= 0 { 'N' } else { 'S' }, if lon >= 0 { 'E' } else { 'W' });
    format!("{ns}{:02}{ew}{:03}", lat.abs(), lon.abs())
}

/// A zip archive holding one deflated file `name` with `data`.
pub fn zip_one(name: &str, data: &[u8]) -> Vec<u8> {
    let mut encoder = DeflateEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(data).expect("writing to a Vec cannot fail");
    let compressed = encoder.finish().expect("writing to a Vec cannot fail");
    let mut crc = flate2::Crc::new();
    crc.update(data);
    let crc = crc.sum();
    let mut common = Vec::new();
    common.extend(20u16.to_le_bytes()); // version needed
    common.extend(0u16.to_le_bytes()); // flags
    common.extend(8u16.to_le_bytes()); // deflate
    common.extend([0u8; 4]); // time and date
    common.extend(crc.to_le_bytes());
    common.extend((compressed.len() as u32).to_le_bytes());
    common.extend((data.len() as u32).to_le_bytes());
    common.extend((name.len() as u16).to_le_bytes());
    common.extend(0u16.to_le_bytes()); // extra field
    let mut zip = 0x0403_4b50u32.to_le_bytes().to_vec();
    zip.extend(&common);
    zip.extend(name.as_bytes());
    zip.extend(&compressed);
    let directory_at = zip.len() as u32;
    let mut directory = 0x0201_4b50u32.to_le_bytes().to_vec();
    directory.extend(20u16.to_le_bytes()); // made by
    directory.extend(&common);
    directory.extend([0u8; 6]); // comment length, disk, internal attributes
    directory.extend([0u8; 4]); // external attributes
    directory.extend(0u32.to_le_bytes()); // local header offset
    directory.extend(name.as_bytes());
    zip.extend(&directory);
    zip.extend(0x0605_4b50u32.to_le_bytes());
    zip.extend([0u8; 4]); // disk numbers
    zip.extend(1u16.to_le_bytes());
    zip.extend(1u16.to_le_bytes());
    zip.extend((directory.len() as u32).to_le_bytes());
    zip.extend(directory_at.to_le_bytes());
    zip.extend(0u16.to_le_bytes()); // comment
    zip
}
