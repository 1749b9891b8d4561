//! The roads closed by the technicians on the Carte tab: a red marker crossed in white with
//! « Route coupée » written beside it (never colour alone), and the tap that closes a road.

use crate::app::i18n::Language;
use crate::app::map_drawing::MapDrawing;
use crate::app::map_view::MapView;
use crate::app::texts::ClosureText;
use crate::model::RoadClosure;
use crate::road::closure_point::{road_point, ClosurePoint};
use crate::road::osm::seasons::Day as CalendarDay;
use crate::road::{LatLon, Router};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The closures in force, each a crossed red disc of `radius` (map units) and its label.
pub fn closure_marks(drawing: &MapDrawing, closures: &[RoadClosure], radius: f64, language: Language) -> Html {
    let arm = radius * 0.5;
    html! {
        { for closures.iter().map(|closure| {
            let (x, y) = drawing.at(closure.at);
            let cross = format!("M{:.0} {:.0}L{:.0} {:.0}M{:.0} {:.0}L{:.0} {:.0}", x - arm, y - arm, x + arm, y + arm, x + arm, y - arm, x - arm, y + arm);
            html! {
                <g class="closure-mark">
                    <circle cx={format!("{x:.0}")} cy={format!("{y:.0}")} r={format!("{:.0}", radius * 0.8)} />
                    <path d={cross} stroke-width={format!("{:.0}", radius * 0.25)} />
                    <text x={format!("{:.0}", x + radius)} y={format!("{:.0}", y + radius * 0.35)} font-size={format!("{:.0}", radius)}>
                        { language.tr(ClosureText::MapLabel) }
                    </text>
                </g>
            }
        }) }
    }
}

/// The road point under a tap on the map `event` (the map showing `current`), or `None` when
/// no road is near enough.
pub fn tapped_road(
    event: &MouseEvent,
    current: &MapView,
    drawing: &MapDrawing,
    router: &Router,
    date: Option<CalendarDay>,
) -> Option<ClosurePoint> {
    let svg = event.target()?.dyn_into::<web_sys::Element>().ok()?.closest("svg").ok()??;
    let rect = svg.get_bounding_client_rect();
    let x = current.x + (f64::from(event.client_x()) - rect.left()) / rect.width() * current.width;
    let y = current.y + (f64::from(event.client_y()) - rect.top()) / rect.height() * current.height;
    let (lat, lon) = drawing.projection.lat_lon(x, y);
    road_point(router, LatLon::new(lat, lon).ok()?, date)
}
