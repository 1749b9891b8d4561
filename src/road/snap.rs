//! Snapping: from a coordinate to the nearest point of a road a van may drive.

use super::graph::RoadGraph;
use super::osm::seasons::Day;
use super::{LatLon, METRES_PER_DEGREE};
use geo::{Distance, Haversine, Point};
use rstar::primitives::{GeomWithData, Line};
use rstar::RTree;
use thiserror::Error;

/// Default furthest a stop may be from any road: beyond, it is surely a mistake
/// (swapped coordinates, a point in a lake) rather than a farm at the end of a track.
pub const DEFAULT_MAX_SNAP_M: f64 = 2_000.0;

/// Why a coordinate could not be put on a road.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum SnapError {
    /// The nearest road is further than allowed.
    #[error("no road within {max_m:.0} m (nearest at {distance_m:.0} m)")]
    TooFar {
        /// Distance to the nearest open road, m.
        distance_m: f64,
        /// Limit in force, m.
        max_m: f64,
    },
    /// The region has no road open on that day.
    #[error("no road of the region open on that date")]
    NoRoad,
}

/// Where a coordinate lands on the network.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Snapped {
    /// The stretch of road.
    pub stretch: u32,
    /// Position along the stretch's geometry, as a share of its length (0 = first point).
    pub fraction: f64,
    /// The point on the road.
    pub on_road: LatLon,
    /// Distance from the given coordinate to the road, m.
    pub distance_m: f64,
}

/// A segment of a stretch, in local metres: (stretch, segment index).
type Segment = GeomWithData<Line<[f64; 2]>, (u32, u32)>;

/// Spatial index over every segment of every stretch (an R-tree, as geo uses).
pub struct SnapIndex {
    tree: RTree<Segment>,
    origin_lat_cos: f64,
    /// Cumulative length in metres at each point of each stretch.
    cumulative_m: Vec<Vec<f64>>,
}

impl SnapIndex {
    /// Indexes the stretches of `graph`.
    ///
    /// Complexity: O(n log n) in the number of segments (bulk load).
    pub fn new(graph: &RoadGraph) -> SnapIndex {
        let mean_lat = graph.nodes.iter().map(|p| p.0).sum::<f64>() / graph.nodes.len().max(1) as f64;
        let origin_lat_cos = mean_lat.to_radians().cos();
        let mut segments = Vec::new();
        let mut cumulative_m = Vec::with_capacity(graph.stretches.len());
        for (s, stretch) in graph.stretches.iter().enumerate() {
            let mut run = vec![0.0];
            for (i, pair) in stretch.geometry.windows(2).enumerate() {
                let (a, b) = (project(pair[0], origin_lat_cos), project(pair[1], origin_lat_cos));
                segments.push(Segment::new(Line::new(a, b), (s as u32, i as u32)));
                run.push(run[i] + haversine(pair[0], pair[1]));
            }
            cumulative_m.push(run);
        }
        SnapIndex { tree: RTree::bulk_load(segments), origin_lat_cos, cumulative_m }
    }

    /// Length of stretch `stretch` in metres along its geometry.
    pub fn stretch_length_m(&self, stretch: u32) -> f64 {
        *self.cumulative_m[stretch as usize].last().unwrap_or(&0.0)
    }

    /// The nearest road to `point` that has an arc open on `day`, within `max_m`.
    ///
    /// Complexity: O(log n) to the nearest segment, more only when nearby roads are closed.
    pub fn snap(&self, graph: &RoadGraph, point: LatLon, max_m: f64, day: Option<Day>) -> Result<Snapped, SnapError> {
        let p = project((point.lat(), point.lon()), self.origin_lat_cos);
        let open = |stretch: u32| graph.arcs_of_stretch(stretch).any(|(_, arc)| graph.open(arc, day));
        let nearest =
            self.tree.nearest_neighbor_iter(&p).find(|segment| open(segment.data.0)).ok_or(SnapError::NoRoad)?;
        let (stretch, index) = nearest.data;
        let geometry = &graph.stretches[stretch as usize].geometry;
        let (a, b) = (geometry[index as usize], geometry[index as usize + 1]);
        let (pa, pb) = (project(a, self.origin_lat_cos), project(b, self.origin_lat_cos));
        let (dx, dy) = (pb[0] - pa[0], pb[1] - pa[1]);
        let squared = dx * dx + dy * dy;
        let t =
            if squared > 0.0 { (((p[0] - pa[0]) * dx + (p[1] - pa[1]) * dy) / squared).clamp(0.0, 1.0) } else { 0.0 };
        let on = (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1));
        let distance_m = haversine((point.lat(), point.lon()), on);
        if distance_m > max_m {
            return Err(SnapError::TooFar { distance_m, max_m });
        }
        let run = &self.cumulative_m[stretch as usize];
        let length = *run.last().unwrap_or(&0.0);
        let along = run[index as usize] + t * (run[index as usize + 1] - run[index as usize]);
        let fraction = if length > 0.0 { along / length } else { 0.0 };
        let on_road = LatLon::new(on.0, on.1).map_err(|_| SnapError::NoRoad)?;
        Ok(Snapped { stretch, fraction, on_road, distance_m })
    }
}

/// Local flat projection in metres (x east, y north) around the region's mean latitude.
fn project((lat, lon): (f64, f64), origin_lat_cos: f64) -> [f64; 2] {
    [lon * origin_lat_cos * METRES_PER_DEGREE, lat * METRES_PER_DEGREE]
}

/// Great-circle distance between two (lat, lon) points, m.
fn haversine(a: (f64, f64), b: (f64, f64)) -> f64 {
    Haversine.distance(Point::new(a.1, a.0), Point::new(b.1, b.0))
}
