//! Inclusion and urgency: two of the three separate ideas of "importance".

use serde::{Deserialize, Serialize};

/// Whether a job must be planned today or may be dropped when the day is full.
///
/// This decides *inclusion* only; it says nothing about visiting order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Inclusion {
    /// Must be planned; leaving it out is reported as a failure of the plan.
    #[default]
    Mandatory,
    /// May be left for another day when it does not fit.
    Optional,
}

/// Urgency rank of a customer: who is visited *first* and who wins a conflict.
///
/// Ordered from most to least urgent, so `Priority::Vital < Priority::Low`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// Vital customer: hospital, nursing home, isolated elderly person, emergency services.
    Vital,
    /// Emergency raised during the day (storm damage, cut line).
    Emergency,
    /// An ordinary appointment.
    #[default]
    Normal,
    /// Can wait: preventive maintenance, pole survey.
    Low,
}

impl Priority {
    /// Weight of leaving one such job unplanned, in the optimiser's objective.
    ///
    /// Each rank outweighs any number of jobs of the rank below it that fit in a
    /// day (a technician does at most a few dozen jobs), so a vital customer is
    /// never dropped to make room for ordinary ones.
    pub fn unplanned_weight(self) -> u64 {
        match self {
            Priority::Vital => 1_000_000,
            Priority::Emergency => 10_000,
            Priority::Normal => 100,
            Priority::Low => 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rank_outweighs_a_full_day_of_the_rank_below() {
        let ranks = [Priority::Vital, Priority::Emergency, Priority::Normal, Priority::Low];
        for pair in ranks.windows(2) {
            assert!(pair[0] < pair[1], "ranks are ordered most urgent first");
            assert!(pair[0].unplanned_weight() > 60 * pair[1].unplanned_weight());
        }
    }

    #[test]
    fn serialises_in_snake_case_for_files_written_by_hand() {
        assert_eq!(serde_json::to_string(&Priority::Vital).unwrap(), "\"vital\"");
        assert_eq!(serde_json::from_str::<Inclusion>("\"optional\"").unwrap(), Inclusion::Optional);
    }
}
