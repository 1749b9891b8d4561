//! Contraction hierarchy: shortest paths in microseconds instead of milliseconds.
//!
//! [`contract`] orders the junctions by importance and adds shortcuts so that any
//! shortest path climbs then descends the order; [`Search`] answers one route with
//! a bidirectional upward search and unpacks it to the original arcs;
//! [`many_to_many`] fills a whole matrix with one upward search per row and per
//! column (bucket method, Knopp et al. 2007).
//!
//! Every edge carries two weights: the one minimised (time or distance) and the
//! other one summed along the same path, so a time matrix also gives the
//! kilometres driven.

mod contract;
mod hierarchy;
mod many_to_many;
mod search;
#[cfg(test)]
pub(crate) mod test_graphs;

pub use contract::{contract, InputArc};
pub use hierarchy::{Edge, EdgeKind, Hierarchy};
pub use many_to_many::{many_to_many, WeightMatrix};
pub use search::{Search, Seed, ShortestPath};

/// A weight that means "unreachable".
pub const UNREACHABLE: u32 = u32::MAX;
