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
    #[error("ce fichier n'est pas une archive ZIP")]
    NotZip,
    /// The archive ends early or its directory points outside the file (incomplete download).
    #[error("archive ZIP tronquée ou endommagée")]
    Truncated,
    /// The archive holds no file ending in `.hgt`.
    #[error("l'archive ne contient aucun fichier .hgt")]
    NoHgt,
    /// The `.hgt` entry is compressed with a method other than stored (0) or deflate (8).
    #[error("méthode de compression {0} non prise en charge (seules « stockée » et « deflate » le sont)")]
    UnsupportedCompression(u16),
    /// The archive uses a zip feature this reader leaves out (ZIP64, encryption).
    #[error("archive ZIP non prise en charge : {0}")]
    UnsupportedZip(&'static str),
    /// The compressed data is damaged: bad deflate stream, wrong length or CRC-32.
    #[error("décompression impossible : {0}")]
    Inflate(String),
    /// The tile is not 1201² (SRTM3) or 3601² (SRTM1) samples of 2 bytes; holds the byte count.
    #[error("taille de tuile inattendue : {0} octets (attendu 2884802 pour SRTM3 ou 25934402 pour SRTM1)")]
    WrongSize(usize),
    /// The `.hgt` name does not give the tile's corner, like `N42E001.hgt`.
    #[error("nom de fichier illisible : « {0} » (attendu par exemple N42E001.hgt)")]
    FileName(String),
    /// The explicit south-west corner is not a whole-degree tile on Earth.
    #[error(
        "coin sud-ouest invalide : {lat}, {lon} (attendu latitude -90…89, longitude -180…179)"
    )]
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
                "{} octets au lieu des {} annoncés",
                hgt.len(),
                entry.size
            )));
        }
        if zip::crc32(&hgt) != entry.crc32 {
            return Err(ElevationError::Inflate(
                "somme de contrôle CRC-32 incorrecte".into(),
            ));
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
    pub fn from_hgt(
        bytes: &[u8],
        south_west_lat: i32,
        south_west_lon: i32,
    ) -> Result<ElevationTile, ElevationError> {
        if !(-90..=89).contains(&south_west_lat) || !(-180..=179).contains(&south_west_lon) {
            return Err(ElevationError::Corner {
                lat: south_west_lat,
                lon: south_west_lon,
            });
        }
        let side = match bytes.len() {
            SRTM3_BYTES => SRTM3_SIDE,
            SRTM1_BYTES => SRTM1_SIDE,
            other => return Err(ElevationError::WrongSize(other)),
        };
        let samples = bytes
            .chunks_exact(2)
            .map(|pair| i16::from_be_bytes([pair[0], pair[1]]))
            .collect();
        Ok(ElevationTile {
            south: south_west_lat,
            west: south_west_lon,
            side,
            samples,
        })
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

/// The south-west corner named by a tile file such as `N42E001.hgt` or `tiles/s01w002.HGT`.
///
/// Anything after the longitude must start with a dot (`N42E001.SRTMGL1.hgt`).
fn corner_from_name(name: &str) -> Result<(i32, i32), ElevationError> {
    let bad = || ElevationError::FileName(name.to_string());
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name).as_bytes();
    let (lat, rest) = signed_degrees(base, b'N', b'S', 2).ok_or_else(bad)?;
    let (lon, rest) = signed_degrees(rest, b'E', b'W', 3).ok_or_else(bad)?;
    if !rest.starts_with(b".") || !(-90..=89).contains(&lat) || !(-180..=179).contains(&lon) {
        return Err(bad());
    }
    Ok((lat, lon))
}

/// Reads a hemisphere letter then 1 to `max_digits` digits, as in `N42` or `W002`.
fn signed_degrees(text: &[u8], plus: u8, minus: u8, max_digits: usize) -> Option<(i32, &[u8])> {
    let (&letter, rest) = text.split_first()?;
    let sign = match letter.to_ascii_uppercase() {
        l if l == plus => 1,
        l if l == minus => -1,
        _ => return None,
    };
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits > max_digits {
        return None;
    }
    let value = rest[..digits]
        .iter()
        .fold(0i32, |v, d| v * 10 + i32::from(d - b'0'));
    Some((sign * value, &rest[digits..]))
}

/// Just enough of the zip format to take one file out of an archive.
mod zip {
    use super::{ElevationError, SRTM1_BYTES};
    use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

    /// Compression method "stored" (no compression).
    pub const STORED: u16 = 0;
    /// Compression method "deflate".
    pub const DEFLATE: u16 = 8;
    const LOCAL_SIGNATURE: u32 = 0x0403_4b50;
    const CENTRAL_SIGNATURE: u32 = 0x0201_4b50;
    const END_SIGNATURE: u32 = 0x0605_4b50;
    const LOCAL_LEN: usize = 30;
    const CENTRAL_LEN: usize = 46;
    const END_LEN: usize = 22;
    const MAX_COMMENT: usize = 0xFFFF;
    /// Sizes and offsets set to this point to ZIP64 records.
    const ZIP64_MARK: u32 = 0xFFFF_FFFF;

    /// A file inside the archive, its data still compressed.
    pub struct Entry<'a> {
        /// Path inside the archive (lossy UTF-8).
        pub name: String,
        /// Compression method code.
        pub method: u16,
        /// CRC-32 of the uncompressed data.
        pub crc32: u32,
        /// Uncompressed size announced by the central directory.
        pub size: usize,
        /// Compressed bytes.
        pub data: &'a [u8],
    }

    /// The first entry whose name ends in `.hgt` (not a folder).
    pub fn find_hgt(bytes: &[u8]) -> Result<Entry<'_>, ElevationError> {
        let end = find_end(bytes)?;
        let entries = le16(end, 10);
        let directory_offset = le32(end, 16);
        if entries == 0xFFFF || directory_offset == ZIP64_MARK {
            return Err(ElevationError::UnsupportedZip("ZIP64"));
        }
        let mut pos = directory_offset as usize;
        for _ in 0..entries {
            let header = slice(bytes, pos, CENTRAL_LEN)?;
            if le32(header, 0) != CENTRAL_SIGNATURE {
                return Err(ElevationError::Truncated);
            }
            let name_len = usize::from(le16(header, 28));
            let name = String::from_utf8_lossy(slice(bytes, pos + CENTRAL_LEN, name_len)?);
            let skip = name_len + usize::from(le16(header, 30)) + usize::from(le16(header, 32));
            pos = (pos + CENTRAL_LEN)
                .checked_add(skip)
                .ok_or(ElevationError::Truncated)?;
            if name.ends_with('/') || !name.to_ascii_lowercase().ends_with(".hgt") {
                continue;
            }
            let (compressed, size, local) = (le32(header, 20), le32(header, 24), le32(header, 42));
            if [compressed, size, local].contains(&ZIP64_MARK) {
                return Err(ElevationError::UnsupportedZip("ZIP64"));
            }
            if le16(header, 8) & 1 != 0 {
                return Err(ElevationError::UnsupportedZip("fichier chiffré"));
            }
            let local = local as usize;
            let local_header = slice(bytes, local, LOCAL_LEN)?;
            if le32(local_header, 0) != LOCAL_SIGNATURE {
                return Err(ElevationError::Truncated);
            }
            let data_start = local
                + LOCAL_LEN
                + usize::from(le16(local_header, 26))
                + usize::from(le16(local_header, 28));
            return Ok(Entry {
                name: name.into_owned(),
                method: le16(header, 10),
                crc32: le32(header, 16),
                size: size as usize,
                data: slice(bytes, data_start, compressed as usize)?,
            });
        }
        Err(ElevationError::NoHgt)
    }

    /// The end-of-central-directory record, searched from the end past any comment.
    fn find_end(bytes: &[u8]) -> Result<&[u8], ElevationError> {
        let missing = if bytes.len() >= 4 && le32(bytes, 0) == LOCAL_SIGNATURE {
            ElevationError::Truncated
        } else {
            ElevationError::NotZip
        };
        let Some(last) = bytes.len().checked_sub(END_LEN) else {
            return Err(missing);
        };
        let first = last.saturating_sub(MAX_COMMENT);
        (first..=last)
            .rev()
            .find(|&i| le32(bytes, i) == END_SIGNATURE)
            .map(|i| &bytes[i..i + END_LEN])
            .ok_or(missing)
    }

    /// Raw deflate data inflated to at most `expected` bytes (and never past an SRTM1 tile).
    pub fn inflate(data: &[u8], expected: usize) -> Result<Vec<u8>, ElevationError> {
        decompress_to_vec_with_limit(data, expected.min(SRTM1_BYTES)).map_err(|e| {
            ElevationError::Inflate(
                match e.status {
                    TINFLStatus::HasMoreOutput => "données plus longues qu'annoncé",
                    TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                        "flux deflate tronqué"
                    }
                    _ => "flux deflate invalide",
                }
                .to_string(),
            )
        })
    }

    /// CRC-32 (IEEE, as in zip) of `data`.
    pub fn crc32(data: &[u8]) -> u32 {
        !data.iter().fold(!0u32, |crc, &byte| {
            CRC_TABLE[usize::from(crc as u8 ^ byte)] ^ (crc >> 8)
        })
    }

    /// Byte-at-a-time table for the reflected polynomial 0xEDB88320.
    const CRC_TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut crc = i as u32;
            let mut bit = 0;
            while bit < 8 {
                crc = if crc & 1 != 0 {
                    0xEDB8_8320 ^ (crc >> 1)
                } else {
                    crc >> 1
                };
                bit += 1;
            }
            table[i] = crc;
            i += 1;
        }
        table
    };

    /// `len` bytes from `start`, or `Truncated` if the file ends before.
    fn slice(bytes: &[u8], start: usize, len: usize) -> Result<&[u8], ElevationError> {
        start
            .checked_add(len)
            .and_then(|end| bytes.get(start..end))
            .ok_or(ElevationError::Truncated)
    }

    /// Little-endian u16 at `at`; callers pass slices long enough (fixed-size records).
    fn le16(bytes: &[u8], at: usize) -> u16 {
        u16::from_le_bytes([bytes[at], bytes[at + 1]])
    }

    /// Little-endian u32 at `at`; callers pass slices long enough (fixed-size records).
    fn le32(bytes: &[u8], at: usize) -> u32 {
        u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    const ANDORRA_ZIP: &[u8] = include_bytes!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/srtm3_N42E001.hgt.zip"
    ));

    /// The real tile, inflated once for all tests.
    fn andorra() -> &'static ElevationTile {
        static TILE: OnceLock<ElevationTile> = OnceLock::new();
        TILE.get_or_init(|| ElevationTile::from_zip(ANDORRA_ZIP).expect("the shipped tile reads"))
    }

    /// An SRTM3 `.hgt` file whose sample at (row, column) is `height(row, column)`.
    fn hgt(height: impl Fn(usize, usize) -> i16) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(SRTM3_BYTES);
        for row in 0..SRTM3_SIDE {
            for col in 0..SRTM3_SIDE {
                bytes.extend(height(row, col).to_be_bytes());
            }
        }
        bytes
    }

    /// A one-entry zip archive, every header field given.
    fn zip_of(name: &str, method: u16, flags: u16, data: &[u8], size: u32, crc: u32) -> Vec<u8> {
        let name = name.as_bytes();
        let sizes = |z: &mut Vec<u8>| {
            z.extend(crc.to_le_bytes());
            z.extend((data.len() as u32).to_le_bytes());
            z.extend(size.to_le_bytes());
            z.extend((name.len() as u16).to_le_bytes());
            z.extend(0u16.to_le_bytes()); // extra field length
        };
        let mut z = Vec::new();
        z.extend(0x0403_4b50u32.to_le_bytes());
        z.extend(20u16.to_le_bytes());
        z.extend(flags.to_le_bytes());
        z.extend(method.to_le_bytes());
        z.extend([0; 4]); // time, date
        sizes(&mut z);
        z.extend(name);
        z.extend(data);
        let directory = z.len();
        z.extend(0x0201_4b50u32.to_le_bytes());
        z.extend([20, 0, 20, 0]); // made by, needed
        z.extend(flags.to_le_bytes());
        z.extend(method.to_le_bytes());
        z.extend([0; 4]); // time, date
        sizes(&mut z);
        z.extend([0; 14]); // comment length, disk, attributes, local header at 0
        z.extend(name);
        let directory_len = z.len() - directory;
        z.extend(0x0605_4b50u32.to_le_bytes());
        z.extend([0, 0, 0, 0, 1, 0, 1, 0]); // disks, one entry
        z.extend((directory_len as u32).to_le_bytes());
        z.extend((directory as u32).to_le_bytes());
        z.extend([0, 0]); // comment length
        z
    }

    fn stored_zip(name: &str, data: &[u8]) -> Vec<u8> {
        zip_of(name, 0, 0, data, data.len() as u32, zip::crc32(data))
    }

    /// Position of the central directory of a one-comment-less archive.
    fn directory_of(z: &[u8]) -> usize {
        let end = z.len() - 22;
        u32::from_le_bytes(z[end + 16..end + 20].try_into().unwrap()) as usize
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
        for (lat, lon) in [
            (44.7, 6.2),
            (44.123_456, 6.987_654),
            (45.0, 6.0),
            (44.0, 7.0),
        ] {
            let expected = 2.0 * (45.0 - lat) * 1200.0 + 3.0 * (lon - 6.0) * 1200.0;
            let got = plane.height_m(lat, lon).unwrap();
            assert!(
                (got - expected).abs() < 1e-6,
                "{lat}, {lon}: {got} vs {expected}"
            );
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
        let at = |rows: f64, cols: f64| {
            tile.height_m(45.0 - rows * step, 6.0 + cols * step)
                .unwrap()
        };
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
    fn a_stored_zip_gives_its_corner_through_the_name() {
        let bytes = hgt(|r, c| if (r, c) == (600, 600) { -12 } else { 5 });
        let tile = ElevationTile::from_zip(&stored_zip("tiles/s01W002.HGT", &bytes)).unwrap();
        assert!(tile.covers(-0.5, -1.5));
        assert!(!tile.covers(0.5, -1.5));
        assert_eq!(tile.height_m(-0.5, -1.5), Some(-12.0));
        assert_eq!(tile.height_m(-1.0, -2.0), Some(5.0));
        let named = ElevationTile::from_zip(&stored_zip("N42E001.SRTMGL1.hgt", &bytes)).unwrap();
        assert!(named.covers(42.5, 1.5));
    }

    #[test]
    fn explicit_corners_and_sizes_are_checked() {
        let bytes = hgt(|_, _| 0);
        assert_eq!(
            ElevationTile::from_hgt(&bytes, 90, 0).unwrap_err(),
            ElevationError::Corner { lat: 90, lon: 0 }
        );
        assert!(matches!(
            ElevationTile::from_hgt(&bytes, 0, -181),
            Err(ElevationError::Corner { .. })
        ));
        assert!(ElevationTile::from_hgt(&bytes, -90, -180).is_ok());
        assert_eq!(
            ElevationTile::from_hgt(&bytes[..100], 42, 1).unwrap_err(),
            ElevationError::WrongSize(100)
        );
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

    #[test]
    fn truncated_zips_are_refused() {
        let len = ANDORRA_ZIP.len();
        assert_eq!(
            ElevationTile::from_zip(&ANDORRA_ZIP[..1000]).unwrap_err(),
            ElevationError::Truncated
        );
        assert_eq!(
            ElevationTile::from_zip(&ANDORRA_ZIP[..len - 10]).unwrap_err(),
            ElevationError::Truncated
        );
        for cut in (4..len).step_by(len / 97).chain(len - 200..len) {
            assert_eq!(
                ElevationTile::from_zip(&ANDORRA_ZIP[..cut]).unwrap_err(),
                ElevationError::Truncated,
                "cut at {cut}"
            );
        }
        // The directory kept, the data cut out: the entry points past the end.
        let mut holed = ANDORRA_ZIP[..100].to_vec();
        holed.extend(&ANDORRA_ZIP[len - 200..]);
        assert_eq!(
            ElevationTile::from_zip(&holed).unwrap_err(),
            ElevationError::Truncated
        );
    }

    #[test]
    fn random_bytes_and_bare_hgt_are_not_zips() {
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let noise: Vec<u8> = (0..100_000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 32) as u8
            })
            .collect();
        assert_eq!(
            ElevationTile::from_zip(&noise).unwrap_err(),
            ElevationError::NotZip
        );
        assert_eq!(
            ElevationTile::from_zip(&[]).unwrap_err(),
            ElevationError::NotZip
        );
        assert_eq!(
            ElevationTile::from_zip(b"PK").unwrap_err(),
            ElevationError::NotZip
        );
        assert_eq!(
            ElevationTile::from_zip(&hgt(|_, _| 0)).unwrap_err(),
            ElevationError::NotZip
        );
        assert!(ElevationTile::from_hgt(&noise, 42, 1).is_err());
    }

    #[test]
    fn archives_without_a_readable_hgt_are_refused() {
        assert_eq!(
            ElevationTile::from_zip(&stored_zip("N42E001.txt", b"hello")).unwrap_err(),
            ElevationError::NoHgt
        );
        assert_eq!(
            ElevationTile::from_zip(&stored_zip("N42E001.hgt/", b"")).unwrap_err(),
            ElevationError::NoHgt
        );
        for name in [
            "tile.hgt",
            "N95E001.hgt",
            "N42E181.hgt",
            "N42E0011.hgt",
            "N42E001x.hgt",
            "X42E001.hgt",
        ] {
            assert_eq!(
                ElevationTile::from_zip(&stored_zip(name, b"x")).unwrap_err(),
                ElevationError::FileName(name.to_string()),
                "{name}"
            );
        }
        let bzip2 = zip_of("N42E001.hgt", 12, 0, b"x", SRTM3_BYTES as u32, 0);
        assert_eq!(
            ElevationTile::from_zip(&bzip2).unwrap_err(),
            ElevationError::UnsupportedCompression(12)
        );
        let locked = zip_of("N42E001.hgt", 8, 1, b"x", SRTM3_BYTES as u32, 0);
        assert!(matches!(
            ElevationTile::from_zip(&locked),
            Err(ElevationError::UnsupportedZip(_))
        ));
    }

    #[test]
    fn damaged_compressed_data_is_an_inflate_error() {
        let data_start = 30 + usize::from(u16::from_le_bytes([ANDORRA_ZIP[26], ANDORRA_ZIP[27]]));
        let mut scrambled = ANDORRA_ZIP.to_vec();
        scrambled[data_start + 1000..data_start + 1100].fill(0xA5);
        assert!(matches!(
            ElevationTile::from_zip(&scrambled),
            Err(ElevationError::Inflate(_))
        ));

        let mut wrong_crc = ANDORRA_ZIP.to_vec();
        let directory = directory_of(&wrong_crc);
        wrong_crc[directory + 16] ^= 1;
        assert_eq!(
            ElevationTile::from_zip(&wrong_crc).unwrap_err(),
            ElevationError::Inflate("somme de contrôle CRC-32 incorrecte".into())
        );
        assert_eq!(
            ElevationError::Inflate("flux deflate tronqué".into()).to_string(),
            "décompression impossible : flux deflate tronqué"
        );
    }

    #[test]
    fn mangled_headers_never_panic() {
        let small = stored_zip("N42E001.hgt", b"0123456789");
        for at in 0..small.len() {
            for value in [0x00, 0xFF, 0x7F, 0x80, small[at].wrapping_add(1)] {
                let mut bytes = small.clone();
                bytes[at] = value;
                assert!(
                    ElevationTile::from_zip(&bytes).is_err(),
                    "byte {at} = {value}"
                );
            }
        }
        // Directory and end record of the real archive, bytes flipped: an error or a tile.
        let directory = directory_of(ANDORRA_ZIP);
        for at in (directory..ANDORRA_ZIP.len()).step_by(7) {
            let mut bytes = ANDORRA_ZIP.to_vec();
            bytes[at] ^= 0xFF;
            let _ = ElevationTile::from_zip(&bytes);
        }
    }
}
