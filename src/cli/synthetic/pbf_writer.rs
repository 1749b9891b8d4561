//! A minimal `.osm.pbf` writer: dense nodes and ways with tags, zlib blobs.
//!
//! Enough of the format (OSM's `fileformat.proto` and `osmformat.proto`) for the
//! synthetic extracts of [`super`]: a header block naming the required features,
//! then blocks of up to [`BLOCK_ELEMENTS`] nodes, then blocks of ways. Any PBF
//! reader (osmpbf here, osmium elsewhere) reads what it writes.

use flate2::write::ZlibEncoder;
use flate2::Compression;
use std::collections::HashMap;
use std::io::Write;

/// Elements per primitive block, as osmium writes them.
pub const BLOCK_ELEMENTS: usize = 8000;
/// Coordinates are stored in units of 100 nanodegrees (the format's default granularity).
const GRANULARITY: f64 = 1e7;

/// A node to write: id, position, tags.
pub struct NodeOut {
    /// OSM id.
    pub id: i64,
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
    /// Key/value pairs.
    pub tags: Vec<(String, String)>,
}

/// A way to write: id, node references in order, tags.
pub struct WayOut {
    /// OSM id.
    pub id: i64,
    /// Node ids.
    pub refs: Vec<i64>,
    /// Key/value pairs.
    pub tags: Vec<(String, String)>,
}

/// Protocol-buffer encoding of one message, field by field.
#[derive(Default)]
struct Message(Vec<u8>);

impl Message {
    fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.0.push((value as u8) | 0x80);
            value >>= 7;
        }
        self.0.push(value as u8);
    }

    fn key(&mut self, field: u32, wire: u8) {
        self.varint(u64::from(field) << 3 | u64::from(wire));
    }

    fn uint(&mut self, field: u32, value: u64) {
        self.key(field, 0);
        self.varint(value);
    }

    fn bytes(&mut self, field: u32, bytes: &[u8]) {
        self.key(field, 2);
        self.varint(bytes.len() as u64);
        self.0.extend_from_slice(bytes);
    }

    fn packed(&mut self, field: u32, values: impl IntoIterator<Item = u64>) {
        let mut inner = Message::default();
        values.into_iter().for_each(|v| inner.varint(v));
        self.bytes(field, &inner.0);
    }
}

/// Zigzag encoding of a signed integer (protobuf `sint64`).
fn zigzag(value: i64) -> u64 {
    ((value << 1) ^ (value >> 63)) as u64
}

/// Strings of one block, numbered in order of first use (index 0 is the empty string).
#[derive(Default)]
struct StringTable {
    index: HashMap<String, u32>,
    strings: Vec<String>,
}

impl StringTable {
    fn id(&mut self, text: &str) -> u32 {
        if self.strings.is_empty() {
            self.strings.push(String::new());
        }
        if let Some(&id) = self.index.get(text) {
            return id;
        }
        self.strings.push(text.to_string());
        let id = (self.strings.len() - 1) as u32;
        self.index.insert(text.to_string(), id);
        id
    }

    fn encode(&self) -> Message {
        let mut table = Message::default();
        for s in &self.strings {
            table.bytes(1, s.as_bytes());
        }
        table
    }
}

/// Writes a whole extract: header (with the bounding box of `nodes`), nodes, ways.
///
/// `nodes` and `ways` must each be sorted by id, as readers expect.
pub fn write_pbf(out: &mut impl Write, nodes: &[NodeOut], ways: &[WayOut]) -> std::io::Result<()> {
    write_blob(out, "OSMHeader", &header(nodes).0)?;
    for chunk in nodes.chunks(BLOCK_ELEMENTS) {
        write_blob(out, "OSMData", &node_block(chunk).0)?;
    }
    for chunk in ways.chunks(BLOCK_ELEMENTS) {
        write_blob(out, "OSMData", &way_block(chunk).0)?;
    }
    Ok(())
}

fn header(nodes: &[NodeOut]) -> Message {
    let nano = |degrees: f64| zigzag((degrees * 1e9).round() as i64);
    let fold = |f: fn(f64, f64) -> f64, start: f64, pick: fn(&NodeOut) -> f64| nodes.iter().map(pick).fold(start, f);
    let mut bbox = Message::default();
    bbox.uint(1, nano(fold(f64::min, 180.0, |n| n.lon)));
    bbox.uint(2, nano(fold(f64::max, -180.0, |n| n.lon)));
    bbox.uint(3, nano(fold(f64::max, -90.0, |n| n.lat)));
    bbox.uint(4, nano(fold(f64::min, 90.0, |n| n.lat)));
    let mut header = Message::default();
    header.bytes(1, &bbox.0);
    header.bytes(4, b"OsmSchema-V0.6");
    header.bytes(4, b"DenseNodes");
    header.bytes(16, concat!("tournee ", env!("CARGO_PKG_VERSION")).as_bytes());
    header
}

fn node_block(nodes: &[NodeOut]) -> Message {
    let mut strings = StringTable::default();
    let units = |degrees: f64| (degrees * GRANULARITY).round() as i64;
    let delta = |values: Vec<i64>| {
        let mut previous = 0;
        values
            .into_iter()
            .map(move |v| {
                let d = v - previous;
                previous = v;
                zigzag(d)
            })
            .collect::<Vec<u64>>()
    };
    let mut keys_vals = Vec::new();
    for node in nodes {
        for (k, v) in &node.tags {
            keys_vals.push(u64::from(strings.id(k)));
            keys_vals.push(u64::from(strings.id(v)));
        }
        keys_vals.push(0);
    }
    let mut dense = Message::default();
    dense.packed(1, delta(nodes.iter().map(|n| n.id).collect()));
    dense.packed(8, delta(nodes.iter().map(|n| units(n.lat)).collect()));
    dense.packed(9, delta(nodes.iter().map(|n| units(n.lon)).collect()));
    dense.packed(10, keys_vals);
    let mut group = Message::default();
    group.bytes(2, &dense.0);
    block(&strings, &group)
}

fn way_block(ways: &[WayOut]) -> Message {
    let mut strings = StringTable::default();
    let mut group = Message::default();
    for way in ways {
        let mut message = Message::default();
        message.uint(1, way.id as u64);
        let (keys, vals): (Vec<u64>, Vec<u64>) =
            way.tags.iter().map(|(k, v)| (u64::from(strings.id(k)), u64::from(strings.id(v)))).unzip();
        message.packed(2, keys);
        message.packed(3, vals);
        let mut previous = 0;
        message.packed(
            8,
            way.refs.iter().map(|&r| {
                let d = r - previous;
                previous = r;
                zigzag(d)
            }),
        );
        group.bytes(3, &message.0);
    }
    block(&strings, &group)
}

fn block(strings: &StringTable, group: &Message) -> Message {
    let mut block = Message::default();
    block.bytes(1, &strings.encode().0);
    block.bytes(2, &group.0);
    block
}

/// One file block: the length of its header, the header, the zlib-compressed blob.
fn write_blob(out: &mut impl Write, kind: &str, raw: &[u8]) -> std::io::Result<()> {
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(raw)?;
    let compressed = encoder.finish()?;
    let mut blob = Message::default();
    blob.uint(2, raw.len() as u64);
    blob.bytes(3, &compressed);
    let mut header = Message::default();
    header.bytes(1, kind.as_bytes());
    header.uint(3, blob.0.len() as u64);
    out.write_all(&(header.0.len() as u32).to_be_bytes())?;
    out.write_all(&header.0)?;
    out.write_all(&blob.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use osmpbf::{Element, ElementReader};

    #[test]
    fn what_is_written_reads_back_with_osmpbf() {
        let tags = |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let nodes: Vec<NodeOut> = (0..9000)
            .map(|i| NodeOut {
                id: 10 + i,
                lat: 44.0 + i as f64 * 1e-5,
                lon: 6.5 - i as f64 * 2e-5,
                tags: if i == 3 { tags(&[("amenity", "townhall")]) } else { Vec::new() },
            })
            .collect();
        let ways = vec![WayOut {
            id: 7,
            refs: vec![10, 11, 9009],
            tags: tags(&[("highway", "secondary"), ("name", "D 955")]),
        }];
        let mut bytes = Vec::new();
        write_pbf(&mut bytes, &nodes, &ways).unwrap();
        let (mut count, mut tagged, mut way_seen) = (0, 0, false);
        ElementReader::new(std::io::Cursor::new(bytes))
            .for_each(|element| match element {
                Element::DenseNode(node) => {
                    let expected = &nodes[count];
                    assert_eq!(node.id(), expected.id);
                    assert!((node.lat() - expected.lat).abs() < 1e-7 && (node.lon() - expected.lon).abs() < 1e-7);
                    tagged += node.tags().filter(|t| *t == ("amenity", "townhall")).count();
                    count += 1;
                }
                Element::Way(way) => {
                    assert_eq!(way.refs().collect::<Vec<_>>(), [10, 11, 9009]);
                    assert_eq!(way.tags().collect::<Vec<_>>(), [("highway", "secondary"), ("name", "D 955")]);
                    way_seen = true;
                }
                _ => {}
            })
            .unwrap();
        assert_eq!((count, tagged, way_seen), (9000, 1, true));
    }
}
