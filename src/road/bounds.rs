//! The rectangle a region pack covers.

use super::LatLon;
use serde::{Deserialize, Serialize};

/// A latitude/longitude rectangle, used to tell whether a region pack covers a stop.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BoundingBox {
    /// South-west corner.
    pub min: LatLon,
    /// North-east corner.
    pub max: LatLon,
}

impl BoundingBox {
    /// The smallest box holding every point, or `None` for no points.
    pub fn around(points: impl IntoIterator<Item = LatLon>) -> Option<BoundingBox> {
        points.into_iter().fold(None, |bounds, p| {
            Some(match bounds {
                None => BoundingBox { min: p, max: p },
                // Minima and maxima of valid coordinates are valid coordinates.
                Some(b) => BoundingBox {
                    min: LatLon::new(b.min.lat().min(p.lat()), b.min.lon().min(p.lon())).expect("in range"),
                    max: LatLon::new(b.max.lat().max(p.lat()), b.max.lon().max(p.lon())).expect("in range"),
                },
            })
        })
    }

    /// Whether `point` lies inside the box (edges included).
    pub fn contains(&self, point: LatLon) -> bool {
        (self.min.lat()..=self.max.lat()).contains(&point.lat())
            && (self.min.lon()..=self.max.lon()).contains(&point.lon())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_box_around_andorra_towns_holds_them_and_not_castellane() {
        let towns = [(42.5063, 1.5218), (42.5424, 1.7331), (42.5665, 1.4913)];
        let points = towns.map(|(lat, lon)| LatLon::new(lat, lon).unwrap());
        let bounds = BoundingBox::around(points).unwrap();
        assert!(points.iter().all(|p| bounds.contains(*p)));
        assert_eq!(bounds.min, LatLon::new(42.5063, 1.4913).unwrap());
        assert!(!bounds.contains(LatLon::new(43.847, 6.513).unwrap()));
        assert_eq!(BoundingBox::around([]), None);
    }
}
