//! The exports over several days (calendar, spreadsheet, plan files): each day as its own
//! export writes it, dates in order, and one day exactly as the one-day export.

use super::export_fixture::{self, FrenchWords, MarkedWords};
use super::ics_text::unfold;
use super::{
    read_plan_json, write_ics, write_ics_days, write_plan_csv, write_plan_csv_days, write_plan_json, write_plans_json,
    ExportError, PlannedDay, PlannedDays, UtcTime,
};
use crate::model::{Day, DayPlan, IsoDate};

/// 2026-11-26T09:00:00Z.
fn stamp() -> UtcTime {
    UtcTime::from_unix_seconds(1_795_683_600)
}

fn date(text: &str) -> IsoDate {
    text.parse().unwrap()
}

/// The fixture's day and plan moved to `on`; with `lea_only`, Karim does not work that day.
fn day_on(on: &str, lea_only: bool) -> (Day, DayPlan) {
    let (mut day, mut plan) = (export_fixture::day(), export_fixture::plan());
    day.date = date(on);
    if lea_only {
        day.technicians.truncate(1);
        plan.technicians.truncate(1);
    }
    (day, plan)
}

/// The days of `owned` keyed by their dates.
fn planned(owned: &[(Day, DayPlan)]) -> PlannedDays<'_> {
    owned.iter().map(|(day, plan)| (day.date, PlannedDay { day, plan })).collect()
}

/// Three days given out of order: Thursday and Saturday with the whole crew, Friday Léa alone.
fn three_days() -> Vec<(Day, DayPlan)> {
    vec![day_on("2026-11-28", false), day_on("2026-11-26", false), day_on("2026-11-27", true)]
}

/// Each event of a calendar as its unfolded content lines.
fn events(text: &str) -> Vec<Vec<String>> {
    let mut events: Vec<Vec<String>> = Vec::new();
    let mut inside = false;
    for line in unfold(text) {
        match line.as_str() {
            "BEGIN:VEVENT" => {
                inside = true;
                events.push(Vec::new());
            }
            "END:VEVENT" => inside = false,
            _ if inside => events.last_mut().unwrap().push(line),
            _ => {}
        }
    }
    events
}

fn property<'a>(event: &'a [String], name: &str) -> &'a str {
    event.iter().find_map(|line| line.strip_prefix(name)?.strip_prefix(':')).unwrap_or_default()
}

#[test]
fn one_day_through_the_range_exports_is_the_one_day_export() {
    let owned = [day_on("2026-11-26", false)];
    let (day, plan) = &owned[0];
    let days = planned(&owned);
    for technician in [None, Some("T1"), Some("T2")] {
        assert_eq!(
            write_ics_days(&days, technician, stamp(), &FrenchWords),
            write_ics(day.date, plan, day, technician, stamp(), &FrenchWords)
        );
    }
    let range = write_plan_csv_days(&days, &FrenchWords);
    let one = write_plan_csv(plan, day, &FrenchWords);
    let without_date: String = range
        .split_inclusive("\r\n")
        .enumerate()
        .map(|(index, row)| match index {
            0 => row.replacen("date;", "", 1),
            _ => row.replacen("2026-11-26;", "", 1),
        })
        .collect();
    assert_eq!(without_date, one, "the one-day spreadsheet with a date column before it");
    let list: serde_json::Value = serde_json::from_str(&write_plans_json(&days)).unwrap();
    let alone: serde_json::Value = serde_json::from_str(&write_plan_json(day.date, plan)).unwrap();
    assert_eq!(list["days"], serde_json::json!([alone]), "the one-day plan file, in a list");
}

#[test]
fn a_calendar_of_several_days_holds_each_days_events_in_date_order() {
    let owned = three_days();
    let text = write_ics_days(&planned(&owned), None, stamp(), &FrenchWords).unwrap();
    assert!(text.contains("\r\nX-WR-CALNAME:Tournée du 2026-11-26 – 2026-11-28\r\n"), "{text}");
    assert_eq!(text.matches("BEGIN:VCALENDAR").count(), 1);
    let mut expected = Vec::new();
    for on in ["2026-11-26", "2026-11-27", "2026-11-28"] {
        let (day, plan) = owned.iter().find(|(day, _)| day.date == date(on)).unwrap();
        expected.extend(events(&write_ics(day.date, plan, day, None, stamp(), &FrenchWords).unwrap()));
    }
    let found = events(&text);
    assert_eq!(found.len(), 4 + 3 + 4, "Friday has only Léa's three stops");
    assert_eq!(found, expected);
    assert_eq!(property(&found[4], "UID"), "F-1-2026-11-27@tournee", "each stop on its own date");
    assert_eq!(property(&found[4], "DTSTART"), "20261127T071500Z");
}

#[test]
fn a_technicians_calendar_covers_the_days_they_work_and_an_unknown_one_is_refused() {
    let owned = three_days();
    let days = planned(&owned);
    let text = write_ics_days(&days, Some("T2"), stamp(), &FrenchWords).unwrap();
    assert!(text.contains("X-WR-CALNAME:Tournée du 2026-11-26 – 2026-11-28 — Karim Benali\r\n"), "{text}");
    let uids: Vec<String> = events(&text).iter().map(|event| property(event, "UID").to_string()).collect();
    assert_eq!(uids, ["F-3-2026-11-26@tournee", "F-3-2026-11-28@tournee"], "not on Friday, his day off");
    assert_eq!(
        write_ics_days(&days, Some("T9"), stamp(), &FrenchWords),
        Err(ExportError::UnknownTechnician("T9".into()))
    );
}

#[test]
fn a_week_across_the_autumn_clock_change_keeps_each_days_paris_time() {
    let owned = [day_on("2026-10-24", true), day_on("2026-10-26", true)];
    let text = write_ics_days(&planned(&owned), Some("T1"), stamp(), &FrenchWords).unwrap();
    let starts: Vec<String> = events(&text).iter().map(|event| property(event, "DTSTART").to_string()).collect();
    assert_eq!(
        starts,
        [
            "20261024T061500Z",
            "20261024T100000Z",
            "20261024T111000Z",
            "20261026T071500Z",
            "20261026T110000Z",
            "20261026T121000Z"
        ],
        "08:15 in Paris is 06:15 UTC on summer time, 07:15 UTC once the clocks went back on the 25th"
    );
}

#[test]
fn a_spreadsheet_of_several_days_puts_the_date_first_and_each_days_rows_in_order() {
    let owned = three_days();
    let text = write_plan_csv_days(&planned(&owned), &FrenchWords);
    assert!(text.starts_with("\u{feff}date;technicien;ordre;id;"), "{text}");
    let rows: Vec<&str> = text.trim_start_matches('\u{feff}').split_terminator("\r\n").collect();
    let mut expected = Vec::new();
    for on in ["2026-11-26", "2026-11-27", "2026-11-28"] {
        let (day, plan) = owned.iter().find(|(day, _)| day.date == date(on)).unwrap();
        let one = write_plan_csv(plan, day, &FrenchWords);
        expected.extend(one.split_terminator("\r\n").skip(1).map(|row| format!("{on};{row}")));
    }
    assert_eq!(rows[1..], expected[..], "a note's line break is a bare LF, so CRLF splits rows");
    assert_eq!(rows.len(), 1 + 5 + 4 + 5, "header; Thursday and Saturday four stops and one left out; Friday");
    let marked = write_plan_csv_days(&planned(&owned), &MarkedWords);
    assert!(marked.starts_with("\u{feff}[DateColumn];H1;H2;"), "the date's title comes from the words too");
}

#[test]
fn a_plan_file_of_several_days_lists_each_days_plan_file_in_date_order() {
    let owned = three_days();
    let text = write_plans_json(&planned(&owned));
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!((json["format"].as_str(), json["version"].as_u64()), (Some("tournee-plans"), Some(1)));
    let entries = json["days"].as_array().unwrap();
    let dates: Vec<&str> = entries.iter().map(|entry| entry["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2026-11-26", "2026-11-27", "2026-11-28"]);
    for entry in entries {
        let read = read_plan_json(&entry.to_string()).unwrap();
        let (_, plan) = owned.iter().find(|(day, _)| day.date == read.date).unwrap();
        assert_eq!(&read.plan, plan, "each day reads back as a one-day plan file");
    }
    assert!(read_plan_json(&text).is_err(), "the list itself is not mistaken for one day's plan");
}

#[test]
fn no_day_gives_empty_but_well_formed_files() {
    let days = PlannedDays::new();
    let ics = write_ics_days(&days, None, stamp(), &FrenchWords).unwrap();
    assert!(ics.contains("X-WR-CALNAME:Tournée du\r\n") && ics.ends_with("END:VCALENDAR\r\n"), "{ics}");
    assert_eq!(events(&ics).len(), 0);
    assert_eq!(write_plan_csv_days(&days, &FrenchWords).matches("\r\n").count(), 1, "the header alone");
    let json: serde_json::Value = serde_json::from_str(&write_plans_json(&days)).unwrap();
    assert_eq!(json["days"], serde_json::json!([]));
    assert_eq!(
        write_ics_days(&days, Some("T1"), stamp(), &FrenchWords),
        Err(ExportError::UnknownTechnician("T1".into()))
    );
}
