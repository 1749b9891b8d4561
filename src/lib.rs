//! Tournée: an offline-first route planner for field technicians.
//!
//! Data flows one way, each arrow a plain function call on plain data:
//!
//! ```text
//! OSM extract ─► road (graph, travel times, region pack) ─► road::matrix ─┐
//! interventions (CSV / JSON / typed in) ─► io ─► model::Day ──────────────┤
//!                                                                          ▼
//!                      plan (problem ─► solve ─► check) ─► per-technician stops, ETAs, slack
//!                                                                          ▼
//!                             app (Yew, in the browser; solver in a Web Worker)
//! ```
//!
//! The core ([`model`], [`road`], [`plan`], [`io`]) knows nothing of the browser:
//! it builds and tests natively and runs unchanged in the worker. Only [`app`]
//! touches web-sys, gloo and yew. [`bench`] holds the measures the benchmarks share natively
//! and in the browser; `cli`, the `tournee` command line, is native only.

pub mod app;
pub mod bench;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod io;
pub mod model;
pub mod plan;
pub mod road;
