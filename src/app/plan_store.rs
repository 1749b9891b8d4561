//! The plan being followed and the day's log of events, kept in IndexedDB next to the day.
//!
//! The plan is stored with a fingerprint of the day it was made for: after a reload the same
//! plan comes back (a re-planned afternoon is not recomputed from the morning), and a plan
//! made for another version of the day is ignored. The log is the user's record: a log that
//! cannot be read is set aside, never dropped.

use crate::model::{Day, DayProgress};
use crate::plan::day_problem::DayPlan;
use serde::{Deserialize, Serialize};

/// IndexedDB key of the plan followed.
pub const PLAN_KEY: &str = "plan";
/// IndexedDB key of the day's log.
pub const PROGRESS_KEY: &str = "progress";
/// Where an unreadable log is moved.
pub const PROGRESS_SET_ASIDE_KEY: &str = "progress.unreadable";
/// Version of both envelopes.
pub const SCHEMA: u32 = 1;

/// What is written under [`PLAN_KEY`].
#[derive(Serialize, Deserialize)]
struct StoredPlan {
    schema: u32,
    day: u64,
    plan: DayPlan,
}

/// What is written under [`PROGRESS_KEY`].
#[derive(Serialize, Deserialize)]
struct StoredProgress {
    schema: u32,
    progress: DayProgress,
}

/// A fingerprint of `day` (FNV-1a over its JSON): equal days, equal fingerprints.
pub fn fingerprint(day: &Day) -> u64 {
    let json = serde_json::to_vec(day).expect("a day is plain data");
    json.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// The bytes to store for `plan`, made for `day`.
pub fn encode_plan(day: &Day, plan: &DayPlan) -> Vec<u8> {
    serde_json::to_vec(&StoredPlan { schema: SCHEMA, day: fingerprint(day), plan: plan.clone() }).expect("plain data")
}

/// The stored plan if it was made for exactly `day` and reads (a plan can always be made again).
pub fn decode_plan(bytes: &[u8], day: &Day) -> Option<DayPlan> {
    let stored: StoredPlan = serde_json::from_slice(bytes).ok()?;
    (stored.schema == SCHEMA && stored.day == fingerprint(day)).then_some(stored.plan)
}

/// The bytes to store for the log.
pub fn encode_progress(progress: &DayProgress) -> Vec<u8> {
    serde_json::to_vec(&StoredProgress { schema: SCHEMA, progress: progress.clone() }).expect("plain data")
}

/// Reads a stored log.
pub fn decode_progress(bytes: &[u8]) -> Result<DayProgress, String> {
    let stored: StoredProgress = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
    if stored.schema != SCHEMA {
        return Err(format!("journal d'une version plus récente (schéma {})", stored.schema));
    }
    Ok(stored.progress)
}

/// The log of `day`'s date: the stored one, or a new one (a log of another date is kept under
/// `progress.<date>`), with the message when the stored log was unreadable and set aside.
///
/// A failed read is an error (`Err`), never taken for an empty log: the first tap would
/// otherwise write a fresh log over the crew's proof of work.
pub async fn load_progress(day: &Day) -> Result<(DayProgress, Option<String>), String> {
    let bytes = match super::idb::get(PROGRESS_KEY).await {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return Ok((DayProgress::new(&day.date), None)),
        Err(_) if !super::idb::available() => return Ok((DayProgress::new(&day.date), None)),
        Err(reason) => return Err(reason),
    };
    Ok(match decode_progress(&bytes) {
        Ok(progress) if progress.date == day.date => (progress, None),
        Ok(progress) => {
            let _ = super::idb::put(&format!("{PROGRESS_KEY}.{}", progress.date), &bytes).await;
            (DayProgress::new(&day.date), None)
        }
        Err(message) => {
            let _ = super::idb::put(PROGRESS_SET_ASIDE_KEY, &bytes).await;
            (DayProgress::new(&day.date), Some(message))
        }
    })
}

/// The plan stored for `day`, if any.
pub async fn load_plan(day: &Day) -> Option<DayPlan> {
    let bytes = super::idb::get(PLAN_KEY).await.ok()??;
    decode_plan(&bytes, day)
}

/// Stores `bytes` under `key` in the background; failures are logged (the data stays in memory).
pub fn save_later(key: impl Into<String>, bytes: Vec<u8>) {
    let key = key.into();
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(error) = super::idb::put(&key, &bytes).await {
            web_sys::console::error_1(&format!("{key} : {error}").into());
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventKind, ProgressEvent};

    fn day() -> Day {
        crate::io::read_day_json(include_str!("../../static/demo/journee-andorre.json")).unwrap()
    }

    #[test]
    fn a_plan_comes_back_only_for_the_day_it_was_made_for() {
        let day = day();
        let plan = DayPlan { technicians: vec![], unplanned: vec![] };
        let bytes = encode_plan(&day, &plan);
        assert_eq!(decode_plan(&bytes, &day), Some(plan));
        let mut edited = day.clone();
        edited.interventions[0].service_s += 60;
        assert_eq!(decode_plan(&bytes, &edited), None);
        assert_eq!(decode_plan(b"{", &day), None);
    }

    #[test]
    fn the_log_round_trips_and_a_corrupt_one_is_an_error() {
        let mut progress = DayProgress::new("2026-11-26");
        progress
            .record(ProgressEvent { intervention: "A".into(), at: "08:00".parse().unwrap(), kind: EventKind::Done })
            .unwrap();
        assert_eq!(decode_progress(&encode_progress(&progress)), Ok(progress));
        assert!(decode_progress(b"[1,2").is_err());
        assert!(decode_progress(br#"{"schema":9,"progress":{"date":"x","events":[]}}"#).unwrap_err().contains("9"));
    }
}
