//! A zipped SRTM tile (`N42E001.hgt.zip`); a tile that reads answers heights over the seeds' square.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tournee::road::ElevationTile;

fuzz_target!(|data: &[u8]| {
    if let Ok(tile) = ElevationTile::from_zip(data) {
        for step in 0..=4 {
            let _ = tile.height_m(42.0 + f64::from(step) / 4.0, 1.0 + f64::from(step) / 5.0);
        }
    }
});
