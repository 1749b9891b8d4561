//! Picking a job's place on the region's map: a tap puts the point, « + » zooms around it.
//! The map opens where the crew works: on the point already picked, else around the day's jobs
//! and the crew's homes, else on the whole region; the communes are named as on the Carte tab.

use crate::app::map_drawing::MapDrawing;
use crate::app::map_labels::{labels, OnTheMap, LABEL_SIZE_SHARE};
use crate::app::map_view::MapView;
use crate::app::state::use_app;
use crate::app::texts::MapText;
use crate::model::Day;
use crate::road::LatLon;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`MapPicker`].
#[derive(Properties, PartialEq)]
pub struct MapPickerProps {
    /// The point already chosen, if any.
    pub picked: Option<LatLon>,
    /// Called with the point tapped.
    pub on_pick: Callback<LatLon>,
}

/// Where the crew works, map metres: the point already picked, else the day's jobs and the
/// crew's homes (those inside the region's frame `whole`).
fn crew_area(drawing: &MapDrawing, whole: &MapView, picked: Option<LatLon>, day: Option<&Day>) -> Vec<(f64, f64)> {
    let places: Vec<LatLon> = match (picked, day) {
        (Some(point), _) => vec![point],
        (None, Some(day)) => day
            .interventions
            .iter()
            .map(|job| job.location)
            .chain(day.technicians.iter().flat_map(|t| [t.shift.start_place, t.shift.end_place]))
            .collect(),
        (None, None) => Vec::new(),
    };
    places
        .into_iter()
        .map(|place| drawing.at(place))
        .filter(|&(x, y)| x >= whole.x && x <= whole.x + whole.width && y >= whole.y && y <= whole.y + whole.height)
        .collect()
}

/// The region's roads, opened over where the crew works; a tap picks a point.
#[function_component]
pub fn MapPicker(props: &MapPickerProps) -> Html {
    let app = use_app();
    let language = app.settings.language;
    let whole = app.map.as_ref().and_then(|map| MapView::parse(&map.0.drawing.view_box));
    let opening = match (&app.map, whole) {
        (Some(map), Some(whole)) => {
            MapView::around(&crew_area(&map.0.drawing, &whole, props.picked, app.day.as_deref()), &whole)
                .or(Some(whole))
        }
        _ => None,
    };
    // None until the user zooms: the map then follows the crew's area as it loads.
    let view = use_state(|| None::<MapView>);
    {
        let app = app.clone();
        use_effect_with(app.map.is_none(), move |missing| {
            if *missing {
                crate::app::planning::build_map_soon(&app);
            }
        });
    }
    let (Some(map), Some(whole)) = (app.map.clone(), whole) else {
        return html! { <p class="hint">{ language.tr(MapText::MapEmptyTitle) }</p> };
    };
    let current = (*view).or(opening).unwrap_or(whole);
    let drawing = &map.0.drawing;
    let on_click = {
        let (on_pick, map, view) = (props.on_pick.clone(), map.clone(), view.clone());
        Callback::from(move |event: MouseEvent| {
            // The map stays where it is under the finger, wherever the point picked would open it.
            view.set(Some(current));
            let Some(svg) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("svg").ok().flatten())
            else {
                return;
            };
            let rect = svg.get_bounding_client_rect();
            let x = current.x + (f64::from(event.client_x()) - rect.left()) / rect.width() * current.width;
            let y = current.y + (f64::from(event.client_y()) - rect.top()) / rect.height() * current.height;
            let (lat, lon) = map.0.drawing.projection.lat_lon(x, y);
            if let Ok(point) = LatLon::new(lat, lon) {
                on_pick.emit(point);
            }
        })
    };
    let zoom = |factor: f64| {
        let (view, map, picked) = (view.clone(), map.clone(), props.picked);
        Callback::from(move |_| {
            let zoomed = current.zoom(factor, 0.5, 0.5, &whole);
            let centred = match picked {
                Some(point) => {
                    let (x, y) = map.0.drawing.at(point);
                    zoomed.centred_on(x, y, &whole)
                }
                None => zoomed,
            };
            view.set(Some(centred));
        })
    };
    // The communes' names, those of the day's jobs first: the technician finds the place by them.
    let names_of = OnTheMap {
        stops: app.day.iter().flat_map(|day| day.interventions.iter().map(|job| job.location)).collect(),
        markers: Vec::new(),
    };
    let mark = props.picked.map(|point| {
        let (x, y) = drawing.at(point);
        html! { <circle class="picked" cx={format!("{x:.0}")} cy={format!("{y:.0}")} r={format!("{:.0}", current.width * 0.015)} /> }
    });
    html! {
        <div class="map-picker">
            <div class="map-tools">
                <button class="button map-zoom-in" type="button" aria-label={language.tr(MapText::ZoomIn)} onclick={zoom(2.0)}>{ "+" }</button>
                <button class="button map-zoom-out" type="button" aria-label={language.tr(MapText::ZoomOut)} onclick={zoom(0.5)}>{ "−" }</button>
            </div>
            <svg class="map map-pick" viewBox={current.view_box()} style={format!("aspect-ratio: {:.0} / {:.0}", current.width, current.height)}
                role="img" aria-label={language.tr(MapText::PickOnMap)} onclick={on_click}>
                { for drawing.layers.paths_for(&current, whole.width).into_iter().map(|(rank, d)| html! { <path class={rank.css()} {d} /> }) }
                { for labels(drawing, &current, &whole, &names_of).into_iter().map(|label| html! {
                    <text class="commune" x={format!("{:.0}", label.x)} y={format!("{:.0}", label.y)} font-size={format!("{:.0}", current.width * LABEL_SIZE_SHARE)}>{ label.name }</text>
                }) }
                { for mark }
            </svg>
            <p class="hint">{ language.tr(MapText::PickHint) }</p>
        </div>
    }
}
