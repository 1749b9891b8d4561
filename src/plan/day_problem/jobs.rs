//! The optimiser's jobs of a day: one per appointment window of each intervention not settled
//! (the windows of one intervention are alternatives), with its weight and urgency, then the
//! technicians' lunch breaks.

use super::locks::Locks;
use super::{skill_mask, Replan};
use crate::model::{Day, Inclusion, NoRoute, Priority, TimeWindow};
use crate::plan::problem::{Job, ANYWHERE};

/// Weight of leaving a mandatory job out, against an optional one of the same urgency.
const MANDATORY_FACTOR: f64 = 100.0;
/// Weight of skipping a lunch break: above any intervention (a vital, mandatory one is 10⁸).
const BREAK_WEIGHT: f64 = 1e9;
/// An urgent customer (vital, emergency) is visited within this many seconds of the opening of
/// their window (or of the day)…
const URGENT_SPAN_S: f64 = 2.0 * 3600.0;
/// …unless that costs more than this many seconds of extra driving: vital customers first,
/// but not at any price.
const LATE_URGENT_PENALTY_S: f64 = 3600.0;

/// The jobs of a day and what each stands for.
pub(super) struct DayJobs {
    /// The optimiser's jobs.
    pub jobs: Vec<Job>,
    /// For each job, its intervention in the day (`None` for a lunch break).
    pub intervention: Vec<Option<usize>>,
    /// For each job, its group of alternatives (the windows of one intervention).
    pub group: Vec<usize>,
    /// For each job, the customer's real window (ready, due) in seconds.
    pub window: Vec<(f64, f64)>,
}

impl DayJobs {
    /// Adds one job standing for `intervention`, in `group`, inside the real `window`.
    fn push(&mut self, job: Job, intervention: Option<usize>, group: usize, window: (f64, f64)) {
        self.jobs.push(job);
        self.intervention.push(intervention);
        self.group.push(group);
        self.window.push(window);
    }

    /// The group a new intervention or break starts.
    fn next_group(&self) -> usize {
        self.group.last().map_or(0, |g| g + 1)
    }
}

/// The jobs of `day` as it stands in `replan`: interventions not `locks.settled`, then breaks
/// (none for a technician `grounded`, who gets no route).
pub(super) fn day_jobs(day: &Day, replan: Option<&Replan>, locks: &Locks, grounded: &[Option<NoRoute>]) -> DayJobs {
    let technicians = day.technicians.len();
    let mut out = DayJobs { jobs: Vec::new(), intervention: Vec::new(), group: Vec::new(), window: Vec::new() };
    // The earliest anyone can be on the road: an urgent customer's window opens no earlier.
    let day_opens = (0..technicians)
        .filter(|&t| grounded[t].is_none())
        .map(|t| {
            let shift_start = day.technicians[t].shift.start;
            replan.and_then(|r| r.technicians.get(t)).map_or(shift_start, |n| n.free_at.max(shift_start))
        })
        .min()
        .map_or(0.0, |time| f64::from(time.seconds()));
    for (index, job) in day.interventions.iter().enumerate().filter(|(index, _)| !locks.settled[*index]) {
        let weight = job.priority.unplanned_weight() as f64
            * if job.inclusion == Inclusion::Mandatory { MANDATORY_FACTOR } else { 1.0 };
        let windows = if job.windows.is_empty() { vec![TimeWindow::ALL_DAY] } else { job.windows.clone() };
        let group = out.next_group();
        // Given by the crew lead to one technician: only they may take it (a technician no
        // longer in the day frees the job).
        let assigned = job.assigned_to.as_ref().and_then(|id| day.technicians.iter().position(|t| &t.id == id));
        for window in windows {
            let (ready, due) = (f64::from(window.start().seconds()), f64::from(window.end().seconds()));
            // An urgent customer is served early in their window unless that costs more driving
            // than the penalty: the whole window (listed first, so that an unplanned job is
            // explained by it) carries the penalty, its first hours do not.
            let early_due = ready.max(day_opens) + URGENT_SPAN_S;
            let split = job.priority <= Priority::Emergency && early_due < due;
            let versions: &[(f64, f64)] =
                if split { &[(due, LATE_URGENT_PENALTY_S), (early_due, 0.0)] } else { &[(due, 0.0)] };
            for &(version_due, penalty) in versions {
                let optimiser_job = Job {
                    location: 2 * technicians + index,
                    service: f64::from(job.service_s),
                    ready,
                    due: version_due,
                    demand: 0.0,
                    unplanned_weight: weight,
                    skills: skill_mask(&job.skills),
                    vehicle: assigned,
                    penalty,
                };
                out.push(optimiser_job, Some(index), group, (ready, due));
            }
        }
    }
    // Lunch breaks come after the interventions: one job per technician who takes one,
    // reserved to them, taken wherever they are, and never dropped while anything else could be.
    for (t, tech) in day.technicians.iter().enumerate().filter(|&(t, _)| grounded[t].is_none()) {
        let taken = replan.is_some_and(|r| r.lunch_taken.contains(&tech.id));
        if let Some(lunch) = tech.shift.lunch.as_ref().filter(|_| !taken) {
            let (ready, due) = (f64::from(lunch.window.start().seconds()), f64::from(lunch.window.end().seconds()));
            let break_job = Job {
                location: ANYWHERE,
                service: f64::from(lunch.duration_s),
                ready,
                due,
                demand: 0.0,
                unplanned_weight: BREAK_WEIGHT,
                skills: 0,
                vehicle: Some(t),
                penalty: 0.0,
            };
            let group = out.next_group();
            out.push(break_job, None, group, (ready, due));
        }
    }
    out
}
