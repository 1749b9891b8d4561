//! The problem the optimiser solves, as flat arrays: jobs, vehicles, and travel between places.
//!
//! Every input format (a technician's day, a Solomon benchmark file) converts into
//! this one model. Times are in seconds for a day, or in the benchmark's own unit.

use thiserror::Error;

/// The place of a job done wherever the vehicle is (a lunch break): no travel to or from it.
pub const ANYWHERE: usize = usize::MAX;

/// A visit to make.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Job {
    /// Index of its place in the travel matrices, or [`ANYWHERE`].
    pub location: usize,
    /// Time on site.
    pub service: f64,
    /// Earliest start of service.
    pub ready: f64,
    /// Latest start of service.
    pub due: f64,
    /// Capacity used (Solomon demand; 0 for technicians' visits).
    pub demand: f64,
    /// Cost of leaving it unplanned, relative to one unit of travel cost (priority-weighted).
    pub unplanned_weight: f64,
    /// Skills required, one bit per skill: only a vehicle holding all of them may take it.
    pub skills: u64,
    /// The only vehicle that may take it (a technician's own lunch break), if any.
    pub vehicle: Option<usize>,
    /// Added to the travel cost when this job is planned: makes one alternative of a group
    /// dearer than another (an urgent customer served late in their window).
    pub penalty: f64,
}

/// A vehicle (a technician's day).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Vehicle {
    /// Place it leaves from.
    pub start: usize,
    /// Place it must end at.
    pub end: usize,
    /// Earliest departure.
    pub shift_start: f64,
    /// Latest arrival at the end place.
    pub shift_end: f64,
    /// End of normal hours: a return after it is overtime, which the objective counts
    /// (equal to `shift_end` when no overtime is allowed).
    pub regular_end: f64,
    /// Most time from departure to return, waiting and breaks included (`f64::INFINITY`: no limit).
    pub max_duration: f64,
    /// Capacity.
    pub capacity: f64,
    /// Skills held, one bit per skill.
    pub skills: u64,
    /// Most jobs in the route.
    pub max_jobs: usize,
}

impl Vehicle {
    /// Whether this vehicle holds every skill `job` requires.
    pub fn can_do(&self, job: &Job) -> bool {
        job.skills & !self.skills == 0
    }
}

impl Job {
    /// Whether vehicle number `vehicle` may take this job: its skills, and its own breaks only.
    pub fn allowed_for(&self, vehicle: usize, problem_vehicle: &Vehicle) -> bool {
        problem_vehicle.can_do(self) && self.vehicle.is_none_or(|only| only == vehicle)
    }
}

/// Why a problem cannot be solved as given.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ProblemError {
    /// A matrix does not have `places²` entries.
    #[error("travel matrix of {values} values for {places} places")]
    MatrixSize {
        /// Places announced.
        places: usize,
        /// Values given.
        values: usize,
    },
    /// A travel time or cost is negative, NaN or infinite.
    #[error("invalid travel from place {from} to place {to}: {value}")]
    BadTravel {
        /// Origin.
        from: usize,
        /// Destination.
        to: usize,
        /// The value.
        value: f64,
    },
    /// A job's data is impossible (window closing before it opens, negative duration, unknown place).
    #[error("job {job}: {reason}")]
    BadJob {
        /// Job index.
        job: usize,
        /// What is wrong.
        reason: &'static str,
    },
    /// A vehicle's data is impossible.
    #[error("vehicle {vehicle}: {reason}")]
    BadVehicle {
        /// Vehicle index.
        vehicle: usize,
        /// What is wrong.
        reason: &'static str,
    },
}

/// Number of nearest jobs kept per job for ruin and local search.
const NEIGHBOURS: usize = 40;

/// A validated problem.
#[derive(Debug, Clone)]
pub struct Problem {
    places: usize,
    time: Vec<f64>,
    cost: Vec<f64>,
    /// Jobs to place.
    pub jobs: Vec<Job>,
    /// Vehicles available (an upper bound: some may stay home).
    pub vehicles: Vec<Vehicle>,
    /// For each job, the other jobs by increasing travel cost from it (the nearest 40).
    pub neighbours: Vec<Vec<u32>>,
    /// For each vehicle, the index of the first vehicle identical to it: an empty route of
    /// one is as good as an empty route of any other, so only one is tried.
    pub vehicle_class: Vec<usize>,
    /// For each job, its group of alternatives (the same visit in different windows):
    /// exactly one job of a group is planned, or the group is unplanned.
    pub group: Vec<usize>,
    /// The jobs of each group; the first is the one listed when the group is unplanned.
    pub members: Vec<Vec<usize>>,
    /// "Plan anyway": windows may be missed, at a cost far above any travel (see [`Problem::soft`]).
    pub soft_windows: bool,
    /// Weight of one unit of a route's duration and overtime against one unit of travel cost:
    /// the objective's last term, which removes waiting and overtime once travel is settled
    /// (0: not counted, as in the Solomon benchmark; see [`Problem::with_duration_weight`]).
    pub duration_weight: f64,
}

impl Problem {
    /// Validates and indexes a problem.
    ///
    /// Arguments: `time` and `cost` row-major `places × places` (often the same matrix).
    /// Complexity: O(places² + jobs² log jobs).
    pub fn new(
        places: usize,
        time: Vec<f64>,
        cost: Vec<f64>,
        jobs: Vec<Job>,
        vehicles: Vec<Vehicle>,
    ) -> Result<Problem, ProblemError> {
        for matrix in [&time, &cost] {
            if matrix.len() != places * places {
                return Err(ProblemError::MatrixSize { places, values: matrix.len() });
            }
            if let Some(index) = matrix.iter().position(|v| !v.is_finite() || *v < 0.0) {
                return Err(ProblemError::BadTravel { from: index / places, to: index % places, value: matrix[index] });
            }
        }
        for (job, j) in jobs.iter().enumerate() {
            let bad = |reason| Err(ProblemError::BadJob { job, reason });
            if j.location >= places && j.location != ANYWHERE {
                return bad("lieu inconnu");
            }
            if j.vehicle.is_some_and(|v| v >= vehicles.len()) {
                return bad("unknown vehicle");
            }
            let numbers = [j.service, j.ready, j.due, j.demand, j.penalty];
            if !numbers.iter().all(|n| n.is_finite()) {
                return bad("not a number");
            }
            if j.service < 0.0 {
                return bad("negative duration");
            }
            if j.penalty < 0.0 {
                return bad("negative penalty");
            }
            if j.due < j.ready {
                return bad("window closes before it opens");
            }
        }
        for (vehicle, v) in vehicles.iter().enumerate() {
            let bad = |reason| Err(ProblemError::BadVehicle { vehicle, reason });
            if v.start >= places || v.end >= places {
                return bad("lieu inconnu");
            }
            if !(v.shift_start.is_finite() && v.shift_end.is_finite()) || v.shift_end < v.shift_start {
                return bad("shift ends before it starts");
            }
            if !(v.shift_start..=v.shift_end).contains(&v.regular_end) {
                return bad("end of normal hours outside the shift");
            }
            if v.max_duration.is_nan() || v.max_duration < 0.0 {
                return bad("maximum working time negative or not a number");
            }
        }
        let pad = |matrix: Vec<f64>| -> Vec<f64> {
            let mut padded = vec![0.0; (places + 1) * (places + 1)];
            for row in 0..places {
                padded[row * (places + 1)..row * (places + 1) + places]
                    .copy_from_slice(&matrix[row * places..(row + 1) * places]);
            }
            padded
        };
        let placed = |j: usize| jobs[j].location != ANYWHERE;
        let neighbours = (0..jobs.len())
            .map(|a| {
                if !placed(a) {
                    return Vec::new();
                }
                let mut others: Vec<u32> =
                    (0..jobs.len() as u32).filter(|&b| b as usize != a && placed(b as usize)).collect();
                let from = jobs[a].location;
                others.sort_by(|&x, &y| {
                    cost[from * places + jobs[x as usize].location]
                        .total_cmp(&cost[from * places + jobs[y as usize].location])
                });
                others.truncate(NEIGHBOURS);
                others
            })
            .collect();
        let vehicle_class =
            (0..vehicles.len()).map(|v| vehicles.iter().position(|other| *other == vehicles[v]).unwrap_or(v)).collect();
        let group = (0..jobs.len()).collect();
        let members = (0..jobs.len()).map(|j| vec![j]).collect();
        Ok(Problem {
            places,
            time: pad(time),
            cost: pad(cost),
            jobs,
            vehicles,
            neighbours,
            vehicle_class,
            group,
            members,
            soft_windows: false,
            duration_weight: 0.0,
        })
    }

    /// Declares alternatives: `group_of[j]` is the group of job `j` (groups numbered from 0,
    /// members listed in job order). A visit with two possible windows is two jobs of one group.
    pub fn with_alternatives(mut self, group_of: Vec<usize>) -> Result<Problem, ProblemError> {
        if group_of.len() != self.jobs.len() {
            return Err(ProblemError::BadJob {
                job: group_of.len().min(self.jobs.len()),
                reason: "alternative group missing",
            });
        }
        let groups = group_of.iter().max().map_or(0, |g| g + 1);
        let mut members = vec![Vec::new(); groups];
        for (job, &g) in group_of.iter().enumerate() {
            members[g].push(job);
        }
        if let Some(empty) = members.iter().position(Vec::is_empty) {
            return Err(ProblemError::BadJob { job: empty, reason: "groupe d'alternatives vide" });
        }
        self.group = group_of;
        self.members = members;
        Ok(self)
    }

    /// "Plan anyway": every job that can be reached is planned even if some windows are
    /// missed; lateness is minimised before travel, and reported per stop.
    pub fn soft(mut self) -> Problem {
        self.soft_windows = true;
        self
    }

    /// Counts each route's duration (departure to return, the least the windows allow) and
    /// overtime (return after [`Vehicle::regular_end`]) at `weight` per unit of time against one
    /// unit of travel cost. A small weight keeps the order of the objective: travel first, then
    /// waiting and overtime. A weight that is not a finite positive number leaves the term out.
    pub fn with_duration_weight(mut self, weight: f64) -> Problem {
        self.duration_weight = if weight.is_finite() && weight > 0.0 { weight } else { 0.0 };
        self
    }

    /// The job listed for `job`'s group when it is unplanned.
    pub fn representative(&self, job: usize) -> usize {
        self.members[self.group[job]][0]
    }

    /// Travel time between two places (0 when either is [`ANYWHERE`]).
    #[inline]
    pub fn time(&self, from: usize, to: usize) -> f64 {
        self.time[self.cell(from, to)]
    }

    /// Travel cost between two places (what the objective adds up; 0 when either is [`ANYWHERE`]).
    #[inline]
    pub fn cost(&self, from: usize, to: usize) -> f64 {
        self.cost[self.cell(from, to)]
    }

    /// Travel time and cost between two places at once (one index computed, for the hottest path).
    #[inline]
    pub fn time_and_cost(&self, from: usize, to: usize) -> (f64, f64) {
        let cell = self.cell(from, to);
        (self.time[cell], self.cost[cell])
    }

    /// Index in the padded matrices: [`ANYWHERE`] maps to the extra all-zero row and column,
    /// without a branch on the search's hottest path.
    #[inline]
    fn cell(&self, from: usize, to: usize) -> usize {
        from.min(self.places) * (self.places + 1) + to.min(self.places)
    }
}
