//! The list of deployed packs (`regions/index.json`), downloaded by the app; a list read is
//! written and read again the same, up to the last bit of its decimals.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tournee::road::pack::deployed::{DeployedPack, PackIndex};

/// Whether two decimals are one and the same or a rounding of the last bit apart (serde_json,
/// without its `float_roundtrip` feature, reads some 17-digit decimals one bit off).
fn same_decimal(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 4.0 * f64::EPSILON * a.abs().max(b.abs())
}

/// Whether `a` and `b` list the same pack.
fn same_pack(a: &DeployedPack, b: &DeployedPack) -> bool {
    let corners = |p: &DeployedPack| [p.bounds.min.lat(), p.bounds.min.lon(), p.bounds.max.lat(), p.bounds.max.lon()];
    (&a.file, a.bytes, &a.content_id, &a.name, a.junctions, a.osm_timestamp)
        == (&b.file, b.bytes, &b.content_id, &b.name, b.junctions, b.osm_timestamp)
        && same_decimal(a.km, b.km)
        && corners(a).iter().zip(corners(b)).all(|(x, y)| same_decimal(*x, y))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(index) = PackIndex::decode(text) {
        let again = PackIndex::decode(&index.encode()).expect("a list written reads back");
        assert_eq!(again.format, index.format);
        assert_eq!(again.packs.len(), index.packs.len());
        assert!(again.packs.iter().zip(&index.packs).all(|(a, b)| same_pack(a, b)), "{again:?} != {index:?}");
    }
});
