//! Region pack format 2: what is stored is the network itself, and every query on a
//! loaded pack answers exactly as on the network it was built from; format 1 packs still
//! load; damaged packs are refused or harmless, never a crash.

use std::sync::OnceLock;
use tournee::road::osm::import_pbf;
use tournee::road::osm::seasons::Day;
use tournee::road::pack::{read_pack, write_pack, PackMeta, MAGIC};
use tournee::road::snap::DEFAULT_MAX_SNAP_M;
use tournee::road::{LatLon, Metric, Router, OSM_ATTRIBUTION};

fn andorra() -> &'static Router {
    static ROUTER: OnceLock<Router> = OnceLock::new();
    ROUTER.get_or_init(|| {
        let bytes =
            std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/andorra-2025-01-19.osm.pbf")).unwrap();
        Router::new(import_pbf(&bytes, None).unwrap().0)
    })
}

fn meta(router: &Router) -> PackMeta {
    PackMeta {
        name: "Andorre".into(),
        source: "andorra.osm.pbf".into(),
        attribution: OSM_ATTRIBUTION.into(),
        bounds: tournee::road::pack::bounds_of(router.graph()).unwrap(),
        import: Default::default(),
        elevation: None,
        built_by: "test".into(),
    }
}

/// `count` junction positions spread over the network, nudged off the road by a few metres.
fn points(router: &Router, count: usize) -> Vec<LatLon> {
    let nodes = &router.graph().nodes;
    (0..count)
        .map(|i| {
            let (lat, lon) = nodes[(i * 7919) % nodes.len()];
            LatLon::new(lat + 3e-5 * (i % 3) as f64, lon - 2e-5 * (i % 5) as f64).unwrap()
        })
        .collect()
}

#[test]
fn a_loaded_pack_holds_the_same_network_and_answers_every_query_the_same() {
    let router = andorra();
    let (_, loaded) = read_pack(&write_pack(&meta(router), router)).unwrap();
    assert_eq!(loaded.graph(), router.graph(), "junctions, stretches, shapes, names and arcs identical");
    let points = points(router, 120);
    for metric in Metric::ALL {
        let before = router.matrix(&points, metric, None, DEFAULT_MAX_SNAP_M).unwrap();
        let after = loaded.matrix(&points, metric, None, DEFAULT_MAX_SNAP_M).unwrap();
        assert_eq!(before, after, "{metric:?} matrix");
        assert!(before.duration_s.iter().filter(|d| d.is_some()).count() > 120 * 119 / 2);
    }
    for pair in points.windows(2).take(40) {
        let before = router.route(pair[0], pair[1], Metric::Time, None, DEFAULT_MAX_SNAP_M).unwrap();
        let after = loaded.route(pair[0], pair[1], Metric::Time, None, DEFAULT_MAX_SNAP_M).unwrap();
        assert_eq!(before, after, "route and its geometry");
    }
}

#[test]
fn format_2_is_at_most_a_third_of_format_1() {
    let router = andorra();
    let v2 = write_pack(&meta(router), router);
    let v1 = format_1(router);
    println!("format 1: {} bytes, format 2: {} bytes", v1.len(), v2.len());
    assert!(v2.len() * 3 < v1.len(), "format 2 {} bytes, format 1 {} bytes", v2.len(), v1.len());
}

/// A pack in format 1's layout: the graph and both hierarchies stored as they are in memory.
fn format_1(router: &Router) -> Vec<u8> {
    let (profiles, day_profile) = router.profiles();
    assert_eq!(profiles.len(), 1, "Andorra has no seasonal closure");
    let profile = (&profiles[0].closures_in_force, &profiles[0].time, router.hierarchy(Metric::Distance, None));
    let mut bytes = MAGIC.to_vec();
    bytes.extend(1u32.to_le_bytes());
    postcard::to_extend(&(meta(router), router.graph(), vec![profile], day_profile), bytes).unwrap()
}

#[test]
fn a_format_1_pack_still_loads_and_answers_the_same() {
    let router = andorra();
    let (read_meta, loaded) = read_pack(&format_1(router)).unwrap();
    assert_eq!(read_meta, meta(router));
    let points = points(router, 30);
    let day = Day::from_iso_date("2027-01-15");
    assert_eq!(
        router.matrix(&points, Metric::Time, day, DEFAULT_MAX_SNAP_M).unwrap(),
        loaded.matrix(&points, Metric::Time, day, DEFAULT_MAX_SNAP_M).unwrap()
    );
}

#[test]
fn a_damaged_pack_is_refused_or_harmless_never_a_crash() {
    let router = andorra();
    let bytes = write_pack(&meta(router), router);
    let points = points(router, 5);
    let (mut refused, mut loaded) = (0, 0);
    for i in 0..100 {
        let mut damaged = bytes.clone();
        let at = 12 + (i * 104_729) % (bytes.len() - 12);
        damaged[at] ^= 1 << (i % 8);
        match read_pack(&damaged) {
            Err(_) => refused += 1,
            Ok((_, router)) => {
                loaded += 1;
                let _ = router.matrix(&points, Metric::Time, None, DEFAULT_MAX_SNAP_M);
                let _ = router.route(points[0], points[1], Metric::Time, None, DEFAULT_MAX_SNAP_M);
            }
        }
    }
    println!("{refused} refused, {loaded} loaded");
    assert!(refused > 0);
}
