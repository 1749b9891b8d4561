//! Moving the Carte tab's map: one finger pans, two zoom, and the buttons and the mouse wheel
//! zoom too, all shown at once by moving or scaling what is drawn and drawn again once they rest.

use crate::app::map_view::MapView;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Screen pixels a finger may move and still tap a stop.
pub(super) const TAP_SLOP_PX: f64 = 8.0;

/// Fingers on the map: their last positions, how far the gesture moved, and the change not yet
/// drawn.
///
/// Moving the map never redraws the roads while it moves (a département's roads take some 50–100
/// ms to draw): a one-finger drag translates the drawing on screen, and a zoom (two fingers,
/// the buttons, the wheel) scales it ([`MapView::preview_of`]), both composited by the browser.
/// The view follows, and the roads are drawn again at their new level of detail, when the
/// fingers lift, a second one comes down, or the buttons and the wheel rest for [`SETTLE_MS`].
#[derive(Default)]
pub(super) struct Gesture {
    pointers: HashMap<i32, (f64, f64)>,
    pub(super) moved_px: f64,
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
    pub(super) fn commit(&mut self, view: MapView, map: &web_sys::Element, whole: &MapView) -> MapView {
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
    gesture: &Rc<RefCell<Gesture>>,
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
pub(super) fn map_on_page() -> Option<web_sys::Element> {
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

/// The map's answers to fingers, the wheel and its buttons.
pub(super) struct GestureHandlers {
    /// A finger (or the mouse) comes down.
    pub(super) on_down: Callback<PointerEvent>,
    /// It moves: a drag with one, a pinch with two.
    pub(super) on_move: Callback<PointerEvent>,
    /// It lifts (or leaves, or is cancelled).
    pub(super) on_up: Callback<PointerEvent>,
    /// The mouse wheel zooms.
    pub(super) on_wheel: Callback<WheelEvent>,
    /// « + ».
    pub(super) zoom_in: Callback<MouseEvent>,
    /// « − ».
    pub(super) zoom_out: Callback<MouseEvent>,
    /// « Toute la région ».
    pub(super) reset: Callback<MouseEvent>,
}

/// The handlers moving `view` (None until the user moves the map, then `opening` is left),
/// `current` on screen, within `whole`.
pub(super) fn gesture_handlers(
    gesture: &Rc<RefCell<Gesture>>,
    view: &UseStateHandle<Option<MapView>>,
    (opening, current, whole): (MapView, MapView, MapView),
) -> GestureHandlers {
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
    GestureHandlers { on_down, on_move, on_up, on_wheel, zoom_in: zoom_button(2.0), zoom_out: zoom_button(0.5), reset }
}
