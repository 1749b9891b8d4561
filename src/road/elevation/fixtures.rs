//! Test data shared by the elevation tests: the real Andorra tile, synthetic `.hgt`
//! files and one-entry zip archives.

use super::{zip, SRTM3_BYTES, SRTM3_SIDE};

/// The real SRTM3 tile N42E001 (Andorra), zipped as distributed.
pub(super) const ANDORRA_ZIP: &[u8] =
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/srtm3_N42E001.hgt.zip"));

/// An SRTM3 `.hgt` file whose sample at (row, column) is `height(row, column)`.
pub(super) fn hgt(height: impl Fn(usize, usize) -> i16) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(SRTM3_BYTES);
    for row in 0..SRTM3_SIDE {
        for col in 0..SRTM3_SIDE {
            bytes.extend(height(row, col).to_be_bytes());
        }
    }
    bytes
}

/// A one-entry zip archive, every header field given.
pub(super) fn zip_of(name: &str, method: u16, flags: u16, data: &[u8], size: u32, crc: u32) -> Vec<u8> {
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

/// A one-entry archive holding `data` stored (uncompressed), its CRC-32 right.
pub(super) fn stored_zip(name: &str, data: &[u8]) -> Vec<u8> {
    zip_of(name, 0, 0, data, data.len() as u32, zip::crc32(data))
}
