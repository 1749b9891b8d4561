//! The Carte tab: the region's roads drawn from its pack, each technician's drive on top, the
//! phone's position; one finger pans, two zoom (buttons and the mouse wheel too), a tapped stop
//! opens on the Journée tab.

use super::day_crew::day_on_map;
use super::map_closures::{closure_marks, tapped_road};
use super::map_marks::{day_stops, failure_text, marker_radius, position_marker, stop_markers, use_position, Taps};
use crate::app::components::{ClosureForm, EmptyState, Icon, IconKind};
use crate::app::geolocation::MAP_FIX_TIMEOUT_MS;
use crate::app::map_drawing::RegionMap;
use crate::app::map_labels::{labels, OnTheMap, LABEL_SIZE_SHARE};
use crate::app::map_markers::lay_out;
use crate::app::map_view::{MapView, MAX_ZOOM};
use crate::app::state::{use_app, Action};
use crate::app::technician_colour::colour_class;
use crate::app::texts::{ClosureText, MapText, ShellText};
use crate::model::{DayPlan, RoadClosure};
use crate::road::closure_point::ClosurePoint;
use crate::road::osm::seasons::Day as CalendarDay;
use crate::road::router::CLOSURE_MAX_SNAP_M;
use crate::road::snap::DEFAULT_MAX_SNAP_M;
use crate::road::{LatLon, Metric, OSM_ATTRIBUTION};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// SVG polylines of each technician's drives between consecutive stops, along the roads open
/// on the day planned (`date`: a pass closed in winter is not drawn as the way taken) and around
/// the roads the technicians closed (`closures`, the points of those in force).
fn drives(map: &RegionMap, plan: &DayPlan, date: Option<CalendarDay>, closures: &[LatLon]) -> Vec<String> {
    let closed = map.router.close(closures, CLOSURE_MAX_SNAP_M, date);
    plan.technicians
        .iter()
        .map(|route| {
            route
                .stops
                .windows(2)
                .filter_map(|pair| {
                    let (from, to) = (pair[0].at, pair[1].at);
                    map.router.route_avoiding(from, to, (Metric::Time, date), DEFAULT_MAX_SNAP_M, &closed).ok()
                })
                .map(|leg| map.drawing.route_points(&leg))
                .collect::<Vec<_>>()
                .join("")
        })
        .collect()
}

/// Screen pixels a finger may move and still tap a stop.
const TAP_SLOP_PX: f64 = 8.0;

/// Fingers on the map: their last positions, how far the gesture moved, and the change not yet
/// drawn.
///
/// Moving the map never redraws the roads while it moves (a département's roads take some 50–100
/// ms to draw): a one-finger drag translates the drawing on screen, and a zoom (two fingers,
/// the buttons, the wheel) scales it ([`MapView::preview_of`]), both composited by the browser.
/// The view follows, and the roads are drawn again at their new level of detail, when the
/// fingers lift, a second one comes down, or the buttons and the wheel rest for [`SETTLE_MS`].
#[derive(Default)]
struct Gesture {
    pointers: HashMap<i32, (f64, f64)>,
    moved_px: f64,
    drag_px: (f64, f64),
    /// A zoom shown by scaling, not drawn yet.
    zoom: Option<MapView>,
    /// The timer that draws the zoom once the buttons or the wheel rest.
    settle_timer: Option<i32>,
}

/// Rest after a zoom button or wheel step before the roads are drawn at the new zoom, ms.
const SETTLE_MS: i32 = 250;

impl Gesture {
    /// The view with the pending drag or zoom applied, the map's transform cleared.
    fn commit(&mut self, view: MapView, map: &web_sys::Element, whole: &MapView) -> MapView {
        let (dx, dy) = std::mem::take(&mut self.drag_px);
        let _ = map.set_attribute("style", "");
        if let Some(timer) = self.settle_timer.take() {
            if let Some(window) = web_sys::window() {
                window.clear_timeout_with_handle(timer);
            }
        }
        let view = self.zoom.take().unwrap_or(view);
        if (dx, dy) == (0.0, 0.0) {
            return view;
        }
        view.pan(dx, dy, f64::from(map.client_width()), whole)
    }

    /// Shows `target` by scaling the drawing of `shown`, the view on screen.
    fn preview(&mut self, map: &web_sys::Element, shown: &MapView, target: MapView) {
        let (width, height) = (f64::from(map.client_width()), f64::from(map.client_height()));
        let _ = map.set_attribute("style", &shown.preview_of(&target, width, height).css());
        self.zoom = Some(target);
    }
}

/// Zooms by `factor` around (`fx`, `fy`) of what is on screen, scaled at once and drawn once the
/// zooming rests.
fn zoom_then_settle(
    gesture: &std::rc::Rc<std::cell::RefCell<Gesture>>,
    view: &UseStateHandle<Option<MapView>>,
    (shown, whole): (MapView, MapView),
    (factor, fx, fy): (f64, f64, f64),
) {
    let Some(map) = map_on_page() else {
        return;
    };
    let mut held = gesture.borrow_mut();
    let target = held.zoom.unwrap_or(shown).zoom(factor, fx, fy, &whole);
    held.preview(&map, &shown, target);
    let Some(window) = web_sys::window() else { return };
    if let Some(timer) = held.settle_timer.take() {
        window.clear_timeout_with_handle(timer);
    }
    let (settling, view) = (gesture.clone(), view.clone());
    let settle = wasm_bindgen::closure::Closure::once_into_js(move || {
        let mut held = settling.borrow_mut();
        held.settle_timer = None;
        if held.zoom.is_some() {
            view.set(Some(held.commit(shown, &map, &whole)));
        }
    });
    held.settle_timer =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(settle.unchecked_ref(), SETTLE_MS).ok();
}

/// The map's `svg.map` element on the page (for the buttons, outside it).
fn map_on_page() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.query_selector("svg.map").ok().flatten()
}

/// The `svg.map` element an event happened in.
fn map_element(event: &web_sys::Event) -> Option<web_sys::Element> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    target.closest("svg.map").ok()?
}

/// The map's frame on screen (what the user sees, whatever transform the drawing is under),
/// found from the element touched (events reach Yew delegated).
fn screen_rect(event: &web_sys::Event) -> Option<web_sys::DomRect> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    Some(target.closest(".map-frame").ok()??.get_bounding_client_rect())
}

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
    let on_down = {
        let (gesture, view) = (gesture.clone(), view.clone());
        Callback::from(move |event: PointerEvent| {
            let mut gesture = gesture.borrow_mut();
            if gesture.pointers.is_empty() {
                gesture.moved_px = 0.0;
                if gesture.zoom.is_some() {
                    if let Some(map) = map_element(&event) {
                        view.set(Some(gesture.commit(view.unwrap_or(opening), &map, &whole)));
                    }
                }
            } else if let Some(map) = map_element(&event) {
                // A second finger: the drag so far becomes the view, then the pinch zooms it.
                view.set(Some(gesture.commit(view.unwrap_or(opening), &map, &whole)));
            }
            gesture.pointers.insert(event.pointer_id(), (f64::from(event.client_x()), f64::from(event.client_y())));
        })
    };
    let on_move = {
        let (gesture, view) = (gesture.clone(), view.clone());
        Callback::from(move |event: PointerEvent| {
            let mut gesture = gesture.borrow_mut();
            let id = event.pointer_id();
            let Some(&before) = gesture.pointers.get(&id) else { return };
            let Some(rect) = screen_rect(&event) else { return };
            let after = (f64::from(event.client_x()), f64::from(event.client_y()));
            let current = view.unwrap_or(opening);
            gesture.moved_px += (after.0 - before.0).abs() + (after.1 - before.1).abs();
            gesture.pointers.insert(id, after);
            if gesture.pointers.len() == 1 {
                let (dx, dy) = (gesture.drag_px.0 + after.0 - before.0, gesture.drag_px.1 + after.1 - before.1);
                gesture.drag_px = (dx, dy);
                if let Some(map) = map_element(&event) {
                    let _ = map.set_attribute("style", &format!("transform: translate({dx:.0}px, {dy:.0}px)"));
                }
                return;
            }
            let other = gesture.pointers.iter().find(|(&k, _)| k != id).map(|(_, &p)| p).unwrap_or(before);
            let distance = |a: (f64, f64)| ((a.0 - other.0).powi(2) + (a.1 - other.1).powi(2)).sqrt().max(1.0);
            let middle = ((after.0 + other.0) / 2.0, (after.1 + other.1) / 2.0);
            let (fx, fy) = ((middle.0 - rect.left()) / rect.width(), (middle.1 - rect.top()) / rect.height());
            let target = gesture.zoom.unwrap_or(current).zoom(distance(after) / distance(before), fx, fy, &whole);
            if let Some(map) = map_element(&event) {
                gesture.preview(&map, &current, target);
            }
        })
    };
    let on_up = {
        let (gesture, view) = (gesture.clone(), view.clone());
        Callback::from(move |event: PointerEvent| {
            let mut gesture = gesture.borrow_mut();
            gesture.pointers.remove(&event.pointer_id());
            // Lifting the fingers ends a drag; lifting one of two ends a pinch (the other may drag on).
            if gesture.pointers.len() <= 1 && (gesture.drag_px != (0.0, 0.0) || gesture.zoom.is_some()) {
                if let Some(map) = map_element(&event) {
                    view.set(Some(gesture.commit(view.unwrap_or(opening), &map, &whole)));
                }
            }
        })
    };
    let on_wheel = {
        let (gesture, view) = (gesture.clone(), view.clone());
        Callback::from(move |event: WheelEvent| {
            event.prevent_default();
            let Some(rect) = screen_rect(&event) else { return };
            let (fx, fy) = (
                (f64::from(event.client_x()) - rect.left()) / rect.width(),
                (f64::from(event.client_y()) - rect.top()) / rect.height(),
            );
            zoom_then_settle(&gesture, &view, (current, whole), ((-event.delta_y() * 0.002).exp(), fx, fy));
        })
    };
    let zoom_button = |factor: f64| {
        let (gesture, view) = (gesture.clone(), view.clone());
        Callback::from(move |_| zoom_then_settle(&gesture, &view, (current, whole), (factor, 0.5, 0.5)))
    };
    let reset = {
        let (gesture, view) = (gesture.clone(), view.clone());
        Callback::from(move |_| {
            if let Some(map) = map_on_page() {
                gesture.borrow_mut().commit(whole, &map, &whole);
            }
            view.set(Some(whole));
        })
    };
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
                <button class="button map-zoom-in" type="button" aria-label={language.tr(MapText::ZoomIn)} onclick={zoom_button(2.0)}>{ "+" }</button>
                <button class="button map-zoom-out" type="button" aria-label={language.tr(MapText::ZoomOut)} onclick={zoom_button(0.5)}>{ "−" }</button>
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
