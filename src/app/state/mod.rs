//! The app's one state value and the actions that change it.
//!
//! Components and the tasks that outlive a render (worker replies, storage callbacks, messages
//! from other tabs) dispatch [`Action`]s; [`AppState::reduce`] returns a new `Rc` (Yew 0.23
//! re-renders only on a new one). There is no other copy: a task reads the latest state through
//! its handle ([`AppContext::latest`]). The side-effect modules (planning, region, storage)
//! import the state; the state imports none of them. Side effects of settings — saving them,
//! updating the URL — happen in the root component, after the change.

pub mod day_sync;
pub mod deployed_state;
pub mod failure;
pub mod other_days;
pub mod plan_state;
pub mod region_state;
mod store;

pub use day_sync::{DaySync, UnsavedRecord};
pub use other_days::{ForVersion, OtherDays};
pub use plan_state::PlanState;
pub use store::{use_app_state, AppContext};

use super::day_log::LogEntries;
use super::i18n::Language;
use super::readiness::{still_dismissed, ReadyCause, ReadyFindings};
use super::settings::{DayView, Settings};
use super::tab::Tab;
use super::texts::NoticeText;
use super::worker::protocol::WorkerError;
use crate::model::DayPlan;
use crate::model::{Day, IsoDate, ProgressEvent};
use deployed_state::{DeployedList, PackDownload};
use region_state::{PackBuildState, RegionPack, RegionState};
use std::rc::Rc;
use yew::prelude::*;

/// Everything the interface shows that is not derived from something else.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppState {
    /// The section on screen.
    pub tab: Tab,
    /// The user's preferences.
    pub settings: Settings,
    /// Whether the about panel is open.
    pub about_open: bool,
    /// A new version of the app is installed and waits for a reload.
    pub update_waiting: bool,
    /// Whether the device reports a network connection.
    pub online: bool,
    /// A message the user must acknowledge (something was set aside, for instance).
    pub notice: Option<NoticeText>,
    /// The road region in use.
    pub region: RegionState,
    /// Its pack, once read.
    pub pack: Option<RegionPack>,
    /// A region pack being built from the user's extract.
    pub pack_build: PackBuildState,
    /// The region packs deployed with the app.
    pub deployed: DeployedList,
    /// A deployed pack being downloaded.
    pub download: PackDownload,
    /// Whether « Mon équipe, ma région » is open: asked for from the demo banner, or opened by a
    /// first start (see [`AppState::reduce`]).
    pub setup_open: bool,
    /// The day's plan.
    pub plan: PlanState,
    /// The region's map, built from its pack when a screen first needs it.
    pub map: Option<super::map_drawing::SharedMap>,
    /// A screen asked for the map before the region's pack was there: it is built on arrival.
    pub map_wanted: bool,
    /// The stop to open on the Journée tab (tapped on the map).
    pub focus_stop: Option<String>,
    /// The day being planned (its interventions and technicians).
    pub day: Option<Rc<Day>>,
    /// Whether that day is the untouched demo or the user's own.
    pub day_origin: super::day_store::DayOrigin,
    /// What happened on the road today (derived from `sync.log`).
    pub progress: Rc<crate::model::DayProgress>,
    /// Where the day, its plan and its log stand in the storage the tabs share.
    pub sync: DaySync,
    /// What « Prêt pour la journée » last found, once it has looked.
    pub readiness: Option<ReadyFindings>,
    /// The days stored besides the one on screen (the next ones, those worked) and their plans.
    pub other: OtherDays,
}

/// A change the user or the browser asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show another section.
    Show(Tab),
    /// Show a stop, opened, on the Journée tab.
    OpenStop(String),
    /// Switch the interface language.
    SetLanguage(Language),
    /// Say whose phone this is (a technician id), or nobody's.
    SetPhoneOf(Option<String>),
    /// Show « Ma journée » or the crew's days on Journée (kept in the settings).
    SetDayView(DayView),
    /// The crew's threshold, in minutes, beyond which a re-plan's shift is worth an SMS.
    SetSmsThreshold(u32),
    /// The slot finder's working days and slot width, in minutes (Réglages).
    SetSlotSettings {
        /// Working days searched.
        days: u32,
        /// Width of a slot, minutes.
        window_min: u32,
    },
    /// Open or close the about panel.
    SetAboutOpen(bool),
    /// The service worker has a new version waiting.
    UpdateWaiting,
    /// The network came or went.
    SetOnline(bool),
    /// The user acknowledged the notice.
    DismissNotice,
    /// Something the user must know about.
    Notify(NoticeText),
    /// The region in use changed (or finished loading).
    SetRegion(RegionState),
    /// The region's pack is read (its map, built from the one before, goes).
    SetPack(RegionPack),
    /// A screen needs the map before the region's pack is there.
    WantMap,
    /// A region build progressed, ended or failed.
    SetPackBuild(PackBuildState),
    /// The list of deployed packs arrived (or could not).
    SetDeployed(DeployedList),
    /// A download of a deployed pack progressed, ended or failed.
    SetDownload(PackDownload),
    /// Open or close « Mon équipe, ma région »; closing it, finished or not, stops it opening by itself.
    SetSetupOpen(bool),
    /// The day's plan changed.
    SetPlan(PlanState),
    /// The region's map is ready.
    SetMap(super::map_drawing::SharedMap),
    /// The day to plan was read or changed by the user.
    SetDay(Rc<Day>, super::day_store::DayOrigin),
    /// The day, its log and its plan were read at start-up.
    DayLoaded {
        /// The day.
        day: Rc<Day>,
        /// Demo or the user's own.
        origin: super::day_store::DayOrigin,
        /// The revision stored (0: not stored yet).
        revision: u64,
        /// Its log's records.
        log: LogEntries,
        /// The plan stored for it, if any.
        plan: Option<Rc<DayPlan>>,
        /// The revision of the plan stored under its date.
        plan_revision: u64,
    },
    /// This tab read or wrote this revision of the stored day (or takes back a write that failed).
    SetDayRevision(u64),
    /// This tab read or wrote this revision of the plan stored under this date.
    SetPlanRevision {
        /// The revision.
        revision: u64,
        /// The date the plan is stored under.
        date: IsoDate,
    },
    /// This plan is the one followed, and shown.
    Follow(Rc<DayPlan>),
    /// The log shown becomes that of this date, empty until its records are read.
    StartLog(String),
    /// Records of a date's log were read: added to the log shown, if it is that date's.
    MergeLog(LogEntries),
    /// The technician recorded `event` at a stop, as the log's record `key`, not yet stored.
    Record {
        /// The record's key.
        key: String,
        /// What happened.
        event: ProgressEvent,
    },
    /// The storage wrote the log's record `key`.
    RecordStored(String),
    /// « Prêt pour la journée » looked again: a point put aside and now fixed is forgotten.
    SetReadiness(ReadyFindings),
    /// The days stored besides the one on screen were read or written.
    SetOtherDays(Vec<super::day_store::StoredDay>),
    /// A plan was made for another day, as it is now (its fingerprint).
    SetOtherPlan {
        /// The fingerprint of the day it was made for.
        fingerprint: u64,
        /// The plan.
        plan: Rc<DayPlan>,
    },
    /// Another day, as it is now (its fingerprint), could not be planned.
    SetOtherPlanFailed {
        /// The fingerprint of the day it was tried on.
        fingerprint: u64,
        /// What the planner said.
        error: WorkerError,
    },
    /// The technician put this point of « Prêt pour la journée » aside.
    DismissReadyCause(ReadyCause),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Show(tab) => {
                next.tab = tab;
                next.focus_stop = None;
            }
            Action::OpenStop(id) => {
                next.tab = Tab::Day;
                next.focus_stop = Some(id);
            }
            Action::SetLanguage(language) => next.settings.language = language,
            Action::SetPhoneOf(id) => next.settings.phone_of = id,
            Action::SetDayView(view) => next.settings.day_view = Some(view),
            Action::SetSmsThreshold(minutes) => next.settings.sms_threshold_min = minutes,
            Action::SetSlotSettings { days, window_min } => {
                next.settings.slot_days = days;
                next.settings.slot_window_min = window_min;
            }
            Action::SetAboutOpen(open) => next.about_open = open,
            Action::UpdateWaiting => next.update_waiting = true,
            Action::SetOnline(online) => next.online = online,
            Action::DismissNotice => next.notice = None,
            Action::Notify(text) => next.notice = Some(text),
            Action::SetRegion(region) => next.region = region,
            Action::SetPack(pack) => {
                if next.pack.as_ref() != Some(&pack) {
                    next.map = None;
                }
                next.pack = Some(pack);
            }
            Action::WantMap => next.map_wanted = true,
            Action::SetPackBuild(build) => next.pack_build = build,
            Action::SetDeployed(list) => next.deployed = list,
            Action::SetDownload(download) => next.download = download,
            Action::SetSetupOpen(open) => {
                next.setup_open = open;
                next.settings.crew_setup_done |= !open;
            }
            Action::SetPlan(plan) => next.plan = plan,
            Action::SetMap(map) => {
                next.map = Some(map);
                next.map_wanted = false;
            }
            Action::SetDay(day, origin) => {
                next.day = Some(day);
                next.day_origin = origin;
            }
            Action::DayLoaded { day, origin, revision, log, plan, plan_revision } => {
                next.sync.plan_date = Some(day.date);
                next.day = Some(day);
                next.day_origin = origin;
                next.sync.day_revision = revision;
                next.sync.log = log;
                next.sync.followed = plan;
                next.sync.plan_revision = plan_revision;
                next.progress = Rc::new(next.sync.log.progress());
            }
            Action::SetDayRevision(revision) => next.sync.day_revision = revision,
            Action::SetPlanRevision { revision, date } => {
                next.sync.plan_revision = revision;
                next.sync.plan_date = Some(date);
            }
            Action::Follow(plan) => {
                next.sync.followed = Some(Rc::clone(&plan));
                next.plan = PlanState::Ready(plan);
            }
            Action::StartLog(date) => {
                next.sync.log = LogEntries::new(&date);
                next.progress = Rc::new(next.sync.log.progress());
            }
            Action::MergeLog(records) => {
                if records.date == next.sync.log.date {
                    next.sync.log.merge(records);
                    next.progress = Rc::new(next.sync.log.progress());
                }
            }
            Action::Record { key, event } => {
                let date = next.sync.log.date.clone();
                next.sync.log.insert(key.clone(), event.clone());
                next.sync.unsaved.push(UnsavedRecord { date, key, event });
                next.progress = Rc::new(next.sync.log.progress());
            }
            Action::RecordStored(key) => next.sync.unsaved.retain(|record| record.key != key),
            Action::SetOtherDays(days) => next.other.set_days(days),
            Action::SetOtherPlan { fingerprint, plan } => next.other.plans = next.other.with_plan(fingerprint, plan),
            Action::SetOtherPlanFailed { fingerprint, error } => {
                next.other.failures = next.other.with_failure(fingerprint, error)
            }
            Action::SetReadiness(findings) => {
                next.settings.ready_dismissed = still_dismissed(&next.settings.ready_dismissed, &findings);
                next.readiness = Some(findings);
            }
            Action::DismissReadyCause(cause) => {
                if !next.settings.ready_dismissed.contains(&cause) {
                    next.settings.ready_dismissed.push(cause);
                }
            }
        }
        // A first start opens « Mon équipe, ma région », which then stays open until closed, even
        // once the region chosen in it replaces the demo.
        next.setup_open |= next.is_first_start();
        if next == *self {
            return self;
        }
        Rc::new(next)
    }
}

impl AppState {
    /// A first start: the demo region and the demo day in use, and the setup never gone through.
    fn is_first_start(&self) -> bool {
        let demo_region = matches!(&self.region, RegionState::Ready(info) if info.is_demo());
        let demo_day = self.day.is_some() && self.day_origin == super::day_store::DayOrigin::Demo;
        !self.settings.crew_setup_done && demo_region && demo_day
    }
}

/// The app state from the nearest provider. Panics outside [`super::App`], a programming error.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components are rendered inside App's state provider")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_change_only_what_they_name() {
        let state = Rc::new(AppState::default());
        let state = state.reduce(Action::Show(Tab::Map));
        let state = state.reduce(Action::SetLanguage(Language::En));
        assert_eq!(state.tab, Tab::Map);
        assert_eq!(state.settings.language, Language::En);
        assert!(!state.about_open && !state.update_waiting);
    }

    #[test]
    fn the_crew_setup_opens_by_itself_only_on_a_first_start_and_closing_it_is_remembered() {
        use region_state::{RegionInfo, RegionOrigin};
        let meta = crate::road::pack::read_pack_meta(include_bytes!("../../../static/demo/andorra.bin")).unwrap();
        let day: crate::model::Day =
            serde_json::from_str(include_str!("../../../static/demo/journee-andorre.json")).unwrap();
        let loading = Rc::new(AppState::default());
        assert!(!loading.setup_open, "not before the region is known");
        let demo = loading
            .reduce(Action::SetRegion(RegionState::Ready(RegionInfo::from_meta(&meta, RegionOrigin::Demo))))
            .reduce(Action::SetDay(Rc::new(day.clone()), super::super::day_store::DayOrigin::Demo));
        assert!(demo.setup_open, "demo region, demo day, never set up: a first start");
        let closed = Rc::clone(&demo).reduce(Action::SetSetupOpen(false));
        assert!(!closed.setup_open && closed.settings.crew_setup_done);
        assert!(closed.reduce(Action::SetSetupOpen(true)).setup_open, "the banner opens it again");
        let chosen = Rc::clone(&demo)
            .reduce(Action::SetRegion(RegionState::Ready(RegionInfo::from_meta(&meta, RegionOrigin::UserFile))));
        assert!(chosen.setup_open, "the region chosen in the setup does not close it");
        let returning = Rc::new(AppState::default())
            .reduce(Action::SetRegion(RegionState::Ready(RegionInfo::from_meta(&meta, RegionOrigin::UserFile))))
            .reduce(Action::SetDay(Rc::new(day), super::super::day_store::DayOrigin::Demo));
        assert!(!returning.setup_open, "a user with their own region is not asked");
    }

    #[test]
    fn the_log_shown_is_derived_from_its_records_and_a_record_waits_until_stored() {
        use crate::model::EventKind;
        let event = ProgressEvent { intervention: "A".into(), at: "09:00".parse().unwrap(), kind: EventKind::Arrived };
        let state = Rc::new(AppState::default()).reduce(Action::StartLog("2026-12-02".into()));
        let state = state.reduce(Action::Record { key: "log.2026-12-02.1".into(), event: event.clone() });
        assert_eq!(state.progress.events, std::slice::from_ref(&event));
        assert_eq!(state.sync.unsaved.len(), 1, "shown before the storage says it is written");
        let stored = Rc::clone(&state).reduce(Action::RecordStored("log.2026-12-02.1".into()));
        assert!(stored.sync.unsaved.is_empty() && stored.progress.events.len() == 1);
        let mut other_date = LogEntries::new("2026-12-03");
        other_date.insert("log.2026-12-03.1".into(), event);
        let same = Rc::clone(&stored).reduce(Action::MergeLog(other_date));
        assert!(Rc::ptr_eq(&stored, &same), "another date's records are not mixed in");
        let next_day = stored.reduce(Action::StartLog("2026-12-03".into()));
        assert!(next_day.progress.events.is_empty());
    }

    #[test]
    fn a_map_asked_for_early_is_built_on_arrival_and_a_new_pack_drops_it() {
        use crate::app::map_drawing::{MapDrawing, RegionMap, SharedMap};
        let bytes = include_bytes!("../../../static/demo/andorra.bin").to_vec();
        let (_, router) = crate::road::pack::read_pack(&bytes).unwrap();
        let map = SharedMap(Rc::new(RegionMap { drawing: MapDrawing::of(router.graph()), router }));
        let pack = |number| RegionPack { number, bytes: Rc::new(bytes.clone()) };
        let state = Rc::new(AppState::default()).reduce(Action::WantMap).reduce(Action::SetPack(pack(0)));
        assert!(state.map_wanted, "still wanted once the pack is there, until built");
        let state = state.reduce(Action::SetMap(map.clone()));
        assert!(!state.map_wanted && state.map == Some(map));
        let same = Rc::clone(&state).reduce(Action::SetPack(pack(0)));
        assert!(Rc::ptr_eq(&state, &same), "the same pack (by number) changes nothing");
        assert!(state.reduce(Action::SetPack(pack(1))).map.is_none(), "another pack, another map");
    }

    #[test]
    fn a_readiness_point_put_aside_is_kept_in_the_settings_until_it_is_fixed() {
        let unprotected =
            ReadyFindings { day_stored: true, region_offline: true, app_offline: true, storage_persistent: false };
        let state = Rc::new(AppState::default())
            .reduce(Action::SetReadiness(unprotected))
            .reduce(Action::DismissReadyCause(ReadyCause::StorageNotProtected));
        assert_eq!(state.settings.ready_dismissed, [ReadyCause::StorageNotProtected]);
        let again = Rc::clone(&state).reduce(Action::SetReadiness(unprotected));
        assert!(Rc::ptr_eq(&state, &again), "looked again, still missing: still aside");
        let fixed = again.reduce(Action::SetReadiness(ReadyFindings { storage_persistent: true, ..unprotected }));
        assert!(fixed.settings.ready_dismissed.is_empty(), "fixed: forgotten, said again if it comes back");
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_rc() {
        let state = Rc::new(AppState::default());
        let same = Rc::clone(&state).reduce(Action::Show(Tab::Day));
        assert!(Rc::ptr_eq(&state, &same));
        let changed = Rc::clone(&state).reduce(Action::Show(Tab::Settings));
        assert!(!Rc::ptr_eq(&state, &changed));
    }
}
