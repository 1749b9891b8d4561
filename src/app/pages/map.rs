//! The Carte tab: the region's roads drawn from its pack, each technician's drive on top
//! (`map_drives.rs`), the phone's position; one finger pans, two zoom (buttons and the mouse
//! wheel too: `map_gestures.rs`), a tapped stop opens on the Journée tab.

use super::day_crew::day_on_map;
use super::map_closures::{closure_marks, tapped_road};
use super::map_drives::drives;
use super::map_gestures::{gesture_handlers, map_on_page, Gesture, GestureHandlers, TAP_SLOP_PX};
use super::map_marks::{day_stops, failure_text, marker_radius, position_marker, stop_markers, use_position, Taps};
use crate::app::components::{ClosureForm, EmptyState, Icon, IconKind};
use crate::app::geolocation::MAP_FIX_TIMEOUT_MS;
use crate::app::map_labels::{labels, OnTheMap, LABEL_SIZE_SHARE};
use crate::app::map_markers::lay_out;
use crate::app::map_view::{MapView, MAX_ZOOM};
use crate::app::state::{use_app, Action};
use crate::app::technician_colour::colour_class;
use crate::app::texts::{ClosureText, MapText, ShellText};
use crate::model::{DayPlan, RoadClosure};
use crate::road::closure_point::ClosurePoint;
use crate::road::osm::seasons::Day as CalendarDay;
use crate::road::{LatLon, OSM_ATTRIBUTION};
use std::rc::Rc;
use yew::prelude::*;

/// The map, or what is missing.
#[function_component]
pub fn MapPage() -> Html {
    let app = use_app();
    let language = app.settings.language;
    // « Ma journée » on Journée: my day alone on the map too.
    let me = app.settings.phone_of.clone();
    let plan: Option<Rc<DayPlan>> =
        (*use_memo((app.plan.plan().cloned(), app.settings.day_view(), me), |(plan, view, me)| {
            plan.as_ref().map(|plan| day_on_map(plan, *view, me.as_deref()).map_or_else(|| Rc::clone(plan), Rc::new))
        }))
        .clone();
    let date = app.day.as_ref().map(|day| CalendarDay::from(day.date));
    let closures: Vec<LatLon> =
        app.day.as_ref().map(|day| day.closures_in_force().map(|closure| closure.at).collect()).unwrap_or_default();
    let shapes =
        use_memo((app.map.clone(), plan.clone(), date, closures), |(map, plan, date, closures)| match (map, plan) {
            (Some(map), Some(plan)) => drives(&map.0, plan, *date, closures),
            _ => Vec::new(),
        });
    let whole = app.map.as_ref().and_then(|map| MapView::parse(&map.0.drawing.view_box));
    // None until the user moves the map: it then opens on the day's stops (or the whole region).
    let view = use_state(|| None::<MapView>);
    let gesture = use_mut_ref(Gesture::default);
    // « Signaler une route coupée » pressed: the next tap on the map is the closed road.
    let reporting = use_state(|| false);
    let closing = use_state(|| None::<Option<ClosurePoint>>);
    // The map's size on screen, px, measured after each drawing: markers keep their size on
    // screen whatever the map's proportions.
    let frame_px = use_state(|| None::<(f64, f64)>);
    {
        let frame_px = frame_px.clone();
        use_effect(move || {
            if let Some(svg) = map_on_page() {
                let size = (f64::from(svg.client_width()), f64::from(svg.client_height()));
                if size.0 > 0.0 && *frame_px != Some(size) {
                    frame_px.set(Some(size));
                }
            }
        });
    }
    let (here, locating) = use_position();
    {
        let app = app.clone();
        use_effect_with(app.map.is_none(), move |missing| {
            if *missing {
                crate::app::planning::build_map_soon(&app);
            }
        });
    }
    let (Some(map), Some(whole)) = (&app.map, whole) else {
        if matches!(app.region, crate::app::state::region_state::RegionState::Ready(_)) {
            return html! { <EmptyState heading={language.tr(ShellText::TabMap)} icon={IconKind::Map} title={language.tr(MapText::MapLoading)} hint={language.tr(MapText::MapLoadingHint)} /> };
        }
        return html! { <EmptyState heading={language.tr(ShellText::TabMap)} icon={IconKind::Map} title={language.tr(MapText::MapEmptyTitle)} hint={language.tr(MapText::MapEmptyHint)} /> };
    };
    let drawing = &map.0.drawing;
    let day = plan.as_ref().map(|plan| day_stops(plan, drawing)).unwrap_or_default();
    let stops: Vec<(f64, f64)> = day
        .iter()
        .map(|stop| stop.at)
        .filter(|&(x, y)| x >= whole.x && x <= whole.x + whole.width && y >= whole.y && y <= whole.y + whole.height)
        .collect();
    let opening = MapView::around(&stops, &whole).unwrap_or(whole);
    let current = view.unwrap_or(opening);
    let GestureHandlers { on_down, on_move, on_up, on_wheel, zoom_in, zoom_out, reset } =
        gesture_handlers(&gesture, &view, (opening, current, whole));
    let locate = {
        let (view, here, locating, shared) = (view.clone(), here.clone(), locating.clone(), map.clone());
        Callback::from(move |_| {
            let (view, here, locating, shared) = (view.clone(), here.clone(), locating.clone(), shared.clone());
            locating.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let position = crate::app::geolocation::locate(MAP_FIX_TIMEOUT_MS).await;
                if let Ok(position) = position {
                    let (x, y) = shared.0.drawing.at(position);
                    view.set(Some(view.unwrap_or(opening).centred_on(x, y, &whole)));
                }
                here.set(Some(position));
                locating.set(false);
            });
        })
    };
    let radius = marker_radius(&current, *frame_px);
    let deepest = whole.width / MAX_ZOOM;
    let deepest_radius = (current.width > deepest * 1.001).then_some(radius * deepest / current.width);
    let laid_out = lay_out(&day.iter().map(|stop| stop.at).collect::<Vec<_>>(), radius, deepest_radius);
    let taps = Taps {
        open: {
            let (app, gesture) = (app.clone(), gesture.clone());
            Callback::from(move |id: String| {
                if gesture.borrow().moved_px < TAP_SLOP_PX {
                    // A history entry of its own, so that the back button returns to the map.
                    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                        let _ = history.push_state_with_url(
                            &wasm_bindgen::JsValue::NULL,
                            "",
                            Some(crate::app::tab::Tab::Day.fragment()),
                        );
                    }
                    app.dispatch(Action::OpenStop(id));
                }
            })
        },
        zoom_on: {
            let (gesture, view) = (gesture.clone(), view.clone());
            Callback::from(move |places: Vec<(f64, f64)>| {
                if gesture.borrow().moved_px >= TAP_SLOP_PX {
                    return;
                }
                let Some(fit) = MapView::around(&places, &whole) else { return };
                // Closer each tap, even where the stops' frame is no narrower than the view.
                let target = if fit.width < current.width / 2.0 {
                    fit
                } else {
                    current.zoom(3.0, 0.5, 0.5, &whole).centred_on(
                        fit.x + fit.width / 2.0,
                        fit.y + fit.height / 2.0,
                        &whole,
                    )
                };
                if let Some(map) = map_on_page() {
                    gesture.borrow_mut().commit(current, &map, &whole);
                }
                view.set(Some(target));
            })
        },
    };
    let on_the_map = OnTheMap {
        stops: day.iter().map(|stop| stop.stop.at).collect(),
        markers: laid_out
            .iter()
            .map(|marker| match marker {
                crate::app::map_markers::Marker::Stop { x, y, .. } => (*x, *y, radius),
                crate::app::map_markers::Marker::Crowd { x, y, .. } => {
                    (*x, *y, radius * crate::app::map_markers::CROWD_RADII)
                }
            })
            .collect(),
    };
    let found = here.as_ref().and_then(|here| here.as_ref().ok()).copied();
    let failure = here.as_ref().and_then(|here| here.as_ref().err()).copied().map(failure_text);
    let in_force: Vec<RoadClosure> =
        app.day.as_ref().map(|day| day.closures_in_force().cloned().collect()).unwrap_or_default();
    let on_tap = {
        let (reporting, closing, gesture, shared) = (reporting.clone(), closing.clone(), gesture.clone(), map.clone());
        Callback::from(move |event: MouseEvent| {
            if *reporting && gesture.borrow().moved_px < TAP_SLOP_PX {
                let found = tapped_road(&event, &current, &shared.0.drawing, &shared.0.router, date);
                reporting.set(found.is_none());
                closing.set(Some(found));
            }
        })
    };
    let report = {
        let (reporting, closing) = (reporting.clone(), closing.clone());
        Callback::from(move |_| {
            reporting.set(!*reporting);
            closing.set(None);
        })
    };
    let form_done = {
        let closing = closing.clone();
        Callback::from(move |()| closing.set(None))
    };
    let crowded = laid_out.iter().any(|marker| matches!(marker, crate::app::map_markers::Marker::Crowd { .. }));
    html! {
        <>
            <h2 class="page-title">{ language.tr(ShellText::TabMap) }</h2>
            <div class="map-tools">
                <button class="button map-zoom-in" type="button" aria-label={language.tr(MapText::ZoomIn)} onclick={zoom_in}>{ "+" }</button>
                <button class="button map-zoom-out" type="button" aria-label={language.tr(MapText::ZoomOut)} onclick={zoom_out}>{ "−" }</button>
                <button class="button map-reset" type="button" onclick={reset}>{ language.tr(MapText::WholeRegion) }</button>
                <button class="button map-locate" type="button" onclick={locate} disabled={*locating}>
                    { language.tr(if *locating { MapText::Locating } else { MapText::LocateMe }) }
                </button>
                <button class={classes!("button", "map-report-closure", reporting.then_some("chosen"))} type="button" aria-pressed={reporting.to_string()} onclick={report}>
                    <Icon kind={IconKind::RoadClosed} />{ language.tr(ClosureText::ReportOnMap) }
                </button>
            </div>
            if *reporting { <p class="hint tap-the-road" role="status">{ language.tr(if *closing == Some(None) { ClosureText::NoRoadHere } else { ClosureText::TapTheRoad }) }</p> }
            if let Some(Some(point)) = &*closing { <ClosureForm point={point.clone()} on_done={form_done} /> }
            if let Some(failure) = failure { <p class="position-failure" role="status">{ language.tr(failure) }</p> }
            <div class="map-frame">
            <svg class="map" viewBox={current.view_box()} role="img" aria-label={language.tr(ShellText::TabMap)}
                onpointerdown={on_down} onpointermove={on_move} onpointerup={on_up.clone()} onpointercancel={on_up.clone()} onpointerleave={on_up}
                onwheel={on_wheel} onclick={on_tap}>
                { for drawing.layers.paths_for(&current, whole.width).into_iter().map(|(rank, d)| html! { <path class={rank.css()} {d} /> }) }
                { for labels(drawing, &current, &whole, &on_the_map).into_iter().map(|label| html! {
                    <text class="commune" x={format!("{:.0}", label.x)} y={format!("{:.0}", label.y)} font-size={format!("{:.0}", current.width * LABEL_SIZE_SHARE)}>{ label.name }</text>
                }) }
                { for shapes.iter().enumerate().filter(|(_, points)| !points.is_empty()).map(|(t, points)| html! { <polyline class={format!("drive {}", colour_class("drive", t))} points={points.clone()} /> }) }
                // Under the stops: the numbers stay readable and tappable where the technician stands.
                { closure_marks(drawing, &in_force, radius, language) }
                { for found.map(|at| position_marker(drawing, at, radius)) }
                { stop_markers(&day, &laid_out, radius, &taps, language) }
            </svg>
            </div>
            if !*locating && found.is_none() && failure.is_none() { <p class="hint">{ language.tr(MapText::MapGestures) }</p> }
            if let Some(plan) = &plan {
                <ul class="legend">
                    { for plan.technicians.iter().enumerate().filter(|(_, route)| !route.stops.is_empty()).map(|(t, route)| html! { <li><span class={format!("swatch {}", colour_class("drive", t))}></span>{ &route.name }</li> }) }
                    if found.is_some() { <li><span class="swatch swatch-here"></span>{ language.tr(MapText::YouAreHere) }</li> }
                    if crowded { <li><span class="swatch swatch-crowd"></span>{ language.tr(MapText::CrowdLegend) }</li> }
                </ul>
            }
            <a class="attribution-link" href="https://www.openstreetmap.org/copyright" rel="noopener" target="_blank">{ OSM_ATTRIBUTION }</a>
        </>
    }
}
