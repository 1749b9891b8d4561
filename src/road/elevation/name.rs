//! SRTM tile file names: the south-west corner a name like `N42E001.hgt` stands for.

use super::ElevationError;

/// The south-west corner named by a tile file such as `N42E001.hgt` or `tiles/s01w002.HGT`.
///
/// Anything after the longitude must start with a dot (`N42E001.SRTMGL1.hgt`).
pub(super) fn corner_from_name(name: &str) -> Result<(i32, i32), ElevationError> {
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
    let value = rest[..digits].iter().fold(0i32, |v, d| v * 10 + i32::from(d - b'0'));
    Some((sign * value, &rest[digits..]))
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{hgt, stored_zip};
    use super::super::ElevationTile;

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
}
