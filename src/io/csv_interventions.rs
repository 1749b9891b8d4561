//! The morning import: interventions from a CSV file or from text pasted out of a spreadsheet.
//!
//! The separator (`;`, `,` or tab) is read from the header line; headers are matched
//! whatever their case or accents, in French or English (see README.md, "Importing the morning's interventions").
//! Every problem of every row is reported with its file line and the column name
//! as the user wrote it, and the valid rows are kept, so a dispatcher fixes the
//! file once instead of once per error.
//!
//! A file may hold several days: with a date column (« date », « jour », "day"), every row
//! needs a date and the valid rows also come grouped by date ([`CsvImport::days`]). Without
//! one, the file is the interventions of the day the user imports into.

use super::csv_columns::{Column, Header};
use super::csv_reader::{decode, detect_separator, read_records, strip_bom, Record};
use super::csv_row::{cell_location, read_row};
use super::{CsvError, CsvWarning, Located, Location};
use crate::model::{Intervention, IsoDate};
use std::collections::hash_map::{Entry, HashMap};
use std::collections::BTreeMap;

/// Largest text accepted, in bytes: far above a day's work, small enough to stay responsive.
pub const MAX_CSV_BYTES: usize = 5 * 1024 * 1024;
/// Most data rows accepted: beyond this the file is not a crew's interventions, even over a week.
pub const MAX_CSV_ROWS: usize = 5_000;

/// The outcome of an import: the valid rows, and every problem found with its place.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CsvImport {
    /// One per valid row, in file order (every date together when the file has a date column).
    pub interventions: Vec<Intervention>,
    /// When the file has a date column: the same valid rows grouped by date, dates in order
    /// and each date's rows in file order. `None` for a file of one day (no date column).
    pub days: Option<InterventionsByDate>,
    /// Problems that rejected a row (or the whole file), in file order.
    pub errors: Vec<Located<CsvError>>,
    /// Problems that rejected nothing.
    pub warnings: Vec<Located<CsvWarning>>,
    /// Non-blank data rows read, valid or not (for "12 imported out of 15").
    pub rows: usize,
}

/// Interventions grouped by the date they are for.
pub type InterventionsByDate = BTreeMap<IsoDate, Vec<Intervention>>;

/// Imports interventions from CSV text (a file read as UTF-8, or text pasted from a spreadsheet).
///
/// Returns the valid rows and every error and warning, each located at its file line (the
/// header is line 1 when the file starts with it; a quoted cell spread over several lines
/// counts them all) and column as written in the header. A file with a date column gives its
/// rows grouped by date too ([`CsvImport::days`]): a row whose date is missing, unreadable or
/// impossible is an error at that cell, and an id is unique across the whole file. Texts over
/// [`MAX_CSV_BYTES`] or [`MAX_CSV_ROWS`] rows, and files missing a required column, give
/// errors and no rows.
///
/// Complexity: O(n) in the text, plus O(198) per row to resolve a commune or check a point.
///
/// Example: `import_interventions_csv("id;commune;durée\nF1;Allos;1h").interventions[0].service_s == 3600`.
pub fn import_interventions_csv(text: &str) -> CsvImport {
    if text.len() > MAX_CSV_BYTES {
        return too_large(text.len());
    }
    import_text(text)
}

/// Imports interventions from the bytes of a file: UTF-8, or Windows-1252 as French Excel
/// saves "CSV (séparateur : point-virgule)" (then a warning says so). See [`import_interventions_csv`].
pub fn import_interventions_csv_bytes(bytes: &[u8]) -> CsvImport {
    if bytes.len() > MAX_CSV_BYTES {
        return too_large(bytes.len());
    }
    let (text, windows_1252) = decode(bytes);
    let mut import = import_text(&text);
    if windows_1252 {
        import.warnings.insert(0, located(1, None, CsvWarning::Windows1252));
    }
    import
}

/// The refusal of a text over [`MAX_CSV_BYTES`].
fn too_large(bytes: usize) -> CsvImport {
    let error = located(1, None, CsvError::TooLarge { bytes, max: MAX_CSV_BYTES });
    CsvImport { errors: vec![error], ..CsvImport::default() }
}

/// `error` at `line` (and `column`, when it is about one cell).
fn located<E>(line: usize, column: Option<String>, error: E) -> Located<E> {
    Located { location: Location { line, column }, error }
}

/// The import proper, once the size is known to be reasonable.
fn import_text(text: &str) -> CsvImport {
    let mut import = CsvImport::default();
    let text = strip_bom(text);
    let separator = detect_separator(text.trim_start_matches(['\r', '\n', ' ', '\t']));
    let read = read_records(text, separator);
    let unclosed = read.unclosed_quote.map(|line| located(line, None, CsvError::UnclosedQuote));
    let mut records = read.records.iter().filter(|record| !record.is_blank());
    let Some(header_record) = records.next() else {
        import.errors.push(unclosed.unwrap_or_else(|| located(1, None, CsvError::Empty)));
        return import;
    };
    let (header, warnings, errors) = Header::read(header_record);
    import.warnings.extend(warnings.into_iter().map(|w| located(header.line, None, w)));
    import.errors.extend(errors.into_iter().map(|e| located(header.line, None, e)));
    import.days = header.position(Column::Date).map(|_| InterventionsByDate::new());
    let rows: Vec<&Record> = records.collect();
    import.rows = rows.len();
    if rows.len() > MAX_CSV_ROWS {
        import.errors.push(located(header.line, None, CsvError::TooManyRows { rows: rows.len(), max: MAX_CSV_ROWS }));
    }
    if !import.errors.is_empty() {
        return import;
    }
    let mut first_lines: HashMap<&str, usize> = HashMap::new();
    for record in rows {
        if let Some(error) = field_count_error(record, &header) {
            import.errors.push(located(record.line, None, error));
            continue;
        }
        let mut outcome = read_row(record, &header, separator);
        let id = header.position(Column::Id).and_then(|i| record.fields.get(i)).map_or("", |f| f.text.trim());
        if !id.is_empty() {
            match first_lines.entry(id) {
                Entry::Occupied(first) => {
                    let error = CsvError::DuplicateId { id: id.to_string(), first_line: *first.get() };
                    let location = cell_location(record, &header, Column::Id);
                    outcome.errors.insert(0, Located { location, error });
                    outcome.intervention = None;
                }
                Entry::Vacant(slot) => {
                    slot.insert(record.line);
                }
            }
        }
        import.errors.append(&mut outcome.errors);
        import.warnings.append(&mut outcome.warnings);
        if let (Some(days), Some(date), Some(job)) = (import.days.as_mut(), outcome.date, &outcome.intervention) {
            days.entry(date).or_default().push(job.clone());
        }
        import.interventions.extend(outcome.intervention);
    }
    import.errors.extend(unclosed);
    import
}

/// A row with another number of fields than the header: its cells cannot be trusted to be
/// in their columns (an unquoted `;` in a note, or `44,12` in a comma-separated file).
fn field_count_error(record: &Record, header: &Header) -> Option<CsvError> {
    let (expected, found) = (header.width(), record.fields.len());
    (found != expected).then_some(CsvError::FieldCount { expected, found })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Inclusion, Priority, Skill, TimeOfDay};
    use crate::road::{Communes, LatLon};

    const DEMO: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/static/demo/interventions-haut-verdon.csv"));
    const WITH_ERRORS: &str =
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/static/demo/interventions-erreurs.csv"));

    /// Each error as (line, column, message), to compare with what was planted.
    fn located_errors(import: &CsvImport) -> Vec<(usize, Option<&str>, String)> {
        import.errors.iter().map(|e| (e.location.line, e.location.column.as_deref(), e.error.to_string())).collect()
    }

    fn town_hall(name: &str) -> LatLon {
        Communes::embedded().find(name).unwrap().town_hall
    }

    fn by_id<'a>(import: &'a CsvImport, id: &str) -> &'a Intervention {
        import.interventions.iter().find(|job| job.id == id).unwrap()
    }

    #[test]
    fn the_demo_file_imports_every_row_cleanly() {
        let import = import_interventions_csv(DEMO);
        assert_eq!(import.errors, [], "{:#?}", import.errors);
        assert_eq!(import.warnings, []);
        assert_eq!((import.rows, import.interventions.len()), (15, 15));
        let ehpad = by_id(&import, "FO-2611-001");
        assert_eq!(ehpad.location, town_hall("Saint-André-les-Alpes"));
        assert_eq!(ehpad.commune.as_deref(), Some("Saint-André-les-Alpes"), "the commune it was given by is kept");
        assert_eq!((ehpad.priority, ehpad.inclusion, ehpad.service_s), (Priority::Vital, Inclusion::Mandatory, 3600));
        assert_eq!(ehpad.phone.as_deref(), Some("04 65 71 10 01"));
        assert_eq!(by_id(&import, "FO-2611-007").location, town_hall("Allos"), "postal code alone");
        let pole = by_id(&import, "PT-2611-003");
        assert_eq!(pole.location, LatLon::new(44.1041, 6.5602).unwrap(), "decimal comma");
        assert_eq!(pole.commune, None, "a point of its own is no town hall");
        assert_eq!((pole.skills.as_slice(), pole.service_s), ([Skill::Pole, Skill::CivilWorks].as_slice(), 9000));
        let giraud = by_id(&import, "CU-2611-002");
        assert_eq!(giraud.address.as_deref(), Some("12 rue du Four"));
        assert!(giraud.notes.starts_with("Téléassistance coupée"), "{}", giraud.notes);
        assert!(giraud.notes.ends_with("la voisine (n° 10) a une clé."), "the quoted note keeps its line break");
        let windows: Vec<String> = by_id(&import, "FO-2611-004").windows.iter().map(|w| w.to_string()).collect();
        assert_eq!(windows, ["08:30–11:30", "14:00–16:00"]);
        assert_eq!(by_id(&import, "GC-2611-006").inclusion, Inclusion::Optional);
    }

    #[test]
    fn the_error_file_reports_each_planted_error_where_it_is_and_keeps_the_valid_rows() {
        let import = import_interventions_csv(WITH_ERRORS);
        let ids: Vec<&str> = import.interventions.iter().map(|job| job.id.as_str()).collect();
        assert_eq!(ids, ["OK-1", "OK-5", "OK-12"]);
        assert_eq!(import.rows, 11, "the blank line 8 is not a row");
        let places: Vec<(usize, Option<&str>)> = located_errors(&import).iter().map(|e| (e.0, e.1)).collect();
        assert_eq!(
            places,
            [
                (3, Some("durée")),
                (3, Some("créneaux")),
                (4, Some("commune")),
                (4, Some("compétences")),
                (7, Some("id")),
                (9, Some("lat")),
                (9, Some("priorité")),
                (10, None),
                (11, Some("id")),
                (11, Some("commune")),
                (13, Some("code postal")),
                (14, Some("durée")),
                (14, Some("obligatoire")),
            ]
        );
        let messages: Vec<String> = import.errors.iter().map(ToString::to_string).collect();
        let expected = [
            "line 3, column durée: zero or negative duration \"0\"",
            "line 3, column créneaux: impossible window: end 08:00 before start 10:00",
            "line 4, column commune: \"Saint-Julien\" names 2 communes: Saint-Julien-d'Asse (04182), \
             Saint-Julien-du-Verdon (04183)",
            "line 4, column compétences: unknown skill \"plomberie\"",
            "line 7, column id: id \"OK-1\" already used on line 2",
            "line 9, column lat: invalid latitude 144.2",
            "line 9, column priorité: unknown priority \"haute\"",
            "line 10: 7 fields instead of 13",
            "line 11, column id: required value missing",
            "line 11, column commune: unknown commune \"Castelane\"; did you mean Castellane (04039)",
            "line 13, column code postal: \"04170\" names 11 communes",
            "line 14, column durée: unreadable duration \"une heure\"",
            "line 14, column obligatoire: unknown yes/no value \"peut-être\"",
        ];
        for (message, start) in messages.iter().zip(expected) {
            assert!(message.starts_with(start), "{message}\n  should start with\n{start}");
        }
        assert_eq!(import.warnings.len(), 1);
        assert_eq!(import.warnings[0].to_string(), "line 1: unknown columns ignored: [\"couleur\"]");
        let multi_line = by_id(&import, "OK-5");
        assert_eq!(multi_line.notes, "Note sur deux lignes ; avec point-virgule.\nFin de la note.");
        assert_eq!(multi_line.location, town_hall("Colmars"), "name and shared postal code together");
    }

    #[test]
    fn a_quoted_cell_over_several_lines_shifts_the_lines_of_what_follows() {
        let text = "id;notes;commune;durée\nA;\"un\ndeux\ntrois\";Allos;\"30\"\nB;\"x;y\";Allos;0\n";
        let import = import_interventions_csv(text);
        assert_eq!(import.interventions.len(), 1);
        assert_eq!(import.interventions[0].notes, "un\ndeux\ntrois");
        assert_eq!(located_errors(&import)[0].0, 5, "row B starts on line 5");
        assert_eq!(import.errors[0].location.column.as_deref(), Some("durée"));
    }

    #[test]
    fn a_bom_and_crlf_line_ends_from_excel_are_read() {
        let text = "\u{feff}ID;Commune;Durée\r\nA;Colmars;1h\r\n\r\nB;Castellane;0\r\n";
        let import = import_interventions_csv(text);
        assert_eq!(import.interventions.len(), 1);
        assert_eq!(import.interventions[0].id, "A", "the BOM is not part of the first header");
        assert_eq!((import.errors[0].location.line, import.errors.len()), (4, 1));
        assert_eq!(import.warnings, []);
    }

    #[test]
    fn comma_separated_english_file_with_dotted_decimals() {
        let text = "id,customer,phone,latitude,longitude,duration,windows,skills,priority,inclusion\n\
                    E1,\"Smith, John\",+33 4 65 71 00 00,44.0512,6.6231,90,\
                    \"08:00-10:00, 14:00-15:00\",fibre,low,optional\n\
                    E2,Jones,,44,12,6.5,30,,,,\n";
        let import = import_interventions_csv(text);
        let job = &import.interventions[0];
        assert_eq!((job.customer.as_str(), job.location), ("Smith, John", LatLon::new(44.0512, 6.6231).unwrap()));
        assert_eq!((job.service_s, job.windows.len(), job.priority), (5400, 2, Priority::Low));
        assert_eq!(job.inclusion, Inclusion::Optional);
        let errors = located_errors(&import);
        assert_eq!(errors, [(3, None, "11 fields instead of 10".into())]);
    }

    #[test]
    fn tab_separated_text_pasted_from_a_spreadsheet() {
        let import = import_interventions_csv("id\tlat\tlon\tduree\tcreneau\nT1\t44,05\t6,62\t45 min\t9h-11h\n");
        assert_eq!(import.errors, []);
        assert_eq!(import.interventions[0].location, LatLon::new(44.05, 6.62).unwrap());
        assert_eq!(import.interventions[0].windows[0].start(), TimeOfDay::from_hm(9, 0).unwrap());
    }

    #[test]
    fn each_missing_required_column_is_one_error_at_line_1_and_no_row_is_read() {
        let import = import_interventions_csv("client;adresse\nMme X;rue\n");
        assert_eq!(
            located_errors(&import),
            [
                (1, None, "required column missing from the header: \"id\"".into()),
                (1, None, "required column missing from the header: commune (or latitude and longitude)".into()),
                (1, None, "required column missing from the header: \"durée\"".into()),
            ]
        );
        assert!(import.interventions.is_empty());
    }

    #[test]
    fn rows_padded_like_the_header_are_read_and_any_other_width_is_an_error() {
        let import = import_interventions_csv("id;commune;durée;;\nA;Allos;30;;\nB;Allos;30;;;\nC;Allos\n");
        assert_eq!(import.interventions.len(), 1);
        assert_eq!(located_errors(&import)[1], (4, None, "2 fields instead of 5".into()));
        assert_eq!(located_errors(&import)[..1], [(3, None, "6 fields instead of 5".into())]);
    }

    #[test]
    fn empty_text_and_an_unclosed_quote_are_reported() {
        assert_eq!(
            located_errors(&import_interventions_csv("\u{feff}\r\n  \n")),
            [(1, None, "empty file: no header line".into())]
        );
        let import = import_interventions_csv("id;commune;durée\nA;Allos;30\nB;\"Colmars;30\nC;Allos;30\n");
        assert_eq!(import.interventions.len(), 1);
        assert_eq!(located_errors(&import), [(3, None, "unclosed quote: rest of the file ignored".into())]);
    }

    #[test]
    fn a_text_too_large_or_too_long_is_refused_whole() {
        let huge = format!("id;commune;durée\n{}", "x".repeat(MAX_CSV_BYTES));
        let import = import_interventions_csv(&huge);
        assert_eq!(import.errors.len(), 1);
        assert!(matches!(import.errors[0].error, CsvError::TooLarge { max: MAX_CSV_BYTES, .. }));
        assert!(import.errors[0].to_string().starts_with("line 1: text too long: 5242898 bytes"));
        assert_eq!(import_interventions_csv_bytes(huge.as_bytes()).errors, import.errors);

        let rows = |n: usize| (0..n).map(|i| format!("J{i};44.1;6.5;30\n")).collect::<String>();
        let import = import_interventions_csv(&format!("id;lat;lon;durée\n{}", rows(MAX_CSV_ROWS + 1)));
        assert_eq!(import.interventions, []);
        assert_eq!(located_errors(&import), [(1, None, "too many rows: 5001, at most 5000".into())]);
        let import = import_interventions_csv(&format!("id;lat;lon;durée\n{}", rows(MAX_CSV_ROWS)));
        assert_eq!((import.errors.len(), import.interventions.len()), (0, MAX_CSV_ROWS));
    }

    #[test]
    fn windows_1252_bytes_from_french_excel_are_decoded_with_a_warning() {
        let bytes = b"id;commune;dur\xe9e;notes\r\nA;Thorame-Haute;1h;cl\xe9 \xe0 la mairie\r\n";
        let import = import_interventions_csv_bytes(bytes);
        assert_eq!(import.errors, []);
        assert_eq!(import.interventions[0].notes, "clé à la mairie");
        assert_eq!(import.warnings[0].error, CsvWarning::Windows1252);
        assert_eq!(import_interventions_csv_bytes(DEMO.as_bytes()), import_interventions_csv(DEMO));
    }
}
