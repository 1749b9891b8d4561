//! Planning: turn a day and a travel-time matrix into each technician's ordered stops.
//!
//! The optimiser works on flat arrays of indices ([`Problem`]) and an asymmetric
//! travel matrix, never on the road graph. Route segments are summarised so that
//! any move is checked in O(1) ([`segment`]); a first plan comes from regret
//! insertion, then ruin and recreate (SISR) under simulated annealing improves it
//! ([`solve()`]; several at once sharing the best plan: [`parallel`]). [`check`] recomputes everything from scratch, independently. Jobs
//! it cannot place carry an [`UnplannedReason`] the technician can read.
//!
//! [`day_problem`] is the bridge from a technician's [`crate::model::Day`] (and the
//! [`crate::road`] legs between its stops) to a [`Problem`], and from a solution back to
//! a plan with arrival times: the solver itself never sees the road graph.

pub mod check;
pub mod closed_legs;
pub mod coverage;
pub mod customer_notice;
pub mod day_problem;
mod local_search;
pub mod parallel;
mod problem;
pub mod reasons;
mod recreate;
mod regret;
pub mod replan;
pub mod rng;
mod route;
mod ruin;
mod sample;
mod search;
mod segment;
pub mod slot_finder;
pub mod solomon;
pub mod solomon_generator;
mod solution;
mod solve;
#[cfg(test)]
mod test_problems;
mod travel_matrix;

pub use crate::model::UnplannedReason;
#[cfg(not(target_arch = "wasm32"))]
pub use parallel::solve_parallel;
pub use problem::{Job, Problem, ProblemError, Vehicle, ANYWHERE};
pub use solution::Solution;
pub use solve::{solve, solve_showing_first, Progress, SolveOptions, Solved};
pub use travel_matrix::{MatrixError, TravelMatrix};
