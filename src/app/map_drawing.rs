//! The map drawn from the region pack itself, as SVG: no tile server, works offline.
//!
//! Coordinates are projected to local metres (equirectangular around the region's mean
//! latitude: true to a fraction of a percent over a region) with north up; SVG's y axis
//! points down, so y is negated.

use crate::road::osm::tags::{LinkOf, RoadClass};
use crate::road::{LatLon, RoadGraph, Route, METRES_PER_DEGREE};
use std::fmt::Write;

/// How a road is drawn: its importance decides width and colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RoadRank {
    /// Lanes, residential streets, service roads.
    Minor,
    /// Unclassified and tertiary roads.
    Local,
    /// Secondary roads and above.
    Major,
}

impl RoadRank {
    /// The rank of a road class.
    pub fn of(class: RoadClass) -> RoadRank {
        match class {
            RoadClass::Motorway | RoadClass::Trunk | RoadClass::Primary | RoadClass::Secondary => RoadRank::Major,
            RoadClass::Link(LinkOf::Motorway | LinkOf::Trunk | LinkOf::Primary | LinkOf::Secondary) => RoadRank::Major,
            RoadClass::Tertiary | RoadClass::Unclassified | RoadClass::Link(LinkOf::Tertiary) => RoadRank::Local,
            _ => RoadRank::Minor,
        }
    }

    /// CSS class of the path.
    pub fn css(self) -> &'static str {
        match self {
            RoadRank::Minor => "road-minor",
            RoadRank::Local => "road-local",
            RoadRank::Major => "road-major",
        }
    }
}

/// Projection from degrees to the drawing's metres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    lon_scale: f64,
}

impl Projection {
    /// The projection for a region whose mean latitude is `mean_lat`.
    pub fn around(mean_lat: f64) -> Projection {
        Projection { lon_scale: mean_lat.to_radians().cos() * METRES_PER_DEGREE }
    }

    /// SVG coordinates (x east, y down) of a point, in metres.
    pub fn xy(&self, lat: f64, lon: f64) -> (f64, f64) {
        (lon * self.lon_scale, -lat * METRES_PER_DEGREE)
    }

    /// The point (latitude, longitude) at SVG coordinates `x`, `y`: the inverse of [`Projection::xy`].
    pub fn lat_lon(&self, x: f64, y: f64) -> (f64, f64) {
        (-y / METRES_PER_DEGREE, x / self.lon_scale)
    }
}

/// The road network as SVG paths, one per rank, and the frame around it.
#[derive(Debug, Clone, PartialEq)]
pub struct MapDrawing {
    /// Projection used.
    pub projection: Projection,
    /// SVG `viewBox`: "min-x min-y width height", in metres.
    pub view_box: String,
    /// The roads at each level of detail (minor roads first so major ones are drawn on top).
    pub layers: super::map_layers::RoadLayers,
    /// Width of the frame, metres (for line widths that scale with the region).
    pub width_m: f64,
}

impl MapDrawing {
    /// Draws every stretch of `graph`.
    ///
    /// Complexity: O(points); Andorra (35,000 points) in a few milliseconds.
    pub fn of(graph: &RoadGraph) -> MapDrawing {
        let mean_lat = graph.nodes.iter().map(|n| n.0).sum::<f64>() / graph.nodes.len().max(1) as f64;
        let projection = Projection::around(mean_lat);
        let (mut min, mut max) = ((f64::MAX, f64::MAX), (f64::MIN, f64::MIN));
        for &(lat, lon) in graph.stretches.iter().flat_map(|s| &s.geometry) {
            let (x, y) = projection.xy(lat, lon);
            min = (min.0.min(x), min.1.min(y));
            max = (max.0.max(x), max.1.max(y));
        }
        let layers = super::map_layers::RoadLayers::of(graph, &projection, min, max);
        let margin = ((max.0 - min.0).max(max.1 - min.1) * 0.02).max(1.0);
        let (width, height) = (max.0 - min.0 + 2.0 * margin, max.1 - min.1 + 2.0 * margin);
        let view_box = format!("{:.0} {:.0} {:.0} {:.0}", min.0 - margin, min.1 - margin, width, height);
        MapDrawing { projection, view_box, layers, width_m: width }
    }

    /// SVG `points` of a route's shape.
    pub fn route_points(&self, route: &Route) -> String {
        route.geometry.iter().map(|&(lat, lon)| self.projection.xy(lat, lon)).fold(String::new(), |mut out, (x, y)| {
            let _ = write!(out, "{x:.0},{y:.0} ");
            out
        })
    }

    /// SVG position of a place.
    pub fn at(&self, place: LatLon) -> (f64, f64) {
        self.projection.xy(place.lat(), place.lon())
    }
}

/// A region ready to be drawn and to give the shape of each drive.
pub struct RegionMap {
    /// The road network as SVG.
    pub drawing: MapDrawing,
    /// The region's router, for the shape of each leg of the plan.
    pub router: crate::road::Router,
}

/// A shared [`RegionMap`] in the app state; equal when it is the same map (no deep comparison).
#[derive(Clone)]
pub struct SharedMap(pub std::rc::Rc<RegionMap>);

impl PartialEq for SharedMap {
    fn eq(&self, other: &SharedMap) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for SharedMap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SharedMap({})", self.0.drawing.view_box)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_picked_on_the_drawing_goes_back_to_its_coordinates() {
        let projection = Projection::around(44.1);
        let (x, y) = projection.xy(44.1045, 6.5602);
        let (lat, lon) = projection.lat_lon(x, y);
        assert!((lat - 44.1045).abs() < 1e-12 && (lon - 6.5602).abs() < 1e-12);
    }
    use crate::road::graph::Stretch;

    #[test]
    fn north_is_up_and_the_frame_holds_every_road() {
        let graph = RoadGraph {
            nodes: vec![(42.50, 1.50), (42.60, 1.60)],
            stretches: vec![Stretch {
                geometry: vec![(42.50, 1.50), (42.60, 1.60)],
                class: RoadClass::Primary,
                name: None,
                ends: (0, 1),
            }],
            ..RoadGraph::default()
        };
        let drawing = MapDrawing::of(&graph);
        let (south, north) = (drawing.projection.xy(42.50, 1.50), drawing.projection.xy(42.60, 1.60));
        assert!(north.1 < south.1, "north is drawn above");
        assert!(north.0 > south.0, "east is drawn right");
        assert!(drawing.layers.overview.iter().any(|(rank, d)| *rank == RoadRank::Major && d.starts_with('M')));
        let frame: Vec<f64> = drawing.view_box.split(' ').map(|v| v.parse().unwrap()).collect();
        assert!(frame[0] < south.0 && frame[0] + frame[2] > north.0);
        assert!(frame[1] < north.1 && frame[1] + frame[3] > south.1);
        // 0.1° of latitude is about 11.1 km.
        assert!(((south.1 - north.1) - 11_119.5).abs() < 1.0);
    }
}
