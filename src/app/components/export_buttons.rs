//! The Journée tab's exports: the crew's calendar, spreadsheet and plan file, and each
//! technician's calendar, GPS track, plan file (what a crew lead hands to a technician) and day
//! report (what happened at each stop).

use super::day_report::DayReportView;
use crate::app::download::download;
use crate::app::i18n::Language;
use crate::app::map_drawing::SharedMap;
use crate::app::state::use_app;
use crate::app::texts::{DayText, ReportText};
use crate::io::{export_file_name, write_gpx, write_ics, write_plan_csv, write_plan_json};
use crate::model::{day_report, Day, DayPlan, TechnicianPlan};
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
pub(super) enum Format {
    Calendar,
    Track,
    Spreadsheet,
    PlanFile,
}

impl Format {
    /// The file name's extension.
    pub(super) fn extension(self) -> &'static str {
        match self {
            Format::Calendar => "ics",
            Format::Track => "gpx",
            Format::Spreadsheet => "csv",
            Format::PlanFile => "json",
        }
    }

    /// The file's media type.
    pub(super) fn mime(self) -> &'static str {
        match self {
            Format::Calendar => "text/calendar;charset=utf-8",
            Format::Track => "application/gpx+xml",
            Format::Spreadsheet => "text/csv;charset=utf-8",
            Format::PlanFile => "application/json",
        }
    }

    /// The button's words.
    pub(super) fn label(self) -> DayText {
        match self {
            Format::Calendar => DayText::ExportCalendar,
            Format::Track => DayText::ExportTrack,
            Format::Spreadsheet => DayText::ExportSpreadsheet,
            Format::PlanFile => DayText::ExportPlanFile,
        }
    }
}

/// The road shape of a technician's drives, where the region's pack covers them, over the roads
/// open on the `day`'s date (a pass closed in winter is not the track to follow) and around the
/// roads the technicians closed that day.
fn road_shape(map: Option<&SharedMap>, route: &TechnicianPlan, day: &Day) -> Vec<LatLon> {
    let date = Some(crate::road::osm::seasons::Day::from(day.date));
    let Some(map) = map else {
        return Vec::new();
    };
    let closures: Vec<LatLon> = day.closures_in_force().map(|closure| closure.at).collect();
    let closed = map.0.router.close(&closures, crate::road::router::CLOSURE_MAX_SNAP_M, date);
    let drive = |from: LatLon, to: LatLon| {
        map.0.router.route_avoiding(from, to, (Metric::Time, date), DEFAULT_MAX_SNAP_M, &closed).ok()
    };
    route
        .stops
        .windows(2)
        .filter_map(|pair| drive(pair[0].at, pair[1].at))
        .flat_map(|leg| leg.geometry)
        .filter_map(|(lat, lon)| LatLon::new(lat, lon).ok())
        .collect()
}

/// One file a button offers: the crew's, or one technician's. Only the files offered exist,
/// so none can come out empty: a GPS track is one technician's drive, and only a technician
/// with a visit has one.
#[derive(Clone, PartialEq)]
enum Export {
    /// The whole crew's calendar.
    CrewCalendar,
    /// The whole crew's spreadsheet.
    CrewSpreadsheet,
    /// The whole crew's plan file.
    CrewPlanFile,
    /// One technician's calendar.
    Calendar(TechnicianPlan),
    /// One technician's GPS track.
    Track(TechnicianPlan),
    /// One technician's plan file, to hand to them.
    PlanFile(TechnicianPlan),
}

/// The crew's files.
const CREW_EXPORTS: [Export; 3] = [Export::CrewCalendar, Export::CrewSpreadsheet, Export::CrewPlanFile];

/// The files offered for one technician: a GPS track only when they have a customer to drive to.
fn technician_exports(route: &TechnicianPlan) -> Vec<Export> {
    let visits = route.stops.iter().any(|stop| !stop.is_break);
    let track = visits.then(|| Export::Track(route.clone()));
    [Some(Export::Calendar(route.clone())), track, Some(Export::PlanFile(route.clone()))]
        .into_iter()
        .flatten()
        .collect()
}

impl Export {
    fn format(&self) -> Format {
        match self {
            Export::CrewCalendar | Export::Calendar(_) => Format::Calendar,
            Export::Track(_) => Format::Track,
            Export::CrewSpreadsheet => Format::Spreadsheet,
            Export::CrewPlanFile | Export::PlanFile(_) => Format::PlanFile,
        }
    }

    /// The technician the file is for; `None` for the crew's.
    fn technician(&self) -> Option<&TechnicianPlan> {
        match self {
            Export::Calendar(route) | Export::Track(route) | Export::PlanFile(route) => Some(route),
            Export::CrewCalendar | Export::CrewSpreadsheet | Export::CrewPlanFile => None,
        }
    }
}

/// The file's text, its words in `language`.
fn file_text(
    export: &Export,
    (plan, day): (&DayPlan, &Day),
    map: Option<&SharedMap>,
    language: Language,
) -> Result<String, String> {
    let date = day.date;
    let only = |route: &TechnicianPlan| DayPlan { technicians: vec![route.clone()], unplanned: Vec::new() };
    match export {
        Export::CrewCalendar | Export::Calendar(_) => {
            let stamp = crate::app::planning::utc_now();
            let technician = export.technician().map(|route| route.technician.as_str());
            write_ics(date, plan, day, technician, stamp, &language).map_err(|error| language.export_error(&error))
        }
        Export::Track(route) => Ok(write_gpx(date, route, day, &road_shape(map, route, day), &language)),
        Export::CrewSpreadsheet => Ok(write_plan_csv(plan, day, &language)),
        Export::CrewPlanFile => Ok(write_plan_json(date, plan)),
        Export::PlanFile(route) => Ok(write_plan_json(date, &only(route))),
    }
}

/// Buttons that download the plan as files.
#[function_component]
pub fn ExportButtons(props: &ExportButtonsProps) -> Html {
    let app = use_app();
    let language: Language = app.settings.language;
    let error = use_state(|| None::<String>);
    let button = |export: Export| {
        let (plan, day, app, error) = (props.plan.clone(), props.day.clone(), app.clone(), error.clone());
        let format = export.format();
        let onclick = Callback::from(move |_| {
            // A GPS track follows the roads: the region's map is built for it if not yet.
            let map = if format == Format::Track { crate::app::planning::region_map(&app) } else { app.map.clone() };
            let name = export.technician().map(|t| t.name.as_str());
            let file_name = export_file_name(&day.date.to_string(), name, format.extension());
            let outcome = file_text(&export, (&plan, &day), map.as_ref(), language)
                .and_then(|text| download(&file_name, format.mime(), &text).map_err(|e| language.offer_error(&e)));
            error.set(outcome.err());
        });
        html! { <button class="button" type="button" {onclick}>{ language.tr(format.label()) }</button> }
    };
    // The technician whose day report is open, if any.
    let report_of = use_state(|| None::<TechnicianPlan>);
    let report_button = |route: &TechnicianPlan| {
        let (report_of, route) = (report_of.clone(), route.clone());
        let onclick = Callback::from(move |_| report_of.set(Some(route.clone())));
        html! { <button class="button open-report" type="button" {onclick}>{ language.tr(ReportText::DayReport) }</button> }
    };
    let close_report = {
        let report_of = report_of.clone();
        Callback::from(move |()| report_of.set(None))
    };
    html! {
        <details class="card exports">
            <summary>{ language.tr(DayText::ExportHeading) }</summary>
            <h4>{ language.tr(DayText::WholeCrew) }</h4>
            <div class="export-buttons">{ for CREW_EXPORTS.into_iter().map(&button) }</div>
            { for props.plan.technicians.iter().map(|route| html! {
                <>
                    <h4>{ &route.name }</h4>
                    <div class="export-buttons">
                        { for technician_exports(route).into_iter().map(&button) }
                        { report_button(route) }
                    </div>
                </>
            }) }
            if let Some(message) = &*error { <p class="error" role="alert">{ "⚠ " }{ message }</p> }
            if let Some(route) = &*report_of {
                <DayReportView report={day_report(&props.day, route, &app.progress)} {language} on_close={close_report} />
            }
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::export_fixture;

    #[test]
    fn a_track_is_offered_only_to_a_technician_with_a_visit_and_holds_the_visits() {
        let (day, plan) = (export_fixture::day(), export_fixture::plan());
        let route = &plan.technicians[0];
        let visits = route.stops.iter().filter(|stop| !stop.is_break).count();
        assert!(visits > 0);
        let offered: Vec<Format> = technician_exports(route).iter().map(Export::format).collect();
        assert!(offered == [Format::Calendar, Format::Track, Format::PlanFile]);
        let track = file_text(&Export::Track(route.clone()), (&plan, &day), None, Language::En).unwrap();
        assert_eq!(track.matches("<wpt ").count(), visits, "{track}");
        assert!(track.matches("<trkpt ").count() >= visits, "{track}");

        let idle = TechnicianPlan {
            stops: route.stops.iter().filter(|stop| stop.is_break).cloned().collect(),
            ..route.clone()
        };
        let offered: Vec<Format> = technician_exports(&idle).iter().map(Export::format).collect();
        assert!(offered == [Format::Calendar, Format::PlanFile], "no track without a customer to drive to");
        assert!(CREW_EXPORTS.iter().all(|export| export.format() != Format::Track && export.technician().is_none()));
    }
}
