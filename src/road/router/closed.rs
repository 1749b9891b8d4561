//! Roads closed by the technician (a rockfall, snow, works), avoided by routes and matrices
//! without contracting the network again.
//!
//! A closure blocks the road it lies on between its two junctions, both ways; a stop on that
//! road is still reached from the side of the closure it stands on. The day's hierarchy still
//! holds the closed arcs, so a route whose path drives one, and a matrix, come from the
//! customizable hierarchy weighted with the open arcs only ([`crate::road::cch`]), the last
//! weights kept for the next leg.

use super::Router;
use crate::road::cch::{CustomizableHierarchy, Weights};
use crate::road::ch::{Seed, ShortestPath, WeightMatrix};
use crate::road::graph::Metric;
use crate::road::osm::seasons::Day;
use crate::road::LatLon;
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

/// How far from its road a closure point may be, m: it is put on the road's drawing, so a point
/// further away is a mistake and closes nothing rather than some other road.
pub const CLOSURE_MAX_SNAP_M: f64 = 100.0;

/// The roads closed for a query: each closure is its road (stretch) and where along it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClosedRoads {
    points: Vec<(u32, f64)>,
}

impl ClosedRoads {
    /// Whether nothing is closed.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// How many closures were put on a road.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// Whether `stretch` is closed somewhere.
    pub(super) fn closes(&self, stretch: u32) -> bool {
        self.points.iter().any(|&(closed, _)| closed == stretch)
    }

    /// Whether driving along `stretch` between the fractions `a` and `b` passes a closure.
    pub(super) fn blocks(&self, stretch: u32, a: f64, b: f64) -> bool {
        let (lo, hi) = (a.min(b), a.max(b));
        self.points.iter().any(|&(closed, at)| closed == stretch && (lo..=hi).contains(&at))
    }
}

/// Which roads a customization left open: the metric, the day's profile (none: every road)
/// and the closed stretches, sorted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct OpenRoads {
    metric: Metric,
    profile: Option<u8>,
    closed: Vec<u32>,
}

/// The customization made last, kept while the closures, the day's profile and the metric stay
/// the same: a day's legs are routed one by one around the same closures.
pub(super) type LastCustomization = Mutex<Option<(OpenRoads, Arc<Weights>)>>;

impl Router {
    /// Puts each closure point on the nearest road open on `day`; a point further than
    /// `max_snap_m` from every road closes nothing.
    pub fn close(&self, points: &[LatLon], max_snap_m: f64, day: Option<Day>) -> ClosedRoads {
        let points = points
            .iter()
            .filter_map(|&point| self.snap(point, max_snap_m, day).ok())
            .map(|snapped| (snapped.stretch, snapped.fraction))
            .collect();
        ClosedRoads { points }
    }

    /// Names of the roads in `closed`, each once, for messages.
    pub(super) fn closed_names(&self, closed: &ClosedRoads) -> BTreeSet<String> {
        closed
            .points
            .iter()
            .map(|&(stretch, _)| {
                self.graph.stretches[stretch as usize].name.clone().unwrap_or_else(|| "unnamed road".into())
            })
            .collect()
    }

    /// The customizable hierarchy (shaped on the first call) weighted with the roads open on
    /// `day` and not `closed`, minimising `metric`; the last one is kept and reused.
    ///
    /// Complexity: the customization, 15–20 ms on a département, unless kept.
    fn open_weights(
        &self,
        (metric, day): (Metric, Option<Day>),
        closed: &ClosedRoads,
    ) -> (&CustomizableHierarchy, Arc<Weights>) {
        let hierarchy = self.customizable.get_or_init(|| CustomizableHierarchy::new(&self.graph));
        let mut stretches: Vec<u32> = closed.points.iter().map(|&(stretch, _)| stretch).collect();
        stretches.sort_unstable();
        stretches.dedup();
        let key = OpenRoads { metric, profile: day.map(|day| self.day_profile[day.index()]), closed: stretches };
        let mut last = self.last_customization.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((known, weights)) = last.as_ref() {
            if *known == key {
                return (hierarchy, Arc::clone(weights));
            }
        }
        let other = match metric {
            Metric::Time => Metric::Distance,
            Metric::Distance => Metric::Time,
        };
        let open = self
            .graph
            .arcs
            .iter()
            .enumerate()
            .filter(|(_, arc)| self.graph.open(arc, day) && !closed.closes(arc.stretch))
            .map(|(id, arc)| (id as u32, arc.from, arc.to, arc.weight(metric), arc.weight(other)));
        let weights = Arc::new(hierarchy.customise(open));
        *last = Some((key, Arc::clone(&weights)));
        (hierarchy, weights)
    }

    /// Least weights from each of `sources` to each of `targets` over the roads open on `day`
    /// and not `closed`, minimising `metric`.
    ///
    /// Complexity: the customization (unless kept) and the customized hierarchy's matrix.
    pub(super) fn open_matrix(
        &self,
        (metric, day): (Metric, Option<Day>),
        closed: &ClosedRoads,
        sources: &[Vec<Seed>],
        targets: &[Vec<Seed>],
    ) -> WeightMatrix {
        let (hierarchy, weights) = self.open_weights((metric, day), closed);
        hierarchy.many_to_many(&weights, sources, targets)
    }

    /// The shortest path from `sources` to `targets` over the roads open on `day` and not
    /// `closed`, as the day's hierarchy gives one.
    ///
    /// Complexity: the customization (unless kept) and a search over each end's ancestors.
    pub(super) fn open_path(
        &self,
        sources: &[Seed],
        targets: &[Seed],
        (metric, day): (Metric, Option<Day>),
        closed: &ClosedRoads,
    ) -> Option<ShortestPath> {
        let (hierarchy, weights) = self.open_weights((metric, day), closed);
        hierarchy.shortest(&weights, sources, targets)
    }
}
