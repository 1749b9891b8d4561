//! The app's stored records in the real IndexedDB of headless Chromium (wasm-bindgen-test):
//! what two tabs writing the same day do to each other, what a newer app's record gets, each
//! date's own plan, and what is set aside.
//!
//! Run with `cargo test --target wasm32-unknown-unknown --test browser_storage`; natively this
//! file compiles to nothing. No app is mounted here, so nothing else writes meanwhile.
#![cfg(target_arch = "wasm32")]

use tournee::app::day_log;
use tournee::app::day_store::{self, DayOrigin, StoredDayError, DAY_KEY};
use tournee::app::idb::{self, CheckedPutError};
use tournee::app::plan_store;
use tournee::app::revision::WriteRefused;
use tournee::model::DayPlan;
use tournee::model::{Day, EventKind, ProgressEvent};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn demo_day() -> Day {
    tournee::io::read_day_json(include_str!("../static/demo/journee-andorre.json")).unwrap()
}

#[wasm_bindgen_test]
async fn a_tab_that_missed_another_tabs_write_cannot_write_the_day_over_it() {
    idb::delete(DAY_KEY).await.unwrap();
    let day = demo_day();
    let mut other = day.clone();
    other.date = "2026-11-27".parse().unwrap();
    day_store::save(&day, DayOrigin::User, 0).await.unwrap();
    assert_eq!(
        day_store::save(&other, DayOrigin::User, 0).await,
        Err(CheckedPutError::Refused(WriteRefused::Stale { stored: 1 })),
        "a second tab still at revision 0"
    );
    let stored = day_store::load().await.unwrap().unwrap();
    assert_eq!((stored.day.date, stored.revision), (day.date, 1), "the first tab's day stays");
    day_store::save(&other, DayOrigin::User, 1).await.unwrap();
    let stored = day_store::load().await.unwrap().unwrap();
    assert_eq!((stored.day.date, stored.revision), (other.date, 2), "once it has read it, it may");
    idb::delete(DAY_KEY).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_day_stored_by_a_newer_app_is_left_in_place_and_never_written_over() {
    let newer = br#"{"schema":9,"revision":4,"days":[]}"#;
    idb::put(DAY_KEY, newer).await.unwrap();
    assert_eq!(day_store::load().await, Err(StoredDayError::NewerSchema(9)));
    assert_eq!(
        day_store::save(&demo_day(), DayOrigin::Demo, 4).await,
        Err(CheckedPutError::Refused(WriteRefused::Newer { schema: 9 }))
    );
    assert_eq!(idb::get(DAY_KEY).await.unwrap().as_deref(), Some(&newer[..]), "kept where it was");
    assert_eq!(idb::get(day_store::SET_ASIDE_KEY).await.unwrap(), None, "not moved aside");
    idb::delete(DAY_KEY).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_plan_is_written_only_over_the_revision_its_tab_last_saw() {
    let day = demo_day();
    idb::delete(&plan_store::plan_key(day.date)).await.unwrap();
    let plan = DayPlan { technicians: vec![], unplanned: vec![] };
    plan_store::save_plan(&day, &plan, 0).await.unwrap();
    assert_eq!(
        plan_store::save_plan(&day, &plan, 0).await,
        Err(CheckedPutError::Refused(WriteRefused::Stale { stored: 1 }))
    );
    assert_eq!(plan_store::load_plan(&day).await, (Some((plan, 1)), 1));
    idb::delete(&plan_store::plan_key(day.date)).await.unwrap();
}

#[wasm_bindgen_test]
async fn each_date_keeps_its_own_plan_and_the_one_plan_of_earlier_versions_is_read_not_written() {
    let mut monday = demo_day();
    monday.date = "2031-02-03".parse().unwrap();
    let mut tuesday = monday.clone();
    tuesday.date = "2031-02-04".parse().unwrap();
    // The same plan for both: only the day it was made for (its fingerprint) tells them apart.
    let (monday_plan, tuesday_plan) =
        (DayPlan { technicians: vec![], unplanned: vec![] }, DayPlan { technicians: vec![], unplanned: vec![] });
    let legacy = plan_store::encode_plan(&monday, &monday_plan, 5);
    idb::put(plan_store::LEGACY_PLAN_KEY, &legacy).await.unwrap();
    assert_eq!(
        plan_store::load_plan(&monday).await,
        (Some((monday_plan.clone(), 0)), 0),
        "the old slot's plan, for its own day"
    );
    assert_eq!(plan_store::load_plan(&tuesday).await, (None, 0), "not for another day");
    plan_store::save_plan(&monday, &monday_plan, 0).await.unwrap();
    plan_store::save_plan(&tuesday, &tuesday_plan, 0).await.unwrap();
    assert_eq!(plan_store::load_plan(&monday).await, (Some((monday_plan, 1)), 1), "Tuesday's plan left Monday's alone");
    assert_eq!(plan_store::load_plan(&tuesday).await, (Some((tuesday_plan, 1)), 1));
    assert_eq!(idb::get(plan_store::LEGACY_PLAN_KEY).await.unwrap(), Some(legacy), "the old slot is never written");
    for key in
        [plan_store::plan_key(monday.date), plan_store::plan_key(tuesday.date), plan_store::LEGACY_PLAN_KEY.into()]
    {
        idb::delete(&key).await.unwrap();
    }
}

#[wasm_bindgen_test]
async fn two_unreadable_days_are_both_set_aside_listed_and_a_newer_day_moves_aside_only_once_copied() {
    use tournee::app::set_aside::{self, AsideContent, AsideKind, Place};
    for broken in [&b"{\"schema\":1,\"day\":"[..], &b"not json at all"[..]] {
        idb::put(DAY_KEY, broken).await.unwrap();
        assert!(matches!(day_store::load().await, Err(StoredDayError::Unreadable(_))));
        assert_eq!(idb::get(DAY_KEY).await.unwrap(), None, "moved, once copied");
    }
    let listed = set_aside::list().await.unwrap();
    let days: Vec<_> = listed.iter().filter(|r| r.kind == AsideKind::Day && r.place == Place::Aside).collect();
    assert_eq!(days.len(), 2, "the second did not replace the first: {listed:?}");
    assert!(days.iter().all(|r| matches!(set_aside::describe(r), AsideContent::UnreadableDay(_))));
    let newer = br#"{"schema":9,"days":[]}"#;
    idb::put(DAY_KEY, newer).await.unwrap();
    let listed = set_aside::list().await.unwrap();
    assert!(
        listed.iter().any(|r| r.place == Place::InPlace && r.key == DAY_KEY),
        "the newer day is listed where it is"
    );
    set_aside::set_aside_newer_day().await.unwrap();
    assert_eq!(idb::get(DAY_KEY).await.unwrap(), None);
    let listed = set_aside::list().await.unwrap();
    let moved = listed.iter().find(|r| r.bytes == newer).expect("the newer day set aside");
    assert_eq!((moved.kind, &moved.place), (AsideKind::Day, &Place::Aside));
    for record in listed.iter().filter(|r| r.kind == AsideKind::Day) {
        set_aside::forget(record).await.unwrap();
    }
    assert!(set_aside::list().await.unwrap().iter().all(|r| r.kind != AsideKind::Day));
}

#[wasm_bindgen_test]
async fn events_stored_by_two_tabs_are_all_read_back_in_the_order_they_were_recorded() {
    let date = "2031-01-15";
    let event = |id: &str, at: &str| ProgressEvent {
        intervention: id.into(),
        at: at.parse().unwrap(),
        kind: EventKind::Arrived,
    };
    let first_tab = day_log::event_key(date, 1_000, "aaaaaaaa", 1);
    let second_tab = day_log::event_key(date, 1_001, "bbbbbbbb", 1);
    let other_date = day_log::event_key("2031-01-16", 999, "aaaaaaaa", 2);
    day_log::store(&second_tab, &event("B", "09:01")).await.unwrap();
    day_log::store(&first_tab, &event("A", "09:00")).await.unwrap();
    day_log::store(&other_date, &event("Z", "08:00")).await.unwrap();
    idb::put(&day_log::event_key(date, 1_002, "cccccccc", 1), b"{\"schema\":1,").await.unwrap();
    let loaded = day_log::load(date).await.unwrap();
    let ids: Vec<String> = loaded.entries.progress().events.into_iter().map(|e| e.intervention).collect();
    assert_eq!(ids, ["A", "B"], "both tabs' events, in recording order, only of that date");
    assert_eq!(loaded.unreadable, 1, "the corrupt record is counted, not dropped");
    assert!(idb::get(&day_log::event_key(date, 1_002, "cccccccc", 1)).await.unwrap().is_some());
}
