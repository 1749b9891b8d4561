//! Where the day, its plan and its log stand in the storage the tabs share, as this tab knows
//! it: which revision of each it last read or wrote, the plan it follows, the log by record and
//! the records not yet written. The planning side reads these to write over the right revision.

use crate::app::day_log::LogEntries;
use crate::model::ProgressEvent;
use crate::model::{DayPlan, IsoDate};
use std::rc::Rc;

/// This tab's view of the stored day, plan and log.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DaySync {
    /// The revision of the stored day this tab last read or wrote.
    pub day_revision: u64,
    /// The plan followed (a proposal is not followed until accepted).
    pub followed: Option<Rc<DayPlan>>,
    /// The revision of the stored plan this tab last read or wrote.
    pub plan_revision: u64,
    /// The date that plan is stored under (`None` until a day is loaded).
    pub plan_date: Option<IsoDate>,
    /// The day's log by record; the log shown ([`super::AppState::progress`]) is derived from it.
    pub log: LogEntries,
    /// Records of the log the storage has not yet said it wrote, oldest first.
    pub unsaved: Vec<UnsavedRecord>,
}

/// A record of the log shown but not yet written.
#[derive(Debug, Clone, PartialEq)]
pub struct UnsavedRecord {
    /// The date of the log it belongs to.
    pub date: String,
    /// Its key in the storage.
    pub key: String,
    /// What happened.
    pub event: ProgressEvent,
}
