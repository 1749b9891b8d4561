//! Format 1 packs (every derived field stored as is): still read, so that a region a user
//! built or downloaded before format 2 keeps working until they rebuild it.

use super::PackError;
use super::PackMeta;
use crate::road::ch::Hierarchy;
use crate::road::graph::RoadGraph;
use crate::road::router::{Profile, Router};
use serde::Deserialize;

/// The version these packs carry.
pub const FORMAT_VERSION: u32 = 1;

/// A format 1 pack's content.
#[derive(Deserialize)]
struct Body {
    meta: PackMeta,
    graph: RoadGraph,
    profiles: Vec<LegacyProfile>,
    day_profile: Vec<u8>,
}

/// A format 1 profile: both hierarchies stored.
#[derive(Deserialize)]
struct LegacyProfile {
    closures_in_force: Vec<u16>,
    time: Hierarchy,
    distance: Hierarchy,
}

/// Decodes a format 1 payload (after the magic bytes and the version).
pub fn read(payload: &[u8]) -> Result<(PackMeta, Router), PackError> {
    let body: Body = postcard::from_bytes(payload).map_err(|e| PackError::Corrupt(e.to_string()))?;
    check(&body)?;
    let profiles = body
        .profiles
        .into_iter()
        .map(|p| Profile { closures_in_force: p.closures_in_force, time: p.time, distance: p.distance.into() })
        .collect();
    Ok((body.meta, Router::from_parts(body.graph, profiles, body.day_profile)))
}

/// Checks the indices a damaged pack could get wrong, so queries never index out of bounds.
fn check(body: &Body) -> Result<(), PackError> {
    let corrupt = |what: &str| Err(PackError::Corrupt(what.to_string()));
    let (nodes, stretches) = (body.graph.nodes.len() as u32, body.graph.stretches.len() as u32);
    if body.day_profile.len() != crate::road::osm::seasons::DAYS || body.profiles.is_empty() {
        return corrupt("profile calendar");
    }
    if body.day_profile.iter().any(|&p| usize::from(p) >= body.profiles.len()) {
        return corrupt("profil inconnu");
    }
    let closures = body.graph.closures.len();
    for arc in &body.graph.arcs {
        if arc.from >= nodes
            || arc.to >= nodes
            || arc.stretch >= stretches
            || arc.closure.is_some_and(|c| usize::from(c) >= closures)
        {
            return corrupt("arc outside the graph");
        }
    }
    if body.graph.arcs.windows(2).any(|pair| pair[0].from > pair[1].from) {
        return corrupt("arcs not sorted");
    }
    for stretch in &body.graph.stretches {
        if stretch.geometry.len() < 2 || stretch.ends.0 >= nodes || stretch.ends.1 >= nodes {
            return corrupt("invalid stretch");
        }
    }
    for profile in &body.profiles {
        for hierarchy in [&profile.time, &profile.distance] {
            check_hierarchy(hierarchy, nodes, body.graph.arcs.len() as u32)?;
        }
    }
    Ok(())
}

fn check_hierarchy(h: &Hierarchy, nodes: u32, arcs: u32) -> Result<(), PackError> {
    use crate::road::ch::EdgeKind;
    let corrupt = || PackError::Corrupt("invalid hierarchy".into());
    let edges = h.edges.len() as u32;
    if h.rank.len() != nodes as usize
        || h.up_first.len() != nodes as usize + 1
        || h.down_first.len() != nodes as usize + 1
    {
        return Err(corrupt());
    }
    let rows_ok = |first: &[u32], list: &[u32]| {
        first.windows(2).all(|w| w[0] <= w[1]) && first.last() == Some(&(list.len() as u32)) && first[0] == 0
    };
    if !rows_ok(&h.up_first, &h.up)
        || !rows_ok(&h.down_first, &h.down)
        || h.up.iter().chain(&h.down).any(|&e| e >= edges)
    {
        return Err(corrupt());
    }
    for (index, edge) in h.edges.iter().enumerate() {
        let ok = edge.from < nodes
            && edge.to < nodes
            && match edge.kind {
                EdgeKind::Original(arc) => arc < arcs,
                // Shortcuts only refer to earlier edges: unpacking always ends.
                EdgeKind::Shortcut(a, b) => (a as usize) < index && (b as usize) < index,
            };
        if !ok {
            return Err(corrupt());
        }
    }
    Ok(())
}
