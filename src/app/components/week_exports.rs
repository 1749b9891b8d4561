//! The week's exports, under « Semaine »: the crew's calendar, spreadsheet and plan file over
//! the day on screen and the planned days after it, one file each, named after the range.

use super::export_buttons::Format;
use crate::app::download::download;
use crate::app::i18n::Language;
use crate::app::state::use_app;
use crate::app::texts::WeekText;
use crate::io::{
    export_days_file_name, write_ics_days, write_plan_csv_days, write_plans_json, PlannedDay, PlannedDays,
};
use crate::model::{Day, DayPlan};
use std::rc::Rc;
use yew::prelude::*;

/// The files of the week (a GPS track stays one technician's day).
const WEEK_FILES: [Format; 3] = [Format::Calendar, Format::Spreadsheet, Format::PlanFile];

/// The text of a file of the week over `days` (a track is not among [`WEEK_FILES`]: its
/// format is never asked for here; it would get the calendar).
fn week_text(format: Format, days: &PlannedDays, language: Language) -> Result<String, String> {
    match format {
        Format::Calendar | Format::Track => write_ics_days(days, None, crate::app::planning::utc_now(), &language)
            .map_err(|error| language.export_error(&error)),
        Format::Spreadsheet => Ok(write_plan_csv_days(days, &language)),
        Format::PlanFile => Ok(write_plans_json(days)),
    }
}

/// Properties of [`WeekExports`].
#[derive(Properties, PartialEq)]
pub struct WeekExportsProps {
    /// Each day of the week with a plan, by date (the day on screen first).
    pub days: Rc<Vec<(Rc<Day>, Rc<DayPlan>)>>,
    /// Days of the week with jobs and no plan yet: left out of the files, and said.
    pub not_planned: usize,
}

/// The three buttons, and why a day is not in the files.
#[function_component]
pub fn WeekExports(props: &WeekExportsProps) -> Html {
    let app = use_app();
    let language = app.settings.language;
    let error = use_state(|| None::<String>);
    let (Some(first), Some(last)) = (props.days.first(), props.days.last()) else { return html! {} };
    let file_name = |file: Format| export_days_file_name(first.0.date, last.0.date, None, file.extension());
    let button = |file: Format| {
        let (days, error, name) = (props.days.clone(), error.clone(), file_name(file));
        let onclick = Callback::from(move |_| {
            let planned: PlannedDays = days.iter().map(|(day, plan)| (day.date, PlannedDay { day, plan })).collect();
            let outcome = week_text(file, &planned, language)
                .and_then(|text| download(&name, file.mime(), &text).map_err(|e| language.offer_error(&e)));
            error.set(outcome.err());
        });
        html! { <button class="button week-export" type="button" data-format={file.extension()} {onclick}>{ language.tr(file.label()) }</button> }
    };
    html! {
        <div class="week-exports">
            <h3>{ language.tr(WeekText::ExportWeek) }</h3>
            <div class="export-buttons">{ for WEEK_FILES.into_iter().map(button) }</div>
            if props.not_planned > 0 {
                <p class="hint">{ language.count_of(props.not_planned, WeekText::NotInFilesOne, WeekText::NotInFiles) }</p>
            }
            if let Some(message) = &*error { <p class="error" role="alert">{ "⚠ " }{ message }</p> }
        </div>
    }
}
