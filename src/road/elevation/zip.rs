//! Just enough of the zip format to take one file out of an archive.

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
        pos = (pos + CENTRAL_LEN).checked_add(skip).ok_or(ElevationError::Truncated)?;
        if name.ends_with('/') || !name.to_ascii_lowercase().ends_with(".hgt") {
            continue;
        }
        let (compressed, size, local) = (le32(header, 20), le32(header, 24), le32(header, 42));
        if [compressed, size, local].contains(&ZIP64_MARK) {
            return Err(ElevationError::UnsupportedZip("ZIP64"));
        }
        if le16(header, 8) & 1 != 0 {
            return Err(ElevationError::UnsupportedZip("encrypted file"));
        }
        let local = local as usize;
        let local_header = slice(bytes, local, LOCAL_LEN)?;
        if le32(local_header, 0) != LOCAL_SIGNATURE {
            return Err(ElevationError::Truncated);
        }
        let data_start = local + LOCAL_LEN + usize::from(le16(local_header, 26)) + usize::from(le16(local_header, 28));
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
    (first..=last).rev().find(|&i| le32(bytes, i) == END_SIGNATURE).map(|i| &bytes[i..i + END_LEN]).ok_or(missing)
}

/// Raw deflate data inflated to at most `expected` bytes (and never past an SRTM1 tile).
pub fn inflate(data: &[u8], expected: usize) -> Result<Vec<u8>, ElevationError> {
    decompress_to_vec_with_limit(data, expected.min(SRTM1_BYTES)).map_err(|e| {
        ElevationError::Inflate(
            match e.status {
                TINFLStatus::HasMoreOutput => "data longer than announced",
                TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => "truncated deflate stream",
                _ => "invalid deflate stream",
            }
            .to_string(),
        )
    })
}

/// CRC-32 (IEEE, as in zip) of `data`.
pub fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |crc, &byte| CRC_TABLE[usize::from(crc as u8 ^ byte)] ^ (crc >> 8))
}

/// Byte-at-a-time table for the reflected polynomial 0xEDB88320.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = i as u32;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 1 != 0 { 0xEDB8_8320 ^ (crc >> 1) } else { crc >> 1 };
            bit += 1;
        }
        table[i] = crc;
        i += 1;
    }
    table
};

/// `len` bytes from `start`, or `Truncated` if the file ends before.
fn slice(bytes: &[u8], start: usize, len: usize) -> Result<&[u8], ElevationError> {
    start.checked_add(len).and_then(|end| bytes.get(start..end)).ok_or(ElevationError::Truncated)
}

/// Little-endian u16 at `at`; callers pass slices long enough (fixed-size records).
fn le16(bytes: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([bytes[at], bytes[at + 1]])
}

/// Little-endian u32 at `at`; callers pass slices long enough (fixed-size records).
fn le32(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{hgt, stored_zip, zip_of, ANDORRA_ZIP};
    use super::super::{ElevationError, ElevationTile, SRTM3_BYTES};

    /// Position of the central directory of a one-comment-less archive.
    fn directory_of(z: &[u8]) -> usize {
        let end = z.len() - 22;
        u32::from_le_bytes(z[end + 16..end + 20].try_into().unwrap()) as usize
    }

    #[test]
    fn truncated_zips_are_refused() {
        let len = ANDORRA_ZIP.len();
        assert_eq!(ElevationTile::from_zip(&ANDORRA_ZIP[..1000]).unwrap_err(), ElevationError::Truncated);
        assert_eq!(ElevationTile::from_zip(&ANDORRA_ZIP[..len - 10]).unwrap_err(), ElevationError::Truncated);
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
        assert_eq!(ElevationTile::from_zip(&holed).unwrap_err(), ElevationError::Truncated);
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
        assert_eq!(ElevationTile::from_zip(&noise).unwrap_err(), ElevationError::NotZip);
        assert_eq!(ElevationTile::from_zip(&[]).unwrap_err(), ElevationError::NotZip);
        assert_eq!(ElevationTile::from_zip(b"PK").unwrap_err(), ElevationError::NotZip);
        assert_eq!(ElevationTile::from_zip(&hgt(|_, _| 0)).unwrap_err(), ElevationError::NotZip);
        assert!(ElevationTile::from_hgt(&noise, 42, 1).is_err());
    }

    #[test]
    fn archives_without_a_readable_hgt_are_refused() {
        assert_eq!(ElevationTile::from_zip(&stored_zip("N42E001.txt", b"hello")).unwrap_err(), ElevationError::NoHgt);
        assert_eq!(ElevationTile::from_zip(&stored_zip("N42E001.hgt/", b"")).unwrap_err(), ElevationError::NoHgt);
        for name in ["tile.hgt", "N95E001.hgt", "N42E181.hgt", "N42E0011.hgt", "N42E001x.hgt", "X42E001.hgt"] {
            assert_eq!(
                ElevationTile::from_zip(&stored_zip(name, b"x")).unwrap_err(),
                ElevationError::FileName(name.to_string()),
                "{name}"
            );
        }
        let bzip2 = zip_of("N42E001.hgt", 12, 0, b"x", SRTM3_BYTES as u32, 0);
        assert_eq!(ElevationTile::from_zip(&bzip2).unwrap_err(), ElevationError::UnsupportedCompression(12));
        let locked = zip_of("N42E001.hgt", 8, 1, b"x", SRTM3_BYTES as u32, 0);
        assert!(matches!(ElevationTile::from_zip(&locked), Err(ElevationError::UnsupportedZip(_))));
    }

    #[test]
    fn damaged_compressed_data_is_an_inflate_error() {
        let data_start = 30 + usize::from(u16::from_le_bytes([ANDORRA_ZIP[26], ANDORRA_ZIP[27]]));
        let mut scrambled = ANDORRA_ZIP.to_vec();
        scrambled[data_start + 1000..data_start + 1100].fill(0xA5);
        assert!(matches!(ElevationTile::from_zip(&scrambled), Err(ElevationError::Inflate(_))));

        let mut wrong_crc = ANDORRA_ZIP.to_vec();
        let directory = directory_of(&wrong_crc);
        wrong_crc[directory + 16] ^= 1;
        assert_eq!(
            ElevationTile::from_zip(&wrong_crc).unwrap_err(),
            ElevationError::Inflate("CRC-32 checksum mismatch".into())
        );
        assert_eq!(
            ElevationError::Inflate("truncated deflate stream".into()).to_string(),
            "inflate failed: truncated deflate stream"
        );
    }

    #[test]
    fn mangled_headers_never_panic() {
        let small = stored_zip("N42E001.hgt", b"0123456789");
        for at in 0..small.len() {
            for value in [0x00, 0xFF, 0x7F, 0x80, small[at].wrapping_add(1)] {
                let mut bytes = small.clone();
                bytes[at] = value;
                assert!(ElevationTile::from_zip(&bytes).is_err(), "byte {at} = {value}");
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
