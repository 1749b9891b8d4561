//! Ground height from an SRTM tile, for the slope factor of the travel-time model.
//!
//! An SRTM `.hgt` tile is a square grid of big-endian `i16` heights in metres,
//! rows from north to south, columns from west to east, covering one degree of
//! latitude and longitude from the south-west corner named in its file name
//! (`N42E001.hgt` → 42° N, 1° E). SRTM3 tiles have 1201 × 1201 samples (3″, about
//! 90 m), SRTM1 tiles 3601 × 3601 (1″, about 30 m); neighbouring tiles share their
//! edge rows and columns. Holes in the radar data ("voids") hold −32768.
//!
//! Tiles are distributed zipped, so this module reads the zip itself (central
//! directory, stored and deflate entries, CRC-32 checked) and inflates with
//! `miniz_oxide`: pure Rust from bytes, so it runs unchanged in the browser on a
//! file the user picked.
//!
//! Here: the tile, its errors and its interpolation; `zip` takes the `.hgt` out of
//! the archive, `name` reads the corner from the file name.

#[cfg(test)]
mod fixtures;
mod name;
mod set;
mod zip;

pub use set::ElevationSet;

use name::corner_from_name;
use std::borrow::Cow;
use std::fmt;
use thiserror::Error;

/// Samples per side of an SRTM3 tile (3 arc-seconds).
const SRTM3_SIDE: usize = 1201;
/// Samples per side of an SRTM1 tile (1 arc-second).
const SRTM1_SIDE: usize = 3601;
/// Bytes of an SRTM3 `.hgt` file.
const SRTM3_BYTES: usize = SRTM3_SIDE * SRTM3_SIDE * 2;
/// Bytes of an SRTM1 `.hgt` file, also the most any zip entry may inflate to.
const SRTM1_BYTES: usize = SRTM1_SIDE * SRTM1_SIDE * 2;
/// The value SRTM stores where the radar saw nothing.
const VOID: i16 = i16::MIN;

/// Why an elevation tile could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ElevationError {
    /// The bytes hold no zip archive at all (often a bare `.hgt` given as a zip).
    #[error("not a ZIP archive")]
    NotZip,
    /// The archive ends early or its directory points outside the file (incomplete download).
    #[error("truncated or damaged ZIP archive")]
    Truncated,
    /// The archive holds no file ending in `.hgt`.
    #[error("no .hgt file in the archive")]
    NoHgt,
    /// The `.hgt` entry is compressed with a method other than stored (0) or deflate (8).
    #[error("unsupported compression method {0} (only stored and deflate)")]
    UnsupportedCompression(u16),
    /// The archive uses a zip feature this reader leaves out (ZIP64, encryption).
    #[error("unsupported ZIP archive: {0}")]
    UnsupportedZip(&'static str),
    /// The compressed data is damaged: bad deflate stream, wrong length or CRC-32.
    #[error("inflate failed: {0}")]
    Inflate(String),
    /// The tile is not 1201² (SRTM3) or 3601² (SRTM1) samples of 2 bytes; holds the byte count.
    #[error("unexpected tile size {0} bytes (expected 2884802 for SRTM3 or 25934402 for SRTM1)")]
    WrongSize(usize),
    /// The `.hgt` name does not give the tile's corner, like `N42E001.hgt`.
    #[error("unreadable tile name \"{0}\" (expected e.g. N42E001.hgt)")]
    FileName(String),
    /// The explicit south-west corner is not a whole-degree tile on Earth.
    #[error("invalid south-west corner {lat}, {lon} (expected latitude -90..89, longitude -180..179)")]
    Corner {
        /// Latitude of the corner, in degrees.
        lat: i32,
        /// Longitude of the corner, in degrees.
        lon: i32,
    },
}

/// One SRTM tile held in memory: heights in metres on a one-degree square.
///
/// Samples stay `i16` as in the file (2.9 MB for SRTM3, 26 MB for SRTM1), so a
/// region pack can keep the few tiles it needs in the browser.
#[derive(Clone)]
pub struct ElevationTile {
    /// Latitude of the south edge, in whole degrees.
    south: i32,
    /// Longitude of the west edge, in whole degrees.
    west: i32,
    /// Samples per side: 1201 or 3601.
    side: usize,
    /// `side × side` heights, row-major, north row first; `VOID` where unknown.
    samples: Vec<i16>,
}

impl ElevationTile {
    /// Reads a tile from the bytes of a `.hgt.zip` file as distributed.
    ///
    /// Arguments: `bytes`, the whole zip file. Its first entry whose name ends in
    /// `.hgt` (any case, in any folder) is read; its name gives the south-west
    /// corner (`N42E001.hgt` → 42, 1; `S` and `W` are negative).
    ///
    /// Returns: the tile, or the [`ElevationError`] saying what is wrong with the
    /// file. Never panics, whatever the bytes.
    ///
    /// Complexity: O(n) in the tile's size (one inflate, one CRC-32 pass, one copy).
    pub fn from_zip(bytes: &[u8]) -> Result<ElevationTile, ElevationError> {
        let entry = zip::find_hgt(bytes)?;
        let (lat, lon) = corner_from_name(&entry.name)?;
        if entry.method != zip::STORED && entry.method != zip::DEFLATE {
            return Err(ElevationError::UnsupportedCompression(entry.method));
        }
        if entry.size != SRTM3_BYTES && entry.size != SRTM1_BYTES {
            return Err(ElevationError::WrongSize(entry.size));
        }
        let hgt: Cow<[u8]> = if entry.method == zip::DEFLATE {
            Cow::Owned(zip::inflate(entry.data, entry.size)?)
        } else {
            Cow::Borrowed(entry.data)
        };
        if hgt.len() != entry.size {
            return Err(ElevationError::Inflate(format!(
                "{} bytes instead of the {} announced",
                hgt.len(),
                entry.size
            )));
        }
        if zip::crc32(&hgt) != entry.crc32 {
            return Err(ElevationError::Inflate("CRC-32 checksum mismatch".into()));
        }
        ElevationTile::from_hgt(&hgt, lat, lon)
    }

    /// Reads a tile from the bytes of a bare `.hgt` file.
    ///
    /// Arguments: `bytes`, the file (1201² or 3601² big-endian `i16`, the size tells
    /// SRTM3 from SRTM1); `south_west_lat`, `south_west_lon`, the corner in whole
    /// degrees, as the file name would give it.
    ///
    /// Returns: the tile, or [`ElevationError::WrongSize`] / [`ElevationError::Corner`].
    ///
    /// Complexity: O(n) in the tile's size.
    pub fn from_hgt(bytes: &[u8], south_west_lat: i32, south_west_lon: i32) -> Result<ElevationTile, ElevationError> {
        if !(-90..=89).contains(&south_west_lat) || !(-180..=179).contains(&south_west_lon) {
            return Err(ElevationError::Corner { lat: south_west_lat, lon: south_west_lon });
        }
        let side = match bytes.len() {
            SRTM3_BYTES => SRTM3_SIDE,
            SRTM1_BYTES => SRTM1_SIDE,
            other => return Err(ElevationError::WrongSize(other)),
        };
        let samples = bytes.chunks_exact(2).map(|pair| i16::from_be_bytes([pair[0], pair[1]])).collect();
        Ok(ElevationTile { south: south_west_lat, west: south_west_lon, side, samples })
    }

    /// Whether the point lies on this tile, edges included (NaN never does).
    pub fn covers(&self, lat: f64, lon: f64) -> bool {
        let (south, west) = (f64::from(self.south), f64::from(self.west));
        (south..=south + 1.0).contains(&lat) && (west..=west + 1.0).contains(&lon)
    }

    /// Ground height at a point, in metres, interpolated between the four samples around it.
    ///
    /// Arguments: `lat`, `lon` in degrees (WGS84).
    ///
    /// Returns: the bilinear interpolation of the surrounding samples; `None` outside
    /// the tile. Void samples are left out and the others' weights rescaled to sum
    /// to one; where the remaining weights are all zero (the point sits exactly on
    /// a void sample) their plain mean is used; `None` if all four are void.
    ///
    /// Complexity: O(1).
    pub fn height_m(&self, lat: f64, lon: f64) -> Option<f64> {
        if !self.covers(lat, lon) {
            return None;
        }
        let last = (self.side - 1) as f64;
        let row = (f64::from(self.south + 1) - lat) * last;
        let col = (lon - f64::from(self.west)) * last;
        // `as usize` saturates, and covers() keeps row and col within 0…last.
        let r0 = (row.floor() as usize).min(self.side - 2);
        let c0 = (col.floor() as usize).min(self.side - 2);
        let (dr, dc) = (row - r0 as f64, col - c0 as f64);
        let corners = [
            (r0, c0, (1.0 - dr) * (1.0 - dc)),
            (r0, c0 + 1, (1.0 - dr) * dc),
            (r0 + 1, c0, dr * (1.0 - dc)),
            (r0 + 1, c0 + 1, dr * dc),
        ];
        let (mut weighted, mut weight, mut sum, mut count) = (0.0, 0.0, 0.0, 0u32);
        for (r, c, w) in corners {
            // In bounds: r, c ≤ side − 1 and samples.len() == side² (checked in from_hgt).
            let h = self.samples[r * self.side + c];
            if h == VOID {
                continue;
            }
            let h = f64::from(h);
            weighted += w * h;
            weight += w;
            sum += h;
            count += 1;
        }
        match count {
            0 => None,
            _ if weight > 0.0 => Some(weighted / weight),
            _ => Some(sum / f64::from(count)),
        }
    }
}

impl fmt::Debug for ElevationTile {
    /// The corner and resolution, not the million samples.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ElevationTile")
            .field("south_west_lat", &self.south)
            .field("south_west_lon", &self.west)
            .field("samples_per_side", &self.side)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::{hgt, stored_zip, ANDORRA_ZIP};
    use super::*;
    use std::sync::OnceLock;

    /// The real tile, inflated once for all tests.
    fn andorra() -> &'static ElevationTile {
        static TILE: OnceLock<ElevationTile> = OnceLock::new();
        TILE.get_or_init(|| ElevationTile::from_zip(ANDORRA_ZIP).expect("the shipped tile reads"))
    }

    #[test]
    fn andorra_spot_heights_match_the_published_values() {
        let tile = andorra();
        let town = tile.height_m(42.5078, 1.5211).unwrap();
        let pass = tile.height_m(42.5403, 1.7228).unwrap();
        println!("Andorra la Vella {town:.1} m, Port d'Envalira {pass:.1} m");
        assert!((town - 1024.0).abs() <= 40.0, "Andorra la Vella: {town}");
        assert!((pass - 2409.0).abs() <= 40.0, "Port d'Envalira: {pass}");
        assert!(format!("{tile:?}").contains("samples_per_side: 1201"));
    }

    #[test]
    fn points_outside_the_tile_have_no_height() {
        let tile = andorra();
        assert_eq!(tile.height_m(43.2, 1.5), None);
        assert_eq!(tile.height_m(42.5, 2.01), None);
        assert_eq!(tile.height_m(41.99, 1.5), None);
        assert_eq!(tile.height_m(f64::NAN, 1.5), None);
        assert!(!tile.covers(42.5, f64::INFINITY));
        for (lat, lon) in [(42.0, 1.0), (43.0, 2.0), (42.0, 2.0), (43.0, 1.0)] {
            assert!(tile.covers(lat, lon));
            assert!(tile.height_m(lat, lon).is_some(), "corner {lat}, {lon}");
        }
    }

    #[test]
    fn bilinear_interpolation_is_exact_at_and_between_samples() {
        // A plane is reproduced exactly by bilinear interpolation, anywhere.
        let plane = ElevationTile::from_hgt(&hgt(|r, c| (2 * r + 3 * c) as i16), 44, 6).unwrap();
        let step = 1.0 / 1200.0;
        for (lat, lon) in [(44.7, 6.2), (44.123_456, 6.987_654), (45.0, 6.0), (44.0, 7.0)] {
            let expected = 2.0 * (45.0 - lat) * 1200.0 + 3.0 * (lon - 6.0) * 1200.0;
            let got = plane.height_m(lat, lon).unwrap();
            assert!((got - expected).abs() < 1e-6, "{lat}, {lon}: {got} vs {expected}");
        }
        // One north-west cell 100 200 / 300 400, zero elsewhere.
        let cell = hgt(|r, c| match (r, c) {
            (0, 0) => 100,
            (0, 1) => 200,
            (1, 0) => 300,
            (1, 1) => 400,
            _ => 0,
        });
        let tile = ElevationTile::from_hgt(&cell, 44, 6).unwrap();
        let at = |rows: f64, cols: f64| tile.height_m(45.0 - rows * step, 6.0 + cols * step).unwrap();
        assert_eq!(at(0.0, 0.0), 100.0);
        assert!((at(0.0, 1.0) - 200.0).abs() < 1e-9);
        assert!((at(1.0, 1.0) - 400.0).abs() < 1e-9);
        assert!((at(0.5, 0.5) - 250.0).abs() < 1e-9);
        assert!((at(0.0, 0.25) - 125.0).abs() < 1e-9);
        assert!((at(0.25, 0.0) - 150.0).abs() < 1e-9);
        assert!((at(0.25, 0.75) - 225.0).abs() < 1e-9);
        assert_eq!(tile.height_m(44.0, 7.0), Some(0.0)); // south-east corner, last cell
    }

    #[test]
    fn void_samples_are_left_out_and_four_voids_give_none() {
        let bytes = hgt(|r, c| match (r, c) {
            (0, 0) => VOID,
            (0, 1) => 200,
            (1, 0) => 300,
            (1, 1) => 400,
            (10..=11, 10..=11) => VOID,
            _ => 1000,
        });
        let tile = ElevationTile::from_hgt(&bytes, 44, 6).unwrap();
        let step = 1.0 / 1200.0;
        let at = |rows: f64, cols: f64| tile.height_m(45.0 - rows * step, 6.0 + cols * step);
        // Centre of the cell: the three known corners, equally weighted.
        assert!((at(0.5, 0.5).unwrap() - 300.0).abs() < 1e-9);
        // Exactly on the void sample: the plain mean of the three others.
        assert!((at(0.0, 0.0).unwrap() - 300.0).abs() < 1e-9);
        // On a known sample next to the void: that sample.
        assert!((at(0.0, 1.0).unwrap() - 200.0).abs() < 1e-9);
        // Near the void along the top edge: only the known top corner counts.
        assert!((at(0.0, 0.25).unwrap() - 200.0).abs() < 1e-9);
        // A cell of four voids.
        assert_eq!(at(10.5, 10.5), None);
        // Its void corner seen from a cell with known corners.
        assert!((at(9.5, 9.5).unwrap() - 1000.0).abs() < 1e-9);
    }

    #[test]
    fn explicit_corners_and_sizes_are_checked() {
        let bytes = hgt(|_, _| 0);
        assert_eq!(ElevationTile::from_hgt(&bytes, 90, 0).unwrap_err(), ElevationError::Corner { lat: 90, lon: 0 });
        assert!(matches!(ElevationTile::from_hgt(&bytes, 0, -181), Err(ElevationError::Corner { .. })));
        assert!(ElevationTile::from_hgt(&bytes, -90, -180).is_ok());
        assert_eq!(ElevationTile::from_hgt(&bytes[..100], 42, 1).unwrap_err(), ElevationError::WrongSize(100));
        assert_eq!(
            ElevationTile::from_hgt(&bytes[1..], 42, 1).unwrap_err(),
            ElevationError::WrongSize(SRTM3_BYTES - 1)
        );
        assert_eq!(
            ElevationTile::from_zip(&stored_zip("N42E001.hgt", &bytes[..5000])).unwrap_err(),
            ElevationError::WrongSize(5000)
        );
        // SRTM1 is told apart by its size.
        let fine = vec![0u8; SRTM1_BYTES];
        let srtm1 = ElevationTile::from_hgt(&fine, 42, 1).unwrap();
        assert!(format!("{srtm1:?}").contains("3601"));
    }
}
