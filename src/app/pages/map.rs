//! The Carte tab: the region's roads drawn from its pack, and each technician's drive on top.

use crate::app::components::{EmptyState, IconKind};
use crate::app::i18n::Text;
use crate::app::map_drawing::{RegionMap, SharedMap};
use crate::app::state::use_app;
use crate::plan::day_problem::DayPlan;
use crate::road::snap::DEFAULT_MAX_SNAP_M;
use crate::road::{Metric, OSM_ATTRIBUTION};
use yew::prelude::*;

/// SVG polylines of each technician's drives between consecutive stops, along the roads.
fn drives(map: &RegionMap, plan: &DayPlan) -> Vec<String> {
    plan.technicians
        .iter()
        .map(|route| {
            route
                .stops
                .windows(2)
                .filter_map(|pair| {
                    map.router.route(pair[0].at, pair[1].at, Metric::Time, None, DEFAULT_MAX_SNAP_M).ok()
                })
                .map(|leg| map.drawing.route_points(&leg))
                .collect::<Vec<_>>()
                .join("")
        })
        .collect()
}

/// The map, or what is missing.
#[function_component]
pub fn MapPage() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let plan = app.plan.plan().cloned();
    let shapes =
        use_memo((app.map.clone(), plan.clone()), |(map, plan): &(Option<SharedMap>, Option<std::rc::Rc<DayPlan>>)| {
            match (map, plan) {
                (Some(map), Some(plan)) => drives(&map.0, plan),
                _ => Vec::new(),
            }
        });
    let Some(map) = &app.map else {
        return html! { <EmptyState heading={Text::TabMap} icon={IconKind::Map} title={Text::MapEmptyTitle} hint={Text::MapEmptyHint} /> };
    };
    let drawing = &map.0.drawing;
    let radius = drawing.width_m * 0.012;
    let markers = plan.iter().flat_map(|plan| plan.technicians.iter().enumerate()).flat_map(|(t, route)| {
        route.stops.iter().filter(|stop| !stop.is_break).enumerate().map(move |(n, stop)| {
            let (x, y) = drawing.at(stop.at);
            html! {
                <g class={format!("marker marker-{t}")}>
                    <circle cx={format!("{x:.0}")} cy={format!("{y:.0}")} r={format!("{radius:.0}")} />
                    <text x={format!("{x:.0}")} y={format!("{:.0}", y + radius * 0.4)} font-size={format!("{:.0}", radius * 1.1)}>{ n + 1 }</text>
                </g>
            }
        })
    });
    html! {
        <>
            <h2 class="page-title">{ language.tr(Text::TabMap) }</h2>
            <svg class="map" viewBox={drawing.view_box.clone()} role="img" aria-label={language.tr(Text::TabMap)}>
                { for drawing.roads.iter().map(|(rank, d)| html! { <path class={rank.css()} d={d.clone()} /> }) }
                { for shapes.iter().enumerate().map(|(t, points)| html! { <polyline class={format!("drive drive-{t}")} points={points.clone()} /> }) }
                { for markers }
            </svg>
            if let Some(plan) = &plan {
                <ul class="legend">
                    { for plan.technicians.iter().enumerate().map(|(t, route)| html! { <li><span class={format!("swatch drive-{t}")}></span>{ &route.name }</li> }) }
                </ul>
            }
            <a class="attribution-link" href="https://www.openstreetmap.org/copyright" rel="noopener" target="_blank">{ OSM_ATTRIBUTION }</a>
        </>
    }
}
