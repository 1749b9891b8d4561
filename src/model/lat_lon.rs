//! A validated WGS84 coordinate.

use geo::{Distance, Haversine, Point};
use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;

/// Metres per degree of latitude (mean), for the local flat projections of snapping, clipping,
/// simplifying and drawing: true to a fraction of a percent over a region.
pub const METRES_PER_DEGREE: f64 = 111_195.0;

/// Why a coordinate was refused.
#[derive(Debug, Clone, Copy, PartialEq, Error, Serialize, Deserialize)]
pub enum CoordinateError {
    /// Latitude not a number or outside −90…90 (often latitude and longitude swapped).
    #[error("invalid latitude {0} (expected -90 to 90)")]
    Latitude(f64),
    /// Longitude not a number or outside −180…180.
    #[error("invalid longitude {0} (expected -180 to 180)")]
    Longitude(f64),
}

/// A point on Earth in degrees (WGS84), always finite and in range.
///
/// The order is latitude then longitude everywhere in Tournée, as navigation apps
/// expect it; geo's `Point` is `(x = lon, y = lat)`, so conversions go through
/// [`LatLon::to_point`] and never by hand.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawLatLon")]
pub struct LatLon {
    lat: f64,
    lon: f64,
}

/// Unchecked coordinate as read from a file, validated into [`LatLon`].
#[derive(Deserialize)]
struct RawLatLon {
    lat: f64,
    lon: f64,
}

impl TryFrom<RawLatLon> for LatLon {
    type Error = CoordinateError;
    fn try_from(raw: RawLatLon) -> Result<Self, Self::Error> {
        LatLon::new(raw.lat, raw.lon)
    }
}

impl LatLon {
    /// A coordinate from degrees; NaN, infinities and out-of-range values are errors.
    pub fn new(lat: f64, lon: f64) -> Result<LatLon, CoordinateError> {
        if !(-90.0..=90.0).contains(&lat) {
            return Err(CoordinateError::Latitude(lat));
        }
        if !(-180.0..=180.0).contains(&lon) {
            return Err(CoordinateError::Longitude(lon));
        }
        Ok(LatLon { lat, lon })
    }

    /// Latitude in degrees.
    pub fn lat(&self) -> f64 {
        self.lat
    }

    /// Longitude in degrees.
    pub fn lon(&self) -> f64 {
        self.lon
    }

    /// The same place as a geo `Point` (x = longitude, y = latitude).
    pub fn to_point(self) -> Point<f64> {
        Point::new(self.lon, self.lat)
    }

    /// Great-circle distance to `other`, in metres.
    ///
    /// Complexity: O(1). Uses geo's `Haversine` metric (mean Earth radius), accurate
    /// to about 0.5 % — well below the detour of any mountain road.
    pub fn distance_m(self, other: LatLon) -> f64 {
        Haversine.distance(self.to_point(), other.to_point())
    }
}

impl fmt::Display for LatLon {
    /// `lat,lon` with 6 decimals (about 10 cm), the form navigation apps read.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.6},{:.6}", self.lat, self.lon)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_nan_infinite_and_out_of_range_degrees() {
        assert!(matches!(LatLon::new(f64::NAN, 6.0), Err(CoordinateError::Latitude(_))));
        assert!(matches!(LatLon::new(44.0, f64::INFINITY), Err(CoordinateError::Longitude(_))));
        assert_eq!(LatLon::new(91.0, 6.0), Err(CoordinateError::Latitude(91.0)));
        assert_eq!(LatLon::new(44.0, -180.5), Err(CoordinateError::Longitude(-180.5)));
        assert!(serde_json::from_str::<LatLon>(r#"{"lat":644.0,"lon":6.0}"#).is_err());
    }

    #[test]
    fn castellane_to_allos_is_about_forty_kilometres_as_the_crow_flies() {
        let castellane = LatLon::new(43.847, 6.513).unwrap();
        let allos = LatLon::new(44.240, 6.628).unwrap();
        let metres = castellane.distance_m(allos);
        assert!((44_000.0..45_500.0).contains(&metres), "got {metres}");
        assert_eq!(castellane.to_string(), "43.847000,6.513000");
    }
}
