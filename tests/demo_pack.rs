//! The demo region pack shipped in static/demo/ is what the current code builds
//! from the committed Andorra extract (rebuild it with scripts/build-demo-pack.sh).

use tournee::road::pack::read_pack;
use tournee::road::{LatLon, Metric, OSM_ATTRIBUTION};

const SHIPPED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/static/demo/andorra.bin");

#[test]
fn the_shipped_demo_pack_is_up_to_date() {
    let root = env!("CARGO_MANIFEST_DIR");
    let rebuilt = std::env::temp_dir().join(format!("tournee-demo-{}.bin", std::process::id()));
    let args: Vec<String> = [
        "pack",
        "build",
        &format!("{root}/tests/data/andorra-2025-01-19.osm.pbf"),
        "-o",
        rebuilt.to_str().unwrap(),
        "--elevation",
        &format!("{root}/tests/data/srtm3_N42E001.hgt.zip"),
        "--name",
        "Andorre",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    tournee::cli::run(&args).unwrap();
    let fresh = std::fs::read(&rebuilt).unwrap();
    std::fs::remove_file(&rebuilt).unwrap();
    assert!(
        fresh == std::fs::read(SHIPPED).unwrap(),
        "static/demo/andorra.bin is stale: run scripts/build-demo-pack.sh"
    );
}

#[test]
fn the_demo_pack_credits_osm_and_uses_slopes() {
    let (meta, router) = read_pack(&std::fs::read(SHIPPED).unwrap()).unwrap();
    assert_eq!(meta.attribution, OSM_ATTRIBUTION);
    assert_eq!(meta.elevation.as_deref(), Some("srtm3_N42E001.hgt.zip"));
    assert_eq!(meta.import.osm_timestamp, Some(1_737_321_696), "2025-01-19T21:21:36Z");
    // Climbing to the Envalira pass (2409 m) from Pas de la Casa (2080 m) takes longer than coming down.
    let (pas_de_la_casa, pass) = (LatLon::new(42.5424, 1.7331).unwrap(), LatLon::new(42.5403, 1.7228).unwrap());
    let up = router.route(pas_de_la_casa, pass, Metric::Time, None, 300.0).unwrap();
    let down = router.route(pass, pas_de_la_casa, Metric::Time, None, 300.0).unwrap();
    assert!(up.duration_s > down.duration_s * 1.05, "up {:.0} s, down {:.0} s", up.duration_s, down.duration_s);
}
