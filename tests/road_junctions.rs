//! A point standing at a junction leaves and arrives by any road of that junction,
//! not only along the road it was snapped to (issue 10, part 6: one pair in twenty
//! came out 5 % too long against an independent shortest-path computation).

use tournee::road::graph::{Arc, Stretch};
use tournee::road::osm::tags::RoadClass;
use tournee::road::{LatLon, Metric, RoadGraph, Router};

/// Metres per degree of latitude, for placing points a few decimetres apart.
const METRES_PER_DEGREE: f64 = 111_195.0;
/// Junction A, with B 800 m east of it and C 1.1 km north.
const A: (f64, f64) = (44.0, 6.0);
const B: (f64, f64) = (44.0, 6.01);
const C: (f64, f64) = (44.01, 6.0);

/// A one-way street between A and B (leaving A when `leaves_a`, else entering it), a two-way
/// road A–C of 2 minutes and a two-way road B–C of 30 minutes.
fn junction_network(leaves_a: bool) -> Router {
    let mut graph = RoadGraph { nodes: vec![A, B, C], ..RoadGraph::default() };
    let mut road = |ends: (u32, u32), minutes: u32, both_ways: bool| {
        let stretch = graph.stretches.len() as u32;
        let geometry = vec![graph.nodes[ends.0 as usize], graph.nodes[ends.1 as usize]];
        graph.stretches.push(Stretch { geometry, class: RoadClass::Residential, name: None, ends });
        let arc = |from, to, along| Arc {
            from,
            to,
            stretch,
            along,
            time_ms: minutes * 60_000,
            length_dm: 10_000,
            closure: None,
        };
        graph.arcs.push(arc(ends.0, ends.1, true));
        if both_ways {
            graph.arcs.push(arc(ends.1, ends.0, false));
        }
    };
    road(if leaves_a { (0, 1) } else { (1, 0) }, 1, false);
    road((0, 2), 2, true);
    road((1, 2), 30, true);
    graph.arcs.sort_by_key(|arc| arc.from);
    Router::new(graph)
}

/// A point 0.3 m south of A and 0.05 m towards B: it snaps onto the one-way A–B street
/// (nearer than the road to C), 5 cm from the junction.
fn at_a() -> LatLon {
    let east = 0.05 / (METRES_PER_DEGREE * A.0.to_radians().cos());
    LatLon::new(A.0 - 0.3 / METRES_PER_DEGREE, A.1 + east).unwrap()
}

fn c() -> LatLon {
    LatLon::new(C.0, C.1).unwrap()
}

#[test]
fn a_point_at_a_junction_leaves_by_a_road_other_than_its_one_way() {
    let router = junction_network(true);
    let snapped = router.snap(at_a(), 100.0, None).unwrap();
    assert_eq!(snapped.stretch, 0, "the point must sit on the one-way street for this test to mean anything");
    let route = router.route(at_a(), c(), Metric::Time, None, 100.0).unwrap();
    assert!(
        (route.duration_s - 120.0).abs() < 1.0,
        "A → C takes the 2-minute road, not the one-way and back: {route:?}"
    );
    let matrix = router.matrix(&[at_a(), c()], Metric::Time, None, 100.0).unwrap();
    assert!((matrix.duration_s[1].unwrap() - 120.0).abs() < 1.0, "{:?}", matrix.duration_s);
    let first = route.geometry[0];
    assert!((first.0 - A.0).abs() < 1e-5 && (first.1 - A.1).abs() < 1e-5, "the drive starts at A: {first:?}");
}

#[test]
fn a_point_at_a_junction_is_reached_by_a_road_other_than_its_one_way() {
    let router = junction_network(false);
    assert_eq!(router.snap(at_a(), 100.0, None).unwrap().stretch, 0);
    let route = router.route(c(), at_a(), Metric::Time, None, 100.0).unwrap();
    assert!((route.duration_s - 120.0).abs() < 1.0, "C → A takes the 2-minute road: {route:?}");
    let matrix = router.matrix(&[c(), at_a()], Metric::Time, None, 100.0).unwrap();
    assert!((matrix.duration_s[1].unwrap() - 120.0).abs() < 1.0, "{:?}", matrix.duration_s);
    // Away from the junction the one-way still rules: from the middle of the street (entering A),
    // the drive goes on to A and then north.
    let middle = LatLon::new(A.0, (A.1 + B.1) / 2.0).unwrap();
    let from_middle = router.route(middle, c(), Metric::Time, None, 100.0).unwrap();
    assert!((from_middle.duration_s - 150.0).abs() < 1.0, "half the street then the road north: {from_middle:?}");
}
