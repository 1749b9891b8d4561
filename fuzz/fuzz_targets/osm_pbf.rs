//! An `.osm.pbf` extract, as the browser's worker builds a pack from the user's file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tournee::road::osm::import_pbf;

fuzz_target!(|data: &[u8]| {
    if let Ok((graph, report)) = import_pbf(data, None) {
        assert_eq!((report.junctions, report.arcs), (graph.nodes.len(), graph.arcs.len()));
    }
});
