//! The root component: owns the state, wires the browser's events to it, lays out the shell.

use super::components::{AboutPanel, BottomNav, CrewSetup, DemoBanner, NoticeBanner, TopBar, UpdateBanner};
use super::pages::{DayPage, InterventionsPage, MapPage, SettingsPage};
use super::state::{use_app_state, AppContext, AppState};
use super::tab::Tab;
use yew::prelude::*;

/// The state at start-up: stored settings, the tab named in the URL, the network state.
#[cfg(target_arch = "wasm32")]
fn initial_state() -> AppState {
    use super::texts::NoticeText;
    let window = web_sys::window().expect("the app runs in a window");
    let (mut settings, set_aside) = super::settings::load();
    if let Some(error) = &set_aside {
        web_sys::console::warn_1(&error.to_string().into());
        // Settings were there, so this is not a first start: « Mon équipe, ma région » waits to be asked.
        settings.crew_setup_done = true;
    }
    AppState {
        tab: Tab::from_fragment(&window.location().hash().unwrap_or_default()),
        settings,
        online: window.navigator().on_line(),
        notice: set_aside.map(|error| match error {
            super::settings::SettingsError::Blocked => NoticeText::StorageBlocked,
            _ => NoticeText::SettingsSetAside,
        }),
        ..AppState::default()
    }
}

/// Outside the browser (server-side rendering in native tests) there is nothing stored.
#[cfg(not(target_arch = "wasm32"))]
fn initial_state() -> AppState {
    AppState { online: true, ..AppState::default() }
}

/// Keeps the browser in step with the state and the state in step with the browser:
/// saves settings, sets `<html lang>`, follows the back button, the network, updates and
/// what other tabs of the app store.
#[cfg(target_arch = "wasm32")]
#[hook]
fn use_browser_sync(app: &AppContext) {
    use super::state::Action;
    use gloo_events::EventListener;
    {
        // The days after the one on screen are planned while the worker has nothing else to do.
        let planner = app.clone();
        let solving = matches!(app.plan, super::state::PlanState::Solving { .. });
        let watched = (
            std::rc::Rc::as_ptr(&app.other.days) as usize,
            std::rc::Rc::as_ptr(&app.other.plans) as usize,
            std::rc::Rc::as_ptr(&app.other.failures) as usize,
            solving,
            app.pack.as_ref().map(|pack| pack.number),
            app.day.as_ref().map(|day| std::rc::Rc::as_ptr(day) as usize),
        );
        use_effect_with(watched, move |_| super::planning::plan_other_days(&planner));
    }
    {
        let settings = app.settings.clone();
        use_effect_with(settings, |settings| {
            super::settings::save(settings);
            if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                let _ = root.set_attribute("lang", settings.language.tag());
            }
        });
    }
    let app = app.clone();
    use_effect_with((), move |_| {
        let window = web_sys::window().expect("the app runs in a window");
        // The app has drawn itself: the start screen of index.html goes.
        if let Some(starting) = window.document().and_then(|d| d.get_element_by_id("starting")) {
            starting.remove();
        }
        let on_hash = {
            let (app, location) = (app.clone(), window.location());
            EventListener::new(&window, "hashchange", move |_| {
                app.dispatch(Action::Show(Tab::from_fragment(&location.hash().unwrap_or_default())));
            })
        };
        let on_online = {
            let app = app.clone();
            EventListener::new(&window, "online", move |_| app.dispatch(Action::SetOnline(true)))
        };
        let on_offline = {
            let app = app.clone();
            EventListener::new(&window, "offline", move |_| app.dispatch(Action::SetOnline(false)))
        };
        super::worker::client::warm_up();
        {
            let app = app.clone();
            super::tab_sync::listen(move |change| super::planning::other_tab_stored(&app, change));
        }
        wasm_bindgen_futures::spawn_local(super::planning::load_day(app.clone()));
        wasm_bindgen_futures::spawn_local(super::region::load(app.clone()));
        wasm_bindgen_futures::spawn_local(super::deployed_regions::load_list(app.clone()));
        wasm_bindgen_futures::spawn_local(super::idb::ask_for_persistent_storage());
        super::service_worker::register(move || app.dispatch(Action::UpdateWaiting));
        move || drop((on_hash, on_online, on_offline))
    });
}

/// Natively there is no browser to keep in step with.
#[cfg(not(target_arch = "wasm32"))]
#[hook]
fn use_browser_sync(_app: &AppContext) {}

/// The whole app: top bar, banners, the current tab, the bottom navigation.
#[function_component]
pub fn App() -> Html {
    let app = use_app_state(initial_state);
    use_browser_sync(&app);
    if app.setup_open {
        // « Mon équipe, ma région » covers the whole phone screen: what it would cover is not
        // drawn. At a first start the demo day is planned behind it, and drawing that plan
        // unseen would hold the page's thread while the user answers the dialog.
        return html! {
            <ContextProvider<AppContext> context={app.clone()}>
                <div class="shell"><CrewSetup /></div>
            </ContextProvider<AppContext>>
        };
    }
    let page = match app.tab {
        Tab::Day => html! { <DayPage /> },
        Tab::Map => html! { <MapPage /> },
        Tab::Interventions => html! { <InterventionsPage /> },
        Tab::Settings => html! { <SettingsPage /> },
    };
    html! {
        <ContextProvider<AppContext> context={app.clone()}>
            <div class="shell">
                <TopBar />
                <NoticeBanner />
                <UpdateBanner />
                <DemoBanner />
                <main class="page">{ page }</main>
                <BottomNav />
                if app.about_open { <AboutPanel /> }
            </div>
        </ContextProvider<AppContext>>
    }
}
