//! The classic Solomon VRPTW text format (1987), the optimiser's benchmark: read straight into
//! its problem, with no day or road behind it.
//!
//! Line 1 the name; a `VEHICLE` block with `NUMBER CAPACITY`; a `CUSTOMER` block of
//! rows `CUST NO. XCOORD. YCOORD. DEMAND READY TIME DUE DATE SERVICE TIME`, row 0
//! being the depot (its due date is the horizon). Travel time and cost are the exact
//! Euclidean distance in double precision.

use super::{Job, Problem, ProblemError, Vehicle};
use thiserror::Error;

/// What can be wrong with a Solomon file, and on which line (1-based).
#[derive(Debug, Clone, PartialEq, Error)]
pub enum SolomonError {
    /// The `NUMBER CAPACITY` line is missing or unreadable.
    #[error("line {0}: VEHICLE block missing or unreadable")]
    NoFleet(usize),
    /// A customer row does not have 7 numbers.
    #[error("line {0}: unreadable customer row (7 numbers expected)")]
    BadRow(usize),
    /// No depot row.
    #[error("line {0}: no customer (not even the depot)")]
    NoCustomers(usize),
    /// The data make an impossible problem.
    #[error(transparent)]
    Problem(#[from] ProblemError),
}

/// One row of the customer block.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Customer {
    /// Customer number as in the file (0 = depot).
    pub number: u32,
    /// X coordinate.
    pub x: f64,
    /// Y coordinate.
    pub y: f64,
    /// Demand.
    pub demand: f64,
    /// Ready time.
    pub ready: f64,
    /// Due date (latest start of service).
    pub due: f64,
    /// Service time.
    pub service: f64,
}

/// A Solomon instance as read.
#[derive(Debug, Clone, PartialEq)]
pub struct SolomonInstance {
    /// Instance name (`C101`).
    pub name: String,
    /// Fleet size (an upper bound).
    pub vehicles: usize,
    /// Vehicle capacity.
    pub capacity: f64,
    /// Depot first, then the customers in file order.
    pub customers: Vec<Customer>,
}

/// Reads a Solomon file; errors name the line.
pub fn read_solomon(text: &str) -> Result<SolomonInstance, SolomonError> {
    let lines: Vec<&str> = text.lines().collect();
    let name = lines.iter().map(|l| l.trim()).find(|l| !l.is_empty()).unwrap_or("").to_string();
    let numbers = |line: &str| line.split_whitespace().map(str::parse::<f64>).collect::<Result<Vec<_>, _>>();
    let fleet_header =
        lines.iter().position(|l| l.trim_start().starts_with("NUMBER")).ok_or(SolomonError::NoFleet(1))?;
    let (fleet_line, fleet) = lines
        .iter()
        .enumerate()
        .skip(fleet_header + 1)
        .find(|(_, l)| !l.trim().is_empty())
        .ok_or(SolomonError::NoFleet(fleet_header + 1))?;
    let fleet =
        numbers(fleet).ok().filter(|n| n.len() == 2 && n[0] >= 1.0).ok_or(SolomonError::NoFleet(fleet_line + 1))?;
    let header = lines
        .iter()
        .position(|l| l.trim_start().starts_with("CUST NO"))
        .ok_or(SolomonError::NoCustomers(fleet_line + 1))?;
    let mut customers = Vec::new();
    for (index, line) in lines.iter().enumerate().skip(header + 1).filter(|(_, l)| !l.trim().is_empty()) {
        let row = numbers(line).ok().filter(|n| n.len() == 7).ok_or(SolomonError::BadRow(index + 1))?;
        customers.push(Customer {
            number: row[0] as u32,
            x: row[1],
            y: row[2],
            demand: row[3],
            ready: row[4],
            due: row[5],
            service: row[6],
        });
    }
    if customers.is_empty() {
        return Err(SolomonError::NoCustomers(header + 1));
    }
    Ok(SolomonInstance { name, vehicles: fleet[0] as usize, capacity: fleet[1], customers })
}

impl SolomonInstance {
    /// The optimiser's problem: place `i` is row `i`, job `i - 1` is customer row `i`.
    pub fn to_problem(&self) -> Result<Problem, SolomonError> {
        let places = self.customers.len();
        let mut distance = vec![0.0; places * places];
        for (a, from) in self.customers.iter().enumerate() {
            for (b, to) in self.customers.iter().enumerate() {
                distance[a * places + b] = (from.x - to.x).hypot(from.y - to.y);
            }
        }
        let depot = self.customers[0];
        let jobs = self.customers[1..]
            .iter()
            .enumerate()
            .map(|(i, c)| Job {
                location: i + 1,
                service: c.service,
                ready: c.ready,
                due: c.due,
                demand: c.demand,
                unplanned_weight: 1.0,
                skills: 0,
                vehicle: None,
                penalty: 0.0,
            })
            .collect();
        let vehicle = Vehicle {
            start: 0,
            end: 0,
            shift_start: depot.ready,
            shift_end: depot.due,
            regular_end: depot.due,
            max_duration: f64::INFINITY,
            capacity: self.capacity,
            skills: 0,
            max_jobs: usize::MAX,
        };
        Ok(Problem::new(places, distance.clone(), distance, jobs, vec![vehicle; self.vehicles])?)
    }

    /// The instance as a Solomon file, as [`read_solomon`] and other solvers' readers read it.
    pub fn to_text(&self) -> String {
        let mut text = format!(
            "{}\n\nVEHICLE\nNUMBER     CAPACITY\n{:>5} {:>12}\n\nCUSTOMER\n",
            self.name, self.vehicles, self.capacity
        );
        text.push_str("CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\n\n");
        for c in &self.customers {
            text.push_str(&format!(
                "{:>5} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10}\n",
                c.number, c.x, c.y, c.demand, c.ready, c.due, c.service
            ));
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "TINY\n\nVEHICLE\nNUMBER     CAPACITY\n  2         10\n\nCUSTOMER\nCUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\n\n    0      0         0          0          0       100          0\n    1      3         4          5          0        50         10\n    2      6         8          5         20        60         10\n";

    #[test]
    fn reads_fleet_and_rows_and_builds_exact_euclidean_travel() {
        let instance = read_solomon(SMALL).unwrap();
        assert_eq!((instance.name.as_str(), instance.vehicles, instance.capacity), ("TINY", 2, 10.0));
        assert_eq!(instance.customers.len(), 3);
        let problem = instance.to_problem().unwrap();
        assert_eq!(problem.time(0, 1), 5.0);
        assert_eq!(problem.cost(1, 2), 5.0);
        assert_eq!(problem.jobs[1].ready, 20.0);
    }

    #[test]
    fn a_bad_row_is_named_by_its_line() {
        let broken = SMALL.replace("    2      6         8          5", "    2      6         x          5");
        let error = read_solomon(&broken).unwrap_err();
        assert_eq!(error, SolomonError::BadRow(12));
        assert_eq!(read_solomon("NAME\n").unwrap_err(), SolomonError::NoFleet(1));
    }
}
