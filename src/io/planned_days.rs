//! Several days and their plans, as the exports over a range of dates take them (a week's
//! calendar, the crew's spreadsheet of the next days, the plan files of a week).

use crate::model::{Day, DayPlan, IsoDate};
use std::collections::BTreeMap;

/// A day and its plan, one date of an export over several days.
#[derive(Debug, Clone, Copy)]
pub struct PlannedDay<'a> {
    /// The day as the user knows it: the exports take phones, notes and windows from its
    /// interventions.
    pub day: &'a Day,
    /// The day's plan.
    pub plan: &'a DayPlan,
}

/// The days of an export, keyed by the date each plan is for (its day's date): in date order
/// and each date once, by construction.
pub type PlannedDays<'a> = BTreeMap<IsoDate, PlannedDay<'a>>;

/// The first and last dates of `days`, `None` when there is none.
pub(super) fn date_range(days: &PlannedDays) -> Option<(IsoDate, IsoDate)> {
    Some((*days.first_key_value()?.0, *days.last_key_value()?.0))
}
