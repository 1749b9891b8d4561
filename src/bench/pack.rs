//! Region pack figures: load time and a 300 × 300 matrix from coordinates, the app's largest day,
//! as is and around one road closed by the technician.

use super::{median_of_runs_ms, Clock};
use crate::road::cch::CustomizableHierarchy;
use crate::road::pack::read_pack;
use crate::road::snap::DEFAULT_MAX_SNAP_M;
use crate::road::{ClosedRoads, LatLon, Metric, Router};

/// Points of the matrix: a day of 300 stops is the app's largest.
pub const MATRIX_POINTS: usize = 300;
/// Timed repetitions; the median is reported.
pub const RUNS: usize = 7;

/// Median of `RUNS` timings of `work`, ms.
fn median_ms(clock: Clock, work: impl FnMut()) -> f64 {
    median_of_runs_ms(clock, RUNS, work)
}

/// Median time to decode `pack` and ready its router, ms.
pub fn load_ms(pack: &[u8], clock: Clock) -> f64 {
    median_ms(clock, || {
        read_pack(pack).expect("a valid pack");
    })
}

/// Median time of a [`MATRIX_POINTS`]² time matrix from coordinates (snapping included), ms:
/// points spread evenly over the junctions, each moved 20 m off its road.
pub fn matrix_ms(router: &Router, clock: Clock) -> f64 {
    let points = matrix_points(router);
    median_ms(clock, || {
        router.matrix(&points, Metric::Time, None, DEFAULT_MAX_SNAP_M).expect("points near roads");
    })
}

/// The same matrix around one closed road, half-way along the drive from the first point to
/// the middle one (a through road, so many rows are searched again): (ms, rows' share changed).
/// The timed runs alternate with a second set of closures (that road and another a quarter of
/// the way), so that each one weights the hierarchy anew, as a new closure does.
pub fn closed_matrix_ms(router: &Router, clock: Clock) -> (f64, f64) {
    let points = matrix_points(router);
    let drive = router
        .route(points[0], points[MATRIX_POINTS / 2], Metric::Time, None, DEFAULT_MAX_SNAP_M)
        .expect("a route across the region");
    let cut = |index: usize| {
        let ((lat_a, lon_a), (lat_b, lon_b)) = (drive.geometry[index - 1], drive.geometry[index]);
        LatLon::new((lat_a + lat_b) / 2.0, (lon_a + lon_b) / 2.0).expect("valid")
    };
    let middle = drive.geometry.len() / 2;
    let closed = router.close(&[cut(middle)], 5.0, None);
    let other = router.close(&[cut(middle), cut((middle / 2).max(1))], 5.0, None);
    let answer = |closed: &ClosedRoads| {
        router.matrix_avoiding(&points, (Metric::Time, None), DEFAULT_MAX_SNAP_M, closed).expect("points near roads")
    };
    let (open, around) = (answer(&ClosedRoads::default()), answer(&closed));
    let changed = (0..MATRIX_POINTS)
        .filter(|&row| {
            let cells = row * MATRIX_POINTS..(row + 1) * MATRIX_POINTS;
            open.duration_s[cells.clone()] != around.duration_s[cells]
        })
        .count();
    let mut run = 0;
    let ms = median_ms(clock, || {
        run += 1;
        answer(if run % 2 == 1 { &other } else { &closed });
    });
    (ms, changed as f64 / MATRIX_POINTS as f64)
}

/// Median time to shape the region for closures (done once per region, on its first closure), ms.
pub fn closure_shape_ms(router: &Router, clock: Clock) -> f64 {
    median_ms(clock, || {
        CustomizableHierarchy::new(router.graph());
    })
}

/// [`MATRIX_POINTS`] points spread evenly over the junctions, each moved 20 m off its road.
fn matrix_points(router: &Router) -> Vec<LatLon> {
    let nodes = &router.graph().nodes;
    let step = nodes.len() / MATRIX_POINTS;
    (0..MATRIX_POINTS).map(|i| LatLon::new(nodes[i * step].0 + 0.00018, nodes[i * step].1).expect("valid")).collect()
}

/// Header of the table.
pub const HEADER: &str = "| pack | junctions | raw | gzip | bytes per junction (raw / gzip) | junctions' positions | stretches | hierarchies (profiles) | load | 300×300 from coordinates | the same, one road closed (rows changed) | shape for closures (once per region) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
