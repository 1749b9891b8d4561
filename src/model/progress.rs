//! What happened on the road: an append-only log of events (arrived, done, failed, postponed,
//! customer called, SMS prepared, signed, photos taken or taken back), each with its time, from which the state of every stop is
//! derived. Recovery after the tab is killed is replaying the log; the log is also proof of
//! effort when a missed appointment is disputed.

use super::TimeOfDay;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// What the technician recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventKind {
    /// On site: the job is in progress.
    Arrived,
    /// The job is done.
    Done,
    /// The job could not be done (customer absent, no access, part missing…).
    Failed {
        /// Why, as the technician put it.
        reason: String,
    },
    /// The job is moved to another day.
    Postponed,
    /// The last status of this stop was a mistake: it is planned again.
    Reopened,
    /// The customer was called.
    CustomerCalled,
    /// An SMS to the customer was prepared (the customer has been told when we come).
    SmsPrepared,
    /// The customer signed on the screen for the finished job; the image is stored under `file`.
    Signed {
        /// The storage key of the signature's PNG image.
        file: String,
    },
    /// A photo of the visit was taken for the finished job (see `visit_photos.rs`).
    Photo {
        /// The storage key of the photo's JPEG image.
        file: String,
        /// The image's size in bytes, counted against the day's budget.
        bytes: u64,
    },
    /// A photo recorded before is taken back (a wrong shot): it no longer counts; its image
    /// stays stored, so that the removal can be undone.
    PhotoRemoved {
        /// The storage key of the photo taken back.
        file: String,
    },
    /// The removal of a photo is undone: it counts again.
    PhotoRestored {
        /// The storage key of the photo given back.
        file: String,
    },
}

impl EventKind {
    /// Whether the event says where the stop stands (arrived, done, failed, postponed, or the
    /// undo of one of those), rather than adding a contact or a proof to it.
    fn is_status(&self) -> bool {
        matches!(
            self,
            EventKind::Arrived
                | EventKind::Done
                | EventKind::Failed { .. }
                | EventKind::Postponed
                | EventKind::Reopened
        )
    }
}

/// One entry of the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressEvent {
    /// The intervention concerned.
    pub intervention: String,
    /// When, local time.
    pub at: TimeOfDay,
    /// What happened.
    pub kind: EventKind,
}

/// Where a stop stands, derived from the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StopStatus {
    /// Nothing recorded yet.
    Planned,
    /// The technician is there since this time.
    OnSite(TimeOfDay),
    /// Done at this time.
    Done(TimeOfDay),
    /// Could not be done, and why.
    Failed(TimeOfDay, String),
    /// Moved to another day.
    Postponed(TimeOfDay),
}

impl StopStatus {
    /// Whether the stop is finished for today (done, failed or postponed).
    pub fn is_closed(&self) -> bool {
        matches!(self, StopStatus::Done(_) | StopStatus::Failed(..) | StopStatus::Postponed(_))
    }
}

/// A change the log refuses, so that a mistaken tap cannot tell an impossible story.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProgressError {
    /// Arriving at, finishing or failing a stop already closed.
    #[error("intervention \"{0}\" is already closed: reopen it first")]
    AlreadyClosed(String),
    /// Reopening a stop that has no status.
    #[error("intervention \"{0}\" has nothing to undo")]
    NothingToReopen(String),
    /// A failure without a reason: the reason is the proof asked for later.
    #[error("failure reason missing")]
    MissingReason,
    /// A signature for a stop not finished (done or failed): the customer signs for a visit made.
    #[error("intervention \"{0}\" is not finished: nothing to sign for")]
    NotFinished(String),
    /// A photo for a stop not finished (done or failed): photos prove a visit made.
    #[error("intervention \"{0}\" is not finished: no visit to photograph")]
    PhotoNotFinished(String),
    /// Taking back a photo that does not count (any more), or giving back one not taken back.
    #[error("photo \"{0}\" is not there to take back or give back")]
    NoSuchPhoto(String),
    /// The photo would take the day's photos beyond their budget.
    #[error("the day's photos would take {} bytes, over the budget of {budget}", used + photo)]
    PhotoBudget {
        /// Bytes the day's photos take already.
        used: u64,
        /// Bytes of the photo refused.
        photo: u64,
        /// The budget, in bytes.
        budget: u64,
    },
}

/// The day's log: events in the order they were recorded.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DayProgress {
    /// ISO date of the day the log belongs to.
    pub date: String,
    /// Every event, oldest first; never rewritten.
    pub events: Vec<ProgressEvent>,
}

impl DayProgress {
    /// An empty log for `date`.
    pub fn new(date: &str) -> DayProgress {
        DayProgress { date: date.to_string(), events: Vec::new() }
    }

    /// The state of `intervention` after every event so far.
    ///
    /// Complexity: O(events).
    pub fn status(&self, intervention: &str) -> StopStatus {
        let mut history: Vec<StopStatus> = Vec::new();
        for event in self.events.iter().filter(|e| e.intervention == intervention) {
            let next = match &event.kind {
                EventKind::Arrived => StopStatus::OnSite(event.at),
                EventKind::Done => StopStatus::Done(event.at),
                EventKind::Failed { reason } => StopStatus::Failed(event.at, reason.clone()),
                EventKind::Postponed => StopStatus::Postponed(event.at),
                EventKind::Reopened => {
                    history.pop();
                    continue;
                }
                _ => continue,
            };
            history.push(next);
        }
        history.pop().unwrap_or(StopStatus::Planned)
    }

    /// The events that made `intervention`'s status, oldest first, undone ones taken out.
    fn steps(&self, intervention: &str) -> Vec<&ProgressEvent> {
        let mut steps: Vec<&ProgressEvent> = Vec::new();
        for event in self.events.iter().filter(|e| e.intervention == intervention) {
            match event.kind {
                EventKind::Reopened => {
                    steps.pop();
                }
                _ if event.kind.is_status() => steps.push(event),
                _ => {}
            }
        }
        steps
    }

    /// When the technician said they arrived at `intervention` (the arrival still standing).
    pub fn arrived_at(&self, intervention: &str) -> Option<TimeOfDay> {
        self.steps(intervention).into_iter().rev().find(|step| step.kind == EventKind::Arrived).map(|step| step.at)
    }

    /// Minutes spent on site at `intervention`: from « Arrivé » to « Terminé » or « Échec », when
    /// the stop is finished that way (none when it was finished without an arrival recorded, or
    /// is not finished). Part of the proof of the visit when an appointment is disputed.
    pub fn time_on_site(&self, intervention: &str) -> Option<u32> {
        match self.steps(intervention).as_slice() {
            [.., arrived, finished]
                if arrived.kind == EventKind::Arrived
                    && matches!(finished.kind, EventKind::Done | EventKind::Failed { .. }) =>
            {
                Some(finished.at.seconds().saturating_sub(arrived.at.seconds()) / 60)
            }
            _ => None,
        }
    }

    /// The customer's signature for `intervention`: when it was signed and the key of its image,
    /// the last one recorded after the « Terminé » or « Échec » still standing (a signature for
    /// a finish since undone no longer counts).
    pub fn signature(&self, intervention: &str) -> Option<(TimeOfDay, &str)> {
        let since = self.finish_index(intervention)?;
        self.events[since..].iter().rev().find_map(|event| match &event.kind {
            EventKind::Signed { file } if event.intervention == intervention => Some((event.at, file.as_str())),
            _ => None,
        })
    }

    /// Where in the log the « Terminé » or « Échec » of `intervention` still standing is: the
    /// proofs recorded after it (signature, photos) are this finish's; none when not finished.
    pub(super) fn finish_index(&self, intervention: &str) -> Option<usize> {
        let done = *self
            .steps(intervention)
            .last()
            .filter(|step| matches!(step.kind, EventKind::Done | EventKind::Failed { .. }))?;
        self.events.iter().position(|event| std::ptr::eq(event, done))
    }

    /// Whether the customer of `intervention` was called from the app.
    pub fn customer_called(&self, intervention: &str) -> bool {
        self.events.iter().any(|e| e.intervention == intervention && e.kind == EventKind::CustomerCalled)
    }

    /// Whether the customer of `intervention` was told when we come (an SMS was prepared).
    pub fn customer_told(&self, intervention: &str) -> bool {
        self.events.iter().any(|e| e.intervention == intervention && e.kind == EventKind::SmsPrepared)
    }

    /// Appends `event` after checking it tells a possible story; the log is unchanged on error.
    pub fn record(&mut self, event: ProgressEvent) -> Result<(), ProgressError> {
        let status = self.status(&event.intervention);
        match &event.kind {
            EventKind::Arrived | EventKind::Done | EventKind::Failed { .. } | EventKind::Postponed
                if status.is_closed() =>
            {
                return Err(ProgressError::AlreadyClosed(event.intervention));
            }
            EventKind::Failed { reason } if reason.trim().is_empty() => return Err(ProgressError::MissingReason),
            EventKind::Reopened if status == StopStatus::Planned => {
                return Err(ProgressError::NothingToReopen(event.intervention));
            }
            EventKind::Signed { .. } if !matches!(status, StopStatus::Done(_) | StopStatus::Failed(..)) => {
                return Err(ProgressError::NotFinished(event.intervention));
            }
            EventKind::Photo { .. } | EventKind::PhotoRemoved { .. } | EventKind::PhotoRestored { .. } => {
                self.check_photo(&event)?;
            }
            _ => {}
        }
        self.events.push(event);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(id: &str, at: &str, kind: EventKind) -> ProgressEvent {
        ProgressEvent { intervention: id.into(), at: at.parse().unwrap(), kind }
    }

    #[test]
    fn the_state_of_each_stop_follows_its_events() {
        let mut log = DayProgress::new("2026-11-26");
        log.record(event("A", "08:40", EventKind::Arrived)).unwrap();
        assert_eq!(log.status("A"), StopStatus::OnSite("08:40".parse().unwrap()));
        log.record(event("A", "09:25", EventKind::Done)).unwrap();
        log.record(event("B", "10:05", EventKind::Failed { reason: "client absent".into() })).unwrap();
        assert_eq!(log.status("A"), StopStatus::Done("09:25".parse().unwrap()));
        assert_eq!(log.status("B"), StopStatus::Failed("10:05".parse().unwrap(), "client absent".into()));
        assert_eq!(log.status("C"), StopStatus::Planned);
    }

    #[test]
    fn impossible_stories_are_refused_and_reopening_undoes_the_last_status() {
        let mut log = DayProgress::new("2026-11-26");
        log.record(event("A", "09:00", EventKind::Done)).unwrap();
        assert_eq!(log.record(event("A", "09:10", EventKind::Arrived)), Err(ProgressError::AlreadyClosed("A".into())));
        assert_eq!(
            log.record(event("B", "09:10", EventKind::Failed { reason: " ".into() })),
            Err(ProgressError::MissingReason)
        );
        assert_eq!(
            log.record(event("B", "09:10", EventKind::Reopened)),
            Err(ProgressError::NothingToReopen("B".into()))
        );
        assert_eq!(log.events.len(), 1, "refused events are not logged");
        log.record(event("A", "09:12", EventKind::Reopened)).unwrap();
        assert_eq!(log.status("A"), StopStatus::Planned);
        assert_eq!(log.events.len(), 2, "the mistake stays in the log");
    }

    #[test]
    fn the_time_on_site_runs_from_the_arrival_to_the_end_and_follows_undos() {
        let mut log = DayProgress::new("2026-11-26");
        assert_eq!(log.time_on_site("a"), None, "nothing recorded");
        log.record(event("a", "09:10", EventKind::Arrived)).unwrap();
        assert_eq!(log.time_on_site("a"), None, "still on site");
        log.record(event("a", "09:12", EventKind::CustomerCalled)).unwrap();
        log.record(event("a", "09:55", EventKind::Done)).unwrap();
        assert_eq!(log.time_on_site("a"), Some(45));
        log.record(event("a", "09:56", EventKind::Reopened)).unwrap();
        assert_eq!(log.time_on_site("a"), None, "the end was undone");
        log.record(event("a", "10:20", EventKind::Failed { reason: "Matériel manquant".into() })).unwrap();
        assert_eq!(log.time_on_site("a"), Some(70), "a failure after the same arrival");
        log.record(event("b", "11:00", EventKind::Done)).unwrap();
        assert_eq!(log.time_on_site("b"), None, "done without an arrival recorded");
        log.record(event("c", "11:30", EventKind::Arrived)).unwrap();
        log.record(event("c", "11:31", EventKind::Postponed)).unwrap();
        assert_eq!(log.time_on_site("c"), None, "postponed: no visit to account for");
    }

    #[test]
    fn contacts_do_not_change_the_status_but_are_remembered() {
        let mut log = DayProgress::new("2026-11-26");
        log.record(event("A", "08:00", EventKind::SmsPrepared)).unwrap();
        log.record(event("A", "08:01", EventKind::CustomerCalled)).unwrap();
        assert_eq!(log.status("A"), StopStatus::Planned);
        assert!(log.customer_told("A") && !log.customer_told("B"));
        let json = serde_json::to_string(&log).unwrap();
        assert!(json.contains(r#""kind":"sms_prepared""#), "{json}");
        assert_eq!(serde_json::from_str::<DayProgress>(&json).unwrap(), log);
    }

    #[test]
    fn a_signature_counts_for_the_finish_still_standing_and_only_for_a_finished_job() {
        let mut log = DayProgress::new("2026-11-26");
        let signed = |file: &str| EventKind::Signed { file: file.into() };
        assert_eq!(log.record(event("a", "09:00", signed("s0"))), Err(ProgressError::NotFinished("a".into())));
        log.record(event("a", "09:05", EventKind::Arrived)).unwrap();
        assert_eq!(
            log.record(event("a", "09:06", signed("s0"))),
            Err(ProgressError::NotFinished("a".into())),
            "on site"
        );
        log.record(event("a", "09:40", EventKind::Done)).unwrap();
        log.record(event("a", "09:42", signed("s1"))).unwrap();
        assert_eq!(log.signature("a"), Some(("09:42".parse().unwrap(), "s1")));
        assert_eq!(log.status("a"), StopStatus::Done("09:40".parse().unwrap()), "signing is no new status");
        assert_eq!(log.time_on_site("a"), Some(35));
        log.record(event("a", "09:43", signed("s2"))).unwrap();
        assert_eq!(log.signature("a").map(|(_, file)| file), Some("s2"), "signed again: the last one");
        log.record(event("a", "09:50", EventKind::Reopened)).unwrap();
        assert_eq!(log.status("a"), StopStatus::OnSite("09:05".parse().unwrap()), "the undo undoes the finish");
        assert_eq!(log.signature("a"), None, "the finish it was signed for is undone");
        log.record(event("a", "10:10", EventKind::Done)).unwrap();
        assert_eq!(log.signature("a"), None, "an older signature is not this finish's");
        log.record(event("b", "10:20", EventKind::Failed { reason: "Matériel manquant".into() })).unwrap();
        log.record(event("b", "10:21", signed("s3"))).unwrap();
        assert_eq!(log.signature("b"), Some(("10:21".parse().unwrap(), "s3")), "a failed visit is signed for too");
        log.record(event("b", "10:25", EventKind::Reopened)).unwrap();
        assert_eq!(log.signature("b"), None, "the failure it was signed for is undone");
        log.record(event("c", "10:30", EventKind::Postponed)).unwrap();
        assert_eq!(
            log.record(event("c", "10:31", signed("s4"))),
            Err(ProgressError::NotFinished("c".into())),
            "postponed: no visit"
        );
    }

    #[test]
    fn a_log_written_before_signatures_reads_and_a_signature_is_written_typed() {
        let old = r#"{"date":"2026-11-26","events":[{"intervention":"a","at":"09:00","kind":{"kind":"done"}}]}"#;
        let mut log: DayProgress = serde_json::from_str(old).unwrap();
        assert_eq!(log.status("a"), StopStatus::Done("09:00".parse().unwrap()));
        log.record(event("a", "09:02", EventKind::Signed { file: "proof.2026-11-26.a.signature".into() })).unwrap();
        let json = serde_json::to_string(&log).unwrap();
        assert!(json.contains(r#""kind":{"kind":"signed","file":"proof.2026-11-26.a.signature"}"#), "{json}");
        let replayed: DayProgress = serde_json::from_str(&json).unwrap();
        assert_eq!(replayed.signature("a"), Some(("09:02".parse().unwrap(), "proof.2026-11-26.a.signature")));
    }
}
