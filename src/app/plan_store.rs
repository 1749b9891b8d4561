//! The plan being followed, kept in IndexedDB next to the day: each date its own plan, under
//! `plan.<date>`, so that a new day never writes over the plan an earlier day was worked by.
//!
//! The plan is stored with a fingerprint of the day it was made for: after a reload the same
//! plan comes back (a re-planned afternoon is not recomputed from the morning), and a plan
//! made for another version of the day is ignored. Like the day it carries a revision (see
//! [`super::revision`]), so that a tab never writes over a plan another tab accepted since.

use super::idb::CheckedPutError;
use super::revision::WriteRefused;
use crate::model::{Day, DayPlan, IsoDate};
use serde::{Deserialize, Serialize};

/// IndexedDB key of the one plan kept by versions before one plan per date: read for a date
/// that has none of its own yet (if made for that very day), never written.
pub const LEGACY_PLAN_KEY: &str = "plan";

/// IndexedDB key of the plan followed on `date`.
pub fn plan_key(date: IsoDate) -> String {
    format!("{LEGACY_PLAN_KEY}.{date}")
}
/// Version of the envelope.
pub const SCHEMA: u32 = 1;

/// What is written under [`plan_key`].
#[derive(Serialize, Deserialize)]
struct StoredPlan {
    schema: u32,
    #[serde(default)]
    revision: u64,
    day: u64,
    plan: DayPlan,
}

/// A fingerprint of `day` (FNV-1a over its JSON): equal days, equal fingerprints.
pub fn fingerprint(day: &Day) -> u64 {
    let json = serde_json::to_vec(day).expect("a day is plain data");
    json.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// The bytes to store for `plan`, made for `day`, as its `revision`.
pub fn encode_plan(day: &Day, plan: &DayPlan, revision: u64) -> Vec<u8> {
    let stored = StoredPlan { schema: SCHEMA, revision, day: fingerprint(day), plan: plan.clone() };
    serde_json::to_vec(&stored).expect("plain data")
}

/// The stored plan and its revision, if it was made for exactly `day` and reads (a plan can
/// always be made again).
pub fn decode_plan(bytes: &[u8], day: &Day) -> Option<(DayPlan, u64)> {
    let stored: StoredPlan = serde_json::from_slice(bytes).ok()?;
    (stored.schema == SCHEMA && stored.day == fingerprint(day)).then_some((stored.plan, stored.revision))
}

/// The plan stored for `day` with its revision, if any; and the revision stored under the
/// day's date whatever the version of the day it was made for (the next write must be made
/// over it). A date with no plan of its own yet may find it in the legacy slot.
pub async fn load_plan(day: &Day) -> (Option<(DayPlan, u64)>, u64) {
    match super::idb::get(&plan_key(day.date)).await {
        Ok(Some(bytes)) => (decode_plan(&bytes, day), super::revision::revision_of(&bytes)),
        Ok(None) => match super::idb::get(LEGACY_PLAN_KEY).await {
            // Revision 0: the plan of this date is not stored under its own key yet.
            Ok(Some(bytes)) => (decode_plan(&bytes, day).map(|(plan, _)| (plan, 0)), 0),
            _ => (None, 0),
        },
        Err(_) => (None, 0),
    }
}

/// Stores `plan`, made for `day`, under the day's date as revision `expected + 1` if the plan
/// stored there is still revision `expected`.
pub async fn save_plan(day: &Day, plan: &DayPlan, expected: u64) -> Result<(), CheckedPutError<WriteRefused>> {
    let bytes = encode_plan(day, plan, expected + 1);
    super::idb::put_checked(&plan_key(day.date), &bytes, move |stored| {
        super::revision::may_replace(stored.as_deref(), expected, SCHEMA)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> Day {
        crate::io::read_day_json(include_str!("../../static/demo/journee-andorre.json")).unwrap()
    }

    #[test]
    fn a_plan_comes_back_with_its_revision_only_for_the_day_it_was_made_for() {
        let day = day();
        let plan = DayPlan { technicians: vec![], unplanned: vec![] };
        let bytes = encode_plan(&day, &plan, 3);
        assert_eq!(decode_plan(&bytes, &day), Some((plan, 3)));
        assert_eq!(super::super::revision::revision_of(&bytes), 3);
        let mut edited = day.clone();
        edited.interventions[0].service_s += 60;
        assert_eq!(decode_plan(&bytes, &edited), None);
        assert_eq!(decode_plan(b"{", &day), None);
    }
}
