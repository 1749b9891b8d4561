//! The heavy work in a Web Worker, so the page stays responsive: building a region pack
//! from a 50 MB extract, and optimising the day.
//!
//! [`protocol`] is what the page and the worker say to each other; [`worker_side`]
//! runs in the worker (binary `tournee-worker`), with `shared_search` its part in a day
//! searched by several workers at once (`shared_day` gathers them on the page's side); [`client`] (one-off tasks) and [`planner`]
//! (the worker kept with the decoded region) run in the page.

pub mod client;
mod first_plan;
pub mod planner;
pub mod protocol;
mod shared_day;
mod shared_search;
pub mod worker_side;
