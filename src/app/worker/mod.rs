//! The heavy work in a Web Worker, so the page stays responsive: building a region pack
//! from a 50 MB extract, and optimising the day.
//!
//! [`protocol`] is what the page and the worker say to each other; [`worker_side`]
//! runs in the worker (binary `tournee-worker`); [`client`] (one-off tasks) and [`planner`]
//! (the worker kept with the decoded region) run in the page.

pub mod client;
pub mod planner;
pub mod protocol;
pub mod worker_side;
