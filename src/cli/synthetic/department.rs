//! A department-sized extract made from a small real one: tiles of it, shifted, joined by roads.
//!
//! No extract of Alpes-de-Haute-Provence can be downloaded here, so scale is
//! proven on this: the real Andorra extract copied `rows × cols` times with its
//! coordinates shifted onto the département (south-west corner at
//! [`SOUTH_WEST`]), every copy's ids moved into a range of its own, and each pair
//! of neighbouring copies joined by [`JOINS_PER_BORDER`] two-way roads between
//! junctions of their main networks, one in [`PASS_EVERY`] closed in winter. 4 × 4 copies of Andorra give about 73,000
//! junctions over 1.0° × 1.6°: the size of the real département.

use super::pbf_writer::{NodeOut, WayOut};
use crate::cli::messages::Message;
use crate::road::compact_geometry::units;
use crate::road::osm::import_pbf;
use crate::road::osm::tags::RoadClass;
use osmpbf::{Element, ElementReader};
use std::collections::HashMap;

/// Where the first copy's south-west corner goes: the south-west of Alpes-de-Haute-Provence.
pub const SOUTH_WEST: (f64, f64) = (43.66, 5.49);
/// Space left between two copies, degrees (the joining roads cross it).
const GAP_DEGREES: f64 = 0.004;
/// Roads joining two neighbouring copies.
pub const JOINS_PER_BORDER: usize = 3;
/// Ids of copy `k` start at `k × ID_STRIDE` (OSM ids are below 2·10¹⁰ today).
const ID_STRIDE: i64 = 100_000_000_000;
/// One joining road in this many is a pass closed from November to May, as the
/// département's cols are: packs then carry a winter profile, as the real one would.
const PASS_EVERY: usize = 4;
/// Spacing of the nodes along a joining road, degrees (about 400 m).
const JOIN_NODE_STEP: f64 = 0.004;

/// The source extract, read whole (it is small).
pub struct Source {
    nodes: Vec<NodeOut>,
    ways: Vec<WayOut>,
    /// Node ids at junctions of the main road network, with their positions, where joins may attach.
    anchors: Vec<(i64, f64, f64)>,
    /// South-west and north-east corners of the main road network.
    bounds: ((f64, f64), (f64, f64)),
}

/// How the copies are laid out.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// Copies from south to north.
    pub rows: usize,
    /// Copies from west to east.
    pub cols: usize,
}

/// The synthetic extract, ready to write.
pub struct Synthetic {
    /// Every node, sorted by id.
    pub nodes: Vec<NodeOut>,
    /// Every way, sorted by id.
    pub ways: Vec<WayOut>,
    /// Roads added between copies.
    pub joins: usize,
    /// Latitude and longitude shift of each copy, row-major from the south-west.
    pub shifts: Vec<(f64, f64)>,
    /// Size of one copy with its gap, degrees of latitude and longitude.
    pub step: (f64, f64),
    /// How the copies are laid out.
    pub layout: Layout,
}

impl Synthetic {
    /// North-east corner of the copies (the south-west one is [`SOUTH_WEST`]).
    pub fn north_east(&self) -> (f64, f64) {
        let (rows, cols) = (self.layout.rows as f64, self.layout.cols as f64);
        (SOUTH_WEST.0 + rows * self.step.0, SOUTH_WEST.1 + cols * self.step.1)
    }
}

impl Source {
    /// Reads every node and way of `bytes` (relations are left out: routing never uses them);
    /// with `roads_only`, only the `highway` ways and their nodes (an extract filtered to roads,
    /// as `osmium tags-filter` makes them, about half the size).
    pub fn read(bytes: &[u8], roads_only: bool) -> Result<Source, String> {
        let (mut nodes, mut ways) = (Vec::new(), Vec::new());
        let owned = |tags: &mut dyn Iterator<Item = (&str, &str)>| {
            tags.map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>()
        };
        ElementReader::new(std::io::Cursor::new(bytes))
            .for_each(|element| match element {
                Element::DenseNode(n) => {
                    nodes.push(NodeOut { id: n.id(), lat: n.lat(), lon: n.lon(), tags: owned(&mut n.tags()) })
                }
                Element::Node(n) => {
                    nodes.push(NodeOut { id: n.id(), lat: n.lat(), lon: n.lon(), tags: owned(&mut n.tags()) })
                }
                Element::Way(w) => {
                    ways.push(WayOut { id: w.id(), refs: w.refs().collect(), tags: owned(&mut w.tags()) })
                }
                Element::Relation(_) => {}
            })
            .map_err(|e| e.to_string())?;
        if nodes.is_empty() {
            return Err(Message::ExtractWithoutNodes.into());
        }
        if roads_only {
            ways.retain(|w| w.tags.iter().any(|(k, _)| k == "highway"));
            let mut used: Vec<i64> = ways.iter().flat_map(|w| w.refs.iter().copied()).collect();
            used.sort_unstable();
            nodes.retain(|n| used.binary_search(&n.id).is_ok());
        }
        nodes.sort_by_key(|n| n.id);
        ways.sort_by_key(|w| w.id);
        let (anchors, bounds) = main_network_anchors(bytes, &nodes)?;
        Ok(Source { nodes, ways, anchors, bounds })
    }

    /// The copies laid out and joined.
    ///
    /// Complexity: O(copies × (nodes + ways)) plus a scan of the anchors per join.
    pub fn tile(&self, layout: Layout) -> Synthetic {
        let ((south, west), (north, east)) = self.bounds;
        let step = (north - south + GAP_DEGREES, east - west + GAP_DEGREES);
        let copies = layout.rows * layout.cols;
        let shifts: Vec<(f64, f64)> = (0..copies)
            .map(|k| {
                let (row, col) = (k / layout.cols, k % layout.cols);
                (SOUTH_WEST.0 + row as f64 * step.0 - south, SOUTH_WEST.1 + col as f64 * step.1 - west)
            })
            .collect();
        let mut nodes = Vec::with_capacity(self.nodes.len() * copies);
        let mut ways = Vec::with_capacity(self.ways.len() * copies);
        for (k, &(dlat, dlon)) in shifts.iter().enumerate() {
            let offset = k as i64 * ID_STRIDE;
            nodes.extend(self.nodes.iter().map(|n| NodeOut {
                id: n.id + offset,
                lat: n.lat + dlat,
                lon: n.lon + dlon,
                tags: n.tags.clone(),
            }));
            ways.extend(self.ways.iter().map(|w| WayOut {
                id: w.id + offset,
                refs: w.refs.iter().map(|r| r + offset).collect(),
                tags: w.tags.clone(),
            }));
        }
        let mut next_id = copies as i64 * ID_STRIDE;
        let mut joins = 0;
        for k in 0..copies {
            let (row, col) = (k / layout.cols, k % layout.cols);
            let neighbours =
                [(col + 1 < layout.cols).then_some(k + 1), (row + 1 < layout.rows).then_some(k + layout.cols)];
            for (east_side, other) in [true, false].into_iter().zip(neighbours) {
                let Some(other) = other else { continue };
                for j in 1..=JOINS_PER_BORDER {
                    let share = j as f64 / (JOINS_PER_BORDER + 1) as f64;
                    // A point on the shared border, in the first copy's shifted coordinates.
                    let (lat, lon) = if east_side {
                        (south + share * (north - south) + shifts[k].0, east + GAP_DEGREES / 2.0 + shifts[k].1)
                    } else {
                        (north + GAP_DEGREES / 2.0 + shifts[k].0, west + share * (east - west) + shifts[k].1)
                    };
                    let a = self.nearest_anchor(k, &shifts, (lat, lon));
                    let b = self.nearest_anchor(other, &shifts, (lat, lon));
                    add_join(&mut nodes, &mut ways, &mut next_id, a, b, joins);
                    joins += 1;
                }
            }
        }
        Synthetic { nodes, ways, joins, shifts, step, layout }
    }

    /// The anchor of copy `k` nearest to `point` (shifted coordinates): its id and shifted position.
    fn nearest_anchor(&self, k: usize, shifts: &[(f64, f64)], point: (f64, f64)) -> (i64, f64, f64) {
        let (dlat, dlon) = shifts[k];
        let cos = point.0.to_radians().cos();
        let squared = |&&(_, lat, lon): &&(i64, f64, f64)| {
            let (y, x) = (lat + dlat - point.0, (lon + dlon - point.1) * cos);
            y * y + x * x
        };
        let &(id, lat, lon) =
            self.anchors.iter().min_by(|a, b| squared(a).total_cmp(&squared(b))).expect("anchors are never empty");
        (id + k as i64 * ID_STRIDE, lat + dlat, lon + dlon)
    }
}

/// Adds a two-way secondary road from `a` to `b`, with a node every [`JOIN_NODE_STEP`].
fn add_join(
    nodes: &mut Vec<NodeOut>,
    ways: &mut Vec<WayOut>,
    next_id: &mut i64,
    a: (i64, f64, f64),
    b: (i64, f64, f64),
    index: usize,
) {
    let span = (b.1 - a.1).abs().max((b.2 - a.2).abs());
    let pieces = ((span / JOIN_NODE_STEP).ceil() as usize).max(1);
    let mut refs = vec![a.0];
    for i in 1..pieces {
        let t = i as f64 / pieces as f64;
        nodes.push(NodeOut { id: *next_id, lat: a.1 + t * (b.1 - a.1), lon: a.2 + t * (b.2 - a.2), tags: Vec::new() });
        refs.push(*next_id);
        *next_id += 1;
    }
    refs.push(b.0);
    let mut tags = vec![("highway", "secondary".to_string()), ("surface", "asphalt".to_string())];
    if index % PASS_EVERY == 0 {
        tags.push(("name", format!("Col de la Liaison {}", index + 1)));
        tags.push(("motor_vehicle:conditional", "no @ (Nov-May)".to_string()));
    } else {
        tags.push(("name", format!("Liaison {}", index + 1)));
    }
    ways.push(WayOut { id: *next_id, refs, tags: tags.into_iter().map(|(k, v)| (k.to_string(), v)).collect() });
    *next_id += 1;
}

/// Nodes at junctions of the largest connected road network on its major roads (or on any
/// road if it has none), found by importing the extract: a join attached there reaches everything.
///
/// Also the corners of that network: copies are laid out by it, not by the extract's outermost
/// node (an extract cut wide holds nodes far from any road, and with or without them the copies
/// must land on the same places).
#[allow(clippy::type_complexity)]
fn main_network_anchors(
    bytes: &[u8],
    nodes: &[NodeOut],
) -> Result<(Vec<(i64, f64, f64)>, ((f64, f64), (f64, f64))), String> {
    let (graph, _) = import_pbf(bytes, None).map_err(|e| e.to_string())?;
    let corners = crate::road::pack::bounds_of(&graph).ok_or(Message::EmptyNetwork)?;
    let bounds = ((corners.min.lat(), corners.min.lon()), (corners.max.lat(), corners.max.lon()));
    let micro = |lat: f64, lon: f64| (units(lat), units(lon));
    let major = |class: RoadClass| {
        matches!(class, RoadClass::Trunk | RoadClass::Primary | RoadClass::Secondary | RoadClass::Tertiary)
    };
    let mut on_major = vec![false; graph.nodes.len()];
    for stretch in graph.stretches.iter().filter(|s| major(s.class)) {
        on_major[stretch.ends.0 as usize] = true;
        on_major[stretch.ends.1 as usize] = true;
    }
    let wanted: HashMap<(i64, i64), bool> = graph
        .nodes
        .iter()
        .zip(&on_major)
        .filter(|(_, &m)| m || !on_major.contains(&true))
        .map(|(&(lat, lon), &m)| (micro(lat, lon), m))
        .collect();
    let anchors: Vec<(i64, f64, f64)> =
        nodes.iter().filter(|n| wanted.contains_key(&micro(n.lat, n.lon))).map(|n| (n.id, n.lat, n.lon)).collect();
    if anchors.is_empty() {
        return Err(Message::NoMainJunction.into());
    }
    Ok((anchors, bounds))
}
