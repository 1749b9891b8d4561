//! Interventions of several days in one CSV file: the date column, its French and English
//! names, ISO and French dates, every bad date located, ids unique across the file, and a file
//! without the column read as one day exactly as before.

use tournee::io::{import_interventions_csv, CsvError, CsvImport, IsoDate};

/// Each error as (line, column, error).
fn located(import: &CsvImport) -> Vec<(usize, Option<&str>, &CsvError)> {
    import.errors.iter().map(|e| (e.location.line, e.location.column.as_deref(), &e.error)).collect()
}

fn date(text: &str) -> IsoDate {
    text.parse().unwrap()
}

/// The ids of each date of a dated import.
fn ids_by_date(import: &CsvImport) -> Vec<(String, Vec<&str>)> {
    let days = import.days.as_ref().expect("a file with a date column");
    days.iter().map(|(date, jobs)| (date.to_string(), jobs.iter().map(|job| job.id.as_str()).collect())).collect()
}

#[test]
fn a_file_without_a_date_column_is_one_day_as_before() {
    let import = import_interventions_csv("id;commune;durée\nA;Allos;30\nB;Colmars;45\n");
    assert_eq!(import.days, None);
    assert_eq!(import.errors, []);
    assert_eq!(import.warnings, [], "no column is unknown");
    let ids: Vec<&str> = import.interventions.iter().map(|job| job.id.as_str()).collect();
    assert_eq!(ids, ["A", "B"]);
}

#[test]
fn rows_are_grouped_by_date_in_date_order_whatever_the_header_and_date_style() {
    for header in ["date", "Date", "jour", "Jour", "day", "DAY"] {
        let text = format!(
            "id;{header};commune;durée\nA;2026-12-09;Allos;30\nB;08/12/2026;Colmars;45\nC;9/12/2026;Allos;30\n\
             D;08.12.2026;Allos;20\n"
        );
        let import = import_interventions_csv(&text);
        assert_eq!(import.errors, [], "{header}");
        assert_eq!(import.warnings, [], "{header} is a known column");
        assert_eq!(
            ids_by_date(&import),
            [("2026-12-08".to_string(), vec!["B", "D"]), ("2026-12-09".to_string(), vec!["A", "C"])],
            "{header}"
        );
        let ids: Vec<&str> = import.interventions.iter().map(|job| job.id.as_str()).collect();
        assert_eq!(ids, ["A", "B", "C", "D"], "every valid row, in file order");
    }
}

#[test]
fn every_bad_or_missing_date_is_located_and_rejects_its_row_only() {
    let text = "id,customer,day,city,duration\n\
                A,Mme A,2026-12-08,Allos,30\n\
                B,Mme B,,Allos,30\n\
                C,Mme C,31/04/2026,Allos,30\n\
                D,Mme D,12/08/26,Allos,30\n\
                E,Mme E,  2026-12-10 ,Allos,30\n\
                F,Mme F,tuesday,Allos,0\n";
    let import = import_interventions_csv(text);
    assert_eq!(
        located(&import),
        [
            (3, Some("day"), &CsvError::MissingValue),
            (4, Some("day"), &CsvError::ImpossibleDate("31/04/2026".into())),
            (5, Some("day"), &CsvError::UnreadableDate("12/08/26".into())),
            (7, Some("day"), &CsvError::UnreadableDate("tuesday".into())),
            (7, Some("duration"), &CsvError::DurationNotPositive("0".into())),
        ]
    );
    assert_eq!(
        import.errors[1].to_string(),
        "line 4, column day: impossible date \"31/04/2026\"",
        "the line, the column as written and the value"
    );
    assert_eq!(ids_by_date(&import), [("2026-12-08".into(), vec!["A"]), ("2026-12-10".into(), vec!["E"])]);
    assert_eq!(import.rows, 6);
}

#[test]
fn an_id_is_unique_across_the_whole_file_not_per_date() {
    let text = "id;jour;commune;durée\nA;2026-12-08;Allos;30\nA;2026-12-09;Allos;30\nB;2026-12-09;Allos;30\n";
    let import = import_interventions_csv(text);
    assert_eq!(located(&import), [(3, Some("id"), &CsvError::DuplicateId { id: "A".into(), first_line: 2 })]);
    assert_eq!(ids_by_date(&import), [("2026-12-08".into(), vec!["A"]), ("2026-12-09".into(), vec!["B"])]);
}

#[test]
fn a_file_with_the_column_but_no_valid_row_still_says_it_is_dated() {
    let import = import_interventions_csv("id;date;commune;durée\nA;demain;Allos;30\n");
    assert_eq!(import.days, Some(Default::default()));
    assert_eq!(import.interventions, []);
}

#[test]
fn six_hundred_rows_over_three_dates_are_read_whole_and_grouped() {
    let dates = ["10/12/2026", "2026-12-08", "09/12/2026"];
    let communes = ["Allos", "Colmars", "Castellane", "Digne-les-Bains", "Barcelonnette"];
    let mut text = String::from("id;jour;client;commune;durée;créneaux;priorité\n");
    for row in 0..600 {
        let window = if row % 3 == 0 { "08:00-12:00" } else { "" };
        let priority = if row % 50 == 0 { "vital" } else { "" };
        text.push_str(&format!(
            "J{row:03};{};Client {row};{};{};{window};{priority}\n",
            dates[row % 3],
            communes[row % communes.len()],
            15 + row % 60
        ));
    }
    let import = import_interventions_csv(&text);
    assert_eq!(import.errors, []);
    assert_eq!((import.rows, import.interventions.len()), (600, 600));
    let days = import.days.as_ref().unwrap();
    let keys: Vec<IsoDate> = days.keys().copied().collect();
    assert_eq!(keys, [date("2026-12-08"), date("2026-12-09"), date("2026-12-10")]);
    for (offset, jobs) in [1, 2, 0].into_iter().zip(days.values()) {
        assert_eq!(jobs.len(), 200);
        let expected: Vec<String> = (0..600).filter(|row| row % 3 == offset).map(|row| format!("J{row:03}")).collect();
        let ids: Vec<&str> = jobs.iter().map(|job| job.id.as_str()).collect();
        assert_eq!(ids, expected, "each date's rows in file order");
    }
    let grouped: usize = days.values().map(Vec::len).sum();
    assert_eq!(grouped, 600, "every row in exactly one day");
    let first = &days[&date("2026-12-10")][0];
    assert_eq!((first.id.as_str(), first.service_s, first.windows.len()), ("J000", 15 * 60, 1));
}
