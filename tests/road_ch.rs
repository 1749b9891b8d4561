//! The contraction hierarchy gives exactly the plain Dijkstra's shortest weights (both metrics)
//! on real OSM networks: 1,000 random junction pairs on Monaco and on Andorra.

use petgraph::algo::dijkstra;
use petgraph::graph::NodeIndex;
use tournee::road::ch::{many_to_many, Search, Seed, UNREACHABLE};
use tournee::road::osm::import_pbf;
use tournee::road::{Metric, RoadGraph, Router};

/// Deterministic pseudo-random numbers (SplitMix64), so a failure can be replayed.
struct SplitMix(u64);

impl SplitMix {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) % n as u64) as usize
    }
}

fn import(name: &str) -> RoadGraph {
    let bytes = std::fs::read(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    import_pbf(&bytes, None).unwrap().0
}

/// Plain Dijkstra from `source` over the petgraph view: the reference.
fn reference(graph: &RoadGraph, source: usize, metric: Metric) -> Vec<u32> {
    let view = graph.to_petgraph(None);
    let distances = dijkstra(&view, NodeIndex::new(source), None, |edge| {
        u64::from(graph.arcs[*edge.weight() as usize].weight(metric))
    });
    (0..graph.nodes.len()).map(|n| distances.get(&NodeIndex::new(n)).map_or(UNREACHABLE, |&d| d as u32)).collect()
}

fn check_region(file: &str) {
    let graph = import(file);
    let router = Router::new(graph.clone());
    let mut random = SplitMix(42);
    for metric in Metric::ALL {
        let hierarchy = router.hierarchy(metric, None);
        let mut search = Search::new(hierarchy);
        // 20 sources × 25 targets = 500 pairs per metric, 1,000 per region.
        for _ in 0..20 {
            let source = random.below(graph.nodes.len());
            let expected = reference(&graph, source, metric);
            for _ in 0..25 {
                let target = random.below(graph.nodes.len());
                let found = search.shortest(&[Seed::at(source as u32)], &[Seed::at(target as u32)]);
                let weight = found.as_ref().map_or(UNREACHABLE, |p| p.weight);
                assert_eq!(weight, expected[target], "{file} {metric:?} {source} → {target}");
                if let Some(path) = found {
                    // The unpacked arcs chain from source to target and add up to the weight.
                    let arcs: Vec<_> = path.arcs.iter().map(|&a| graph.arcs[a as usize]).collect();
                    assert!(arcs.windows(2).all(|w| w[0].to == w[1].from));
                    if let (Some(first), Some(last)) = (arcs.first(), arcs.last()) {
                        assert_eq!((first.from as usize, last.to as usize), (source, target));
                    }
                    assert_eq!(arcs.iter().map(|a| a.weight(metric)).sum::<u32>(), weight);
                }
            }
        }
    }
}

#[test]
fn monaco_hierarchy_matches_dijkstra_on_1000_pairs() {
    check_region("monaco-2019-09-30.osm.pbf");
}

#[test]
fn andorra_hierarchy_matches_dijkstra_on_1000_pairs() {
    check_region("andorra-2025-01-19.osm.pbf");
}

#[test]
fn many_to_many_matches_point_to_point() {
    let graph = import("monaco-2019-09-30.osm.pbf");
    let router = Router::new(graph.clone());
    let hierarchy = &router.profiles().0[0].time;
    let mut random = SplitMix(7);
    let points: Vec<u32> = (0..30).map(|_| random.below(graph.nodes.len()) as u32).collect();
    let seeds: Vec<Vec<Seed>> = points.iter().map(|&p| vec![Seed::at(p)]).collect();
    let matrix = many_to_many(hierarchy, &seeds, &seeds);
    let mut search = Search::new(hierarchy);
    for (i, &a) in points.iter().enumerate() {
        for (j, &b) in points.iter().enumerate() {
            let single = search.shortest(&[Seed::at(a)], &[Seed::at(b)]).unwrap();
            assert_eq!(matrix.weight[i * points.len() + j], single.weight);
            assert_eq!(matrix.secondary[i * points.len() + j], single.secondary);
        }
    }
}
