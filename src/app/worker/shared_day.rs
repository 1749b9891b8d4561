//! A day searched by several planner workers at once, on the page's side: at each epoch's end
//! it gathers every worker's best plan, sends the best of all (the lowest cost, a tie going to
//! the first worker) to the others, and at the budget's end asks its holder for the day's plan
//! (see [`crate::plan::parallel`]). What each worker does depends only on the plans exchanged,
//! never on which answered first: the same day and number of workers give the same plan.

use super::planner::{Link, OnReply};
use super::protocol::{Reply, Request, WorkerError};
use crate::plan::parallel::{best_of, SharedPlan};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// One worker's answer at an epoch's end.
struct Answer {
    plan: SharedPlan,
    cost: f64,
    over: bool,
}

/// The workers searching the day and what they answered.
pub(super) struct SharedRun {
    /// The workers, in their order (weak: each worker's link holds this run in turn).
    links: Vec<Weak<RefCell<Link>>>,
    /// Where the day's replies go, as if from one worker.
    on_reply: OnReply,
    /// Each worker's answer to the epoch running.
    answers: Vec<Option<Answer>>,
    /// Iterations each worker has run.
    iterations: Vec<u64>,
    /// The plan or a failure was passed on: later replies are dropped.
    ended: bool,
}

impl SharedRun {
    /// A run over the workers of `links`, passing the day's replies to `on_reply`.
    pub(super) fn new(links: &[Rc<RefCell<Link>>], on_reply: OnReply) -> Rc<RefCell<SharedRun>> {
        Rc::new(RefCell::new(SharedRun {
            links: links.iter().map(Rc::downgrade).collect(),
            on_reply,
            answers: links.iter().map(|_| None).collect(),
            iterations: vec![0; links.len()],
            ended: false,
        }))
    }

    /// What worker `worker`'s link does with its replies.
    pub(super) fn replies_of(run: &Rc<RefCell<SharedRun>>, worker: usize) -> OnReply {
        let run = Rc::clone(run);
        Rc::new(move |reply| on_reply(&run, worker, reply))
    }

    /// Sends `request` to worker `worker`; false when it cannot be reached.
    fn send(&self, worker: usize, request: &Request) -> bool {
        self.links[worker].upgrade().is_some_and(|link| link.borrow_mut().send_request(request))
    }

    /// Ends the run: no worker's reply comes here any more; with `stopped`, the workers are
    /// left for the next solve to replace.
    fn end(&mut self, stopped: bool) {
        self.ended = true;
        for link in self.links.iter().filter_map(Weak::upgrade) {
            let mut link = link.borrow_mut();
            link.running = None;
            link.stopped |= stopped;
        }
    }
}

/// Worker `worker` of `run` sent `reply`.
fn on_reply(run: &Rc<RefCell<SharedRun>>, worker: usize, reply: Reply) {
    let passed_on = {
        let mut shared = run.borrow_mut();
        if shared.ended {
            return;
        }
        match reply {
            Reply::EpochDone { plan, cost, iterations, over } => {
                shared.iterations[worker] = iterations;
                shared.answers[worker] = Some(Answer { plan, cost, over });
                next_step(&mut shared).err().map(|error| Reply::Failed { error })
            }
            Reply::DayPlanned { plan, mut timing, crossed } => {
                timing.iterations = shared.iterations.iter().sum();
                shared.end(false);
                Some(Reply::DayPlanned { plan, timing, crossed })
            }
            Reply::Failed { error } => {
                shared.end(true);
                Some(Reply::Failed { error })
            }
            reply @ (Reply::SolveProgress { .. } | Reply::FirstPlan { .. }) => Some(reply),
            Reply::Ready | Reply::Progress { .. } | Reply::PackBuilt { .. } | Reply::SlotsFound { .. } => None,
        }
    };
    // Passed on once `run` is no longer borrowed: the page may start another solve from there.
    if let Some(reply) = passed_on {
        let on_reply = Rc::clone(&run.borrow().on_reply);
        on_reply(reply);
    }
}

/// Once every worker answered the epoch: the others adopt the best plan of all and go on, or,
/// the budget spent, its holder sends the day's plan.
fn next_step(shared: &mut SharedRun) -> Result<(), WorkerError> {
    if shared.answers.iter().any(Option::is_none) {
        return Ok(());
    }
    let answers: Vec<Answer> = shared.answers.iter_mut().filter_map(Option::take).collect();
    let winner = best_of(answers.iter().map(|answer| answer.cost));
    let reached = if answers.iter().any(|answer| answer.over) {
        // The others are done: only the holder of the best plan still has work.
        let sent = shared.send(winner, &Request::FinishDay);
        let others = shared.links.iter().enumerate().filter(|&(k, _)| k != winner);
        for link in others.filter_map(|(_, link)| link.upgrade()) {
            link.borrow_mut().running = None;
        }
        sent
    } else {
        (0..answers.len()).all(|k| {
            let best = (k != winner).then(|| answers[winner].plan.clone());
            shared.send(k, &Request::NextEpoch { best })
        })
    };
    if reached {
        Ok(())
    } else {
        shared.end(true);
        Err(WorkerError::Stopped)
    }
}
