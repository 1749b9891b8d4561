//! Routes and matrices between coordinates on a region's network, for a given date.
//!
//! Seasonal closures make the network depend on the day: the days of the year
//! fall into a few *profiles* (usually summer and winter), each with its own
//! contraction hierarchies (one per metric) built without the roads closed then.

mod closed;

use super::cch::CustomizableHierarchy;
use super::ch::{contract, many_to_many, Hierarchy, InputArc, Search, Seed, UNREACHABLE};
use super::graph::{Metric, RoadGraph};
use super::osm::seasons::{Day, DAYS};
use super::pack::canonical_arc_order;
use super::snap::{SnapError, SnapIndex, Snapped};
use super::LatLon;
use std::collections::BTreeSet;
use std::sync::OnceLock;
use thiserror::Error;

pub use closed::{ClosedRoads, CLOSURE_MAX_SNAP_M};

/// ` (closed on that date: A, B)`, or nothing when no road is closed.
fn closed_note(closed: &[String]) -> String {
    if closed.is_empty() {
        String::new()
    } else {
        format!(" (closed on that date: {})", closed.join(", "))
    }
}

/// Why a route or matrix could not be computed.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum RouteError {
    /// A point could not be put on a road.
    #[error("point {index} ({point}): {error}")]
    Snap {
        /// Position of the point in the request (0-based).
        index: usize,
        /// The point.
        point: LatLon,
        /// Why.
        error: SnapError,
    },
    /// No road leads from one point to the other (on that date).
    #[error("no route from point {from} to point {to}{}", closed_note(closed))]
    Unreachable {
        /// Index of the departure.
        from: usize,
        /// Index of the destination.
        to: usize,
        /// Names of the roads closed on that date or by the technician that may explain it
        /// (empty if none).
        closed: Vec<String>,
    },
}

/// How close to a stretch's end a snapped point counts as standing at the junction, m.
pub const AT_JUNCTION_M: f64 = 0.5;

/// The hierarchies for the days sharing one set of closed roads.
///
/// The time hierarchy is what plans use and what packs store; the distance one (true
/// shortest kilometres, for cross-checks with other tools) is contracted on its first use.
#[derive(Debug, Clone)]
pub struct Profile {
    /// Indices in [`RoadGraph::closures`] of the closures in force.
    pub closures_in_force: Vec<u16>,
    /// Hierarchy minimising time (secondary: distance).
    pub time: Hierarchy,
    /// Hierarchy minimising distance (secondary: time), once asked for.
    pub distance: OnceLock<Hierarchy>,
}

/// A drive from one point to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// Length, m.
    pub distance_m: f64,
    /// Driving time, s.
    pub duration_s: f64,
    /// Distance from each given point to the road it was put on, m.
    pub snap_m: [f64; 2],
    /// Shape of the drive (lat, lon), from the departure's road point to the destination's.
    pub geometry: Vec<(f64, f64)>,
}

/// Times and distances between every pair of points.
#[derive(Debug, Clone, PartialEq)]
pub struct RoadMatrix {
    /// Number of points.
    pub size: usize,
    /// Driving time from `i` to `j`, s, at `[i * size + j]`; `None` where unreachable.
    pub duration_s: Vec<Option<f64>>,
    /// Length of the same drive, m.
    pub distance_m: Vec<Option<f64>>,
    /// Distance from each point to its road, m.
    pub snap_m: Vec<f64>,
}

/// A region's network ready for queries.
pub struct Router {
    graph: RoadGraph,
    profiles: Vec<Profile>,
    day_profile: Vec<u8>,
    snap: SnapIndex,
    /// The shape for routes and matrices around closed roads, made on the first closure.
    customizable: OnceLock<CustomizableHierarchy>,
    /// Its weights for the closures asked last.
    last_customization: closed::LastCustomization,
}

impl Router {
    /// Prepares `graph`: one time hierarchy per distinct set of closures in the year.
    ///
    /// Complexity: a contraction per profile (Andorra: well under a second).
    /// Arcs are first put in [`canonical_arc_order`] (the import's own order), which packs rely on.
    pub fn new(mut graph: RoadGraph) -> Router {
        graph.arcs.sort_by_key(canonical_arc_order);
        let mut keys: Vec<Vec<u16>> = Vec::new();
        let mut day_profile = Vec::with_capacity(DAYS);
        for day in 0..DAYS {
            let closed: Vec<u16> = (0..graph.closures.len() as u16)
                .filter(|&c| graph.closures[usize::from(c)].closed_on(Day::from_index(day)))
                .collect();
            let index = keys.iter().position(|key| *key == closed).unwrap_or_else(|| {
                keys.push(closed);
                keys.len() - 1
            });
            day_profile.push(index as u8);
        }
        let profiles = keys.into_iter().map(|closures_in_force| build_profile(&graph, closures_in_force)).collect();
        Router::from_parts(graph, profiles, day_profile)
    }

    /// Reassembles a router from stored parts (a region pack), rebuilding only the spatial index.
    /// The arcs must be in [`canonical_arc_order`], as a pack and [`Router::new`] give them.
    pub fn from_parts(graph: RoadGraph, profiles: Vec<Profile>, day_profile: Vec<u8>) -> Router {
        let snap = SnapIndex::new(&graph);
        Router {
            graph,
            profiles,
            day_profile,
            snap,
            customizable: OnceLock::new(),
            last_customization: Default::default(),
        }
    }

    /// The network.
    pub fn graph(&self) -> &RoadGraph {
        &self.graph
    }

    /// The prepared profiles and which one each day of the year uses.
    pub fn profiles(&self) -> (&[Profile], &[u8]) {
        (&self.profiles, &self.day_profile)
    }

    /// The hierarchy for `metric` on `day` (no day: the most open profile, usually summer);
    /// the first distance query of a profile contracts its distance hierarchy (a second or so
    /// for a département).
    pub fn hierarchy(&self, metric: Metric, day: Option<Day>) -> &Hierarchy {
        let profile = match day {
            Some(day) => &self.profiles[usize::from(self.day_profile[day.index()])],
            None => self.profiles.iter().min_by_key(|p| p.closures_in_force.len()).expect("at least one profile"),
        };
        match metric {
            Metric::Time => &profile.time,
            Metric::Distance => profile
                .distance
                .get_or_init(|| contract_profile(&self.graph, &profile.closures_in_force, Metric::Distance)),
        }
    }

    /// Names of the roads closed on `day`, each once, for messages.
    pub fn closed_roads(&self, day: Day) -> Vec<String> {
        let names: BTreeSet<String> = self
            .graph
            .closed_arcs(day)
            .map(|(_, arc)| {
                self.graph.stretches[arc.stretch as usize].name.clone().unwrap_or_else(|| "unnamed road".into())
            })
            .collect();
        names.into_iter().collect()
    }

    /// Puts `point` on the nearest road open on `day`.
    pub fn snap(&self, point: LatLon, max_m: f64, day: Option<Day>) -> Result<Snapped, SnapError> {
        self.snap.snap(&self.graph, point, max_m, day)
    }

    /// Seeds for leaving (`departing`) or reaching a snapped point: the ends of its road
    /// with the share of the road between them and the point, and whether each seed's
    /// arc runs along the road's geometry.
    ///
    /// A point at a junction (within [`AT_JUNCTION_M`] of a stretch's end) is also seeded
    /// at the junction itself, so it leaves or arrives by any road of that junction, not
    /// only along the road it happened to be snapped to (a one-way leaving the other way).
    ///
    /// A seed whose share of the road passes one of the `closed` points is left out.
    fn seeds(
        &self,
        snapped: &Snapped,
        (metric, day): (Metric, Option<Day>),
        closed: &ClosedRoads,
        departing: bool,
    ) -> (Vec<Seed>, Vec<bool>) {
        let (start, end) = self.graph.stretches[snapped.stretch as usize].ends;
        let from_start_m = snapped.fraction * self.snap.stretch_length_m(snapped.stretch);
        let from_end_m = self.snap.stretch_length_m(snapped.stretch) - from_start_m;
        // The seed's `along` says which end of the stretch the partial geometry runs to (leaving)
        // or from (reaching): towards the end is "along" when leaving, from the start when reaching.
        let junctions = [(from_start_m, start, !departing), (from_end_m, end, departing)]
            .into_iter()
            .filter(|(metres, _, _)| *metres <= AT_JUNCTION_M)
            .map(|(_, node, along)| (Seed::at(node), along));
        self.graph
            .arcs_of_stretch(snapped.stretch)
            .filter(|(_, arc)| self.graph.open(arc, day))
            .filter(|(_, arc)| {
                let end = if arc.along == departing { 1.0 } else { 0.0 };
                !closed.blocks(snapped.stretch, snapped.fraction, end)
            })
            .map(|(_, arc)| {
                // Share of this arc between the point and its head (leaving) or its tail (reaching).
                let ahead = if arc.along { 1.0 - snapped.fraction } else { snapped.fraction };
                let share = if departing { ahead } else { 1.0 - ahead };
                let scale = |w: u32| (f64::from(w) * share).round() as u32;
                let other = match metric {
                    Metric::Time => Metric::Distance,
                    Metric::Distance => Metric::Time,
                };
                let node = if departing { arc.to } else { arc.from };
                (Seed { node, weight: scale(arc.weight(metric)), secondary: scale(arc.weight(other)) }, arc.along)
            })
            .chain(junctions)
            .unzip()
    }

    /// Weight and secondary of driving from `from` to `to` along their common road, if they share one
    /// the road may be driven that way and no `closed` point lies between them.
    fn same_road(
        &self,
        from: &Snapped,
        to: &Snapped,
        (metric, day): (Metric, Option<Day>),
        closed: &ClosedRoads,
    ) -> Option<(u32, u32)> {
        if from.stretch != to.stretch || closed.blocks(from.stretch, from.fraction, to.fraction) {
            return None;
        }
        self.graph
            .arcs_of_stretch(from.stretch)
            .filter(|(_, arc)| self.graph.open(arc, day))
            .filter_map(|(_, arc)| {
                let share = if arc.along { to.fraction - from.fraction } else { from.fraction - to.fraction };
                let (time, distance) = (f64::from(arc.time_ms) * share, f64::from(arc.length_dm) * share);
                let (w, s) = match metric {
                    Metric::Time => (time, distance),
                    Metric::Distance => (distance, time),
                };
                (share >= 0.0).then_some((w.round() as u32, s.round() as u32))
            })
            .min()
    }

    /// The best drive from `from` to `to` on `day`, minimising `metric`.
    pub fn route(
        &self,
        from: LatLon,
        to: LatLon,
        metric: Metric,
        day: Option<Day>,
        max_snap_m: f64,
    ) -> Result<Route, RouteError> {
        self.route_avoiding(from, to, (metric, day), max_snap_m, &ClosedRoads::default())
    }

    /// [`Router::route`] around the `closed` roads (from [`Router::close`]).
    ///
    /// Complexity: the hierarchy's query, plus, when its path drives a closed road, the
    /// customizable hierarchy's (weighted once for the same closures).
    pub fn route_avoiding(
        &self,
        from: LatLon,
        to: LatLon,
        (metric, day): (Metric, Option<Day>),
        max_snap_m: f64,
        closed: &ClosedRoads,
    ) -> Result<Route, RouteError> {
        let snapped = [from, to]
            .iter()
            .enumerate()
            .map(|(index, &point)| {
                self.snap(point, max_snap_m, day).map_err(|error| RouteError::Snap { index, point, error })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let (a, b) = (&snapped[0], &snapped[1]);
        let ((sources, source_along), (targets, target_along)) =
            (self.seeds(a, (metric, day), closed, true), self.seeds(b, (metric, day), closed, false));
        let mut path = Search::new(self.hierarchy(metric, day)).shortest(&sources, &targets);
        if path.as_ref().is_some_and(|p| p.arcs.iter().any(|&arc| closed.closes(self.graph.arcs[arc as usize].stretch)))
        {
            path = self.open_path(&sources, &targets, (metric, day), closed);
        }
        let direct = self.same_road(a, b, (metric, day), closed);
        let (weight, secondary, geometry) = match (path, direct) {
            (Some(path), direct) if direct.is_none_or(|(w, _)| path.weight < w) => {
                let leave_along = source_along[path.source_seed];
                let reach_along = target_along[path.target_seed];
                let mut geometry = self.partial(a.stretch, a.fraction, if leave_along { 1.0 } else { 0.0 });
                geometry.extend(self.arcs_geometry(&path.arcs));
                geometry.extend(self.partial(b.stretch, if reach_along { 0.0 } else { 1.0 }, b.fraction));
                geometry.dedup();
                (path.weight, path.secondary, geometry)
            }
            (_, Some((w, s))) => (w, s, self.partial(a.stretch, a.fraction, b.fraction)),
            _ => {
                let mut names: BTreeSet<String> =
                    day.map(|day| self.closed_roads(day)).unwrap_or_default().into_iter().collect();
                names.extend(self.closed_names(closed));
                return Err(RouteError::Unreachable { from: 0, to: 1, closed: names.into_iter().collect() });
            }
        };
        let (duration_ms, distance_dm) = match metric {
            Metric::Time => (weight, secondary),
            Metric::Distance => (secondary, weight),
        };
        Ok(Route {
            distance_m: f64::from(distance_dm) / 10.0,
            duration_s: f64::from(duration_ms) / 1000.0,
            snap_m: [a.distance_m, b.distance_m],
            geometry,
        })
    }

    /// Times and distances between all `points` on `day`, minimising `metric`.
    ///
    /// Complexity: one upward search per point and direction (see [`many_to_many`]).
    pub fn matrix(
        &self,
        points: &[LatLon],
        metric: Metric,
        day: Option<Day>,
        max_snap_m: f64,
    ) -> Result<RoadMatrix, RouteError> {
        self.matrix_avoiding(points, (metric, day), max_snap_m, &ClosedRoads::default())
    }

    /// [`Router::matrix`] around the `closed` roads (from [`Router::close`]).
    ///
    /// Complexity: with no closure, the hierarchy's matrix; else the customizable hierarchy's
    /// weights for the open roads (its shape made on the region's first closure) and its matrix.
    pub fn matrix_avoiding(
        &self,
        points: &[LatLon],
        (metric, day): (Metric, Option<Day>),
        max_snap_m: f64,
        closed: &ClosedRoads,
    ) -> Result<RoadMatrix, RouteError> {
        let snapped = points
            .iter()
            .enumerate()
            .map(|(index, &point)| {
                self.snap(point, max_snap_m, day).map_err(|error| RouteError::Snap { index, point, error })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let sources: Vec<Vec<Seed>> = snapped.iter().map(|s| self.seeds(s, (metric, day), closed, true).0).collect();
        let targets: Vec<Vec<Seed>> = snapped.iter().map(|s| self.seeds(s, (metric, day), closed, false).0).collect();
        let weights = if closed.is_empty() {
            many_to_many(self.hierarchy(metric, day), &sources, &targets)
        } else {
            self.open_matrix((metric, day), closed, &sources, &targets)
        };
        let n = points.len();
        let (mut duration_s, mut distance_m) = (vec![None; n * n], vec![None; n * n]);
        for i in 0..n {
            for j in 0..n {
                let cell = i * n + j;
                let mut best = (weights.weight[cell], weights.secondary[cell]);
                if let Some(direct) = self.same_road(&snapped[i], &snapped[j], (metric, day), closed) {
                    best = best.min(direct);
                }
                if i == j {
                    best = (0, 0);
                }
                if best.0 == UNREACHABLE {
                    continue;
                }
                let (ms, dm) = match metric {
                    Metric::Time => best,
                    Metric::Distance => (best.1, best.0),
                };
                duration_s[cell] = Some(f64::from(ms) / 1000.0);
                distance_m[cell] = Some(f64::from(dm) / 10.0);
            }
        }
        Ok(RoadMatrix { size: n, duration_s, distance_m, snap_m: snapped.iter().map(|s| s.distance_m).collect() })
    }

    /// Shape of a stretch between two fractions of its length (in driving order).
    fn partial(&self, stretch: u32, from: f64, to: f64) -> Vec<(f64, f64)> {
        let geometry = &self.graph.stretches[stretch as usize].geometry;
        let length = self.snap.stretch_length_m(stretch);
        let (lo, hi) = (from.min(to) * length, from.max(to) * length);
        let mut points = vec![point_at(geometry, lo, length)];
        let mut run = 0.0;
        for pair in geometry.windows(2) {
            run += segment_m(pair[0], pair[1]);
            if run > lo && run < hi {
                points.push(pair[1]);
            }
        }
        points.push(point_at(geometry, hi, length));
        if from > to {
            points.reverse();
        }
        points
    }

    /// Shape of a sequence of arcs, in driving order.
    fn arcs_geometry(&self, arcs: &[u32]) -> Vec<(f64, f64)> {
        let mut geometry = Vec::new();
        for &arc in arcs {
            let arc = &self.graph.arcs[arc as usize];
            let shape = &self.graph.stretches[arc.stretch as usize].geometry;
            if arc.along {
                geometry.extend(shape.iter().copied());
            } else {
                geometry.extend(shape.iter().rev().copied());
            }
        }
        geometry
    }
}

/// The point `at_m` metres along `geometry` of total length `length`.
fn point_at(geometry: &[(f64, f64)], at_m: f64, length: f64) -> (f64, f64) {
    if length <= 0.0 {
        return geometry[0];
    }
    let mut run = 0.0;
    for pair in geometry.windows(2) {
        let step = segment_m(pair[0], pair[1]);
        if run + step >= at_m && step > 0.0 {
            let t = (at_m - run) / step;
            return (pair[0].0 + t * (pair[1].0 - pair[0].0), pair[0].1 + t * (pair[1].1 - pair[0].1));
        }
        run += step;
    }
    geometry[geometry.len() - 1]
}

/// Great-circle length of one segment of a geometry, m.
fn segment_m(a: (f64, f64), b: (f64, f64)) -> f64 {
    use geo::{Distance, Haversine, Point};
    Haversine.distance(Point::new(a.1, a.0), Point::new(b.1, b.0))
}

/// Contracts the network without the roads closed under `closures_in_force`, for `metric`.
fn contract_profile(graph: &RoadGraph, closures_in_force: &[u16], metric: Metric) -> Hierarchy {
    let open = |arc: &super::graph::Arc| arc.closure.is_none_or(|c| !closures_in_force.contains(&c));
    let arcs: Vec<InputArc> = graph
        .arcs
        .iter()
        .enumerate()
        .filter(|(_, arc)| open(arc))
        .map(|(id, arc)| {
            let (weight, secondary) = match metric {
                Metric::Time => (arc.time_ms, arc.length_dm),
                Metric::Distance => (arc.length_dm, arc.time_ms),
            };
            InputArc { id: id as u32, from: arc.from, to: arc.to, weight, secondary }
        })
        .collect();
    contract(graph.nodes.len(), &arcs)
}

/// The time hierarchy of the days with `closures_in_force`; the distance one waits for its first use.
fn build_profile(graph: &RoadGraph, closures_in_force: Vec<u16>) -> Profile {
    Profile {
        time: contract_profile(graph, &closures_in_force, Metric::Time),
        distance: OnceLock::new(),
        closures_in_force,
    }
}
