//! Which changes of a re-plan matter to a customer, and the order a technician reads them in.
//!
//! A customer is told (an SMS is prepared) only when the change matters to them: the
//! appointment is missed (the new time leaves the announced window, or the job is no longer
//! planned today), the visit is new, or it moves by more than a threshold the crew sets. Smaller
//! shifts inside the window are listed quietly. The emergency comes first, then the changes
//! technician by technician. Codes and data only: the app words them.

use super::replan::StopChange;
use crate::model::{Day, DayPlan, Priority, TimeOfDay};

/// The crew's threshold until it sets another: a visit moved by more minutes than this is
/// worth an SMS even inside its window.
pub const DEFAULT_SMS_THRESHOLD_MIN: u32 = 15;

/// What a change means for its customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// No longer planned today, or planned outside its window: offer another slot.
    Missed,
    /// A visit the new plan adds: tell the customer when.
    Added,
    /// Moved by more than the threshold (`shift_min` minutes, either way): tell the new time.
    Moved {
        /// Minutes between the old and the new start of service.
        shift_min: u32,
    },
    /// Moved by the threshold or less, inside its window: listed, no SMS.
    Quiet {
        /// Minutes between the old and the new start of service.
        shift_min: u32,
    },
}

impl Notice {
    /// Whether the customer is worth an SMS.
    pub fn needs_sms(self) -> bool {
        !matches!(self, Notice::Quiet { .. })
    }
}

/// One customer's change with what it means for them.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerChange {
    /// The change.
    pub change: StopChange,
    /// What it means for the customer.
    pub notice: Notice,
}

/// The changes worth telling for one technician's customers.
#[derive(Debug, Clone, PartialEq)]
pub struct TechnicianChanges {
    /// Technician id.
    pub technician: String,
    /// Missed appointments first, then by new time.
    pub changes: Vec<CustomerChange>,
}

/// A re-plan's changes as the technician reads them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProposalDigest {
    /// The emergency, shown first: the most urgent job the re-plan adds, or else the most urgent
    /// vital or emergency customer worth an SMS (a small shift inside the window is no emergency).
    pub emergency: Option<CustomerChange>,
    /// The other changes worth an SMS, technician by technician in the new plan's order.
    pub technicians: Vec<TechnicianChanges>,
    /// Shifts inside the window by the threshold or less, by new time: listed, no SMS.
    pub quiet: Vec<CustomerChange>,
}

/// What `change` means for its customer, with the crew's `threshold_min`: missed when it
/// leaves its window or the day, added when new, moved when it shifts by more than
/// `threshold_min` minutes, quiet otherwise.
pub fn notice(change: &StopChange, threshold_min: u32) -> Notice {
    let minutes = |time: TimeOfDay| time.seconds() / 60;
    let (Some(before), Some(after)) = (change.before, change.after) else {
        return if change.after.is_some() && !change.missed { Notice::Added } else { Notice::Missed };
    };
    let outside = change.window.is_some_and(|window| !window.contains(after));
    let shift_min = minutes(after).abs_diff(minutes(before));
    if change.missed || outside {
        Notice::Missed
    } else if shift_min > threshold_min {
        Notice::Moved { shift_min }
    } else {
        Notice::Quiet { shift_min }
    }
}

/// Sorts `changes` (see [`plan_changes`](super::replan::plan_changes)) for reading: the
/// emergency first, then those worth an SMS by technician (in `proposal`'s order), then the
/// quiet ones; `day` gives each job's priority, `threshold_min` is the crew's (see [`notice`]).
pub fn digest(changes: &[StopChange], proposal: &DayPlan, day: &Day, threshold_min: u32) -> ProposalDigest {
    let priority =
        |id: &str| day.interventions.iter().find(|job| job.id == id).map_or(Priority::Normal, |j| j.priority);
    let mut all: Vec<CustomerChange> = changes
        .iter()
        .map(|change| CustomerChange { change: change.clone(), notice: notice(change, threshold_min) })
        .collect();
    let urgent = |c: &CustomerChange| {
        c.notice.needs_sms() && matches!(priority(&c.change.id), Priority::Vital | Priority::Emergency)
    };
    let emergency = all
        .iter()
        .enumerate()
        .filter(|(_, c)| c.change.before.is_none() || urgent(c))
        .min_by_key(|(_, c)| (c.change.before.is_some(), priority(&c.change.id), c.change.after))
        .map(|(index, _)| index)
        .map(|index| all.remove(index));
    all.sort_by_key(|c| (c.notice != Notice::Missed, c.change.after.is_none(), c.change.after, c.change.before));
    let (told, mut quiet): (Vec<_>, Vec<_>) = all.into_iter().partition(|c| c.notice.needs_sms());
    quiet.sort_by_key(|c| c.change.after);
    let mut order: Vec<&str> = proposal.technicians.iter().map(|route| route.technician.as_str()).collect();
    for change in &told {
        if !order.contains(&change.change.technician.as_str()) {
            order.push(&change.change.technician);
        }
    }
    let technicians = order
        .into_iter()
        .map(|id| TechnicianChanges {
            technician: id.to_string(),
            changes: told.iter().filter(|c| c.change.technician == id).cloned().collect(),
        })
        .filter(|group| !group.changes.is_empty())
        .collect();
    ProposalDigest { emergency, technicians, quiet }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{TechnicianPlan, TimeWindow};

    fn at(text: &str) -> TimeOfDay {
        text.parse().unwrap()
    }

    fn change(id: &str, technician: &str, before: Option<&str>, after: Option<&str>, window: &str) -> StopChange {
        let window: TimeWindow = window.parse().unwrap();
        let missed = after.is_none_or(|after| !window.contains(at(after)));
        StopChange {
            id: id.into(),
            customer: format!("Client {id}"),
            technician: technician.into(),
            before: before.map(at),
            after: after.map(at),
            window: Some(window),
            missed,
            reason: None,
        }
    }

    #[test]
    fn a_shift_inside_the_window_is_quiet_up_to_the_threshold_and_told_beyond() {
        let eleven = change("a", "T1", Some("10:00"), Some("10:11"), "09:00-12:00");
        assert_eq!(notice(&eleven, 15), Notice::Quiet { shift_min: 11 });
        assert!(!notice(&eleven, 15).needs_sms(), "an 11-minute shift inside the window gets no SMS");
        let fifteen = change("a", "T1", Some("10:00"), Some("10:15"), "09:00-12:00");
        assert_eq!(notice(&fifteen, 15), Notice::Quiet { shift_min: 15 }, "the threshold itself is quiet");
        let sixteen = change("a", "T1", Some("10:16"), Some("10:00"), "09:00-12:00");
        assert_eq!(notice(&sixteen, 15), Notice::Moved { shift_min: 16 }, "earlier counts as much as later");
        assert!(notice(&sixteen, 15).needs_sms());
        assert_eq!(notice(&eleven, 10), Notice::Moved { shift_min: 11 }, "the crew's threshold decides");
    }

    #[test]
    fn leaving_the_window_or_the_day_is_always_told_and_an_addition_too() {
        let out = change("a", "T1", Some("11:55"), Some("12:02"), "09:00-12:00");
        assert_eq!(notice(&out, 15), Notice::Missed, "seven minutes, but outside the window");
        let mut unflagged = change("a", "T1", Some("11:55"), Some("12:02"), "09:00-12:00");
        unflagged.missed = false;
        assert_eq!(notice(&unflagged, 15), Notice::Missed, "outside the window even when not flagged late");
        let dropped = change("a", "T1", Some("11:00"), None, "09:00-12:00");
        assert_eq!(notice(&dropped, 15), Notice::Missed);
        let added = change("a", "T1", None, Some("14:00"), "13:00-17:00");
        assert_eq!(notice(&added, 15), Notice::Added);
        let mut no_window = change("a", "T1", Some("10:00"), Some("10:40"), "00:00-24:00");
        no_window.window = None;
        assert_eq!(notice(&no_window, 15), Notice::Moved { shift_min: 40 });
        assert!([out, dropped, added].iter().all(|c| notice(c, 15).needs_sms()));
    }

    fn plan(technicians: &[&str]) -> DayPlan {
        let route = |id: &&str| TechnicianPlan {
            technician: id.to_string(),
            name: format!("Tech {id}"),
            stops: vec![],
            departure: None,
            back_at: at("17:00"),
            travel_min: 0,
            distance_km: 0.0,
            overtime_min: 0,
            no_route: None,
        };
        DayPlan { technicians: technicians.iter().map(route).collect(), unplanned: vec![] }
    }

    fn day(priorities: &[(&str, Priority)]) -> Day {
        let mut day: Day = serde_json::from_str(include_str!("../../static/demo/journee-andorre.json")).unwrap();
        let template = day.interventions[0].clone();
        day.interventions = priorities
            .iter()
            .map(|(id, priority)| crate::model::Intervention {
                id: id.to_string(),
                priority: *priority,
                ..template.clone()
            })
            .collect();
        day
    }

    #[test]
    fn the_emergency_comes_first_then_the_told_changes_by_technician_then_the_quiet_ones() {
        let changes = [
            change("late", "T1", Some("15:00"), Some("16:30"), "14:00-16:00"),
            change("moved", "T2", Some("10:00"), Some("10:40"), "09:00-12:00"),
            change("small", "T1", Some("11:00"), Some("11:11"), "09:00-12:00"),
            change("earlier", "T1", Some("13:30"), Some("13:00"), "13:00-17:00"),
            change("urg", "T2", None, Some("11:00"), "00:00-24:00"),
            change("tiny", "T2", Some("09:30"), Some("09:36"), "09:00-12:00"),
        ];
        let day = day(&[("late", Priority::Normal), ("urg", Priority::Emergency), ("moved", Priority::Normal)]);
        let digest = digest(&changes, &plan(&["T1", "T2"]), &day, 15);
        assert_eq!(
            digest.emergency.as_ref().map(|c| c.change.id.as_str()),
            Some("urg"),
            "the job that caused the re-plan"
        );
        let groups: Vec<(&str, Vec<&str>)> = digest
            .technicians
            .iter()
            .map(|g| (g.technician.as_str(), g.changes.iter().map(|c| c.change.id.as_str()).collect()))
            .collect();
        assert_eq!(groups, [("T1", vec!["late", "earlier"]), ("T2", vec!["moved"])], "missed first in each group");
        let quiet: Vec<&str> = digest.quiet.iter().map(|c| c.change.id.as_str()).collect();
        assert_eq!(quiet, ["tiny", "small"], "by new time");
    }

    #[test]
    fn without_an_added_job_the_most_urgent_customer_to_tell_is_the_emergency_and_none_otherwise() {
        let changes = [
            change("normal", "T1", Some("10:00"), Some("10:40"), "09:00-12:00"),
            change("emergency", "T1", Some("11:00"), Some("11:30"), "09:00-12:00"),
            change("vital", "T2", Some("09:00"), Some("09:08"), "09:00-12:00"),
        ];
        let priorities = [("normal", Priority::Normal), ("emergency", Priority::Emergency), ("vital", Priority::Vital)];
        let digest = digest(&changes, &plan(&["T1", "T2"]), &day(&priorities), 15);
        let emergency = digest.emergency.expect("an emergency customer moves by 30 minutes");
        assert_eq!(
            emergency.change.id, "emergency",
            "the vital customer's 8 minutes inside the window are no emergency"
        );
        assert_eq!(digest.quiet.iter().map(|c| c.change.id.as_str()).collect::<Vec<_>>(), ["vital"]);
        let vital_late = [change("vital", "T2", Some("09:00"), Some("12:30"), "09:00-12:00"), changes[1].clone()];
        let first = super::digest(&vital_late, &plan(&["T1", "T2"]), &day(&priorities), 15).emergency;
        assert_eq!(
            first.map(|c| (c.change.id, c.notice)),
            Some(("vital".to_string(), Notice::Missed)),
            "vital before emergency"
        );
        let ordinary = super::digest(&changes[..1], &plan(&["T1"]), &day(&priorities), 15);
        assert_eq!(ordinary.emergency, None, "an ordinary job is no emergency");
        assert_eq!(ordinary.technicians.len(), 1);
    }
}
