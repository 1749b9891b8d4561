//! Each technician's drives on the Carte tab, along the roads open that day and around the roads
//! the technicians closed.

use crate::app::map_drawing::RegionMap;
use crate::model::DayPlan;
use crate::road::osm::seasons::Day as CalendarDay;
use crate::road::router::CLOSURE_MAX_SNAP_M;
use crate::road::snap::DEFAULT_MAX_SNAP_M;
use crate::road::{LatLon, Metric};

/// SVG polylines of each technician's drives between consecutive stops, along the roads open
/// on the day planned (`date`: a pass closed in winter is not drawn as the way taken) and around
/// the roads the technicians closed (`closures`, the points of those in force).
pub(super) fn drives(map: &RegionMap, plan: &DayPlan, date: Option<CalendarDay>, closures: &[LatLon]) -> Vec<String> {
    let closed = map.router.close(closures, CLOSURE_MAX_SNAP_M, date);
    plan.technicians
        .iter()
        .map(|route| {
            route
                .stops
                .windows(2)
                .filter_map(|pair| {
                    let (from, to) = (pair[0].at, pair[1].at);
                    map.router.route_avoiding(from, to, (Metric::Time, date), DEFAULT_MAX_SNAP_M, &closed).ok()
                })
                .map(|leg| map.drawing.route_points(&leg))
                .collect::<Vec<_>>()
                .join("")
        })
        .collect()
}
