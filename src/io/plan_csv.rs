//! A day's plan as a CSV spreadsheet, the way French Excel opens it with a double click.
//!
//! French Excel wants `;` between fields (the comma is the decimal separator), a UTF-8 byte
//! order mark (else accents come out garbled) and CRLF line ends. Fields holding `;`, `"` or a
//! line break are quoted, inner quotes doubled (RFC 4180). Coordinates keep a decimal point so
//! that any tool can read them back.
//!
//! The plans of several days go in one spreadsheet ([`write_plan_csv_days`]) with the date in
//! a first column, so the office can sort and filter the week.

use super::export_words::{ExportWord, ExportWords, PLAN_CSV_COLUMNS};
use super::planned_days::PlannedDays;
use crate::model::{Day, DayPlan, Intervention, PlannedStop, TechnicianPlan};

/// The plan as CSV text: one row per stop of every technician in visiting order (lunch breaks
/// included, with no order number, as on the app's map), then one row per job left out with
/// the reason in the last column.
///
/// Columns: technician name, order among customer stops, id, customer, phone, arrival, start
/// and end of service, window, wait, slack, lateness and drive in minutes, whether the drive is
/// an estimate (yes/no), latitude, longitude, notes, reason for being left out. Phone,
/// notes and (for jobs left out) windows and place come from the interventions of `day`; the
/// headers, lunch breaks, yes/no and reasons are in the language of `words`.
///
/// Complexity: O(rows × interventions).
pub fn write_plan_csv(plan: &DayPlan, day: &Day, words: &dyn ExportWords) -> String {
    let mut csv = String::from('\u{feff}');
    push_row(&mut csv, words.plan_csv_header().iter().map(|title| title.to_string()));
    for row in plan_rows(plan, day, words) {
        push_row(&mut csv, row);
    }
    csv
}

/// The plans of several dates as one spreadsheet: a first column with the date
/// (`YYYY-MM-DD`, which sorts as text), then the columns of [`write_plan_csv`]; each date's
/// rows as [`write_plan_csv`] writes them, dates in order.
///
/// Complexity: O(rows × interventions of their day).
pub fn write_plan_csv_days(days: &PlannedDays, words: &dyn ExportWords) -> String {
    let mut csv = String::from('\u{feff}');
    let header = std::iter::once(words.word(ExportWord::DateColumn)).chain(words.plan_csv_header());
    push_row(&mut csv, header.map(str::to_string));
    for (date, planned) in days {
        for row in plan_rows(planned.plan, planned.day, words) {
            push_row(&mut csv, std::iter::once(date.to_string()).chain(row));
        }
    }
    csv
}

/// The rows of one day's plan, without the header: its stops, then the jobs left out.
fn plan_rows(plan: &DayPlan, day: &Day, words: &dyn ExportWords) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for tech in &plan.technicians {
        let mut order = 0;
        for stop in &tech.stops {
            let number = if stop.is_break {
                String::new()
            } else {
                order += 1;
                order.to_string()
            };
            rows.push(stop_row(tech, stop, number, find(day, &stop.id), words));
        }
    }
    for job in &plan.unplanned {
        let intervention = find(day, &job.id);
        let windows = intervention.map(|i| i.windows.iter().map(ToString::to_string).collect::<Vec<_>>().join(" / "));
        let mut row = vec![String::new(); PLAN_CSV_COLUMNS];
        row[2] = job.id.clone();
        row[3] = if job.is_break { words.word(ExportWord::LunchBreak).to_string() } else { text(job.customer.clone()) };
        row[4] = phone(intervention);
        row[8] = windows.unwrap_or_default();
        if let Some(place) = intervention.map(|i| i.location) {
            row[14] = format!("{:.6}", place.lat());
            row[15] = format!("{:.6}", place.lon());
        }
        row[16] = notes(intervention);
        row[17] = words.unplanned(job);
        rows.push(row);
    }
    rows
}

/// The intervention of `day` with this id, if any.
fn find<'a>(day: &'a Day, id: &str) -> Option<&'a Intervention> {
    day.interventions.iter().find(|job| job.id == id)
}

/// The customer's phone, or nothing.
fn phone(job: Option<&Intervention>) -> String {
    job.and_then(|job| job.phone.clone()).unwrap_or_default()
}

/// The notes for the technician, or nothing.
fn notes(job: Option<&Intervention>) -> String {
    job.map(|job| job.notes.clone()).unwrap_or_default()
}

/// A cell of the user's own text (names, customers, phones, notes), neutralised if a spreadsheet
/// would run it as a formula: a leading `=`, `+`, `-`, `@`, tab or carriage return gets an
/// apostrophe before it, which Excel and LibreOffice show as text (a customer named `=HYPERLINK(…)`
/// or a phone `+33 4 …` read as a sum).
fn text(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// The cells of a planned stop, `number` being its order (empty for a break).
fn stop_row(
    tech: &TechnicianPlan,
    stop: &PlannedStop,
    number: String,
    job: Option<&Intervention>,
    words: &dyn ExportWords,
) -> Vec<String> {
    let customer = if stop.is_break { words.word(ExportWord::LunchBreak).to_string() } else { stop.customer.clone() };
    vec![
        text(tech.name.clone()),
        number,
        text(stop.id.clone()),
        text(customer),
        text(phone(job)),
        stop.arrival.to_string(),
        stop.start.to_string(),
        stop.end.to_string(),
        stop.window.map(|w| w.to_string()).unwrap_or_default(),
        stop.wait_min.to_string(),
        stop.slack_min.to_string(),
        stop.late_min.to_string(),
        stop.travel_min.to_string(),
        words.word(if stop.travel_estimated { ExportWord::Yes } else { ExportWord::No }).to_string(),
        format!("{:.6}", stop.at.lat()),
        format!("{:.6}", stop.at.lon()),
        text(notes(job)),
        String::new(),
    ]
}

/// Appends one row, its cells quoted where needed, ended by CRLF.
fn push_row(csv: &mut String, cells: impl IntoIterator<Item = String>) {
    for (index, cell) in cells.into_iter().enumerate() {
        if index > 0 {
            csv.push(';');
        }
        if cell.contains([';', '"', '\n', '\r']) {
            csv.push('"');
            csv.push_str(&cell.replace('"', "\"\""));
            csv.push('"');
        } else {
            csv.push_str(&cell);
        }
    }
    csv.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::export_fixture::{self, FrenchWords, MarkedWords};

    /// Rows and cells of a `;`-separated text with RFC 4180 quoting and CRLF rows.
    fn parse(text: &str) -> Vec<Vec<String>> {
        let (mut rows, mut row, mut cell, mut quoted) = (Vec::new(), Vec::new(), String::new(), false);
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.next_if_eq(&'"').is_some() => cell.push('"'),
                ('"', _) => quoted = !quoted,
                (';', false) => row.push(std::mem::take(&mut cell)),
                ('\r', false) if chars.next_if_eq(&'\n').is_some() => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (c, _) => cell.push(c),
            }
        }
        rows
    }

    fn csv() -> String {
        write_plan_csv(&export_fixture::plan(), &export_fixture::day(), &FrenchWords)
    }

    #[test]
    fn starts_with_a_bom_and_a_french_header_and_ends_rows_with_crlf() {
        let text = csv();
        assert!(text.starts_with("\u{feff}technicien;ordre;id;client;téléphone;arrivée;début;fin;créneau;"));
        assert!(text.ends_with("\r\n"));
        let rows = parse(text.trim_start_matches('\u{feff}'));
        assert_eq!(rows.len(), 1 + 4 + 1, "header, four stops, one job left out");
        assert!(rows.iter().all(|row| row.len() == PLAN_CSV_COLUMNS));
    }

    #[test]
    fn stops_are_rows_in_order_with_breaks_unnumbered() {
        let text = csv();
        let rows = parse(text.trim_start_matches('\u{feff}'));
        assert_eq!(
            rows[1],
            [
                "Léa Martin",
                "1",
                "F-1",
                "Mairie de Thorame",
                "04 92 83 90 12",
                "08:10",
                "08:15",
                "08:45",
                "08:00–10:00",
                "5",
                "45",
                "0",
                "25",
                "non",
                "44.100000",
                "6.550000",
                "Clé à l'accueil",
                ""
            ]
        );
        assert_eq!((rows[2][1].as_str(), rows[2][2].as_str(), rows[2][3].as_str()), ("", "pause-T1", "Pause déjeuner"));
        assert_eq!((rows[3][1].as_str(), rows[3][13].as_str()), ("2", "oui"));
        assert_eq!((rows[4][0].as_str(), rows[4][1].as_str()), ("Karim Benali", "1"));
        assert_eq!(rows[5][2..5], ["F-4", "Gîte du Verdon", ""]);
        assert_eq!(rows[5][8], "08:00–10:00");
        assert_eq!(rows[5][17], "motif ShiftTooShort", "the reason as the words say it");
        assert_eq!(rows[5][0..2], ["", ""]);
    }

    #[test]
    fn cells_a_spreadsheet_would_run_as_formulas_are_written_as_text() {
        let (mut day, mut plan) = (export_fixture::day(), export_fixture::plan());
        plan.technicians[1].stops[0].customer = "=HYPERLINK(\"http://x\";\"clic\")".into();
        day.interventions[2].notes = "@SUM(A1)".into();
        day.interventions[2].phone = Some("+33 4 92 83 61 14".into());
        let rows = parse(write_plan_csv(&plan, &day, &FrenchWords).trim_start_matches('\u{feff}'));
        assert_eq!(rows[4][3], "'=HYPERLINK(\"http://x\";\"clic\")");
        assert_eq!(rows[4][16], "'@SUM(A1)");
        assert_eq!(rows[4][4], "'+33 4 92 83 61 14");
        assert!(rows[4][10].parse::<i64>().is_ok(), "numbers stay numbers");
    }

    #[test]
    fn separators_quotes_and_line_breaks_are_quoted() {
        let (mut day, mut plan) = (export_fixture::day(), export_fixture::plan());
        plan.technicians[1].stops[0].customer = "Boulangerie; \"Chez Ève\"".into();
        day.interventions[2].notes = "ligne 1\r\nligne 2".into();
        let text = write_plan_csv(&plan, &day, &FrenchWords);
        assert!(text.contains(";\"Code portail 12;34\nChien \"\"Rex\"\" dans la cour\";"), "{text}");
        assert!(text.contains(";\"Boulangerie; \"\"Chez Ève\"\"\";"), "{text}");
        let rows = parse(text.trim_start_matches('\u{feff}'));
        assert_eq!(rows[3][16], "Code portail 12;34\nChien \"Rex\" dans la cour");
        assert_eq!(rows[4][3], "Boulangerie; \"Chez Ève\"");
        assert_eq!(rows[4][16], "ligne 1\r\nligne 2");
        assert_eq!(rows.len(), 6, "line breaks inside quotes do not start rows");
    }

    #[test]
    fn headers_breaks_yes_no_and_reasons_come_from_the_words_given() {
        let text = write_plan_csv(&export_fixture::plan(), &export_fixture::day(), &MarkedWords);
        let rows = parse(text.trim_start_matches('\u{feff}'));
        assert_eq!(rows[0][0..3], ["H1", "H2", "H3"]);
        assert_eq!(rows[2][3], "[LunchBreak]");
        assert_eq!((rows[1][13].as_str(), rows[3][13].as_str()), ("[No]", "[Yes]"));
        assert_eq!(rows[5][17], "[reason ShiftTooShort]");
    }
}
