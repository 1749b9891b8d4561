//! What the Carte tab draws over the roads: the day's stops, numbered and big enough for a
//! finger, laid out so that every number reads and taps ([`crate::app::map_markers`]), and the
//! phone's own position, unlike any stop.

use crate::app::geolocation::{PositionFailure, MAP_FIX_TIMEOUT_MS};
use crate::app::i18n::Language;
use crate::app::map_drawing::MapDrawing;
use crate::app::map_markers::{Marker, CROWD_RADII};
use crate::app::map_view::MapView;
use crate::app::technician_colour::colour_class;
use crate::app::texts::MapText;
use crate::model::{DayPlan, PlannedStop};
use crate::road::LatLon;
use yew::prelude::*;

/// Radius of a stop's marker on screen, px: 36 px across whatever the zoom, more than a
/// fingertip's 32.
const MARKER_RADIUS_PX: f64 = 18.0;
/// Width of the map on a 360 px phone less the page's margins, px: the markers' scale until
/// the map on screen is measured.
const NARROW_MAP_PX: f64 = 328.0;

/// Radius of a stop's marker in map metres for `view` shown in a map of `frame_px` (width,
/// height; `None` before it is measured), whose `viewBox` is met (scaled to fit, centred).
pub fn marker_radius(view: &MapView, frame_px: Option<(f64, f64)>) -> f64 {
    let metres_per_px = match frame_px {
        Some((width, height)) if width > 0.0 && height > 0.0 => (view.width / width).max(view.height / height),
        _ => view.width / NARROW_MAP_PX,
    };
    MARKER_RADIUS_PX * metres_per_px
}

/// A stop of the day to mark: its technician, its number in that technician's day, where.
pub struct DayStop<'a> {
    /// Index of the technician in the plan (their colour).
    pub technician: usize,
    /// Its number in the technician's day, from 1.
    pub number: usize,
    /// The stop.
    pub stop: &'a PlannedStop,
    /// Where it is drawn, map metres.
    pub at: (f64, f64),
}

/// The day's stops (breaks are not places to go), technician after technician.
pub fn day_stops<'a>(plan: &'a DayPlan, drawing: &MapDrawing) -> Vec<DayStop<'a>> {
    plan.technicians
        .iter()
        .enumerate()
        .flat_map(|(technician, route)| {
            route.stops.iter().filter(|stop| !stop.is_break).enumerate().map(move |(n, stop)| (technician, n + 1, stop))
        })
        .map(|(technician, number, stop)| DayStop { technician, number, stop, at: drawing.at(stop.at) })
        .collect()
}

/// What a tap on the stops' layer does.
pub struct Taps {
    /// Opens the stop of this id on the Journée tab.
    pub open: Callback<String>,
    /// Zooms in on these places (a disc counting stops close together).
    pub zoom_on: Callback<Vec<(f64, f64)>>,
}

/// The markers of `stops` (laid out for markers of `radius`, see [`crate::app::map_markers::lay_out`]), with a line from
/// each marker spread aside to its stop's own place.
pub fn stop_markers(stops: &[DayStop], laid_out: &[Marker], radius: f64, taps: &Taps, language: Language) -> Html {
    let number = |v: f64| format!("{v:.0}");
    let leaders = laid_out.iter().filter_map(|marker| match marker {
        Marker::Stop { x, y, moved_from: Some((px, py)), .. } => Some(html! {
            <g class="marker-leader">
                <line x1={number(*px)} y1={number(*py)} x2={number(*x)} y2={number(*y)} />
                <circle cx={number(*px)} cy={number(*py)} r={number(radius * 0.2)} />
            </g>
        }),
        _ => None,
    });
    let markers = laid_out.iter().map(|marker| match marker {
        Marker::Stop { index, x, y, .. } => {
            let DayStop { technician, number: n, stop, .. } = &stops[*index];
            let open = {
                let (open, id) = (taps.open.clone(), stop.id.clone());
                Callback::from(move |_| open.emit(id.clone()))
            };
            html! {
                <g class={format!("marker {}", colour_class("marker", *technician))} data-id={stop.id.clone()} onclick={open} role="button" aria-label={stop.customer.clone()}>
                    <circle cx={number(*x)} cy={number(*y)} r={number(radius)} />
                    <text x={number(*x)} y={number(y + radius * 0.4)} font-size={number(radius * 1.1)}>{ n }</text>
                </g>
            }
        }
        Marker::Crowd { members, x, y } => {
            let zoom = {
                let (zoom_on, places) = (taps.zoom_on.clone(), members.iter().map(|&m| stops[m].at).collect::<Vec<_>>());
                Callback::from(move |_| zoom_on.emit(places.clone()))
            };
            let label = format!("{} {}", members.len(), language.tr(MapText::NearbyStops));
            html! {
                <g class="marker-crowd" onclick={zoom} role="button" aria-label={label}>
                    // A second disc peeking out behind: several stops, not one.
                    <circle class="crowd-behind" cx={number(x + radius * 0.2)} cy={number(y - radius * 0.2)} r={number(radius * CROWD_RADII)} />
                    <circle cx={number(*x)} cy={number(*y)} r={number(radius * CROWD_RADII)} />
                    <text x={number(*x)} y={number(y + radius * 0.4)} font-size={number(radius * 1.1)}>{ members.len() }</text>
                </g>
            }
        }
    });
    html! { <>{ for leaders }{ for markers }</> }
}

/// The phone's position as the map last asked for it (none asked yet, found, or why not), and
/// whether it is being asked: asked at once when the technician already allowed it.
#[hook]
pub fn use_position() -> (UseStateHandle<Option<Result<LatLon, PositionFailure>>>, UseStateHandle<bool>) {
    let here = use_state(|| None::<Result<LatLon, PositionFailure>>);
    let locating = use_state(|| false);
    {
        let (here, locating) = (here.clone(), locating.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if crate::app::geolocation::allowed().await {
                    locating.set(true);
                    here.set(Some(crate::app::geolocation::locate(MAP_FIX_TIMEOUT_MS).await));
                    locating.set(false);
                }
            });
        });
    }
    (here, locating)
}

/// What the map says when there is no position.
pub fn failure_text(failure: PositionFailure) -> MapText {
    match failure {
        PositionFailure::Refused => MapText::PositionRefused,
        PositionFailure::Unavailable => MapText::PositionUnavailable,
        PositionFailure::TimedOut => MapText::PositionTimedOut,
        PositionFailure::Unsupported => MapText::PositionUnsupported,
    }
}

/// The phone's position: a blue dot in a pale halo, smaller than a stop and without a number,
/// so it is never taken for one.
pub fn position_marker(drawing: &MapDrawing, at: LatLon, radius: f64) -> Html {
    let (x, y) = drawing.at(at);
    let (x, y) = (format!("{x:.0}"), format!("{y:.0}"));
    html! {
        <g class="here-mark">
            <circle class="here-halo" cx={x.clone()} cy={y.clone()} r={format!("{:.0}", radius * 1.3)} />
            <circle class="here" cx={x} cy={y} r={format!("{:.0}", radius * 0.5)} />
        </g>
    }
}
