//! Legs of a day: routed where the pack covers both stops, estimated (and marked so)
//! elsewhere, and an error naming a stop that sits inside the region but off every road.

use std::sync::OnceLock;
use tournee::road::legs::{legs_between, Leg, LegError, NamedPoint};
use tournee::road::osm::import_pbf;
use tournee::road::{EstimatePoint, LatLon, Router};

fn monaco() -> &'static Router {
    static ROUTER: OnceLock<Router> = OnceLock::new();
    ROUTER.get_or_init(|| {
        let bytes =
            std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/monaco-2019-09-30.osm.pbf")).unwrap();
        Router::new(import_pbf(&bytes, None).unwrap().0)
    })
}

fn stop(name: &str, lat: f64, lon: f64) -> NamedPoint<'_> {
    NamedPoint { name, point: EstimatePoint::new(LatLon::new(lat, lon).unwrap(), None) }
}

#[test]
fn covered_stops_are_routed_and_the_others_estimated() {
    let stops =
        [stop("Casino", 43.7392, 7.4275), stop("Port", 43.7347, 7.4213), stop("Mairie de Castellane", 43.846, 6.514)];
    let legs = legs_between(Some(monaco()), &stops, None, 2000.0).unwrap();
    assert!(
        matches!(legs.legs[1], Leg::Road { duration_s, distance_m } if duration_s > 30.0 && distance_m > 500.0),
        "{:?}",
        legs.legs[1]
    );
    assert!(matches!(legs.legs[3], Leg::Road { .. }));
    for cell in [2, 5, 6, 7] {
        match legs.legs[cell] {
            Leg::Estimate(estimate) => {
                assert!(estimate.is_estimate() && estimate.distance_m() > 70_000.0)
            }
            other => {
                panic!("leg {cell} to or from Castellane should be an estimate, got {other:?}")
            }
        }
    }
    assert_eq!(legs.legs[8].duration_s(), Some(0.0));
    assert!(legs.snap_m[0].is_some() && legs.snap_m[2].is_none());
}

#[test]
fn without_a_pack_every_leg_is_an_estimate() {
    let stops = [stop("Castellane", 43.846, 6.514), stop("Allos", 44.241, 6.629)];
    let legs = legs_between(None, &stops, None, 2000.0).unwrap();
    assert!(legs.legs.iter().all(|leg| matches!(leg, Leg::Estimate(_))));
    let minutes = legs.legs[1].duration_s().unwrap() / 60.0;
    assert!((60.0..110.0).contains(&minutes), "{minutes}");
}

#[test]
fn a_stop_in_the_region_but_off_every_road_is_named() {
    let stops = [stop("Casino", 43.7392, 7.4275), stop("Bouée du large", 43.7220, 7.4420)];
    let error = legs_between(Some(monaco()), &stops, None, 500.0).unwrap_err();
    let LegError::OffRoad { stop, distance_m, .. } = &error;
    assert_eq!(stop, "Bouée du large");
    assert!(*distance_m > 500.0);
    assert!(error.to_string().starts_with("\"Bouée du large\" is "), "{error}");
}
