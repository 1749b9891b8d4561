//! The Journée tab's exports: the crew's calendar, spreadsheet and plan file, and each
//! technician's calendar, GPS track and plan file (what a crew lead hands to a technician).

use crate::app::download::download;
use crate::app::i18n::Language;
use crate::app::map_drawing::SharedMap;
use crate::app::state::use_app;
use crate::app::texts::DayText;
use crate::io::{export_file_name, write_gpx, write_ics, write_plan_csv, write_plan_json};
use crate::model::{Day, DayPlan, IsoDate, TechnicianPlan};
use crate::road::snap::DEFAULT_MAX_SNAP_M;
use crate::road::{LatLon, Metric};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ExportButtons`].
#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    /// The plan to export.
    pub plan: Rc<DayPlan>,
    /// The day it plans (phones, notes, start places).
    pub day: Rc<Day>,
}

/// One kind of file.
#[derive(Clone, Copy, PartialEq)]
enum Format {
    Calendar,
    Track,
    Spreadsheet,
    PlanFile,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Calendar => "ics",
            Format::Track => "gpx",
            Format::Spreadsheet => "csv",
            Format::PlanFile => "json",
        }
    }

    fn mime(self) -> &'static str {
        match self {
            Format::Calendar => "text/calendar;charset=utf-8",
            Format::Track => "application/gpx+xml",
            Format::Spreadsheet => "text/csv;charset=utf-8",
            Format::PlanFile => "application/json",
        }
    }

    fn label(self) -> DayText {
        match self {
            Format::Calendar => DayText::ExportCalendar,
            Format::Track => DayText::ExportTrack,
            Format::Spreadsheet => DayText::ExportSpreadsheet,
            Format::PlanFile => DayText::ExportPlanFile,
        }
    }
}

/// The road shape of a technician's drives, where the region's pack covers them, over the roads
/// open on the day's `date` (a pass closed in winter is not the track to follow).
fn road_shape(map: Option<&SharedMap>, route: &TechnicianPlan, date: IsoDate) -> Vec<LatLon> {
    let date = Some(crate::road::osm::seasons::Day::from(date));
    let Some(map) = map else {
        return Vec::new();
    };
    route
        .stops
        .windows(2)
        .filter_map(|pair| map.0.router.route(pair[0].at, pair[1].at, Metric::Time, date, DEFAULT_MAX_SNAP_M).ok())
        .flat_map(|leg| leg.geometry)
        .filter_map(|(lat, lon)| LatLon::new(lat, lon).ok())
        .collect()
}

/// The file's text for the whole crew (`technician` None) or one technician, its words in `language`.
fn file_text(
    format: Format,
    (plan, day): (&DayPlan, &Day),
    technician: Option<&TechnicianPlan>,
    map: Option<&SharedMap>,
    language: Language,
) -> Result<String, String> {
    let date = day.date;
    let only = |route: &TechnicianPlan| DayPlan { technicians: vec![route.clone()], unplanned: Vec::new() };
    match (format, technician) {
        (Format::Calendar, _) => {
            let stamp = crate::app::planning::utc_now();
            write_ics(date, plan, day, technician.map(|t| t.technician.as_str()), stamp, &language)
                .map_err(|error| language.export_error(&error))
        }
        (Format::Track, Some(route)) => Ok(write_gpx(date, route, day, &road_shape(map, route, date), &language)),
        // No button asks for it: a track is one technician's drive.
        (Format::Track, None) => Ok(String::new()),
        (Format::Spreadsheet, None) => Ok(write_plan_csv(plan, day, &language)),
        (Format::Spreadsheet, Some(route)) => Ok(write_plan_csv(&only(route), day, &language)),
        (Format::PlanFile, None) => Ok(write_plan_json(date, plan)),
        (Format::PlanFile, Some(route)) => Ok(write_plan_json(date, &only(route))),
    }
}

/// Buttons that download the plan as files.
#[function_component]
pub fn ExportButtons(props: &ExportButtonsProps) -> Html {
    let app = use_app();
    let language: Language = app.settings.language;
    let error = use_state(|| None::<String>);
    let button = |format: Format, technician: Option<&TechnicianPlan>| {
        let (plan, day, app, error) = (props.plan.clone(), props.day.clone(), app.clone(), error.clone());
        let technician = technician.cloned();
        let onclick = Callback::from(move |_| {
            // A GPS track follows the roads: the region's map is built for it if not yet.
            let map = if format == Format::Track { crate::app::planning::region_map(&app) } else { app.map.clone() };
            let name = technician.as_ref().map(|t| t.name.as_str());
            let file_name = export_file_name(&day.date.to_string(), name, format.extension());
            let outcome = file_text(format, (&plan, &day), technician.as_ref(), map.as_ref(), language)
                .and_then(|text| download(&file_name, format.mime(), &text).map_err(|e| language.offer_error(&e)));
            error.set(outcome.err());
        });
        html! { <button class="button" type="button" {onclick}>{ language.tr(format.label()) }</button> }
    };
    html! {
        <details class="card exports">
            <summary>{ language.tr(DayText::ExportHeading) }</summary>
            <h4>{ language.tr(DayText::WholeCrew) }</h4>
            <div class="export-buttons">
                { button(Format::Calendar, None) }
                { button(Format::Spreadsheet, None) }
                { button(Format::PlanFile, None) }
            </div>
            { for props.plan.technicians.iter().map(|route| html! {
                <>
                    <h4>{ &route.name }</h4>
                    <div class="export-buttons">
                        { button(Format::Calendar, Some(route)) }
                        { button(Format::Track, Some(route)) }
                        { button(Format::PlanFile, Some(route)) }
                    </div>
                </>
            }) }
            if let Some(message) = &*error { <p class="error" role="alert">{ "⚠ " }{ message }</p> }
        </details>
    }
}
