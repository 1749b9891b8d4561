//! Roads closed by the technician (a rockfall, snow, works): routes, matrices and the day's
//! plan avoid them while they are in force, and a place they cut off is named as such.

use tournee::io::read_day_json;
use tournee::model::{
    ClosureEnd, ClosureReason, Day, DayPlan, Inclusion, Intervention, NoRoute, NoRouteCause, Priority, RoadClosure,
    Shift, ShiftPlace, Technician,
};
use tournee::plan::closed_legs::{legs_crossing_closures, LegEnd};
use tournee::plan::day_problem::{day_plan, day_problem};
use tournee::plan::{solve, SolveOptions, UnplannedReason};
use tournee::road::closure_point::{middle_of_drive, road_point};
use tournee::road::graph::{Arc, Stretch};
use tournee::road::osm::tags::RoadClass;
use tournee::road::pack::read_pack;
use tournee::road::{ClosedRoads, LatLon, Metric, RoadGraph, RouteError, Router};

fn at(lat: f64, lon: f64) -> LatLon {
    LatLon::new(lat, lon).unwrap()
}

/// Two ways from A (44.20) to B (44.30): a short pass (15 min) and, when `with_valley`, a long
/// valley road through C (40 min); a hamlet road from B to D (44.32).
fn pass_and_valley(with_valley: bool) -> Router {
    roads(with_valley, false)
}

#[test]
fn no_slot_is_offered_where_a_closure_cuts_the_place_off_and_the_day_after_it_ends_is() {
    use tournee::plan::slot_finder::{find_slots, KnownDay, SlotSearch, DEFAULT_WINDOW_S};
    let router = pass_and_valley(false);
    let day = hamlet_day(vec![closure(rockfall_on_the_pass(), "2026-12-06", ClosureEnd::Tonight)]);
    let plan = solved(&router, &day);
    let mut visit = day.interventions[0].clone();
    visit.id = "APPEL-1".into();
    let search = SlotSearch { job: visit, working_days: 2, window_s: DEFAULT_WINDOW_S, now: None, max_slots: 50 };
    let slots = find_slots(&search, &[KnownDay { day: &day, plan: Some(&plan) }], Some(&router)).unwrap();
    assert!(!slots.is_empty(), "the day after, the pass is open");
    assert!(slots.iter().all(|slot| slot.date != day.date), "{slots:?}");
}

/// The pass (no valley) and the hamlet, and an island: a road from E (44.40, 6.90) to F (44.41)
/// that no road joins to the others (a pass closed for the season, or a road missing from the
/// extract, does that).
fn pass_and_island() -> Router {
    roads(false, true)
}

/// The roads of [`pass_and_valley`], the valley when `with_valley`, the island of
/// [`pass_and_island`] when `with_island`.
fn roads(with_valley: bool, with_island: bool) -> Router {
    let (a, b, c, d) = ((44.20, 6.60), (44.30, 6.60), (44.25, 6.75), (44.32, 6.60));
    let mut nodes = vec![a, b, c, d];
    if with_island {
        nodes.extend([(44.40, 6.90), (44.41, 6.90)]);
    }
    let mut graph = RoadGraph { nodes, ..RoadGraph::default() };
    let mut road = |from: u32, to: u32, name: &str, minutes: u32, km: u32| {
        let geometry = vec![graph.nodes[from as usize], graph.nodes[to as usize]];
        let stretch = graph.stretches.len() as u32;
        graph.stretches.push(Stretch {
            geometry,
            class: RoadClass::Secondary,
            name: Some(name.into()),
            ends: (from, to),
        });
        let arc = |from, to, along| Arc {
            from,
            to,
            stretch,
            along,
            time_ms: minutes * 60_000,
            length_dm: km * 10_000,
            closure: None,
        };
        graph.arcs.push(arc(from, to, true));
        graph.arcs.push(arc(to, from, false));
    };
    road(0, 1, "Col de la Cayolle", 15, 11);
    road(1, 3, "Chemin du hameau", 3, 2);
    if with_valley {
        road(0, 2, "Vallée", 20, 16);
        road(2, 1, "Vallée", 20, 16);
    }
    if with_island {
        road(4, 5, "Route de l'île", 5, 2);
    }
    graph.arcs.sort_by_key(|arc| arc.from);
    Router::new(graph)
}

/// A point on the pass, half-way.
fn rockfall_on_the_pass() -> LatLon {
    at(44.25, 6.60)
}

#[test]
fn a_closed_pass_makes_the_route_and_the_matrix_take_the_valley_and_reopening_restores_them() {
    let router = pass_and_valley(true);
    let (a, b) = (at(44.20, 6.60), at(44.30, 6.60));
    let open = ClosedRoads::default();
    let closed = router.close(&[rockfall_on_the_pass()], 100.0, None);
    assert_eq!(closed.len(), 1);
    let route = |closed: &ClosedRoads| router.route_avoiding(a, b, (Metric::Time, None), 100.0, closed).unwrap();
    assert_eq!(route(&open).duration_s, 15.0 * 60.0);
    let detour = route(&closed);
    assert_eq!(detour.duration_s, 40.0 * 60.0);
    assert!(detour.geometry.contains(&(44.25, 6.75)), "through the valley: {:?}", detour.geometry);
    let matrix = |closed: &ClosedRoads| {
        router.matrix_avoiding(&[a, b, at(44.32, 6.60)], (Metric::Time, None), 100.0, closed).unwrap().duration_s
    };
    assert_eq!(matrix(&closed)[1], Some(40.0 * 60.0));
    assert_eq!(matrix(&closed)[2], Some(43.0 * 60.0));
    assert_eq!(matrix(&closed)[3], Some(40.0 * 60.0), "both ways");
    assert_eq!(matrix(&open)[1], Some(15.0 * 60.0));
    assert_eq!(router.route(a, b, Metric::Time, None, 100.0).unwrap(), route(&open));
}

#[test]
fn a_stop_on_the_closed_road_is_still_reached_from_its_own_side() {
    let router = pass_and_valley(true);
    let closed = router.close(&[rockfall_on_the_pass()], 100.0, None);
    let (a, below_the_rocks, b) = (at(44.20, 6.60), at(44.22, 6.60), at(44.30, 6.60));
    let from_a = router.route_avoiding(a, below_the_rocks, (Metric::Time, None), 100.0, &closed).unwrap();
    assert!((from_a.duration_s - 0.2 * 15.0 * 60.0).abs() < 1.0, "{from_a:?}");
    let from_b = router.route_avoiding(b, below_the_rocks, (Metric::Time, None), 100.0, &closed).unwrap();
    assert!((from_b.duration_s - (40.0 + 0.2 * 15.0) * 60.0).abs() < 1.0, "round by the valley: {from_b:?}");
    let matrix = router.matrix_avoiding(&[b, below_the_rocks], (Metric::Time, None), 100.0, &closed).unwrap();
    assert!((matrix.duration_s[1].unwrap() - from_b.duration_s).abs() < 1.0);
}

#[test]
fn a_closure_that_cuts_the_valley_is_named_when_no_route_remains() {
    let router = pass_and_valley(false);
    let closed = router.close(&[rockfall_on_the_pass()], 100.0, None);
    let hamlet = at(44.32, 6.60);
    let error = router.route_avoiding(at(44.20, 6.60), hamlet, (Metric::Time, None), 100.0, &closed).unwrap_err();
    assert!(matches!(&error, RouteError::Unreachable { closed, .. } if closed == &["Col de la Cayolle"]), "{error}");
    let matrix = router.matrix_avoiding(&[at(44.20, 6.60), hamlet], (Metric::Time, None), 100.0, &closed).unwrap();
    assert_eq!(matrix.duration_s, [Some(0.0), None, None, Some(0.0)]);
}

#[test]
fn matrices_around_closures_agree_with_routes_on_real_roads() {
    let router = andorra();
    let points: Vec<LatLon> = [
        (42.5063, 1.5218),
        (42.5440, 1.5147),
        (42.5770, 1.6650),
        (42.4630, 1.4900),
        (42.5350, 1.5800),
        (42.5660, 1.5990),
        (42.5100, 1.5380),
        (42.4770, 1.5030),
    ]
    .into_iter()
    .map(|(lat, lon)| at(lat, lon))
    .collect();
    let open = router.matrix(&points, Metric::Time, None, 2000.0).unwrap();
    let cuts: Vec<LatLon> = [(0, 1), (3, 2), (5, 4)]
        .into_iter()
        .map(|(i, j)| {
            let route = router.route(points[i], points[j], Metric::Time, None, 2000.0).unwrap();
            let middle = route.geometry.len() / 2;
            let ((lat_a, lon_a), (lat_b, lon_b)) = (route.geometry[middle - 1], route.geometry[middle]);
            at((lat_a + lat_b) / 2.0, (lon_a + lon_b) / 2.0)
        })
        .collect();
    let closed = router.close(&cuts, 50.0, None);
    assert_eq!(closed.len(), 3);
    let matrix = router.matrix_avoiding(&points, (Metric::Time, None), 2000.0, &closed).unwrap();
    let n = points.len();
    let mut longer = 0;
    for (cell, duration) in matrix.duration_s.iter().enumerate() {
        let (i, j) = (cell / n, cell % n);
        let route = router.route_avoiding(points[i], points[j], (Metric::Time, None), 2000.0, &closed).ok();
        match (duration, route) {
            (Some(duration), Some(route)) if i != j => {
                assert!((duration - route.duration_s).abs() < 0.01, "{i}→{j}: {duration} vs {}", route.duration_s);
                assert!(*duration >= open.duration_s[cell].unwrap() - 0.01, "{i}→{j} shorter with closures");
                longer += usize::from(*duration > open.duration_s[cell].unwrap() + 0.01);
            }
            (Some(_), _) => assert_eq!(i, j),
            (None, route) => assert!(route.is_none(), "{i}→{j}: the matrix says unreachable"),
        }
    }
    assert!(longer >= 3, "the closures changed only {longer} legs");
}

fn andorra() -> Router {
    read_pack(include_bytes!("../static/demo/andorra.bin")).unwrap().1
}

fn demo_day() -> Day {
    read_day_json(include_str!("../static/demo/journee-andorre.json")).unwrap()
}

fn closure(at: LatLon, since: &str, until: ClosureEnd) -> RoadClosure {
    RoadClosure {
        at,
        reason: ClosureReason::Rockfall,
        since: since.parse().unwrap(),
        until,
        road: None,
        note: String::new(),
    }
}

#[test]
fn the_days_plan_drives_around_a_closure_in_force_and_not_around_an_expired_one() {
    let router = andorra();
    let mut day = demo_day();
    let technicians = day.technicians.len();
    let (start, first_job) = (day.technicians[0].shift.start_place, day.interventions[0].location);
    let drive = router.route(start, first_job, Metric::Time, None, 2000.0).unwrap();
    let (lat, lon) = drive.geometry[drive.geometry.len() / 2];
    let leg = |day: &Day| {
        let prepared = day_problem(day, Some(&router)).unwrap();
        prepared.distance_m[2 * technicians]
    };
    let before = leg(&day);
    day.closures.push(closure(at(lat, lon), "2026-11-26", ClosureEnd::Tonight));
    let around = leg(&day);
    assert!(around > before + 100.0, "{before} m, then {around} m around the closure");
    day.closures[0] = closure(at(lat, lon), "2026-11-20", ClosureEnd::Date("2026-11-25".parse().unwrap()));
    assert_eq!(leg(&day), before, "expired the day before");
    day.closures.clear();
    assert_eq!(leg(&day), before, "removed");
}

/// A day on [`pass_and_valley`]: Léa at A, one job in the hamlet past the pass.
fn hamlet_day(closures: Vec<RoadClosure>) -> Day {
    let depot = at(44.20, 6.60);
    let technician = Technician {
        id: "T1".into(),
        name: "Léa".into(),
        skills: vec![],
        shift: Shift {
            start: "08:00".parse().unwrap(),
            end: "17:00".parse().unwrap(),
            start_place: depot,
            end_place: depot,
            lunch: None,
            max_jobs: None,
            max_work_s: None,
            overtime_s: None,
        },
    };
    let job = Intervention {
        id: "H1".into(),
        customer: "Hameau".into(),
        phone: None,
        location: at(44.32, 6.60),
        commune: None,
        service_s: 1800,
        windows: vec![],
        skills: vec![],
        priority: Priority::Normal,
        inclusion: Inclusion::Mandatory,
        address: None,
        notes: String::new(),
        assigned_to: None,
        pin: None,
        postponed_from: Vec::new(),
    };
    Day {
        date: "2026-12-06".parse().unwrap(),
        technicians: vec![technician],
        interventions: vec![job],
        fewest_technicians: false,
        closures,
    }
}

#[test]
fn a_job_cut_off_by_a_closure_is_left_out_because_of_it_and_the_rest_is_planned() {
    let router = pass_and_valley(false);
    let solved = |day: &Day| solved(&router, day);
    assert!(solved(&hamlet_day(vec![])).unplanned.is_empty());
    let rockfall = closure(rockfall_on_the_pass(), "2026-12-06", ClosureEnd::UntilRemoved);
    let cut = solved(&hamlet_day(vec![rockfall]));
    let reasons: Vec<_> = cut.unplanned.iter().map(|job| (job.id.as_str(), job.reason)).collect();
    assert_eq!(reasons, [("H1", UnplannedReason::ClosedRoad)]);
    let last_week = closure(rockfall_on_the_pass(), "2026-11-28", ClosureEnd::Date("2026-11-29".parse().unwrap()));
    assert!(solved(&hamlet_day(vec![last_week])).unplanned.is_empty(), "expired");
}

#[test]
fn a_technician_cut_off_by_a_closure_gets_no_route_and_the_rest_of_the_crew_is_planned() {
    let router = pass_and_valley(false);
    let mut day = hamlet_day(vec![closure(rockfall_on_the_pass(), "2026-12-06", ClosureEnd::Tonight)]);
    let mut in_the_hamlet = day.technicians[0].clone();
    in_the_hamlet.id = "T2".into();
    in_the_hamlet.shift.start_place = day.interventions[0].location;
    in_the_hamlet.shift.end_place = day.interventions[0].location;
    day.technicians.push(in_the_hamlet);
    day.interventions[0].location = at(44.21, 6.60);
    let plan = solved(&router, &day);
    let cut_off = NoRoute { place: ShiftPlace::Start, cause: NoRouteCause::ClosedRoad };
    assert_eq!(plan.technicians[1].no_route, Some(cut_off));
    assert!(plan.technicians[1].stops.is_empty());
    assert_eq!(plan.technicians[0].no_route, None);
    assert_eq!(plan.technicians[0].stops.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["H1"]);
    assert!(plan.unplanned.is_empty(), "{:?}", plan.unplanned);
}

#[test]
fn what_no_road_joins_to_the_crew_is_set_apart_with_that_reason_and_the_rest_is_planned() {
    let router = pass_and_island();
    let mut day = hamlet_day(vec![]);
    let mut on_the_island = day.technicians[0].clone();
    on_the_island.id = "T2".into();
    on_the_island.shift.start_place = at(44.405, 6.90);
    on_the_island.shift.end_place = at(44.405, 6.90);
    day.technicians.push(on_the_island);
    let mut island_job = day.interventions[0].clone();
    island_job.id = "I1".into();
    island_job.location = at(44.41, 6.90);
    day.interventions.push(island_job);
    let plan = solved(&router, &day);
    let apart = NoRoute { place: ShiftPlace::Start, cause: NoRouteCause::NoRoad };
    assert_eq!(plan.technicians[1].no_route, Some(apart));
    assert_eq!(plan.technicians[0].stops.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["H1"]);
    let reasons: Vec<_> = plan.unplanned.iter().map(|job| (job.id.as_str(), job.reason)).collect();
    assert_eq!(reasons, [("I1", UnplannedReason::NoRoad)]);
    // With the pass closed, and two jobs on its near side: the crew is the side with the most
    // places, the hamlet is cut off by the closure, the island by no road.
    for (id, lat) in [("P1", 44.21), ("P2", 44.22)] {
        let mut job = day.interventions[0].clone();
        (job.id, job.location) = (id.into(), at(lat, 6.60));
        day.interventions.push(job);
    }
    day.closures.push(closure(rockfall_on_the_pass(), "2026-12-06", ClosureEnd::Tonight));
    let plan = solved(&router, &day);
    let mut reasons: Vec<_> = plan.unplanned.iter().map(|job| (job.id.as_str(), job.reason)).collect();
    reasons.sort_by_key(|(id, _)| *id);
    assert_eq!(reasons, [("H1", UnplannedReason::ClosedRoad), ("I1", UnplannedReason::NoRoad)]);
    assert_eq!(plan.technicians[1].no_route, Some(apart));
    let mut near_side: Vec<&str> = plan.technicians[0].stops.iter().map(|s| s.id.as_str()).collect();
    near_side.sort();
    assert_eq!(near_side, ["P1", "P2"]);
}

#[test]
fn a_day_file_without_closures_reads_and_writes_unchanged() {
    let text = include_str!("../static/demo/journee-andorre.json");
    let day = read_day_json(text).unwrap();
    assert!(day.closures.is_empty());
    let json = serde_json::to_string(&day).unwrap();
    assert!(!json.contains("closures"), "no closures key for a day without any");
    let mut with = day.clone();
    with.closures.push(closure(at(42.5, 1.52), "2026-11-26", ClosureEnd::Tonight));
    let json = serde_json::to_string(&with).unwrap();
    assert_eq!(read_day_json(&json).unwrap(), with);
}

/// The plan of `day` over `router`.
fn solved(router: &Router, day: &Day) -> DayPlan {
    let prepared = day_problem(day, Some(router)).unwrap();
    let options = SolveOptions { seed: 1, max_iterations: Some(200), time_limit_s: None, minimise_vehicles: false };
    let solution = solve(&prepared.problem, options, &|| 0.0, &mut |_| {}, &|| false).solution;
    day_plan(day, &prepared, &solution)
}

#[test]
fn the_legs_of_the_plan_that_drive_a_closed_road_are_named_with_their_detour() {
    let router = pass_and_valley(true);
    let before = solved(&router, &hamlet_day(vec![]));
    let rockfall = closure(rockfall_on_the_pass(), "2026-12-06", ClosureEnd::Tonight);
    let day = hamlet_day(vec![rockfall]);
    let crossed = legs_crossing_closures(&router, &day, &before, &[]);
    let legs: Vec<_> = crossed.iter().map(|leg| (&leg.from, &leg.to, leg.closure, leg.extra_min())).collect();
    let hamlet = LegEnd::Stop { id: "H1".into(), customer: "Hameau".into() };
    assert_eq!(legs, [(&LegEnd::Start, &hamlet, 0, Some(25)), (&hamlet, &LegEnd::End, 0, Some(25))]);
    assert!(crossed.iter().all(|leg| leg.technician == "T1"));
    let driven = legs_crossing_closures(&router, &day, &before, &["H1".into()]);
    assert_eq!(driven.len(), 1, "the leg to a stop already done is not said again");
    let mut tomorrow = day.clone();
    tomorrow.date = "2026-12-07".parse().unwrap();
    assert!(legs_crossing_closures(&router, &tomorrow, &before, &[]).is_empty(), "closed tonight only");
    let cut = legs_crossing_closures(&pass_and_valley(false), &day, &before, &[]);
    assert_eq!(cut.iter().map(|leg| leg.after_s).collect::<Vec<_>>(), [None, None], "no road around: cut");
}

#[test]
fn a_closure_from_a_leg_goes_half_way_along_its_drive_and_a_tap_goes_to_the_nearest_road() {
    let router = pass_and_valley(true);
    let middle = middle_of_drive(&router, at(44.20, 6.60), at(44.30, 6.60), None).unwrap();
    assert!(middle.at.distance_m(rockfall_on_the_pass()) < 50.0, "{middle:?}");
    assert_eq!(middle.road.as_deref(), Some("Col de la Cayolle"));
    let closed = router.close(&[middle.at], 100.0, None);
    let detour = router.route_avoiding(at(44.20, 6.60), at(44.30, 6.60), (Metric::Time, None), 100.0, &closed);
    assert_eq!(detour.unwrap().duration_s, 40.0 * 60.0, "the leg's own road is closed");
    let tapped = road_point(&router, at(44.25, 6.601), None).unwrap();
    assert!((tapped.at.lon() - 6.60).abs() < 1e-6 && tapped.road.as_deref() == Some("Col de la Cayolle"));
    assert_eq!(road_point(&router, at(44.25, 6.70), None), None, "far from every road");
}

/// Least driving time, ms, from junction `from` to every junction over the arcs not on
/// `closed_stretches`: the plain Dijkstra that matrices around closures must agree with.
fn plain_dijkstra_ms(graph: &RoadGraph, from: u32, closed_stretches: &[u32]) -> Vec<Option<u64>> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    let mut best: Vec<Option<u64>> = vec![None; graph.nodes.len()];
    let mut heap = BinaryHeap::from([Reverse((0u64, from))]);
    best[from as usize] = Some(0);
    while let Some(Reverse((ms, node))) = heap.pop() {
        if best[node as usize].is_some_and(|known| known < ms) {
            continue;
        }
        for arc in &graph.arcs[graph.arcs_from(node)] {
            let next = ms + u64::from(arc.time_ms);
            if !closed_stretches.contains(&arc.stretch) && best[arc.to as usize].is_none_or(|known| next < known) {
                best[arc.to as usize] = Some(next);
                heap.push(Reverse((next, arc.to)));
            }
        }
    }
    best
}

#[test]
fn matrices_around_random_closures_equal_a_plain_dijkstra_without_the_closed_roads() {
    let router = andorra();
    let graph = router.graph();
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut random = |below: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % below as u64) as usize
    };
    let mut longer = 0;
    for _ in 0..6 {
        let junctions: Vec<u32> = (0..14).map(|_| random(graph.nodes.len()) as u32).collect();
        let points: Vec<LatLon> =
            junctions.iter().map(|&j| at(graph.nodes[j as usize].0, graph.nodes[j as usize].1)).collect();
        let cuts: Vec<LatLon> = (0..1 + random(3))
            .filter_map(|_| {
                let (i, j) = (random(points.len()), random(points.len()));
                let route = router.route(points[i], points[j], Metric::Time, None, 1.0).ok()?;
                let middle = route.geometry.len() / 2;
                let ((lat_a, lon_a), (lat_b, lon_b)) =
                    (route.geometry[middle.max(1) - 1], *route.geometry.get(middle)?);
                Some(at((lat_a + lat_b) / 2.0, (lon_a + lon_b) / 2.0))
            })
            .collect();
        let closed = router.close(&cuts, 5.0, None);
        let closed_stretches: Vec<u32> =
            cuts.iter().filter_map(|&cut| router.snap(cut, 5.0, None).ok()).map(|snapped| snapped.stretch).collect();
        let open = router.matrix(&points, Metric::Time, None, 1.0).unwrap();
        let matrix = router.matrix_avoiding(&points, (Metric::Time, None), 1.0, &closed).unwrap();
        let n = points.len();
        for (i, &from) in junctions.iter().enumerate() {
            let plain = plain_dijkstra_ms(graph, from, &closed_stretches);
            for (j, &to) in junctions.iter().enumerate() {
                let fast = matrix.duration_s[i * n + j].map(|s| (s * 1000.0).round() as u64);
                assert_eq!(fast, plain[to as usize], "{i}→{j} around {closed_stretches:?}");
                longer += usize::from(fast.is_some_and(|ms| Some(ms as f64 / 1000.0) > open.duration_s[i * n + j]));
            }
        }
    }
    assert!(longer >= 10, "the closures lengthened only {longer} drives");
}
