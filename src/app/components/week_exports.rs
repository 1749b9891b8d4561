//! The week's exports, under « Semaine »: the crew's calendar, spreadsheet and plan file over
//! the day on screen and the planned days after it, one file each, named after the range.

use crate::app::download::download;
use crate::app::i18n::Language;
use crate::app::state::use_app;
use crate::app::texts::{DayText, WeekText};
use crate::io::{
    export_days_file_name, write_ics_days, write_plan_csv_days, write_plans_json, PlannedDay, PlannedDays,
};
use crate::model::{Day, DayPlan};
use std::rc::Rc;
use yew::prelude::*;

/// One file of the week.
#[derive(Clone, Copy, PartialEq)]
enum WeekFile {
    Calendar,
    Spreadsheet,
    PlanFile,
}

impl WeekFile {
    /// Every file offered, in the order shown.
    const ALL: [WeekFile; 3] = [WeekFile::Calendar, WeekFile::Spreadsheet, WeekFile::PlanFile];

    fn extension(self) -> &'static str {
        match self {
            WeekFile::Calendar => "ics",
            WeekFile::Spreadsheet => "csv",
            WeekFile::PlanFile => "json",
        }
    }

    fn mime(self) -> &'static str {
        match self {
            WeekFile::Calendar => "text/calendar;charset=utf-8",
            WeekFile::Spreadsheet => "text/csv;charset=utf-8",
            WeekFile::PlanFile => "application/json",
        }
    }

    fn label(self) -> DayText {
        match self {
            WeekFile::Calendar => DayText::ExportCalendar,
            WeekFile::Spreadsheet => DayText::ExportSpreadsheet,
            WeekFile::PlanFile => DayText::ExportPlanFile,
        }
    }

    /// The file's text over `days`.
    fn text(self, days: &PlannedDays, language: Language) -> Result<String, String> {
        match self {
            WeekFile::Calendar => write_ics_days(days, None, crate::app::planning::utc_now(), &language)
                .map_err(|error| language.export_error(&error)),
            WeekFile::Spreadsheet => Ok(write_plan_csv_days(days, &language)),
            WeekFile::PlanFile => Ok(write_plans_json(days)),
        }
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
    let file_name = |file: WeekFile| export_days_file_name(first.0.date, last.0.date, None, file.extension());
    let button = |file: WeekFile| {
        let (days, error, name) = (props.days.clone(), error.clone(), file_name(file));
        let onclick = Callback::from(move |_| {
            let planned: PlannedDays = days.iter().map(|(day, plan)| (day.date, PlannedDay { day, plan })).collect();
            let outcome = file
                .text(&planned, language)
                .and_then(|text| download(&name, file.mime(), &text).map_err(|e| language.offer_error(&e)));
            error.set(outcome.err());
        });
        html! { <button class="button week-export" type="button" data-format={file.extension()} {onclick}>{ language.tr(file.label()) }</button> }
    };
    html! {
        <div class="week-exports">
            <h3>{ language.tr(WeekText::ExportWeek) }</h3>
            <div class="export-buttons">{ for WeekFile::ALL.into_iter().map(button) }</div>
            if props.not_planned > 0 {
                <p class="hint">{ format!("{} {}", props.not_planned, language.tr(WeekText::NotInFiles)) }</p>
            }
            if let Some(message) = &*error { <p class="error" role="alert">{ "⚠ " }{ message }</p> }
        </div>
    }
}
