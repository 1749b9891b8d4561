//! The app's one state value and the actions that change it.
//!
//! Components dispatch [`Action`]s; [`AppState::reduce`] returns a new `Rc`
//! (Yew 0.23 re-renders only on a new one). Side effects — saving settings,
//! updating the URL — happen in the root component, after the change.

use super::i18n::Language;
use super::planning::PlanState;
use super::region::{PackBuildState, RegionState};
use super::settings::Settings;
use super::tab::Tab;
use super::texts::NoticeText;
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
    /// A region pack being built from the user's extract.
    pub pack_build: PackBuildState,
    /// The region packs deployed with the app.
    pub deployed: super::deployed_regions::DeployedList,
    /// A deployed pack being downloaded.
    pub download: super::deployed_regions::PackDownload,
    /// Whether « Mon équipe, ma région » is open: asked for from the demo banner, or opened by a
    /// first start (see [`AppState::reduce`]).
    pub setup_open: bool,
    /// The day's plan.
    pub plan: PlanState,
    /// The region's map, once its pack is read.
    pub map: Option<super::map_drawing::SharedMap>,
    /// The stop to open on the Journée tab (tapped on the map).
    pub focus_stop: Option<String>,
    /// The day being planned (its interventions and technicians).
    pub day: Option<Rc<crate::model::Day>>,
    /// Whether that day is the untouched demo or the user's own.
    pub day_origin: super::day_store::DayOrigin,
    /// What happened on the road today.
    pub progress: Rc<crate::model::DayProgress>,
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
    /// A region build progressed, ended or failed.
    SetPackBuild(PackBuildState),
    /// The list of deployed packs arrived (or could not).
    SetDeployed(super::deployed_regions::DeployedList),
    /// A download of a deployed pack progressed, ended or failed.
    SetDownload(super::deployed_regions::PackDownload),
    /// Open or close « Mon équipe, ma région »; closing it, finished or not, stops it opening by itself.
    SetSetupOpen(bool),
    /// The day's plan changed.
    SetPlan(PlanState),
    /// The region's map is ready (or gone).
    SetMap(Option<super::map_drawing::SharedMap>),
    /// The log of the day changed.
    SetProgress(Rc<crate::model::DayProgress>),
    /// The day to plan was read or changed by the user.
    SetDay(Rc<crate::model::Day>, super::day_store::DayOrigin),
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
            Action::SetAboutOpen(open) => next.about_open = open,
            Action::UpdateWaiting => next.update_waiting = true,
            Action::SetOnline(online) => next.online = online,
            Action::DismissNotice => next.notice = None,
            Action::Notify(text) => next.notice = Some(text),
            Action::SetRegion(region) => next.region = region,
            Action::SetPackBuild(build) => next.pack_build = build,
            Action::SetDeployed(list) => next.deployed = list,
            Action::SetDownload(download) => next.download = download,
            Action::SetSetupOpen(open) => {
                next.setup_open = open;
                next.settings.crew_setup_done |= !open;
            }
            Action::SetPlan(plan) => next.plan = plan,
            Action::SetMap(map) => next.map = map,
            Action::SetProgress(progress) => next.progress = progress,
            Action::SetDay(day, origin) => {
                next.day = Some(day);
                next.day_origin = origin;
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

/// The shared handle: read the state, dispatch actions.
pub type AppContext = UseReducerHandle<AppState>;

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
        use crate::app::region::{RegionInfo, RegionOrigin};
        let meta = crate::road::pack::read_pack_meta(include_bytes!("../../static/demo/andorra.bin")).unwrap();
        let day: crate::model::Day =
            serde_json::from_str(include_str!("../../static/demo/journee-andorre.json")).unwrap();
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
    fn an_action_that_changes_nothing_keeps_the_same_rc() {
        let state = Rc::new(AppState::default());
        let same = Rc::clone(&state).reduce(Action::Show(Tab::Day));
        assert!(Rc::ptr_eq(&state, &same));
        let changed = Rc::clone(&state).reduce(Action::Show(Tab::Settings));
        assert!(!Rc::ptr_eq(&state, &changed));
    }
}
