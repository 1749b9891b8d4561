//! Compact storage of polylines in region packs: microdegrees, delta-coded.
//!
//! Coordinates are kept at 10⁻⁶ degree (about 0.1 m) from import on, so this
//! encoding is lossless; deltas between consecutive points are small and postcard
//! writes them as 1–3 byte varints instead of 16 bytes per point.

use super::METRES_PER_DEGREE;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Scale of stored coordinates: units per degree.
const UNITS_PER_DEGREE: f64 = 1e6;

/// Largest distance, m, between a road's shape as mapped and as stored: closer points
/// than this to the line through their neighbours add nothing a van or a map can see.
pub const SIMPLIFY_TOLERANCE_M: f64 = 1.0;

/// `points` without the inner points lying within [`SIMPLIFY_TOLERANCE_M`] of the simplified
/// line (Ramer–Douglas–Peucker in local metres, geo's [`SimplifyIdx`]); ends always kept.
///
/// Travel times and lengths are computed on the full shape before this, so only the drawn
/// and snapped shape moves, by at most the tolerance.
pub fn simplify(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    use geo::{LineString, SimplifyIdx};
    if points.len() <= 2 {
        return points.to_vec();
    }
    let cos = points[0].0.to_radians().cos();
    let metres: LineString<f64> =
        points.iter().map(|&(lat, lon)| (lon * cos * METRES_PER_DEGREE, lat * METRES_PER_DEGREE)).collect();
    metres.simplify_idx(SIMPLIFY_TOLERANCE_M).into_iter().map(|i| points[i]).collect()
}

/// `degrees` rounded to the stored precision, so that what is stored reads back identical.
pub fn round_to_storage(degrees: f64) -> f64 {
    (degrees * UNITS_PER_DEGREE).round() / UNITS_PER_DEGREE
}

/// `degrees` in stored units (microdegrees), as every pack and import rounds them.
pub fn units(degrees: f64) -> i64 {
    (degrees * UNITS_PER_DEGREE).round() as i64
}

/// Writes `points` as deltas of microdegrees (lat, lon interleaved).
pub fn serialize<S: Serializer>(points: &[(f64, f64)], serializer: S) -> Result<S::Ok, S::Error> {
    let mut previous = (0, 0);
    let deltas: Vec<i64> = points
        .iter()
        .flat_map(|&(lat, lon)| {
            let current = (units(lat), units(lon));
            let delta = [current.0 - previous.0, current.1 - previous.1];
            previous = current;
            delta
        })
        .collect();
    deltas.serialize(serializer)
}

/// Reads points written by [`serialize`].
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<(f64, f64)>, D::Error> {
    let deltas = Vec::<i64>::deserialize(deserializer)?;
    if deltas.len() % 2 != 0 {
        return Err(serde::de::Error::custom("odd number of coordinates"));
    }
    let mut current = (0i64, 0i64);
    Ok(deltas
        .chunks(2)
        .map(|delta| {
            current = (current.0.wrapping_add(delta[0]), current.1.wrapping_add(delta[1]));
            (current.0 as f64 / UNITS_PER_DEGREE, current.1 as f64 / UNITS_PER_DEGREE)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Line(#[serde(with = "super")] Vec<(f64, f64)>);

    #[test]
    fn simplifying_drops_points_on_the_line_and_keeps_bends_and_ends() {
        let straight: Vec<(f64, f64)> = (0..10).map(|i| (44.0, 6.0 + f64::from(i) * 1e-4)).collect();
        assert_eq!(simplify(&straight), vec![straight[0], straight[9]]);
        // A hairpin: 50 m out and back.
        let bend = vec![(44.0, 6.0), (44.00045, 6.0005), (44.0, 6.001)];
        assert_eq!(simplify(&bend), bend);
        // A point 0.5 m off the line goes, one 3 m off stays.
        let off = |metres: f64| vec![(44.0, 6.0), (44.0 + metres / 111_195.0, 6.0005), (44.0, 6.001)];
        assert_eq!(simplify(&off(0.5)).len(), 2);
        assert_eq!(simplify(&off(3.0)).len(), 3);
    }

    #[test]
    fn rounded_points_survive_the_round_trip_exactly_and_take_little_room() {
        let points: Vec<(f64, f64)> = (0..100)
            .map(|i| (round_to_storage(42.5 + i as f64 * 1.3e-5), round_to_storage(1.52 - i as f64 * 7e-6)))
            .collect();
        let line = Line(points);
        let bytes = postcard::to_allocvec(&line).unwrap();
        assert_eq!(postcard::from_bytes::<Line>(&bytes).unwrap(), line);
        assert!(bytes.len() < 100 * 4 + 16, "{} bytes for 100 points", bytes.len());
    }
}
